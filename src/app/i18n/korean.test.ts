import { describe, expect, it } from "vitest";
import { allKeys, t } from "./index";
import { selectLocale, useStore } from "../../state/store";

// The Korean of the first load's strings is a chunk of its own (./ko.ts, loaded by the test setup
// as the page loads it for a Korean reader): nothing registered in English may lack it.
describe("the Korean chunk", () => {
  it("has every string the first load registers in English", () => {
    const { en, ko } = allKeys();
    const have = new Set(ko);
    expect(en.length).toBeGreaterThan(400);
    expect(en.filter((k) => !have.has(k))).toEqual([]);
    expect(t("ko", "shell.play")).not.toBe(t("en", "shell.play"));
  });

  it("keeps the page in English until it has loaded", () => {
    const base = useStore.getState();
    expect(selectLocale({ ...base, locale: "ko", koreanLoaded: false })).toBe("en");
    expect(selectLocale({ ...base, locale: "ko", koreanLoaded: true })).toBe("ko");
    expect(selectLocale({ ...base, locale: "en", koreanLoaded: false })).toBe("en");
  });
});
