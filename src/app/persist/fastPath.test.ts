import { beforeEach, describe, expect, it } from "vitest";
import { installFakeStorage, type FakeStorage } from "./testEnv";
import { markLarge, mirrorSmall, readFastStart, setOwnTabId } from "./fastPath";

let local: FakeStorage;
let session: FakeStorage;

describe("the synchronous mirror of the editor text", () => {
  beforeEach(() => ({ local, session } = installFakeStorage()));

  it("offers nothing on a first visit", () => {
    expect(readFastStart()).toEqual({ kind: "none" });
  });

  it("finds a text kept before IndexedDB (no pointer) as one to migrate", () => {
    local.map.set("podplay.text.v1", "old work");
    expect(readFastStart()).toEqual({ kind: "legacy", text: "old work" });
  });

  it("gives a reloaded tab its own text, and a new tab the newest text any tab saved", () => {
    setOwnTabId("A");
    mirrorSmall("A", "A's text");
    session.map.clear(); // another tab (its own sessionStorage)
    setOwnTabId("B");
    mirrorSmall("B", "B's text");
    expect(readFastStart()).toEqual({ kind: "text", text: "B's text", tab: "B" });
    session.map.clear();
    session.map.set("podplay.tab.v1", "A");
    session.map.set("podplay.tabText.v1", "A's text");
    expect(readFastStart()).toEqual({ kind: "text", text: "A's text", tab: "A" });
    session.map.clear();
    expect(readFastStart()).toEqual({ kind: "text", text: "B's text", tab: "B" });
  });

  it("points to IndexedDB for a large text, and drops the small copy it had", () => {
    setOwnTabId("A");
    mirrorSmall("A", "small");
    markLarge("A");
    expect(local.map.has("podplay.text.v1")).toBe(false);
    expect(readFastStart()).toEqual({ kind: "large", tab: "A" });
    session.map.clear();
    expect(readFastStart()).toEqual({ kind: "large", tab: "A" });
  });

  it("starts over once localStorage was cleared (site data), whatever the tab's own copy holds", () => {
    setOwnTabId("A");
    mirrorSmall("A", "mine");
    local.map.clear();
    expect(readFastStart()).toEqual({ kind: "none" });
  });

  it("never leaves an older text in the mirror when storage refuses the new one", () => {
    setOwnTabId("A");
    expect(mirrorSmall("A", "first")).toBe(true);
    local.failWrites = true;
    session.failWrites = true;
    expect(mirrorSmall("A", "second")).toBe(false);
    expect(local.map.has("podplay.text.v1")).toBe(false);
    expect(session.map.has("podplay.tabText.v1")).toBe(false);
    // The pointer still names the tab, so the start reads IndexedDB's copy instead.
    expect(readFastStart()).toEqual({ kind: "large", tab: "A" });
  });
});
