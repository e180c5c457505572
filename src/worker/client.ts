import { PROTOCOL_VERSION, type SimulateRequest, type WorkerResponse } from "./protocol";

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

export type ClientResult = WorkerResponse | { type: "watchdog"; id: number; ms: number };

/**
 * The only code that creates the engine worker. A newer request supersedes an older one (its
 * result is dropped); a watchdog terminates a worker that runs past the bound and starts a
 * fresh one, so the page stays usable.
 */
export class EngineClient {
  private worker: Worker | undefined;
  private seq = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private onResult: (r: ClientResult) => void,
    private watchdogMs = WATCHDOG_MS,
  ) {}

  private spawn(): Worker {
    const w = spare ?? newEngineWorker();
    spare = undefined;
    w.onmessage = (ev: MessageEvent<WorkerResponse>) => {
      if (ev.data.id !== this.seq) return;
      clearTimeout(this.timer);
      this.onResult(ev.data);
    };
    return w;
  }

  simulate(text: string): number {
    const id = ++this.seq;
    this.worker ??= this.spawn();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.worker?.terminate();
      this.worker = undefined;
      this.onResult({ type: "watchdog", id, ms: this.watchdogMs });
    }, this.watchdogMs);
    this.worker.postMessage({ v: PROTOCOL_VERSION, type: "simulate", id, text } satisfies SimulateRequest);
    return id;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.worker?.terminate();
    this.worker = undefined;
  }
}
