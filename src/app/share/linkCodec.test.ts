import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { deflateSync } from "fflate";
import { decodeShareHash, encodeShareHash, isShareHash, MAX_HASH_CHARS, MAX_PAYLOAD_BYTES } from "./linkCodec";
import { toBase64Url } from "./base64url";
import { WIRE } from "./migrations";
import { MAX_T } from "./validate";
import type { ShareState } from "./types";

/** Packs a hand-written v1 header and text exactly as the encoder would, to test the decoder's checks. */
function pack(header: string, text = "kind: Pod\n", version = 1): string {
  const bytes = new TextEncoder().encode(header + "\n" + text);
  return `#v${version}.` + toBase64Url(deflateSync(bytes, { level: 9, dictionary: WIRE[1].dictionary }));
}

const base: ShareState = { text: "apiVersion: v1\nkind: Pod\n", t: 12.5, locale: "ko", layout: { view: "nodemap", editorShare: 0.38 } };

const label = fc.stringMatching(/^[a-z0-9]([-a-z0-9]{0,10}[a-z0-9])?$/);
const arbState: fc.Arbitrary<ShareState> = fc.record(
  {
    text: fc.string({ unit: "grapheme", maxLength: 400 }),
    t: fc.double({ min: 0, max: MAX_T, noNaN: true }),
    locale: fc.constantFrom("en" as const, "ko" as const),
    layout: fc.record(
      { view: fc.constantFrom("timeline" as const, "nodemap" as const), editorShare: fc.double({ min: 0.2, max: 0.7, noNaN: true }), editorCollapsed: fc.boolean(), reveal: fc.constant("wholeRun" as const) },
      { requiredKeys: ["view", "editorShare"] },
    ),
    selection: fc.oneof(
      fc.record({ kind: fc.constant("entry" as const), id: fc.nat() }),
      fc.record({ kind: fc.constant("pod" as const), namespace: label, pod: label }),
      fc.record({ kind: fc.constant("container" as const), namespace: label, pod: label, container: label }),
    ),
    lessonId: fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}$/),
  },
  { requiredKeys: ["text", "t", "locale", "layout"] },
);

describe("share link codec", () => {
  it("round-trips any valid state exactly", () => {
    fc.assert(
      fc.property(arbState, (state) => {
        const enc = encodeShareHash(state);
        expect(enc.ok).toBe(true);
        if (!enc.ok) return;
        expect(isShareHash(enc.hash)).toBe(true);
        const dec = decodeShareHash(enc.hash);
        expect(dec).toEqual({ ok: true, state: { ...state, t: state.t + 0 } });
      }),
      { numRuns: 300 },
    );
  });

  it("keeps the text byte for byte, including newlines, tabs, CRLF and Korean", () => {
    const text = "# 파드\r\napiVersion: v1\n\tkind: Pod\n\n\n{\"x\": 1}\n";
    const enc = encodeShareHash({ ...base, text });
    expect(enc.ok && decodeShareHash(enc.hash)).toMatchObject({ ok: true, state: { text } });
  });

  it("links only the hashes it owns", () => {
    expect(isShareHash("#views")).toBe(false);
    expect(isShareHash("")).toBe(false);
    expect(isShareHash("#v1.abc")).toBe(true);
    expect(decodeShareHash("#views")).toMatchObject({ ok: false, reason: "malformed" });
  });

  it("never throws on garbage, and reports it as a failure", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        for (const h of [s, "#" + s, "#v1." + s, "v1." + s]) {
          const r = decodeShareHash(h);
          if (r.ok) expect(typeof r.state.text).toBe("string");
          else expect(["malformed", "tooLarge", "newerVersion", "invalid"]).toContain(r.reason);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("never throws on random compressed bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const r = decodeShareHash("#v1." + toBase64Url(bytes));
        expect(r.ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it("refuses every cut-off copy of a real link", () => {
    const enc = encodeShareHash(base);
    if (!enc.ok) throw new Error("encode failed");
    for (let n = 0; n < enc.hash.length; n++) expect(decodeShareHash(enc.hash.slice(0, n)).ok, `prefix ${n}`).toBe(false);
  });

  it("refuses the malformed link from the e2e test", () => {
    expect(decodeShareHash("#v1.!!!")).toMatchObject({ ok: false, reason: "malformed" });
  });

  it("refuses a link made by a newer podplay without reading its body", () => {
    expect(decodeShareHash("#v2.anything")).toMatchObject({ ok: false, reason: "newerVersion" });
    expect(decodeShareHash("#v9.xxx")).toMatchObject({ ok: false, reason: "newerVersion", detail: expect.stringContaining("v9") });
    expect(decodeShareHash("#v99999999999999999999.x")).toMatchObject({ ok: false, reason: "newerVersion" });
    expect(decodeShareHash("#v0.x")).toMatchObject({ ok: false, reason: "malformed" });
  });

  it("refuses an over-long link before decoding it", () => {
    const r = decodeShareHash("#v1." + "A".repeat(MAX_HASH_CHARS));
    expect(r).toMatchObject({ ok: false, reason: "tooLarge" });
  });

  it("refuses a zip bomb: a small link that expands beyond the cap", () => {
    // 32 MiB of spaces deflates to about 32 KiB: under the link cap, 32× over the payload cap.
    const bomb = new Uint8Array(32 * 1024 * 1024).fill(0x20);
    bomb.set(new TextEncoder().encode('{"t":0,"l":"en","y":{"v":"timeline","e":0.38}}\n'));
    const hash = "#v1." + toBase64Url(deflateSync(bomb, { level: 9, dictionary: WIRE[1].dictionary }));
    expect(hash.length).toBeLessThan(MAX_HASH_CHARS);
    // Stopping early is what keeps the bomb from being expanded (inflateCapped.test.ts counts bytes).
    expect(decodeShareHash(hash)).toMatchObject({ ok: false, reason: "tooLarge" });
  });

  it("will not build a link it would refuse", () => {
    expect(encodeShareHash({ ...base, text: "x".repeat(MAX_PAYLOAD_BYTES) })).toEqual({ ok: false, reason: "tooLarge" });
  });

  const header = (over: Record<string, unknown>) => JSON.stringify({ t: 1, l: "en", y: { v: "timeline", e: 0.38 }, ...over });
  const bad: Array<[string, string]> = [
    ["t negative", header({ t: -1 })],
    ["t beyond a week", header({ t: MAX_T + 1 })],
    ["t as text", header({ t: "5" })],
    ["t missing", JSON.stringify({ l: "en", y: { v: "timeline", e: 0.38 } })],
    ["unknown locale", header({ l: "fr" })],
    ["layout missing", JSON.stringify({ t: 1, l: "en" })],
    ["unknown view", header({ y: { v: "gantt", e: 0.38 } })],
    ["editor share out of range", header({ y: { v: "timeline", e: 0.9 } })],
    ["editor share NaN-like", header({ y: { v: "timeline", e: null } })],
    ["editor collapsed not boolean", header({ y: { v: "timeline", e: 0.38, c: "yes" } })],
    ["unknown layout field", header({ y: { v: "timeline", e: 0.38, z: 1 } })],
    ["reveal not a known choice", header({ y: { v: "timeline", e: 0.38, r: "future" } })],
    ["selection not a list", header({ s: { kind: "entry", id: 1 } })],
    ["selection unknown kind", header({ s: ["x", 1] })],
    ["selection entry id negative", header({ s: ["e", -1] })],
    ["selection entry id fractional", header({ s: ["e", 1.5] })],
    ["selection pod name with markup", header({ s: ["p", "default", "<img src=x onerror=alert(1)>"] })],
    ["selection pod missing name", header({ s: ["p", "default"] })],
    ["selection container name too long", header({ s: ["c", "default", "web", "c".repeat(64)] })],
    ["lesson id with a slash", header({ n: "../etc" })],
    ["lesson id as number", header({ n: 3 })],
    ["unknown top-level field", header({ x: "kind: Pod" })],
    ["prototype key", '{"t":1,"l":"en","y":{"v":"timeline","e":0.38},"__proto__":{"polluted":1}}'],
    ["header is a list", "[1,2,3]"],
    ["header is null", "null"],
  ];
  it.each(bad)("refuses a link whose header has %s", (_, h) => {
    const r = decodeShareHash(pack(h));
    expect(r).toMatchObject({ ok: false, reason: "invalid" });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("accepts the hand-packed header the bad cases start from", () => {
    expect(decodeShareHash(pack(header({})))).toMatchObject({ ok: true, state: { t: 1, locale: "en" } });
  });

  it("calls a header that is not JSON, or text that is not UTF-8, malformed", () => {
    expect(decodeShareHash(pack("{t:1}"))).toMatchObject({ ok: false, reason: "malformed" });
    const notUtf8 = "#v1." + toBase64Url(deflateSync(new Uint8Array([0x7b, 0x7d, 0x0a, 0xff, 0xfe]), { dictionary: WIRE[1].dictionary }));
    expect(decodeShareHash(notUtf8)).toMatchObject({ ok: false, reason: "malformed" });
    const noNewline = "#v1." + toBase64Url(deflateSync(new TextEncoder().encode("{}"), { dictionary: WIRE[1].dictionary }));
    expect(decodeShareHash(noNewline)).toMatchObject({ ok: false, reason: "malformed" });
  });

  it("refuses a link compressed without the v1 dictionary rather than misreading it", () => {
    const plain = "#v1." + toBase64Url(deflateSync(new TextEncoder().encode(header({}) + "\nkind: Pod\n"), { level: 9 }));
    const r = decodeShareHash(plain);
    // Back-references into a missing dictionary either fail or produce text that no longer parses.
    if (r.ok) expect(r.state.text).toBe("kind: Pod\n");
  });
});
