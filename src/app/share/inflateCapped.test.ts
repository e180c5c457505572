import { describe, expect, it } from "vitest";
import { deflateSync } from "fflate";
import { inflateCapped } from "./inflateCapped";

describe("inflateCapped", () => {
  it("returns what was compressed", () => {
    const src = new TextEncoder().encode("hello ".repeat(1000));
    const r = inflateCapped(deflateSync(src), 1 << 20);
    expect(r.ok && new TextDecoder().decode(r.bytes)).toBe("hello ".repeat(1000));
  });

  it("stops a bomb near the cap instead of expanding it", () => {
    const cap = 1 << 20;
    // 64 MiB of zeros: about 64 KiB compressed.
    const bomb = deflateSync(new Uint8Array(64 << 20), { level: 9 });
    const r = inflateCapped(bomb, cap);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason).toBe("tooLarge");
    // At most one step's expansion (512 input bytes × ~1032) beyond the cap was ever produced.
    expect(r.inflated).toBeLessThan(cap + 600 * 1024);
  });

  it("accepts output exactly at the cap and refuses one byte more", () => {
    const src = new Uint8Array(5000).fill(7);
    expect(inflateCapped(deflateSync(src), 5000).ok).toBe(true);
    expect(inflateCapped(deflateSync(src), 4999)).toMatchObject({ ok: false, reason: "tooLarge" });
  });

  it("calls damaged or empty data malformed", () => {
    expect(inflateCapped(new Uint8Array([0xff, 0xff, 0xff]), 100)).toMatchObject({ ok: false, reason: "malformed" });
    const ok = deflateSync(new TextEncoder().encode("some text that is long enough to matter"));
    expect(inflateCapped(ok.subarray(0, ok.length - 2), 100)).toMatchObject({ ok: false, reason: "malformed" });
  });
});
