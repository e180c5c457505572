import { PROTOCOL_VERSION, type EarlyRequest } from "./protocol";

/**
 * The engine's worker, started as early as the page can: index.html's first script
 * (src/app/start.ts) starts it before the app's own code has even arrived, so the engine is
 * fetched, compiled and evaluated while the page's code is; the first EngineClient takes it.
 */
let spare: Worker | undefined;

export function newEngineWorker(): Worker {
  return new Worker(new URL("./engine.worker.ts", import.meta.url), { type: "module" });
}

/** What the first run will most likely be (src/app/firstRunGuess.ts). */
export type FirstRunGuess = Omit<EarlyRequest, "v" | "type">;

/**
 * Starts the engine worker now, if none is waiting yet. With a guess, the worker simulates it as
 * soon as its code is ready, without waiting for the page's code to ask (engineHost.ts).
 */
export function prewarmEngine(guess?: FirstRunGuess): void {
  if (spare) return;
  spare = newEngineWorker();
  if (guess) spare.postMessage({ v: PROTOCOL_VERSION, type: "early", ...guess } satisfies EarlyRequest);
}

/** The worker started early, or a new one. */
export function takeEngineWorker(): Worker {
  const w = spare ?? newEngineWorker();
  spare = undefined;
  return w;
}
