import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseTime } from "./parseTime";
import { formatClock } from "./formatClock";

describe("parseTime", () => {
  it("reads seconds, clocks and durations", () => {
    expect(parseTime("90")).toBe(90);
    expect(parseTime(" 7.5 ")).toBe(7.5);
    expect(parseTime("1:30")).toBe(90);
    expect(parseTime("0:07.5")).toBe(7.5);
    expect(parseTime("1:02:05")).toBe(3725);
    expect(parseTime("1m30s")).toBe(90);
    expect(parseTime("2m")).toBe(120);
    expect(parseTime("1h5m")).toBe(3900);
    expect(parseTime("1500ms")).toBe(1.5);
    expect(parseTime("1M30S")).toBe(90);
  });
  it("refuses what is not a time", () => {
    for (const bad of ["", "abc", "1:75", "1m30", "-5", "1:2:3:4", "m", "1x", "1m 30s"]) expect(parseTime(bad), bad).toBeUndefined();
  });
  it("reads back every clock the playback bar prints", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 7 * 24 * 36000 }), (tenths) => {
        const t = tenths / 10;
        const back = parseTime(formatClock(t));
        // Clocks over an hour drop the tenths.
        expect(back).toBeCloseTo(t >= 3600 ? Math.floor(t) : t, 6);
      }),
    );
  });
});
