import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { minimalReplacement } from "./textDiff";

const apply = (before: string, r: { start: number; end: number; text: string }) => before.slice(0, r.start) + r.text + before.slice(r.end);

describe("minimalReplacement", () => {
  it("replaces only the middle that changed", () => {
    expect(minimalReplacement("a: 1\nb: 2\nc: 3\n", "a: 1\nb: 20\nc: 3\n")).toEqual({ start: 9, end: 9, text: "0" });
    expect(minimalReplacement("same", "same")).toEqual({ start: 4, end: 4, text: "" });
    expect(minimalReplacement("", "new")).toEqual({ start: 0, end: 0, text: "new" });
    expect(minimalReplacement("old", "")).toEqual({ start: 0, end: 3, text: "" });
    expect(minimalReplacement("aaa", "aaaa")).toEqual({ start: 3, end: 3, text: "a" });
  });

  it("never splits a surrogate pair", () => {
    const r = minimalReplacement("x😀y", "x😃y");
    expect(r).toEqual({ start: 1, end: 3, text: "😃" });
  });

  it("always rebuilds the new text", () => {
    fc.assert(fc.property(fc.string({ unit: "binary" }), fc.string({ unit: "binary" }), (a, b) => apply(a, minimalReplacement(a, b)) === b));
  });
});
