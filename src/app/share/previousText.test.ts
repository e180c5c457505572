import { beforeEach, describe, expect, it } from "vitest";
import { stashBeforeLink, takeStashedText } from "./previousText";

// Node has no localStorage; a Map stands in for it.
const store = new Map<string, string>();
Object.assign(globalThis, {
  localStorage: { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v), removeItem: (k: string) => void store.delete(k) },
});

describe("the text a share link replaced", () => {
  beforeEach(() => store.clear());

  it("is stashed when it is the learner's work, and comes back once", () => {
    expect(stashBeforeLink("my work", "link A", true)).toBe(true);
    expect(takeStashedText()).toBe("my work");
    expect(takeStashedText()).toBeUndefined();
  });

  it("is not stashed when it is an unedited built-in scenario or the link's own text", () => {
    expect(stashBeforeLink("the default", "link A", false)).toBe(false);
    expect(stashBeforeLink("link A", "link A", true)).toBe(false);
    expect(takeStashedText()).toBeUndefined();
  });

  it("survives opening a second link without editing the first one's text", () => {
    stashBeforeLink("my work", "link A", true);
    expect(stashBeforeLink("link A", "link B", true)).toBe(true);
    expect(takeStashedText()).toBe("my work");
  });

  it("is replaced when the learner edited the first link's text: that edit is now their work", () => {
    stashBeforeLink("my work", "link A", true);
    expect(stashBeforeLink("link A, edited", "link B", true)).toBe(true);
    expect(takeStashedText()).toBe("link A, edited");
  });

  it("offers nothing when storage refuses to keep it", () => {
    const setItem = localStorage.setItem;
    localStorage.setItem = () => {
      throw new Error("QuotaExceededError");
    };
    try {
      expect(stashBeforeLink("my work", "link A", true)).toBe(false);
    } finally {
      localStorage.setItem = setItem;
    }
  });

  it("ignores a damaged stash", () => {
    store.set("podplay.share.previousText.v1", "{not json");
    expect(takeStashedText()).toBeUndefined();
  });
});
