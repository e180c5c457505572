import { Assembly } from "./assemble";
import { PROTOCOL_VERSION, type Ack, type SimulateRequest, type WorkerResponse } from "./protocol";
import type { SimView } from "../state/store";

/** Default bound on one simulation; `?watchdogMs=N` in the URL overrides it (used by tests). */
export const WATCHDOG_MS = 6000;

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

  constructor(
    private onResult: (r: ClientResult) => void,
    private watchdogMs = WATCHDOG_MS,
  ) {}

  private receive(ev: MessageEvent<WorkerResponse>): void {
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
        this.worker?.postMessage({ v: PROTOCOL_VERSION, type: "ack", id: m.id, kind: m.part.kind, n: m.part.items.length, ms: performance.now() - t0 } satisfies Ack);
        return;
      case "ready": {
        const a = this.assembly;
        this.assembly = undefined;
        if (a) this.onResult({ type: "result", id: m.id, view: a.ready(m.scheduling, m.timeline) });
        return;
      }
      default:
        this.assembly = undefined;
        this.onResult(m);
    }
  }

  private spawn(): Worker {
    const w = spare ?? newEngineWorker();
    spare = undefined;
    w.onmessage = (ev: MessageEvent<WorkerResponse>) => this.receive(ev);
    return w;
  }

  simulate(text: string): number {
    const id = ++this.seq;
    this.assembly = undefined;
    this.worker ??= this.spawn();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.worker?.terminate();
      this.worker = undefined;
      this.assembly = undefined;
      this.onResult({ type: "watchdog", id, ms: this.watchdogMs });
    }, this.watchdogMs);
    this.worker.postMessage({ v: PROTOCOL_VERSION, type: "simulate", id, text } satisfies SimulateRequest);
    return id;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.worker?.terminate();
    this.worker = undefined;
    this.assembly = undefined;
  }
}
