import { createStore, type UseStore } from "idb-keyval";

/**
 * The one IndexedDB store podplay keeps its texts in (database "podplay", object store "kv"),
 * through idb-keyval. Opened on first use; after a failure the next call opens it again, since a
 * closed or refused connection (storage pressure, the user clearing site data) stays rejected.
 */
let store: UseStore | undefined;

/** Runs `op` against the store; throws (or rejects) when IndexedDB is missing, refused or failing. */
export async function withKv<T>(op: (s: UseStore) => Promise<T>): Promise<T> {
  try {
    store ??= createStore("podplay", "kv");
    return await op(store);
  } catch (err) {
    store = undefined;
    throw err;
  }
}

/** For tests that swap the IndexedDB implementation underneath. */
export function forgetKvForTests(): void {
  store = undefined;
}
