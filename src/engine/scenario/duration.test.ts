import { describe, expect, it } from "vitest";
import { formatDuration, parseDuration } from "./duration";

describe("Scenario durations", () => {
  it.each([
    [30, 30],
    ["30", 30],
    ["30s", 30],
    ["1m30s", 90],
    ["10m", 600],
    ["1h", 3600],
    ["1.5s", 1.5],
    ["250ms", 0.25],
    ["2d", 172800],
  ])("parses %j as %d seconds", (input, want) => {
    expect(parseDuration(input)).toBe(want);
  });
  it.each(["", "ten", "5 m", "-3s", "3x", "1m30"])("rejects %j", (input) => {
    expect(parseDuration(input)).toBeUndefined();
  });
  it("formats seconds back", () => {
    expect(formatDuration(90)).toBe("1m30s");
    expect(formatDuration(604800)).toBe("7d");
    expect(formatDuration(3600)).toBe("1h");
  });
});
