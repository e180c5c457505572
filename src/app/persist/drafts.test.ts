import { beforeEach, describe, expect, it } from "vitest";
import { get } from "idb-keyval";
import { breakIndexedDb, installFakeStorage } from "./testEnv";
import { KEEP_DRAFTS, loadDraft, saveDraft, stashKey } from "./drafts";
import { withKv } from "./kv";

describe("each tab's draft in IndexedDB", () => {
  beforeEach(() => void installFakeStorage());

  it("keeps one draft per tab, so two tabs never write over each other", async () => {
    await saveDraft("A", "A's text", 1);
    await saveDraft("B", "B's text", 2);
    expect((await loadDraft("A"))?.text).toBe("A's text");
    expect((await loadDraft("B"))?.text).toBe("B's text");
    expect(await loadDraft("C")).toBeUndefined();
  });

  it("keeps texts up to the editor's 8 MiB", async () => {
    const big = "a: " + "b".repeat(8 * 1024 * 1024 - 3);
    await saveDraft("A", big);
    expect((await loadDraft("A"))?.text.length).toBe(big.length);
  });

  it(`keeps the newest ${KEEP_DRAFTS} tabs' drafts and drops older ones with their stash`, async () => {
    await withKv((s) => import("idb-keyval").then(({ set }) => set(stashKey("t0"), { text: "x", replacedBy: "y", reason: "link" }, s)));
    for (let i = 0; i <= KEEP_DRAFTS; i++) await saveDraft(`t${i}`, `text ${i}`, i);
    expect(await loadDraft("t0")).toBeUndefined();
    expect(await withKv((s) => get(stashKey("t0"), s))).toBeUndefined();
    expect((await loadDraft("t1"))?.text).toBe("text 1");
    expect((await loadDraft(`t${KEEP_DRAFTS}`))?.text).toBe(`text ${KEEP_DRAFTS}`);
  });

  it("rejects a save and reads nothing when IndexedDB is unavailable, and recovers when it is back", async () => {
    breakIndexedDb();
    await expect(saveDraft("A", "text")).rejects.toThrow();
    expect(await loadDraft("A")).toBeUndefined();
    installFakeStorage();
    await saveDraft("A", "text");
    expect((await loadDraft("A"))?.text).toBe("text");
  });
});
