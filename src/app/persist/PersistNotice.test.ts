import { beforeEach, describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { useStore } from "../../state/store";
import { PersistNotice } from "./PersistNotice";
import { useSaveState } from "./saveState";
import { usePrevious } from "./stash";
import { persistStrings } from "./strings";
import { persistKo } from "./strings.ko";

const html = () => renderToStaticMarkup(createElement(PersistNotice));

// A server render reads each store's initial state (zustand's server snapshot): set that.
type Api<T> = { getInitialState(): T };
const setServer = <T extends object>(store: Api<T>, patch: Partial<T>) => Object.assign(store.getInitialState(), patch);
const unescape = (s: string) => s.replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&");

describe("the notices about the learner's text", () => {
  beforeEach(() => {
    setServer(useSaveState, { failed: false, failedDismissed: false, otherTab: undefined });
    setServer(usePrevious, { stash: undefined, restored: false });
    setServer(useStore, { locale: "en" });
  });

  it("show nothing while all is well", () => {
    expect(html()).toBe("");
  });

  for (const locale of ["en", "ko"] as const) {
    const s = locale === "ko" ? persistKo : persistStrings.en;
    it(`say in ${locale} that the text cannot be kept (an alert, with a download), that another tab changed it, and what replaced it`, () => {
      setServer(useStore, { locale });
      setServer(useSaveState, { failed: true, otherTab: "tab-2" });
      setServer(usePrevious, { stash: { text: "mine", replacedBy: "x", reason: "lesson" } });
      const out = unescape(html());
      expect(out).toMatch(/role="alert"[^>]*><span>[^<]*<\/span><button[^>]*>[^<]+<\/button>/);
      for (const key of ["persist.saveFailed", "persist.download", "persist.otherTab", "persist.openOther", "persist.keepMine", "persist.replaced.lesson", "persist.restore"] as const) expect(out).toContain(s[key]);
      expect(out).not.toMatch(/persist\.\w/);
    });
  }

  it("offer to undo a restore, and stop offering once the learner dismissed the failure", () => {
    setServer(useStore, { locale: "en" });
    setServer(usePrevious, { stash: { text: "lesson, edited", replacedBy: "x", reason: "restore" }, restored: true });
    setServer(useSaveState, { failed: true, failedDismissed: true });
    const out = unescape(html());
    expect(out).toContain(persistStrings.en["persist.restored"]);
    expect(out).toContain(">Undo<");
    expect(out).not.toContain(persistStrings.en["persist.saveFailed"]);
  });
});
