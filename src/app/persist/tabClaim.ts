/**
 * Which tab this page is. The id lives in sessionStorage (fastPath.ts), so a reload keeps it; a
 * Web Lock named after it is held for the page's life, so a second live page with the same id (a
 * duplicated tab copies sessionStorage) finds it taken and becomes a new tab. A new tab may also
 * take over the tab that saved the newest draft when that tab is closed (its lock is free): the
 * learner who closes the page and opens it again gets back both the text and its stash.
 * Without the Web Locks API (old browsers) a new tab always gets a new id.
 */
type Locks = { request(name: string, options: { ifAvailable: boolean }, cb: (lock: unknown) => Promise<void> | undefined): Promise<unknown> };

function locks(): Locks | undefined {
  return typeof navigator !== "undefined" ? (navigator as unknown as { locks?: Locks }).locks : undefined;
}

export function newTabId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/** Takes `id` for this page if no other live page holds it; true when taken (always, without Web Locks). */
export function claim(id: string): Promise<boolean> {
  const l = locks();
  if (!l) return Promise.resolve(true);
  return new Promise((resolve) => {
    l.request(`podplay.tab.${id}`, { ifAvailable: true }, (lock) => {
      resolve(lock !== null);
      // Held until the page goes away.
      return lock !== null ? new Promise<void>(() => {}) : undefined;
    }).catch(() => resolve(true));
  });
}

/**
 * This page's tab id: its own from before a reload if free, else the closed newest tab's if free
 * (only with Web Locks, which tell that it is closed), else a new one.
 */
export async function resolveTab(own: string | undefined, newest: string | undefined): Promise<string> {
  if (own && (await claim(own))) return own;
  if (!own && newest && locks() && (await claim(newest))) return newest;
  const id = newTabId();
  await claim(id);
  return id;
}
