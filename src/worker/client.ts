import { Assembly } from "./assemble";
import { PROTOCOL_VERSION, type Ack, type SimulateRequest, type WorkerResponse } from "./protocol";
import type { SimView } from "../state/store";

/** Default bound on one simulation (a 10,000-pod run needs a few seconds on a slow, busy laptop); a link may only shorten it (useSimulation's watchdogBound). */
export const WATCHDOG_MS = 15_000;

/** A worker started before the page renders, so its engine loads while React starts. */
let spare: Worker | undefined;

function newEngineWorker(): Worker {
  return new Worker(new URL("./engine.worker.ts", import.meta.url), { type: "module" });
}

/** Starts the engine worker now; the first EngineClient takes it. */
export function prewarmEngine(): void {
  spare ??= newEngineWorker();
}

export type ClientResult =
  | { type: "result"; id: number; view: SimView }
  | { type: "crash"; id: number; message: string }
  | { type: "version"; id: number; message: string }
  | { type: "watchdog"; id: number; ms: number };

/**
 * The only code that creates the engine worker. A newer request supersedes an older one (its
 * result is dropped); a watchdog terminates a worker that runs past the bound and starts a
 * fresh one, so the page stays usable. A big result arrives in slices (protocol.ts), each
 * acknowledged with the time it took so the worker sizes the next; callers see one "result".
 */
export class EngineClient {
  private worker: Worker | undefined;
  private seq = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private assembly: Assembly | undefined;
  /** The current request's channel (closing it drops what the worker sent for it and the page has not read). */
  private port: MessagePort | undefined;

  constructor(
    private onResult: (r: ClientResult) => void,
    private watchdogMs = WATCHDOG_MS,
  ) {}

  private receive(ev: MessageEvent<WorkerResponse>, port?: MessagePort): void {
    const t0 = performance.now();
    // Reading data deserialises the message: the cost the acknowledgement reports.
    const m = ev.data;
    if (m.id !== this.seq) return;
    // The engine has finished once anything arrives; receiving the slices is not bounded.
    clearTimeout(this.timer);
    switch (m.type) {
      case "begin":
        this.assembly = new Assembly(m.head);
        return;
      case "part":
        this.assembly?.add(m.part);
        port?.postMessage({ v: PROTOCOL_VERSION, type: "ack", id: m.id, kind: m.part.kind, n: m.part.items.length, ms: performance.now() - t0 } satisfies Ack);
        return;
      case "ready": {
        const a = this.assembly;
        this.closePort();
        if (a) this.onResult({ type: "result", id: m.id, view: a.ready(m.scheduling, m.timeline) });
        return;
      }
      default:
        if (m.type !== "version") this.closePort();
        this.onResult(m);
    }
  }

  private spawn(): Worker {
    const w = spare ?? newEngineWorker();
    spare = undefined;
    w.onmessage = (ev: MessageEvent<WorkerResponse>) => this.receive(ev);
    return w;
  }

  private closePort(): void {
    this.port?.close();
    this.port = undefined;
    this.assembly = undefined;
  }

  simulate(text: string): number {
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
    port.onmessage = (ev: MessageEvent<WorkerResponse>) => this.receive(ev, port);
    this.worker.postMessage({ v: PROTOCOL_VERSION, type: "simulate", id, text, port: ch.port2 } satisfies SimulateRequest, [ch.port2]);
    return id;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.worker?.terminate();
    this.worker = undefined;
    this.closePort();
  }
}
