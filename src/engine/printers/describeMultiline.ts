/**
 * describe.go's multi-line field printers (labels, annotations, tolerations, topology spread).
 * Continuation lines start with an empty tab-terminated cell so that they line up under the
 * first value through the tabwriter.
 */
import type { Pod } from "../api/types";
import type { LabelSelector } from "kubernetes-types/meta/v1";
import { LEVEL_0, type PrefixWriter } from "./prefixWriter";

/** Shown by kubectl apply; describe hides it. */
const SKIP_ANNOTATIONS = new Set(["kubectl.kubernetes.io/last-applied-configuration"]);
const MAX_ANNOTATION_LEN = 140;

const goSortStrings = (xs: string[]): string[] => [...xs].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

export function printLabelsMultiline(w: PrefixWriter, title: string, labels: Record<string, string> | undefined): void {
  w.write(LEVEL_0, `${title}:\t`);
  const keys = goSortStrings(Object.keys(labels ?? {}));
  if (keys.length === 0) {
    w.writeLine("<none>");
    return;
  }
  keys.forEach((key, i) => {
    if (i !== 0) w.write(LEVEL_0, "\t");
    w.write(LEVEL_0, `${key}=${labels?.[key] ?? ""}\n`);
  });
}

export function printAnnotationsMultiline(w: PrefixWriter, title: string, annotations: Record<string, string> | undefined): void {
  w.write(LEVEL_0, `${title}:\t`);
  const keys = goSortStrings(Object.keys(annotations ?? {}).filter((k) => !SKIP_ANNOTATIONS.has(k)));
  if (keys.length === 0) {
    w.writeLine("<none>");
    return;
  }
  const indent = "\t";
  keys.forEach((key, i) => {
    if (i !== 0) w.write(LEVEL_0, indent);
    const value = (annotations?.[key] ?? "").replace(/\n$/, "");
    if (value.length + key.length + 2 > MAX_ANNOTATION_LEN || value.includes("\n")) {
      w.write(LEVEL_0, `${key}:\n`);
      for (const s of value.split("\n")) {
        const shortened = s.length > MAX_ANNOTATION_LEN - 2 ? `${s.slice(0, MAX_ANNOTATION_LEN - 2)}...` : s;
        w.write(LEVEL_0, `${indent}  ${shortened}\n`);
      }
    } else {
      w.write(LEVEL_0, `${key}: ${value}\n`);
    }
  });
}

export function printTolerationsMultiline(w: PrefixWriter, title: string, pod: Pod): void {
  w.write(LEVEL_0, `${title}:\t`);
  const tolerations = [...(pod.spec?.tolerations ?? [])];
  if (tolerations.length === 0) {
    w.writeLine("<none>");
    return;
  }
  // sort.Slice by key; the tolerations kubectl shows have distinct keys in practice.
  tolerations.sort((a, b) => ((a.key ?? "") < (b.key ?? "") ? -1 : (a.key ?? "") > (b.key ?? "") ? 1 : 0));
  tolerations.forEach((t, i) => {
    if (i !== 0) w.write(LEVEL_0, "\t");
    let text = t.key ?? "";
    if (t.value) text += `=${t.value}`;
    if (t.effect) text += `:${t.effect}`;
    if (t.operator === "Exists" && !t.value) text += t.key || t.effect ? " op=Exists" : "op=Exists";
    if (t.tolerationSeconds !== undefined && t.tolerationSeconds !== null) text += ` for ${t.tolerationSeconds}s`;
    w.write(LEVEL_0, `${text}\n`);
  });
}

/** metav1.FormatLabelSelector: requirements sorted by key, `<none>` when empty. */
export function formatLabelSelector(selector: LabelSelector | undefined): string {
  if (!selector) return "<none>";
  const reqs: { key: string; text: string }[] = [];
  for (const [key, value] of Object.entries(selector.matchLabels ?? {})) reqs.push({ key, text: `${key}=${value}` });
  for (const e of selector.matchExpressions ?? []) {
    const values = goSortStrings(e.values ?? []).join(",");
    const text =
      e.operator === "In"
        ? `${e.key} in (${values})`
        : e.operator === "NotIn"
          ? `${e.key} notin (${values})`
          : e.operator === "Exists"
            ? e.key
            : `!${e.key}`;
    reqs.push({ key: e.key, text });
  }
  reqs.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const s = reqs.map((r) => r.text).join(",");
  return s.length > 0 ? s : "<none>";
}

export function describeTopologySpreadConstraints(pod: Pod, w: PrefixWriter): void {
  const tscs = [...(pod.spec?.topologySpreadConstraints ?? [])];
  if (tscs.length === 0) return;
  tscs.sort((a, b) => (a.topologyKey < b.topologyKey ? -1 : a.topologyKey > b.topologyKey ? 1 : 0));
  w.write(LEVEL_0, "Topology Spread Constraints:\t");
  tscs.forEach((tsc, i) => {
    if (i !== 0) w.write(LEVEL_0, "\t");
    let text = `${tsc.topologyKey}:${tsc.whenUnsatisfiable} when max skew ${tsc.maxSkew} is exceeded`;
    if (tsc.labelSelector) text += ` for selector ${formatLabelSelector(tsc.labelSelector)}`;
    w.write(LEVEL_0, `${text}\n`);
  });
}
