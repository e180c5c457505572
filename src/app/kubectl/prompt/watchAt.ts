import type { Trace } from "../../../engine/trace/types";
import { watchRows } from "../../../engine/output/watch";
import { WatchLinesBuilder, type WatchLine } from "../../../engine/printers/getPods";

export interface WatchQuery {
  wide: boolean;
  /** Only these pods (kubectl get pod NAME -w); all when empty. */
  names: readonly string[];
  /** undefined: every namespace, with a NAMESPACE column (-A). */
  namespace: string | undefined;
}

const cache = new WeakMap<Trace, Map<string, WatchLine[]>>();

/**
 * `kubectl get pods -w` as printed by `t`, without podplay's T column: the same rows as the
 * watch tab, for one namespace (or all), some pods, `-o wide`. Built once per trace and query.
 */
export function watchLinesAt(trace: Trace, t: number, q: WatchQuery): string[] {
  const key = JSON.stringify(q);
  let byQuery = cache.get(trace);
  if (!byQuery) cache.set(trace, (byQuery = new Map()));
  let lines = byQuery.get(key);
  if (!lines) {
    const { rows, snapshots } = watchRows(trace);
    const picked = snapshots.filter((_, i) => (q.namespace === undefined || rows[i].namespace === q.namespace) && (!q.names.length || q.names.includes(rows[i].pod)));
    const b = new WatchLinesBuilder(trace.epochMs, { wide: q.wide, namespaceColumn: q.namespace === undefined });
    b.add(picked);
    lines = b.lines;
    byQuery.set(key, lines);
  }
  const out: string[] = [];
  for (const l of lines) {
    if (l.t > t + 1e-9) break;
    out.push(l.text);
  }
  return out;
}
