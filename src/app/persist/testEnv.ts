import { IDBFactory } from "fake-indexeddb";
import { forgetKvForTests } from "./kv";

/**
 * For unit tests (Node has no Web Storage or IndexedDB): Map-backed localStorage and
 * sessionStorage, and a fresh in-memory IndexedDB (fake-indexeddb). `failWrites` makes a store
 * refuse writes as a full quota does.
 */
export interface FakeStorage extends Storage {
  map: Map<string, string>;
  failWrites: boolean;
}

function fakeStorage(): FakeStorage {
  const map = new Map<string, string>();
  const s = {
    map,
    failWrites: false,
    get length() {
      return map.size;
    },
    key: (i: number) => [...map.keys()][i] ?? null,
    getItem: (k: string) => map.get(k) ?? null,
    setItem(k: string, v: string) {
      if (s.failWrites) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      map.set(k, String(v));
    },
    removeItem: (k: string) => void map.delete(k),
    clear: () => map.clear(),
  };
  return s;
}

export function installFakeStorage(): { local: FakeStorage; session: FakeStorage } {
  const local = fakeStorage();
  const session = fakeStorage();
  Object.assign(globalThis, { localStorage: local, sessionStorage: session, indexedDB: new IDBFactory() });
  forgetKvForTests();
  return { local, session };
}

/** Makes every IndexedDB open fail, as a browser with storage turned off does. */
export function breakIndexedDb(): void {
  forgetKvForTests();
  Object.assign(globalThis, {
    indexedDB: {
      open() {
        throw new DOMException("The user denied permission to access the database.", "SecurityError");
      },
    },
  });
}

/** The few window and document members persistence listens on (pagehide, visibilitychange). */
export function installFakeWindow(): void {
  const none = () => {};
  Object.assign(globalThis, { addEventListener: none, removeEventListener: none, document: { visibilityState: "visible", addEventListener: none, removeEventListener: none } });
}
