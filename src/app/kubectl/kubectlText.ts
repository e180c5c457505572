import type { Pod } from "../../engine/api/types";
import type { SimEvent } from "../../engine/api/events";
import type { Trace, TraceEntry } from "../../engine/trace/types";
import { WatchRowsBuilder, type WatchRow } from "../../engine/output/watch";
import { WatchLinesBuilder, type WatchLine } from "../../engine/printers/getPods";
import type { LogLine } from "../../engine/trace/types";
import { countAt } from "../../engine/trace/objectsAt";

interface PodVersions {
  namespace: string;
  name: string;
  /** Every stored version, in time order (null once deleted). */
  list: Array<{ t: number; pod: Pod | null }>;
}

/** Per-trace data the kubectl panel needs at every playhead position, computed once per trace. */
export interface KubectlIndex {
  trace: Trace;
  rows: WatchRow[];
  /** Every Event, in time order. */
  events: SimEvent[];
  /** The versions of each pod, by "ns/name". */
  podVersions: Map<string, PodVersions>;
  /** The watch's printed lines, T column included (kubectl flushes after every row, so each is fixed once printed). */
  lines: WatchLine[];
  /** The last tail built (line count → text), so an unchanged count returns the same string. */
  tail?: { count: number; max: number; text: string };
  /** The last events table built, by how many events it has and the second it was printed at. */
  eventsText?: { count: number; t: number; text: string };
  /** Each pod's log lines ("ns/name"), grouped on first use. */
  logsByPod?: Map<string, LogLine[]>;
  /** The trace's logs that logsByPod was made from (a big run's logs come after its picture). */
  logsByPodFrom?: LogLine[];
}

/**
 * The watch of a trace, rows and printed lines: the costly part of the index (tens of
 * microseconds a line). The engine worker makes it for big runs and sends it with the trace.
 */
export function watchParts(trace: Trace): { rows: WatchRow[]; lines: WatchLine[] } {
  const b = new WatchPartsBuilder(trace.epochMs);
  b.add(trace.entries);
  return b;
}

/**
 * watchParts made as entries come: the page builds a big trace's watch from its slices while
 * they arrive (each slice is a short task), instead of the worker making it after the run.
 */
export class WatchPartsBuilder {
  private readonly rowsB: WatchRowsBuilder;
  private readonly linesB: WatchLinesBuilder;

  constructor(epochMs: number) {
    this.rowsB = new WatchRowsBuilder(epochMs);
    this.linesB = new WatchLinesBuilder(epochMs, { simTime: true });
  }

  get rows(): WatchRow[] {
    return this.rowsB.rows;
  }

  get lines(): WatchLine[] {
    return this.linesB.lines;
  }

  add(entries: readonly TraceEntry[]): void {
    this.rowsB.add(entries);
    // Each snapshot is printed once: they need not be kept.
    this.linesB.add(this.rowsB.snapshots);
    this.rowsB.snapshots.length = 0;
  }
}

/**
 * Events and pod versions gathered from entries as they come (the page receives a big trace in
 * slices: each slice is indexed as it arrives, so no task indexes the whole trace).
 */
export class KubectlIndexer {
  readonly events: SimEvent[] = [];
  readonly podVersions = new Map<string, PodVersions>();

  add(entries: readonly TraceEntry[]): void {
    for (const e of entries) {
      if (e.type === "event") this.events.push(e.event);
      else if (e.type === "write" && e.ref.kind === "Pod") {
        const key = `${e.ref.namespace}/${e.ref.name}`;
        let v = this.podVersions.get(key);
        if (!v) this.podVersions.set(key, (v = { namespace: e.ref.namespace, name: e.ref.name, list: [] }));
        v.list.push({ t: e.t, pod: e.verb === "delete" ? null : (e.object as Pod) });
      }
    }
  }
}

const cache = new WeakMap<Trace, KubectlIndex>();

/** Hands over the index of a trace made elsewhere: its entries indexed as they arrived, the watch made in the worker. */
export function primeKubectlIndex(trace: Trace, indexer: KubectlIndexer, rows: WatchRow[], lines: WatchLine[]): void {
  cache.set(trace, { trace, rows, lines, events: indexer.events, podVersions: indexer.podVersions });
}

/** The index of a trace: one pass over its entries (Events and pod versions) and the watch, unless primed. */
export function kubectlIndex(trace: Trace): KubectlIndex {
  let idx = cache.get(trace);
  if (idx) return idx;
  const watch = watchParts(trace);
  const indexer = new KubectlIndexer();
  indexer.add(trace.entries);
  idx = { trace, rows: watch.rows, lines: watch.lines, events: indexer.events, podVersions: indexer.podVersions };
  cache.set(trace, idx);
  return idx;
}

/** `kubectl get pods -w` as printed up to the playhead: the same text the CLI prints. */
export function watchAt(idx: KubectlIndex, t: number): string {
  return idx.lines.slice(0, countAt(idx.lines, t)).map((l) => l.text + "\n").join("");
}

/**
 * The last `max` lines of the watch at `t`, with a first line saying how many earlier ones are
 * not shown: a terminal scrolled to the bottom. With thousands of pods this keeps each frame cheap.
 */
export function watchTailAt(idx: KubectlIndex, t: number, max: number, earlier: (n: number) => string): string {
  const lines = idx.lines;
  const lo = countAt(lines, t);
  if (idx.tail && idx.tail.count === lo && idx.tail.max === max) return idx.tail.text;
  let text: string;
  if (lo <= max) text = lines.slice(0, lo).map((l) => l.text + "\n").join("");
  else text = [lines[0].text, earlier(lo - max), ...lines.slice(lo - max + 1, lo).map((l) => l.text)].join("\n") + "\n";
  idx.tail = { count: lo, max, text };
  return text;
}

/** The Events that happened by `t` (a prefix of the time-ordered list: no copy is filtered). */
/** The pod as stored at `t`: a binary search over its versions, cheap enough for every playhead frame. */
export function podAt(idx: KubectlIndex, t: number, namespace: string, name: string): Pod | undefined {
  const v = idx.podVersions.get(`${namespace}/${name}`);
  if (!v) return undefined;
  const n = countAt(v.list, t);
  return n ? (v.list[n - 1].pod ?? undefined) : undefined;
}

/** The pods that exist at `t`, for choosing what to describe. */
export function podsAt(idx: KubectlIndex, t: number): Array<{ namespace: string; name: string }> {
  const out: Array<{ namespace: string; name: string }> = [];
  for (const v of idx.podVersions.values()) {
    const n = countAt(v.list, t);
    if (n && v.list[n - 1].pod) out.push({ namespace: v.namespace, name: v.name });
  }
  return out;
}
