import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { fromBase64Url, toBase64Url } from "./base64url";

describe("base64url", () => {
  it("matches Node's encoder and round-trips", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const s = toBase64Url(bytes);
        expect(s).toBe(Buffer.from(bytes).toString("base64url"));
        expect(fromBase64Url(s)).toEqual(bytes);
      }),
    );
  });

  it("refuses characters outside the alphabet, impossible lengths and stray bits", () => {
    for (const s of ["ab+c", "ab/c", "ab=c", "a", "abcde", "ab c", "Zg==", "Zh", "한글"]) expect(fromBase64Url(s), s).toBeUndefined();
    expect(fromBase64Url("Zg")).toEqual(new Uint8Array([0x66]));
  });
});
