import { afterEach, describe, expect, it } from "vitest";
import { resolveTab } from "./tabClaim";

/** Web Locks as a browser has them: a name is held by one page at a time. */
function fakeLocks(held: Set<string>) {
  return {
    request(name: string, _o: { ifAvailable: boolean }, cb: (lock: unknown) => Promise<void> | undefined) {
      const free = !held.has(name);
      if (free) held.add(name);
      void cb(free ? { name } : null);
      return new Promise(() => {});
    },
  };
}

function withLocks(held: Set<string> | undefined) {
  Object.defineProperty(globalThis, "navigator", { value: held ? { locks: fakeLocks(held) } : {}, configurable: true });
}

describe("which tab this page is", () => {
  afterEach(() => withLocks(undefined));

  it("keeps its own id across a reload (the old page's lock is gone)", async () => {
    withLocks(new Set());
    expect(await resolveTab("A", "B")).toBe("A");
  });

  it("becomes a new tab when a live page holds its id (a duplicated tab)", async () => {
    withLocks(new Set(["podplay.tab.A"]));
    const id = await resolveTab("A", "A");
    expect(id).not.toBe("A");
  });

  it("takes over the newest draft's tab when that tab is closed, and not when it is open", async () => {
    withLocks(new Set());
    expect(await resolveTab(undefined, "B")).toBe("B");
    withLocks(new Set(["podplay.tab.B"]));
    expect(await resolveTab(undefined, "B")).not.toBe("B");
  });

  it("without Web Locks, a new tab always gets a new id", async () => {
    withLocks(undefined);
    expect(await resolveTab(undefined, "B")).not.toBe("B");
    expect(await resolveTab("A", "B")).toBe("A");
  });
});
