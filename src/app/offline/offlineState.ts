import { useSyncExternalStore } from "react";

/**
 * What the service worker has done for this page, as a tiny external store (the playground store
 * has no business with it): `ready` once a worker with the full precache is active, `update` when
 * a newer build has finished precaching and waits for the page to let it take over.
 */
export interface OfflineState {
  ready: boolean;
  /** A newer build's worker is installed and waiting. */
  waiting: ServiceWorker | undefined;
  online: boolean;
}

let state: OfflineState = { ready: false, waiting: undefined, online: typeof navigator === "undefined" ? true : navigator.onLine !== false };
const listeners = new Set<() => void>();

export function setOfflineState(patch: Partial<OfflineState>): void {
  state = { ...state, ...patch };
  for (const l of listeners) l();
}

export function getOfflineState(): OfflineState {
  return state;
}

function subscribe(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

export function useOfflineState(): OfflineState {
  return useSyncExternalStore(subscribe, getOfflineState, getOfflineState);
}
