import { Assembly } from "./assemble";
import { PROTOCOL_VERSION, type SimulateRequest, type ViewHead, type WorkerResponse } from "./protocol";
import type { PackedScheduling } from "./schedulingCodec";
import type { SimView } from "../state/store";
import type { Trace } from "../engine/trace/types";
import { takeEngineWorker } from "./spawn";

/** Default bound on one simulation (a 10,000-pod run needs a few seconds on a slow, busy laptop); a link may only shorten it (useSimulation's watchdogBound). */
export const WATCHDOG_MS = 15_000;

/** How long one task may spend finishing a big result's views (well under the 100 ms a task may block the page). */
const FINISH_SLICE_MS = 30;
/** A finishing task that took longer than this leaves drawing the view to the next task. */
const HANDOVER_AFTER_MS = 8;

export { prewarmEngine } from "./spawn";

export type ClientResult =
  /** `logsFollow`: the run's container logs are still on their way ("logs" says they came). */
  | { type: "result"; id: number; view: SimView; logsFollow?: boolean }
  /** A big run's container logs came after its result: `trace.logs` has them now. */
  | { type: "logs"; id: number; trace: Trace }
  | { type: "crash"; id: number; message: string }
  | { type: "version"; id: number; message: string }
  | { type: "watchdog"; id: number; ms: number };

/**
 * The only code that creates the engine worker. A newer request supersedes an older one (its
 * result is dropped); a watchdog terminates a worker that runs past the bound and starts a
 * fresh one, so the page stays usable. A big result arrives in slices (protocol.ts), each
 * taken in by the views' models as it arrives; callers see one "result".
 */
export class EngineClient {
  private worker: Worker | undefined;
  private seq = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private assembly: Assembly | undefined;
  /** The current request's channel (closing it drops what the worker sent for it and the page has not read). */
  private port: MessagePort | undefined;
  /** A big result being finished (Assembly.finish) between tasks. */
  private finishing: ReturnType<typeof setTimeout> | undefined;
  /** The request whose result was handed over last. */
  private delivered = 0;

  constructor(
    private onResult: (r: ClientResult) => void,
    private watchdogMs = WATCHDOG_MS,
  ) {}

  private receive(ev: MessageEvent<WorkerResponse>): void {
    const m = ev.data;
    if (m.id !== this.seq) return;
    switch (m.type) {
      // Slices come while the engine still runs: only ready or a result says it is done.
      case "begin":
        this.assembly = new Assembly(m.epochMs);
        return;
      case "part":
        this.assembly?.add(m.part);
        return;
      case "ready": {
        clearTimeout(this.timer);
        const a = this.assembly;
        // A big run's logs follow on the same port; it stays open for them.
        if (!m.head.trace.hasLogs) this.closePort();
        if (a) this.finish(a, m.id, m.head, m.scheduling);
        return;
      }
      case "logsEnd": {
        const a = this.assembly;
        // The view may still be finishing: only the port goes.
        this.dropPort();
        if (!a) return;
        const trace = a.endLogs();
        // Before its result was handed over, the result itself has them (logsFollow is then false).
        if (this.delivered === m.id) this.onResult({ type: "logs", id: m.id, trace });
        return;
      }
      default:
        clearTimeout(this.timer);
        if (m.type !== "version") this.closePort();
        this.onResult(m);
    }
  }

  /**
   * Closes a big result's timeline lanes a few milliseconds a task, then hands the view over:
   * in a task of its own when this one already worked a while, since the page draws the view in
   * the task that receives it.
   */
  private finish(a: Assembly, id: number, head: ViewHead, scheduling: PackedScheduling | undefined): void {
    const began = performance.now();
    const until = began + FINISH_SLICE_MS;
    const view = a.finish(head, scheduling, () => performance.now() > until);
    if (!view) {
      this.finishing = setTimeout(() => this.finish(a, id, head, scheduling), 0);
      return;
    }
    const hand = () => {
      this.delivered = id;
      this.onResult({ type: "result", id, view, logsFollow: head.trace.hasLogs && view.trace.logs === undefined });
    };
    if (performance.now() - began > HANDOVER_AFTER_MS) this.finishing = setTimeout(hand, 0);
    else hand();
  }

  private spawn(): Worker {
    const w = takeEngineWorker();
    w.onmessage = (ev: MessageEvent<WorkerResponse>) => this.receive(ev);
    return w;
  }

  /** Drops the current request: its channel, what arrived on it, and a view still being finished. */
  private closePort(): void {
    clearTimeout(this.finishing);
    this.dropPort();
  }

  private dropPort(): void {
    this.port?.close();
    this.port = undefined;
    this.assembly = undefined;
  }

  simulate(text: string, challenge?: string): number {
    const id = ++this.seq;
    this.closePort();
    this.worker ??= this.spawn();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.worker?.terminate();
      this.worker = undefined;
      this.closePort();
      this.onResult({ type: "watchdog", id, ms: this.watchdogMs });
    }, this.watchdogMs);
    const ch = new MessageChannel();
    const port = (this.port = ch.port1);
    port.onmessage = (ev: MessageEvent<WorkerResponse>) => this.receive(ev);
    this.worker.postMessage({ v: PROTOCOL_VERSION, type: "simulate", id, text, ...(challenge !== undefined ? { challenge } : {}), port: ch.port2 } satisfies SimulateRequest, [ch.port2]);
    return id;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.worker?.terminate();
    this.worker = undefined;
    this.closePort();
  }
}
