import type { Pod } from "../api/types";
import type { KubeObject } from "../api/store";
import { fromTimestamp } from "../api/time";

/** Active: not terminal and not being deleted (controller_utils.go IsPodActive). */
export function isPodActive(p: Pod): boolean {
  return p.status?.phase !== "Succeeded" && p.status?.phase !== "Failed" && !p.metadata?.deletionTimestamp;
}

export function isPodReady(p: Pod): boolean {
  return !!p.status?.conditions?.some((c) => c.type === "Ready" && c.status === "True");
}

/** Ready for at least minReadySeconds (podutil.IsPodAvailable). */
export function isPodAvailable(p: Pod, minReadySeconds: number, now: number, epochMs: number): boolean {
  const c = p.status?.conditions?.find((x) => x.type === "Ready" && x.status === "True");
  if (!c) return false;
  if (minReadySeconds === 0) return true;
  return c.lastTransitionTime !== undefined && fromTimestamp(c.lastTransitionTime, epochMs) + minReadySeconds <= now + 1e-9;
}

export function ownedBy(p: KubeObject, owner: KubeObject): boolean {
  return !!p.metadata?.ownerReferences?.some((o: { uid: string; controller?: boolean }) => o.controller && o.uid === owner.metadata.uid);
}

/** A LabelSelector (matchLabels and matchExpressions) against a label map. */
export function labelsMatch(sel: { matchLabels?: Record<string, string>; matchExpressions?: Array<{ key: string; operator: string; values?: string[] }> } | undefined, labels: Record<string, string> | undefined): boolean {
  if (!sel) return false;
  const l = labels ?? {};
  // for-in over a plain object's own keys: the same pairs as Object.entries, without building them.
  const ml = sel.matchLabels;
  if (ml) for (const k in ml) if (Object.prototype.hasOwnProperty.call(ml, k) && l[k] !== ml[k]) return false;
  for (const e of sel.matchExpressions ?? []) {
    const has = e.key in l;
    const inValues = has && (e.values ?? []).includes(l[e.key]);
    if (e.operator === "In" && !inValues) return false;
    if (e.operator === "NotIn" && inValues) return false;
    if (e.operator === "Exists" && !has) return false;
    if (e.operator === "DoesNotExist" && has) return false;
  }
  return true;
}
