import { describe, expect, it } from "vitest";
import { defineStrings } from "./define";
import { registerStrings, t } from "./index";

registerStrings(
  defineStrings(
    "pluraltest",
    { "pods.one": "{count} pod", "pods.other": "{count} pods", plain: "{count} items" },
    { "pods.one": "파드 {count}개", "pods.other": "파드 {count}개", plain: "{count}개" },
  ),
);

describe("plurals through Intl.PluralRules", () => {
  it("picks English's one and other", () => {
    expect(t("en", "pluraltest.pods", { count: 1 })).toBe("1 pod");
    expect(t("en", "pluraltest.pods", { count: 0 })).toBe("0 pods");
    expect(t("en", "pluraltest.pods", { count: 2 })).toBe("2 pods");
  });

  it("Korean has no plural: its other form serves every count", () => {
    expect(t("ko", "pluraltest.pods", { count: 1 })).toBe("파드 1개");
    expect(t("ko", "pluraltest.pods", { count: 7 })).toBe("파드 7개");
  });

  it("a key without forms is used as it is, and a count given as text picks nothing", () => {
    expect(t("en", "pluraltest.plain", { count: 1 })).toBe("1 items");
    expect(t("en", "pluraltest.pods", { count: "3" })).toBe("pluraltest.pods");
  });
});
