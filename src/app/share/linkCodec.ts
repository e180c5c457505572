import { deflateSync } from "fflate";
import { fromBase64Url, toBase64Url } from "./base64url";
import { inflateCapped } from "./inflateCapped";
import { CURRENT_VERSION, WIRE, migrate, type RawPayload } from "./migrations";
import { toHeaderV1, validateV1 } from "./validate";
import type { DecodeResult, ShareState } from "./types";

/**
 * Caps on untrusted input. The hash cap is checked before any decoding; the payload cap bounds
 * what decompression may produce (a zip bomb stops there). 64 KiB of link is 30× the largest
 * built-in scenario's link, and 1 MiB of text is far more than a teaching scenario needs.
 */
export const MAX_HASH_CHARS = 64 * 1024;
export const MAX_PAYLOAD_BYTES = 1024 * 1024;

/** `#v<digits>.` starts a share link; other hashes (such as the skip link's `#views`) are not ours. */
const SHARE_HASH = /^#?v(\d+)\./;

export function isShareHash(hash: string): boolean {
  return SHARE_HASH.test(hash.slice(0, 32));
}

export type EncodeResult = { ok: true; hash: string } | { ok: false; reason: "tooLarge" };

/** Builds the URL hash (with its `#`) for a state; refuses what decodeShareHash would refuse. */
export function encodeShareHash(state: ShareState): EncodeResult {
  const payload = new TextEncoder().encode(JSON.stringify(toHeaderV1(state)) + "\n" + state.text);
  if (payload.length > MAX_PAYLOAD_BYTES) return { ok: false, reason: "tooLarge" };
  const packed = deflateSync(payload, { level: 9, dictionary: WIRE[CURRENT_VERSION].dictionary });
  const hash = `#v${CURRENT_VERSION}.${toBase64Url(packed)}`;
  return hash.length > MAX_HASH_CHARS ? { ok: false, reason: "tooLarge" } : { ok: true, hash };
}

/**
 * Reads a share link's hash. Never throws and never evaluates anything: the link is data, checked
 * field by field; every way it can be wrong ends in a typed failure the page can explain.
 */
export function decodeShareHash(hash: string): DecodeResult {
  if (typeof hash !== "string") return fail("malformed", "not text");
  if (hash.length > MAX_HASH_CHARS) return fail("tooLarge", `the link is longer than ${MAX_HASH_CHARS} characters`);
  const m = SHARE_HASH.exec(hash);
  if (!m) return fail("malformed", "not a podplay share link");
  const version = m[1].length > 6 ? Infinity : Number(m[1]);
  // Checked before the body: a later format may encode its body differently.
  if (version > CURRENT_VERSION) return fail("newerVersion", `format v${m[1].slice(0, 6)}; this page reads up to v${CURRENT_VERSION}`);
  const wire = WIRE[version];
  if (!wire) return fail("malformed", `unknown format version v${version}`);
  const packed = fromBase64Url(hash.slice(m[0].length));
  if (!packed) return fail("malformed", "the link contains characters a podplay link never has, or was cut off");
  const inflated = inflateCapped(packed, MAX_PAYLOAD_BYTES, wire.dictionary);
  if (!inflated.ok) {
    return inflated.reason === "tooLarge" ? fail("tooLarge", `the scenario expands beyond ${MAX_PAYLOAD_BYTES} bytes`) : fail("malformed", "the compressed data is damaged or cut off");
  }
  const raw = parsePayload(inflated.bytes);
  if (!raw) return fail("malformed", "the decompressed data is not a podplay scenario");
  const up = migrate(raw, version);
  if (!up.ok) return fail("invalid", up.detail);
  const checked = validateV1(up.payload.header, up.payload.text);
  return checked.ok ? { ok: true, state: checked.state } : fail("invalid", checked.detail);
}

function parsePayload(bytes: Uint8Array): RawPayload | undefined {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
  const nl = text.indexOf("\n");
  if (nl < 0) return undefined;
  try {
    return { header: JSON.parse(text.slice(0, nl)), text: text.slice(nl + 1) };
  } catch {
    return undefined;
  }
}

function fail(reason: "malformed" | "tooLarge" | "newerVersion" | "invalid", detail: string): DecodeResult {
  return { ok: false, reason, detail };
}
