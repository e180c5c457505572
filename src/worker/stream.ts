import type { SimulationResult } from "../engine/simulate";
import { PROTOCOL_VERSION, type WorkerResponse } from "./protocol";
import { packedBuffers, packScheduling } from "./schedulingCodec";

/** Runs with fewer entries than this go as one message. */
export const ONE_MESSAGE_ENTRIES = 6000;
/**
 * A big trace's entries go at once in slices of this many, a few milliseconds each for the page
 * (which also indexes each for the kubectl panel and the timeline as it arrives): the page reads
 * them while the worker packs the scheduling records, instead of waiting for them.
 */
export const ENTRIES_SLICE = 250;

export interface Outbox {
  post(r: WorkerResponse, transfer?: Transferable[]): void;
}

/**
 * Sends a finished run: small runs in one message; big ones as begin, the trace's entries in
 * slices, and ready with the scheduling records packed in buffers that move without copying.
 * The page builds the views' models from the slices as they come (src/worker/assemble.ts).
 */
export function sendResult(out: Outbox, id: number, sim: SimulationResult, text: string, wallMs: number, oneMessageEntries = ONE_MESSAGE_ENTRIES): void {
  const { trace } = sim;
  const base = { errors: sim.errors, infos: sim.infos, truncated: sim.truncated, wallMs, text };
  if (trace.entries.length <= oneMessageEntries && (trace.scheduling?.length ?? 0) <= oneMessageEntries / 100) {
    out.post({ v: PROTOCOL_VERSION, type: "result", id, view: { ...base, trace } });
    return;
  }
  const { entries, scheduling, ...rest } = trace;
  out.post({ v: PROTOCOL_VERSION, type: "begin", id, head: { ...base, trace: { ...rest, hasScheduling: scheduling !== undefined } } });
  for (let i = 0; i < entries.length; i += ENTRIES_SLICE) {
    out.post({ v: PROTOCOL_VERSION, type: "part", id, part: { kind: "entries", items: entries.slice(i, i + ENTRIES_SLICE) } });
  }
  const packed = scheduling && packScheduling(scheduling);
  out.post({ v: PROTOCOL_VERSION, type: "ready", id, scheduling: packed }, packed ? packedBuffers(packed) : []);
}
