import type { Pod } from "../../engine/api/types";
import type { SimEvent } from "../../engine/api/events";
import type { EventEntry, Trace } from "../../engine/trace/types";
import { watchRows, type WatchRow } from "../../engine/output/watch";
import { watchLinesShown, type WatchSnapshot } from "../../engine/printers/getPods";
import { describePod } from "../../engine/printers/describePod";
import { printEvents } from "../../engine/printers/getEvents";

/** Per-trace data the kubectl panel needs at every playhead position, computed once per trace. */
export interface KubectlIndex {
  trace: Trace;
  rows: WatchRow[];
  snapshots: WatchSnapshot[];
  events: SimEvent[];
  /** Every stored version of each pod ("ns/name"), in time order (null once deleted). */
  podVersions: Map<string, Array<{ t: number; pod: Pod | null }>>;
  /** The watch's printed lines, T column included; built on first use. */
  lines?: Array<{ t: number; text: string }>;
  /** The last tail built (line count → text), so an unchanged count returns the same string. */
  tail?: { count: number; max: number; text: string };
}

const cache = new WeakMap<Trace, KubectlIndex>();

export function kubectlIndex(trace: Trace): KubectlIndex {
  let idx = cache.get(trace);
  if (!idx) {
    const { rows, snapshots } = watchRows(trace);
    const events = trace.entries.filter((e): e is EventEntry => e.type === "event").map((e) => e.event);
    const podVersions = new Map<string, Array<{ t: number; pod: Pod | null }>>();
    for (const e of trace.entries) {
      if (e.type !== "write" || e.ref.kind !== "Pod") continue;
      const key = `${e.ref.namespace}/${e.ref.name}`;
      const list = podVersions.get(key) ?? [];
      list.push({ t: e.t, pod: e.verb === "delete" ? null : (e.object as Pod) });
      podVersions.set(key, list);
    }
    idx = { trace, rows, snapshots, events, podVersions };
    cache.set(trace, idx);
  }
  return idx;
}

/** `kubectl get pods -w` as printed up to the playhead: the same text the CLI prints. */
export function watchAt(idx: KubectlIndex, t: number): string {
  const lines = watchLinesOf(idx);
  return lines.slice(0, countAt(lines, t)).map((l) => l.text + "\n").join("");
}

/** How many of the time-ordered items happened by `t` (binary search, cheap enough for every frame). */
function countAt(lines: ReadonlyArray<{ t: number }>, t: number): number {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid].t <= t + 1e-9) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The watch's lines up to the playhead: kubectl flushes its tabwriter after every row, so each
 * line is fixed once printed and the lines are formatted once per trace, not once per frame.
 */
function watchLinesOf(idx: KubectlIndex): Array<{ t: number; text: string }> {
  idx.lines ??= watchLinesShown(idx.snapshots, idx.trace.epochMs, { simTime: true });
  return idx.lines;
}

/**
 * The last `max` lines of the watch at `t`, with a first line saying how many earlier ones are
 * not shown: a terminal scrolled to the bottom. With thousands of pods this keeps each frame cheap.
 */
export function watchTailAt(idx: KubectlIndex, t: number, max: number, earlier: (n: number) => string): string {
  const lines = watchLinesOf(idx);
  const lo = countAt(lines, t);
  if (idx.tail && idx.tail.count === lo && idx.tail.max === max) return idx.tail.text;
  let text: string;
  if (lo <= max) text = lines.slice(0, lo).map((l) => l.text + "\n").join("");
  else text = [lines[0].text, earlier(lo - max), ...lines.slice(lo - max + 1, lo).map((l) => l.text)].join("\n") + "\n";
  idx.tail = { count: lo, max, text };
  return text;
}

export function eventsAt(idx: KubectlIndex, t: number): string {
  const evs = idx.events.filter((e) => e.t <= t + 1e-9);
  return printEvents(evs, t, { epochMs: idx.trace.epochMs });
}

/** The pod as stored at `t`: a binary search over its versions, cheap enough for every playhead frame. */
export function podAt(idx: KubectlIndex, t: number, namespace: string, name: string): Pod | undefined {
  const list = idx.podVersions.get(`${namespace}/${name}`);
  if (!list) return undefined;
  const n = countAt(list, t);
  return n ? (list[n - 1].pod ?? undefined) : undefined;
}

export function describeAt(idx: KubectlIndex, t: number, namespace: string, name: string): string | undefined {
  const pod = podAt(idx, t, namespace, name);
  if (!pod) return undefined;
  return describePod(pod, idx.events.filter((e) => e.t <= t + 1e-9), t, idx.trace.epochMs);
}

/** The pods that exist at `t`, for choosing what to describe. */
export function podsAt(idx: KubectlIndex, t: number): Array<{ namespace: string; name: string }> {
  const out: Array<{ namespace: string; name: string }> = [];
  for (const key of idx.podVersions.keys()) {
    const [namespace, name] = key.split("/");
    if (podAt(idx, t, namespace, name)) out.push({ namespace, name });
  }
  return out;
}
