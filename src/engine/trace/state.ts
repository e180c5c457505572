import type { KubeObject } from "../api/store";
import type { Trace } from "./types";

/** Index of the first entry after time `t` (entries are in time order). */
export function entriesUntil(trace: Trace, t: number): number {
  const e = trace.entries;
  let lo = 0;
  let hi = e.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (e[mid].t <= t + 1e-9) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Every API object as stored at simulated time `t`, keyed kind/namespace/name. */
export function stateAt(trace: Trace, t: number): Map<string, KubeObject> {
  const out = new Map<string, KubeObject>();
  const n = entriesUntil(trace, t);
  for (let i = 0; i < n; i++) {
    const e = trace.entries[i];
    if (e.type !== "write") continue;
    const key = `${e.ref.kind}/${e.ref.namespace}/${e.ref.name}`;
    if (e.verb === "delete") out.delete(key);
    else out.set(key, e.object);
  }
  return out;
}
