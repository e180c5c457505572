import { describe, expect, it } from "vitest";
import { WATCHDOG_MS } from "../worker/client";
import { watchdogBound } from "./watchdogBound";

describe("the worker watchdog's bound", () => {
  it("is the default without a parameter", () => {
    expect(watchdogBound("", undefined)).toBe(WATCHDOG_MS);
  });

  it("can be shortened by a link, never below 500 ms", () => {
    expect(watchdogBound("?watchdogMs=2500", undefined)).toBe(2500);
    expect(watchdogBound("?watchdogMs=1", undefined)).toBe(500);
  });

  it("cannot be lengthened or switched off by a link", () => {
    for (const v of ["1200000", "Infinity", "0", "-1", "NaN", "1e400", ""]) expect(watchdogBound(`?watchdogMs=${v}`, undefined)).toBe(WATCHDOG_MS);
  });

  it("can be lengthened by a test harness, within the range, and a link still only shortens that", () => {
    expect(watchdogBound("", 600_000)).toBe(120_000);
    expect(watchdogBound("", 60_000)).toBe(60_000);
    expect(watchdogBound("?watchdogMs=900000", 60_000)).toBe(60_000);
    expect(watchdogBound("?watchdogMs=3000", 60_000)).toBe(3000);
    expect(watchdogBound("", "600000")).toBe(WATCHDOG_MS);
  });
});
