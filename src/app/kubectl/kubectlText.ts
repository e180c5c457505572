import type { Pod } from "../../engine/api/types";
import type { SimEvent } from "../../engine/api/events";
import type { EventEntry, Trace } from "../../engine/trace/types";
import { watchRows, type WatchRow } from "../../engine/output/watch";
import { watchTranscriptWithTime, type WatchSnapshot } from "../../engine/printers/getPods";
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
  const upTo = idx.snapshots.filter((s) => s.t <= t + 1e-9);
  return upTo.length ? watchTranscriptWithTime(upTo, idx.trace.epochMs) : "";
}

export function eventsAt(idx: KubectlIndex, t: number): string {
  const evs = idx.events.filter((e) => e.t <= t + 1e-9);
  return printEvents(evs, t, { epochMs: idx.trace.epochMs });
}

/** The pod as stored at `t`: a binary search over its versions, cheap enough for every playhead frame. */
export function podAt(idx: KubectlIndex, t: number, namespace: string, name: string): Pod | undefined {
  const list = idx.podVersions.get(`${namespace}/${name}`);
  if (!list) return undefined;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].t <= t + 1e-9) lo = mid + 1;
    else hi = mid;
  }
  return lo ? (list[lo - 1].pod ?? undefined) : undefined;
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
