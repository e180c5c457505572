import type { SimulationResult } from "../engine/simulate";
import { buildTimeline } from "../app/timeline/model";
import { PROTOCOL_VERSION, type Ack, type Part, type WorkerResponse } from "./protocol";
import { packedBuffers, packScheduling } from "./schedulingCodec";

/** Runs with fewer entries than this go as one message. */
export const ONE_MESSAGE_ENTRIES = 6000;
/**
 * How long the page may take to receive one slice, milliseconds: well under the 100 ms a task
 * may block it, with room for a frame in between. The page reports each slice's time and the
 * next slice is sized from it.
 */
export const SLICE_MS = 15;
/** Slices sent before the first is acknowledged: the worker prepares the next while the page reads one. */
const WINDOW = 2;
/**
 * A big trace's entries go at once in slices of this many (a few milliseconds each for the page):
 * the page reads them while the worker makes the watch, the timeline's model and the packed
 * scheduling records, instead of waiting for them.
 */
export const ENTRIES_SLICE = 250;
/** First and largest slice sizes, per kind. */
const FIRST: Record<Part["kind"], number> = { entries: ENTRIES_SLICE, timelinePods: 100 };
const MOST: Record<Part["kind"], number> = { entries: ENTRIES_SLICE, timelinePods: 600 };

export interface Outbox {
  post(r: WorkerResponse, transfer?: Transferable[]): void;
}

/**
 * One result on its way to the page. Slices are paced by the page's acknowledgements; a newer
 * request cancels the stream (what has not been sent is dropped).
 */
export class ResultStream {
  private acks: Ack[] = [];
  private wake: (() => void) | undefined;
  private cancelled = false;
  private inFlight = 0;
  private size: Partial<Record<Part["kind"], number>> = {};
  /** The page's last few milliseconds per item, per kind: slices are sized for the slowest. */
  private rates: Partial<Record<Part["kind"], number[]>> = {};

  constructor(
    private readonly out: Outbox,
    readonly id: number,
  ) {}

  acked(a: Ack): void {
    if (a.id !== this.id) return;
    this.acks.push(a);
    this.wake?.();
  }

  cancel(): void {
    this.cancelled = true;
    this.wake?.();
  }

  /** Waits for one acknowledgement; false when cancelled. */
  private async takeAck(): Promise<boolean> {
    while (!this.acks.length && !this.cancelled) await new Promise<void>((r) => (this.wake = r));
    this.wake = undefined;
    if (this.cancelled) return false;
    const a = this.acks.shift()!;
    this.inFlight--;
    // Sized for the slowest of the last four (the page's time varies with its garbage collector
    // and the machine's load) and at most twice the last size (a trace's first entries are lighter).
    const rates = (this.rates[a.kind] ??= []);
    rates.push(Math.max(a.ms, 1) / a.n);
    if (rates.length > 4) rates.shift();
    const fit = Math.round(SLICE_MS / Math.max(...rates));
    this.size[a.kind] = Math.max(8, Math.min(MOST[a.kind], 2 * a.n, fit));
    return true;
  }

  /** Posts `items` in slices paced by the page's acknowledgements (at most WINDOW unacknowledged). */
  async slices<K extends Part["kind"]>(kind: K, items: Extract<Part, { kind: K }>["items"]): Promise<boolean> {
    for (let i = 0; i < items.length; ) {
      while (this.inFlight >= WINDOW) if (!(await this.takeAck())) return false;
      const slice = items.slice(i, i + (this.size[kind] ?? FIRST[kind]));
      this.out.post({ v: PROTOCOL_VERSION, type: "part", id: this.id, part: { kind, items: slice } as Part });
      this.inFlight++;
      i += slice.length;
    }
    return !this.cancelled;
  }

  /**
   * Sends a finished run: small runs in one message; big ones as begin, the trace's entries in
   * small slices at once (the page reads them while the worker makes the watch, the timeline's
   * model and the packed scheduling records), the watch and the model in paced slices, and ready
   * with the scheduling records.
   */
  async send(sim: SimulationResult, text: string, wallMs: number, oneMessageEntries = ONE_MESSAGE_ENTRIES): Promise<void> {
    const { trace } = sim;
    const base = { errors: sim.errors, infos: sim.infos, truncated: sim.truncated, wallMs, text };
    if (trace.entries.length <= oneMessageEntries && (trace.scheduling?.length ?? 0) <= oneMessageEntries / 100) {
      this.out.post({ v: PROTOCOL_VERSION, type: "result", id: this.id, view: { ...base, trace } });
      return;
    }
    const { entries, scheduling, ...rest } = trace;
    this.out.post({ v: PROTOCOL_VERSION, type: "begin", id: this.id, head: { ...base, trace: { ...rest, hasScheduling: scheduling !== undefined } } });
    for (let i = 0; i < entries.length; i += ENTRIES_SLICE) {
      this.out.post({ v: PROTOCOL_VERSION, type: "part", id: this.id, part: { kind: "entries", items: entries.slice(i, i + ENTRIES_SLICE) } });
      this.inFlight++;
    }
    // The page builds the kubectl watch from the entries as they arrive (WatchPartsBuilder),
    // while the worker makes the timeline's model and packs the scheduling records.
    const { pods, ...timeline } = buildTimeline(trace);
    const packed = scheduling && packScheduling(scheduling);
    if (!(await this.slices("timelinePods", pods))) return;
    this.out.post({ v: PROTOCOL_VERSION, type: "ready", id: this.id, scheduling: packed, timeline }, packed ? packedBuffers(packed) : []);
  }
}
