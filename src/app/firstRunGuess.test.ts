import { beforeEach, describe, expect, it } from "vitest";
import { installFakeStorage, type FakeStorage } from "./persist/testEnv";
import { markLarge, mirrorSmall, setOwnTabId } from "./persist/fastPath";
import { firstRunGuess } from "./firstRunGuess";
import { restoreText } from "./persist/draftKeeper";
import { DEFAULT_SCENARIO } from "../scenarios/default";

let local: FakeStorage;
let session: FakeStorage;

const plain = { hash: "", search: "" };

/** The text main.tsx's restore() takes (persistence.ts): what the page's first run really is without a link. */
const restored = (): string => restoreText(DEFAULT_SCENARIO);

describe("the first run's guess, before the page's code has arrived", () => {
  beforeEach(() => ({ local, session } = installFakeStorage()));

  it("is the default scenario on a first visit, as restore() picks it", () => {
    expect(firstRunGuess(plain)).toEqual({ text: DEFAULT_SCENARIO });
    expect(restored()).toBe(DEFAULT_SCENARIO);
  });

  it("is the text restore() picks: this tab's own, another tab's newest, one kept before IndexedDB", () => {
    local.map.set("podplay.text.v1", "old work");
    expect(firstRunGuess(plain)).toEqual({ text: restored() });
    expect(restored()).toBe("old work");
    mirrorSmall("tab-a", "newest work");
    expect(firstRunGuess(plain)).toEqual({ text: restored() });
    // A reload of tab b, whose own text (sessionStorage) is not the newest any tab saved.
    setOwnTabId("tab-b");
    session.map.set("podplay.tabText.v1", "this tab's work");
    expect(firstRunGuess(plain)).toEqual({ text: restored() });
    expect(restored()).toBe("this tab's work");
  });

  it("is the default scenario while a large text is still in IndexedDB (the page shows it until the text comes)", () => {
    mirrorSmall("tab-a", "small");
    markLarge("tab-a");
    expect(firstRunGuess(plain)).toEqual({ text: DEFAULT_SCENARIO });
    expect(restored()).toBe(DEFAULT_SCENARIO);
  });

  it("leaves a hash to the worker, and guesses nothing for an audience window", () => {
    expect(firstRunGuess({ hash: "#v1.abc", search: "" })).toEqual({ hash: "#v1.abc" });
    expect(firstRunGuess({ hash: "#", search: "" })).toEqual({ text: DEFAULT_SCENARIO });
    expect(firstRunGuess({ hash: "", search: "?view=audience&session=abcdefgh12" })).toBeUndefined();
  });
});
