/**
 * What `kubectl label` and `kubectl taint` make of an object before they send it: their own
 * checks and error texts, and the new labels or taints. The API server then validates the update.
 */

export interface Taint {
  key: string;
  value?: string;
  effect: string;
  timeAdded?: string;
}

/**
 * `kubectl label KIND NAME k=v … k- … [--overwrite]`: a label that has another value needs
 * --overwrite; removing a label that is not there is only a warning. Models:
 * staging/src/k8s.io/kubectl/pkg/cmd/label/label.go (validateNoOverwrites, labelFunc).
 */
export function editLabels(
  current: Readonly<Record<string, string>> | undefined,
  set: Readonly<Record<string, string>>,
  remove: readonly string[],
  overwrite: boolean,
): { labels: Record<string, string>; warnings: string[] } | { error: string } {
  if (!Object.keys(set).length && !remove.length) return { error: "error: at least one label update is required" };
  const labels = { ...(current ?? {}) };
  if (!overwrite) {
    const clashes = Object.entries(set).filter(([k, v]) => k in labels && labels[k] !== v);
    if (clashes.length) return { error: `error: ${clashes.map(([k]) => `'${k}' already has a value (${labels[k]}), and --overwrite is false`).join(", ")}` };
  }
  for (const [k, v] of Object.entries(set)) labels[k] = v;
  const warnings: string[] = [];
  for (const k of remove) {
    if (k in labels) delete labels[k];
    else warnings.push(`label "${k}" not found.`);
  }
  return { labels, warnings };
}

/**
 * `kubectl taint nodes NAME key[=value]:Effect [--overwrite]`, or `key[:Effect]-` to remove.
 * Adding needs an effect and, without --overwrite, no taint of the same key and effect; removing
 * without an effect removes every effect of the key, and a taint that is not there is an error.
 * Models: staging/src/k8s.io/kubectl/pkg/cmd/taint/taint.go and utils.go (parseTaints,
 * reorganizeTaints, checkIfTaintsAlreadyExists, deleteTaints).
 */
export function editTaints(
  node: string,
  current: readonly Taint[] | undefined,
  edit: { key: string; value?: string; effect?: string; remove: boolean; overwrite: boolean },
): { taints: Taint[]; verb: "tainted" | "untainted" | "modified" } | { error: string } {
  const taints = [...(current ?? [])];
  const spec = `${edit.key}${edit.value ? `=${edit.value}` : ""}${edit.effect ? `:${edit.effect}` : ""}`;
  if (edit.remove) {
    const kept = taints.filter((t) => !(t.key === edit.key && (!edit.effect || t.effect === edit.effect)));
    if (kept.length === taints.length) return { error: `error: taint ${JSON.stringify(edit.effect ? `${edit.key}:${edit.effect}` : edit.key)} not found` };
    return { taints: kept, verb: "untainted" };
  }
  if (!edit.effect) return { error: `error: invalid taint spec: ${spec}` };
  const at = taints.findIndex((t) => t.key === edit.key && t.effect === edit.effect);
  if (at >= 0 && !edit.overwrite) return { error: `error: node ${node} already has ${edit.key} taint(s) with same effect(s) and --overwrite is false` };
  const taint: Taint = { key: edit.key, ...(edit.value ? { value: edit.value } : {}), effect: edit.effect };
  if (at >= 0) {
    taints[at] = taint;
    return { taints, verb: "modified" };
  }
  taints.push(taint);
  return { taints, verb: "tainted" };
}
