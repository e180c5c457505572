import { describe, expect, it } from "vitest";
import { fnv1a, hexId } from "./hash";

/** hexId as first written: one FNV-1a pass per block of eight digits. */
function reference(s: string, n = 64): string {
  let out = "";
  for (let i = 0; out.length < n; i++) out += fnv1a(s, 0x811c9dc5 ^ Math.imul(i + 1, 0x9e3779b1)).toString(16).padStart(8, "0");
  return out.slice(0, n);
}

describe("hexId", () => {
  it("gives what one pass per block gives, for any length", () => {
    const strings = ["", "a", "uid-1/app/0", "pod/default/web-7d9f-abcde/nginx/3", "é中文", "x".repeat(300)];
    for (const s of strings) for (const n of [0, 1, 7, 8, 12, 16, 40, 63, 64, 65, 80, 100]) expect(hexId(s, n)).toBe(reference(s, n));
  });

  it("is stable", () => {
    expect(hexId("a", 16)).toBe(reference("a", 16));
    expect(hexId("a")).toHaveLength(64);
    expect(hexId("a")).not.toBe(hexId("b"));
  });
});
