import type { SimulationResult } from "../engine/simulate";
import { watchParts } from "../app/kubectl/kubectlText";
import { PROTOCOL_VERSION, type Part, type WorkerResponse } from "./protocol";

/** Runs below this weight (entries, plus scheduling verdicts / 4) go as one message. */
export const ONE_MESSAGE_WEIGHT = 6000;
/**
 * Serialising a slice in the worker takes about as long as deserialising it on the page, so
 * slices are sized to serialise in this many milliseconds: each arrives as a task well under the
 * 100 ms a page may block for, with room for a frame in between.
 */
export const SLICE_MS = 12;

export interface Outbox {
  post(r: WorkerResponse): void;
  /** Milliseconds, for sizing slices (performance.now in the worker). */
  now(): number;
}

function weight(sim: SimulationResult): number {
  let w = sim.trace.entries.length;
  for (const r of sim.trace.scheduling ?? []) w += r.nodes.length / 4;
  return w;
}

/**
 * Posts `items` in slices whose size follows how long the last one took to serialise (the
 * worker's cost of postMessage is the page's cost of receiving it, give or take).
 */
export function postSlices<K extends Part["kind"]>(out: Outbox, id: number, kind: K, items: Extract<Part, { kind: K }>["items"], first = 256): void {
  let size = first;
  for (let i = 0; i < items.length; ) {
    const slice = items.slice(i, i + size);
    const t0 = out.now();
    out.post({ v: PROTOCOL_VERSION, type: "part", id, part: { kind, items: slice } as Part });
    const ms = Math.max(out.now() - t0, 0.5);
    i += slice.length;
    size = Math.max(8, Math.min(50_000, Math.round((slice.length * SLICE_MS) / ms)));
  }
}

/**
 * Sends a finished run to the page: small runs in one message, big ones as begin, the trace's
 * entries and the kubectl panel's watch in slices, ready (the page shows it), then the
 * scheduling records (read only when a pod is selected) and done.
 */
export function postResult(out: Outbox, id: number, sim: SimulationResult, text: string, wallMs: number, oneMessageWeight = ONE_MESSAGE_WEIGHT): void {
  const { trace } = sim;
  const base = { errors: sim.errors, infos: sim.infos, truncated: sim.truncated, wallMs, text };
  if (weight(sim) <= oneMessageWeight) {
    out.post({ v: PROTOCOL_VERSION, type: "result", id, view: { ...base, trace } });
    return;
  }
  const { entries, scheduling, ...rest } = trace;
  out.post({ v: PROTOCOL_VERSION, type: "begin", id, head: { ...base, trace: { ...rest, hasScheduling: scheduling !== undefined } } });
  postSlices(out, id, "entries", entries);
  // Formatted here while the page takes in the entries: the panel's first frame needs them.
  const watch = watchParts(trace);
  postSlices(out, id, "watchRows", watch.rows, 2000);
  postSlices(out, id, "watchLines", watch.lines, 2000);
  out.post({ v: PROTOCOL_VERSION, type: "ready", id });
  if (scheduling) postSlices(out, id, "scheduling", scheduling, 16);
  out.post({ v: PROTOCOL_VERSION, type: "done", id });
}
