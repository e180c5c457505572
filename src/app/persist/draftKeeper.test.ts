import { beforeEach, describe, expect, it, vi } from "vitest";
import { breakIndexedDb, installFakeStorage, installFakeWindow, type FakeStorage } from "./testEnv";
import { textHash } from "./textHash";

let local: FakeStorage;

/** Loads the page's modules afresh (a reload keeps Web Storage and IndexedDB) and starts keeping the text. */
async function boot(fallback = "the default") {
  vi.resetModules();
  const keeper = await import("./draftKeeper");
  const { useStore } = await import("../../state/store");
  const { useSaveState } = await import("./saveState");
  const { usePrevious } = await import("./stash");
  const { openScenario } = await import("../../state/actions");
  const { saveDraft } = await import("./drafts");
  // This page's own IndexedDB connection, to drop when a test swaps IndexedDB underneath.
  const { forgetKvForTests } = await import("./kv");
  useStore.setState({ text: keeper.restoreText(fallback) });
  const firstText = useStore.getState().text;
  keeper.startPersistence();
  const text = () => useStore.getState().text;
  const setText = (t: string) => useStore.setState({ text: t });
  const savedNow = () => vi.waitFor(() => expect(useSaveState.getState().saved?.hash).toBe(textHash(text())), { timeout: 3000 });
  return { keeper, useSaveState, usePrevious, openScenario, saveDraft, firstText, text, setText, savedNow, forgetKvForTests };
}

describe("keeping the editor text", () => {
  beforeEach(() => {
    ({ local } = installFakeStorage());
    installFakeWindow();
  });

  it("migrates a text kept in localStorage before IndexedDB, once, and a reload keeps it and the tab", async () => {
    local.map.set("podplay.text.v1", "old work");
    const p1 = await boot();
    expect(p1.firstText).toBe("old work");
    await p1.savedNow();
    const tab = p1.keeper.currentTab();
    expect(JSON.parse(local.getItem("podplay.latest.v1")!)).toEqual({ tab, large: false });
    const p2 = await boot();
    expect(p2.firstText).toBe("old work");
    await vi.waitFor(() => expect(p2.keeper.currentTab()).toBe(tab));
  });

  it("shows a small text in the first frame, and a large one (IndexedDB only) a moment later", async () => {
    const p1 = await boot();
    p1.setText("my small text");
    await p1.savedNow();
    expect((await boot()).firstText).toBe("my small text");
    const big = "# " + "y".repeat(6_000_000);
    const p2 = await boot();
    p2.setText(big);
    await p2.savedNow();
    expect(local.getItem("podplay.text.v1")).toBeNull();
    const p3 = await boot();
    expect(p3.firstText).toBe("the default");
    await vi.waitFor(() => expect(p3.text().length).toBe(big.length));
  });

  it("keeps a large draft that a link replaced before it was read, as the text to restore", async () => {
    const big = "# " + "z".repeat(400_000);
    const p1 = await boot();
    p1.setText(big);
    await p1.savedNow();
    vi.resetModules();
    const keeper = await import("./draftKeeper");
    const { useStore } = await import("../../state/store");
    const { openScenario } = await import("../../state/actions");
    const { usePrevious } = await import("./stash");
    useStore.setState({ text: keeper.restoreText("the default") });
    openScenario("kind: Pod # from a link", undefined, "link");
    keeper.startPersistence();
    await vi.waitFor(() => expect(usePrevious.getState().stash?.text.length).toBe(big.length));
    expect(usePrevious.getState().stash?.reason).toBe("link");
    expect(useStore.getState().text).toBe("kind: Pod # from a link");
  });

  it("says at once when the text cannot be kept anywhere, and stops saying so when it can", async () => {
    const p = await boot();
    await p.savedNow();
    breakIndexedDb();
    p.forgetKvForTests();
    local.failWrites = true;
    p.setText("work that cannot be kept");
    await vi.waitFor(() => expect(p.useSaveState.getState().failed).toBe(true));
    installFakeStorage();
    p.forgetKvForTests();
    p.setText("work that can be kept");
    await vi.waitFor(() => expect(p.useSaveState.getState().failed).toBe(false));
  });

  it("does not cry wolf when IndexedDB fails but the small text is in localStorage", async () => {
    const p = await boot();
    await p.savedNow();
    breakIndexedDb();
    p.forgetKvForTests();
    p.setText("small work");
    await new Promise((r) => setTimeout(r, 500));
    expect(p.useSaveState.getState().failed).toBe(false);
    expect(local.getItem("podplay.text.v1")).toBe("small work");
  });

  it("tells when another tab saved a different text; opening it keeps this tab's text to restore", async () => {
    const p = await boot();
    p.setText("mine");
    await p.savedNow();
    await p.saveDraft("other-tab", "theirs");
    const other = new BroadcastChannel("podplay.drafts");
    other.postMessage({ v: 1, type: "saved", tab: "other-tab", hash: textHash("theirs") });
    await vi.waitFor(() => expect(p.useSaveState.getState().otherTab).toBe("other-tab"));
    await p.keeper.openOtherTabText();
    expect(p.text()).toBe("theirs");
    expect(p.usePrevious.getState().stash).toMatchObject({ text: "mine", reason: "otherTab" });
    p.keeper.restorePreviousText();
    expect(p.text()).toBe("mine");
    // "Keep mine": that tab is not mentioned again; the same text is never a conflict.
    other.postMessage({ v: 1, type: "saved", tab: "other-tab", hash: textHash("theirs, edited") });
    await vi.waitFor(() => expect(p.useSaveState.getState().otherTab).toBe("other-tab"));
    p.keeper.keepMine();
    other.postMessage({ v: 1, type: "saved", tab: "other-tab", hash: textHash("again") });
    other.postMessage({ v: 1, type: "saved", tab: "third-tab", hash: textHash("mine") });
    await new Promise((r) => setTimeout(r, 50));
    expect(p.useSaveState.getState().otherTab).toBeUndefined();
    other.close();
  });
});
