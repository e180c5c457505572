import type { Pod } from "../api/types";
import { podRow } from "../printers/podRow";
import type { WatchSnapshot } from "../printers/getPods";
import type { Trace, TraceEntry, WriteEntry } from "../trace/types";

/** One `kubectl get pods` row of the CLI's JSON contract (DESIGN.md). */
export interface WatchRow {
  t: number;
  namespace: string;
  pod: string;
  ready?: string;
  status?: string;
  restarts?: number;
  phase?: string;
  node?: string;
  deleted?: true;
  /** Trace entry that produced this row, for the why panel. */
  entry: number;
}

/**
 * The `kubectl get pods -w` view of a trace: a row whenever any column except AGE changes, and
 * a deletion row when the pod is gone. Rows are computed from each stored version of the pod,
 * as the API server's table printer would render it at that moment.
 */
export function watchRows(trace: Trace): { rows: WatchRow[]; snapshots: WatchSnapshot[] } {
  const b = new WatchRowsBuilder(trace.epochMs);
  b.add(trace.entries);
  return b;
}

/** watchRows made as entries come (a big trace arrives at the page in slices): the same rows. */
export class WatchRowsBuilder {
  readonly rows: WatchRow[] = [];
  readonly snapshots: WatchSnapshot[] = [];
  private readonly last = new Map<string, string>();

  constructor(private readonly epochMs: number) {}

  add(entries: readonly TraceEntry[]): void {
    const { rows, snapshots, last } = this;
    for (const e of entries) {
      if (e.type !== "write" || e.ref.kind !== "Pod") continue;
      const w = e as WriteEntry;
      const key = `${w.ref.namespace}/${w.ref.name}`;
      if (w.verb === "delete") {
        rows.push({ t: w.t, namespace: w.ref.namespace, pod: w.ref.name, deleted: true, entry: w.id });
        snapshots.push({ t: w.t, pod: null, name: w.ref.name });
        last.delete(key);
        continue;
      }
      const pod = w.object as Pod;
      const r = podRow(pod, w.t, this.epochMs);
      const row: WatchRow = {
        t: w.t,
        namespace: w.ref.namespace,
        pod: w.ref.name,
        ready: r.ready,
        status: r.status,
        restarts: r.restarts,
        phase: pod.status?.phase ?? "Pending",
        node: pod.spec?.nodeName ?? "<none>",
        entry: w.id,
      };
      const sig = `${row.ready}|${row.status}|${row.restarts}|${row.phase}|${row.node}`;
      if (last.get(key) === sig) continue;
      last.set(key, sig);
      rows.push(row);
      snapshots.push({ t: w.t, pod, row: r });
    }
  }
}
