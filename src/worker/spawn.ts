/**
 * The engine's worker, started as early as the page can: index.html's first script
 * (src/app/start.ts) starts it before the app's own code has even arrived, so the engine is
 * fetched, compiled and evaluated while the page's code is; the first EngineClient takes it.
 */
let spare: Worker | undefined;

export function newEngineWorker(): Worker {
  return new Worker(new URL("./engine.worker.ts", import.meta.url), { type: "module" });
}

/** Starts the engine worker now, if none is waiting yet. */
export function prewarmEngine(): void {
  spare ??= newEngineWorker();
}

/** The worker started early, or a new one. */
export function takeEngineWorker(): Worker {
  const w = spare ?? newEngineWorker();
  spare = undefined;
  return w;
}
