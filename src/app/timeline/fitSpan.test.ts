import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { fitSpan } from "./fitSpan";

describe("fitSpan", () => {
  it("starts at 30 s and grows in steps", () => {
    expect(fitSpan(0, 900)).toBe(30);
    expect(fitSpan(20, 900)).toBe(30);
    expect(fitSpan(35, 900)).toBe(60);
    expect(fitSpan(100, 900)).toBe(300);
    expect(fitSpan(800, 900)).toBe(900);
  });
  it("never exceeds the horizon and always keeps the playhead in view with room ahead", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 7 * 86400, noNaN: true }), fc.double({ min: 1, max: 7 * 86400, noNaN: true }), (t0, until) => {
        const t = Math.min(t0, until);
        const span = fitSpan(t, until);
        expect(span).toBeLessThanOrEqual(until);
        if (span < until) expect(t).toBeLessThanOrEqual(span * 0.8 + 1e-9);
        else expect(span).toBe(until);
      }),
    );
  });
  it("keeps a lesson's next moment in view", () => {
    expect(fitSpan(14, 900, 35)).toBe(60);
    expect(fitSpan(35, 900, 157)).toBe(300);
  });
  it("changes only at a few steps while the playhead sweeps an hour", () => {
    const spans = new Set<number>();
    for (let t = 0; t <= 3600; t += 0.5) spans.add(fitSpan(t, 3600));
    expect(spans.size).toBeLessThanOrEqual(9);
  });
});
