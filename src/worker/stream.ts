import type { SimulationResult } from "../engine/simulate";
import type { ChallengeView } from "../state/store";
import type { TraceEntry } from "../engine/trace/types";
import { PROTOCOL_VERSION, type WorkerResponse } from "./protocol";
import { packedBuffers, packScheduling } from "./schedulingCodec";

/** Runs with no more entries than this go as one message. */
export const ONE_MESSAGE_ENTRIES = 6000;
/**
 * A big trace's entries go in slices of this many, a few milliseconds each for the page (which
 * takes each into the kubectl panel's index and watch and the timeline's lanes as it arrives).
 */
export const ENTRIES_SLICE = 160;
/** A big run's log lines go in slices of this many (small objects: a few milliseconds a slice). */
export const LOGS_SLICE = 2000;

export interface Outbox {
  post(r: WorkerResponse, transfer?: Transferable[]): void;
}

/**
 * Sends one run. While the engine runs, `progress` sends the entries made so far in whole
 * slices once the run is known to be big (the page takes them in on its own core meanwhile);
 * `end` sends the rest: a small run as one message, a big one as its last slices and `ready`
 * with the view's head and the scheduling records packed in buffers that move without copying,
 * then (when the worker has a moment) its container logs.
 */
export class EntryStream {
  private sent = 0;
  private started = false;

  constructor(
    private readonly out: Outbox,
    private readonly id: number,
    private readonly epochMs: number,
    private readonly oneMessageEntries = ONE_MESSAGE_ENTRIES,
  ) {}

  /** The entries so far (a growing array: entries are only ever appended). */
  progress(entries: readonly TraceEntry[]): void {
    if (!this.started && entries.length <= this.oneMessageEntries) return;
    this.slices(entries, Math.floor((entries.length - this.sent) / ENTRIES_SLICE) * ENTRIES_SLICE);
  }

  /**
   * Sends the rest of the run. A big run's container logs are not part of its picture: `ready`
   * goes first, and the returned function (undefined when nothing follows) writes the logs out
   * and sends them after it, ending with `logsEnd`. Writing out a 10,000-pod run's 200,000 nginx
   * lines takes most of a second, which the picture no longer waits for.
   */
  end(sim: SimulationResult, text: string, wallMs: number, challenge?: ChallengeView): (() => void) | undefined {
    const { trace } = sim;
    const base = { errors: sim.errors, infos: sim.infos, truncated: sim.truncated, wallMs, text, ...(challenge ? { challenge } : {}) };
    if (!this.started && trace.entries.length <= this.oneMessageEntries && (trace.scheduling?.length ?? 0) <= this.oneMessageEntries / 100) {
      this.out.post({ v: PROTOCOL_VERSION, type: "result", id: this.id, view: { ...base, trace } });
      return undefined;
    }
    // `logs` is written out when read (simulate.ts): the head is copied field by field around it.
    const rest: Record<string, unknown> = {};
    for (const k of Object.keys(trace)) if (k !== "entries" && k !== "scheduling" && k !== "logs") rest[k] = trace[k as keyof typeof trace];
    const hasLogs = "logs" in trace;
    this.slices(trace.entries, trace.entries.length - this.sent);
    const packed = trace.scheduling && packScheduling(trace.scheduling);
    const head = { ...base, trace: { ...(rest as Omit<typeof trace, "entries" | "scheduling" | "logs">), hasScheduling: trace.scheduling !== undefined, hasLogs } };
    this.out.post({ v: PROTOCOL_VERSION, type: "ready", id: this.id, head, scheduling: packed }, packed ? packedBuffers(packed) : []);
    if (!hasLogs) return undefined;
    return () => {
      // The page waits for logsEnd to show the logs tab: it comes even if writing them out failed.
      try {
        const logs = trace.logs ?? [];
        for (let i = 0; i < logs.length; i += LOGS_SLICE) {
          this.out.post({ v: PROTOCOL_VERSION, type: "part", id: this.id, part: { kind: "logs", items: logs.slice(i, i + LOGS_SLICE) } });
        }
      } finally {
        this.out.post({ v: PROTOCOL_VERSION, type: "logsEnd", id: this.id });
      }
    };
  }

  /** Sends the next `n` entries, in slices. */
  private slices(entries: readonly TraceEntry[], n: number): void {
    if (!this.started) {
      this.out.post({ v: PROTOCOL_VERSION, type: "begin", id: this.id, epochMs: this.epochMs });
      this.started = true;
    }
    const end = this.sent + n;
    for (let i = this.sent; i < end; i += ENTRIES_SLICE) {
      this.out.post({ v: PROTOCOL_VERSION, type: "part", id: this.id, part: { kind: "entries", items: entries.slice(i, Math.min(end, i + ENTRIES_SLICE)) } });
    }
    this.sent = end;
  }
}
