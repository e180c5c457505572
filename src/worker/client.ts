import { PROTOCOL_VERSION, type WorkerResponse } from "./protocol";

/** How long one simulation may run before the watchdog restarts the worker. */
export const WATCHDOG_MS = 8000;

export type ClientResult = WorkerResponse | { type: "timeout"; id: number };

/**
 * Owns the engine worker: a newer request supersedes an older one, and a watchdog terminates
 * and restarts a worker that runs past WATCHDOG_MS.
 */
export class EngineClient {
  private worker: Worker | undefined;
  private seq = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private onResult: (r: ClientResult) => void) {}

  private spawn(): Worker {
    const w = new Worker(new URL("./engine.worker.ts", import.meta.url), { type: "module" });
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
      this.onResult({ type: "timeout", id });
    }, WATCHDOG_MS);
    this.worker.postMessage({ v: PROTOCOL_VERSION, type: "simulate", id, text });
    return id;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.worker?.terminate();
  }
}
