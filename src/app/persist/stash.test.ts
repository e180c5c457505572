import { beforeEach, describe, expect, it } from "vitest";
import { installFakeStorage } from "./testEnv";
import { dismissStash, resetStashForTests, startStash, stashBeforeReplace, takeForRestore, usePrevious } from "./stash";
import { useSaveState } from "./saveState";

const stashed = () => usePrevious.getState().stash?.text;
/** The stash writes to IndexedDB without being awaited; a macrotask later it is there. */
const settle = () => new Promise((r) => setTimeout(r, 20));

describe("the text something replaced", () => {
  beforeEach(() => {
    installFakeStorage();
    resetStashForTests();
    useSaveState.setState({ failed: false });
  });

  it("is kept when it is the learner's work, and comes back once (what the editor held becomes the stash in turn)", () => {
    stashBeforeReplace("my work", "link A", true, "link");
    expect(usePrevious.getState().stash?.reason).toBe("link");
    expect(takeForRestore("link A", false)).toBe("my work");
    expect(stashed()).toBeUndefined();
    expect(takeForRestore("my work", true)).toBeUndefined();
  });

  it("is not kept when it is an unedited built-in scenario or the new text itself", () => {
    stashBeforeReplace("the default", "link A", false, "link");
    stashBeforeReplace("link A", "link A", true, "link");
    expect(stashed()).toBeUndefined();
  });

  it("survives opening a second link (or a lesson) without editing the first one's text", () => {
    stashBeforeReplace("my work", "link A", true, "link");
    stashBeforeReplace("link A", "lesson B", true, "lesson");
    expect(stashed()).toBe("my work");
    expect(usePrevious.getState().stash?.reason).toBe("lesson");
  });

  it("is replaced when the learner edited the first replacement: that edit is now their work", () => {
    stashBeforeReplace("my work", "link A", true, "link");
    stashBeforeReplace("link A, edited", "link B", true, "link");
    expect(stashed()).toBe("link A, edited");
  });

  it("stays when an unedited example replaces an unedited example", () => {
    stashBeforeReplace("my work", "example 1", true, "example");
    stashBeforeReplace("example 1", "example 2", false, "example");
    stashBeforeReplace("example 2 (another tab's)", "example 3", false, "example");
    expect(stashed()).toBe("my work");
  });

  it("can be undone: restoring keeps the text it replaces when that is work", () => {
    stashBeforeReplace("my work", "lesson", true, "lesson");
    expect(takeForRestore("lesson, edited", true)).toBe("my work");
    expect(stashed()).toBe("lesson, edited");
    expect(usePrevious.getState().stash?.reason).toBe("restore");
  });

  it("survives a reload (IndexedDB, under the tab's id), and a newer stash made meanwhile wins", async () => {
    await startStash("tab-1");
    stashBeforeReplace("my work", "link A", true, "link");
    await settle();
    resetStashForTests();
    await startStash("tab-1");
    expect(stashed()).toBe("my work");
    resetStashForTests();
    stashBeforeReplace("newer work", "lesson", true, "lesson");
    await startStash("tab-1");
    expect(stashed()).toBe("newer work");
    resetStashForTests();
    await startStash("tab-2");
    expect(stashed()).toBeUndefined();
  });

  it("is offered by a page that had to take a new tab id (a duplicated tab), and kept under the new one", async () => {
    await startStash("tab-1");
    stashBeforeReplace("my work", "link A", true, "link");
    await settle();
    resetStashForTests();
    await startStash("tab-9", "tab-1");
    expect(stashed()).toBe("my work");
    resetStashForTests();
    await startStash("tab-9");
    expect(stashed()).toBe("my work");
  });

  it("is forgotten when the learner dismisses it, also after a reload", async () => {
    await startStash("tab-1");
    stashBeforeReplace("my work", "link A", true, "link");
    dismissStash();
    await settle();
    resetStashForTests();
    await startStash("tab-1");
    expect(stashed()).toBeUndefined();
  });

  it("holds a text of 8 MiB", async () => {
    const big = "# " + "x".repeat(8 * 1024 * 1024 - 2);
    await startStash("tab-1");
    stashBeforeReplace(big, "link A", true, "link");
    await settle();
    resetStashForTests();
    await startStash("tab-1");
    expect(stashed()?.length).toBe(big.length);
  });
});
