import { describe, expect, it } from "vitest";
import { DEBOUNCE_MS, speculate } from "./useSimulation";

describe("speculate (whether an edit is simulated before the debounce ends)", () => {
  it("runs quick scenarios at once and waits on slow ones", () => {
    expect(speculate(10, 5)).toBe(true);
    expect(speculate(79, 5)).toBe(true);
    expect(speculate(80, 5)).toBe(false);
    expect(speculate(2_500, 5)).toBe(false);
  });

  it("counts the cold worker's first run at a quarter, and only that one", () => {
    expect(speculate(90, 1)).toBe(true);
    expect(speculate(90, 2)).toBe(false);
    expect(speculate(400, 1)).toBe(false);
  });

  it("waits when there is no picture yet", () => {
    expect(speculate(undefined, 0)).toBe(false);
    expect(DEBOUNCE_MS).toBeGreaterThan(0);
  });
});
