import { describe, expect, it } from "vitest";
import { pngScale } from "./png";

describe("PNG scale", () => {
  it("is 2× for ordinary pictures", () => {
    expect(pngScale(1200, 800)).toBe(2);
  });
  it("shrinks to stay inside canvas limits", () => {
    expect(pngScale(1200, 40_000) * 40_000).toBeLessThanOrEqual(16_384);
    const k = pngScale(8000, 12_000);
    expect(8000 * k * 12_000 * k).toBeLessThanOrEqual(64 * 1024 * 1024 + 1);
  });
});
