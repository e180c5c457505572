import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { sameJson, shareUnchanged } from "./share";

// JSON-like values with the cases JSON writes differently from how they compare: undefined,
// NaN, ±Infinity, -0, and keys in different orders.
const leaf = fc.oneof(fc.constantFrom(undefined, null, NaN, Infinity, -Infinity, 0, -0, 1, "", "a", "1", true, false), fc.integer({ min: -3, max: 3 }), fc.string({ maxLength: 2 }));
const { value } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: "small" }, leaf, fc.array(tie("value"), { maxLength: 3 }), fc.dictionary(fc.constantFrom("a", "b", "c"), tie("value"), { maxKeys: 3 })),
}));

/** A variant of `v`: the same, or with one part changed or reordered. */
function nearby(v: unknown, seed: number): unknown {
  if (Array.isArray(v)) return v.map((x, i) => (i === seed % Math.max(v.length, 1) ? nearby(x, seed >> 1) : x));
  if (v && typeof v === "object") {
    const entries = Object.entries(v);
    if (seed % 3 === 0) entries.reverse();
    return Object.fromEntries(entries.map(([k, x], i) => [k, i === seed % Math.max(entries.length, 1) ? nearby(x, seed >> 1) : x]));
  }
  return seed % 4 === 0 ? (typeof v === "number" ? -v : v) : v;
}

describe("sameJson", () => {
  it("agrees with comparing JSON.stringify texts", () => {
    fc.assert(
      fc.property(value, value, fc.nat(), (a, b, seed) => {
        expect(sameJson(a, b)).toBe(JSON.stringify(a) === JSON.stringify(b));
        const c = nearby(a, seed);
        expect(sameJson(a, c)).toBe(JSON.stringify(a) === JSON.stringify(c));
      }),
      { numRuns: 2000 },
    );
  });

  it("falls back to the texts for values that are not plain data", () => {
    const d = new Date(0);
    expect(sameJson({ t: d }, { t: d.toISOString() })).toBe(true);
    expect(sameJson({ t: { toJSON: () => 1 } }, { t: 1 })).toBe(true);
  });
});

describe("shareUnchanged", () => {
  it("serializes as the new version, changes neither version, and shares what is equal", () => {
    fc.assert(
      fc.property(value, fc.nat(), (prev, seed) => {
        const next = JSON.parse(JSON.stringify(nearby(prev, seed) ?? null));
        const prevText = JSON.stringify(prev);
        const nextText = JSON.stringify(next);
        const out = shareUnchanged(next, prev);
        expect(JSON.stringify(out)).toBe(nextText);
        expect(JSON.stringify(prev)).toBe(prevText);
        expect(JSON.stringify(next)).toBe(nextText);
      }),
      { numRuns: 2000 },
    );
  });

  it("hands back the previous objects for unchanged parts", () => {
    const prev = { phase: "Running", conditions: [{ type: "Ready", status: "False" }, { type: "PodScheduled", status: "True" }] };
    const next = { phase: "Running", conditions: [{ type: "Ready", status: "True" }, { type: "PodScheduled", status: "True" }] };
    const out = shareUnchanged(next, prev);
    expect(out.conditions[1]).toBe(prev.conditions[1]);
    expect(out.conditions[0]).toBe(next.conditions[0]);
    expect(shareUnchanged({ ...prev }, prev)).toBe(prev);
  });
});
