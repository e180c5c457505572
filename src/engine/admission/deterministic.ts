/**
 * Stand-ins for the values the API server makes up at random (UIDs, generated name suffixes,
 * Service IPs), derived instead from a stable hash of what identifies the object, so the same
 * input always yields the same stored objects and a share link reproduces them.
 */

/** 32-bit FNV-1a over UTF-16 code units, with a seed so several independent words can be drawn. */
export function fnv1a(text: string, seed = 0): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** A version-4-shaped UUID (as uuid.NewUUID prints one) from a hash of `key`. */
export function deterministicUID(key: string): string {
  // fnv1a(key, i * 0x9e3779b9) for i = 0..3, in one pass over the key.
  let h0 = (0x811c9dc5 ^ 0) >>> 0;
  let h1 = (0x811c9dc5 ^ 0x9e3779b9) >>> 0;
  let h2 = (0x811c9dc5 ^ (2 * 0x9e3779b9)) >>> 0;
  let h3 = (0x811c9dc5 ^ (3 * 0x9e3779b9)) >>> 0;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h0 = Math.imul(h0 ^ c, 0x01000193) >>> 0;
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x01000193) >>> 0;
    h3 = Math.imul(h3 ^ c, 0x01000193) >>> 0;
  }
  // The 32 hex digits of the four words (each as toString(16).padStart(8, "0") writes it) laid out
  // as 8-4-4-4-12 with the version digit 4 at 12 and the variant (8, 9, a or b from digit 16) at 16:
  // written as one flat string from character codes (a uid is kept for the pod's life, and a
  // string joined piece by piece is kept as the tree of its pieces).
  const codes = uidCodes;
  let at = 0;
  for (let d = 0; d < 32; d++) {
    if (d === 8 || d === 12 || d === 16 || d === 20) codes[at++] = DASH;
    const h = d < 8 ? h0 : d < 16 ? h1 : d < 24 ? h2 : h3;
    const digit = (h >>> (28 - 4 * (d & 7))) & 15;
    codes[at++] = HEX_DIGITS[d === 12 ? 4 : d === 16 ? (digit & 0x3) | 0x8 : digit];
  }
  return String.fromCharCode.apply(null, codes);
}

const HEX_DIGITS = Array.from("0123456789abcdef", (ch) => ch.charCodeAt(0));
const DASH = "-".charCodeAt(0);
const uidCodes: number[] = new Array<number>(36).fill(0);

/** utilrand.String's alphabet: no vowels (no accidental words) and no look-alike digits. */
const ALPHANUMS = "bcdfghjklmnpqrstvwxz2456789";

/** Five characters from utilrand's alphabet, as names.SimpleNameGenerator appends to generateName. */
export function deterministicSuffix(key: string, length = 5): string {
  let out = "";
  let h = fnv1a(key);
  for (let i = 0; i < length; i++) {
    if (i % 4 === 0 && i > 0) h = fnv1a(key, i);
    out += ALPHANUMS[h % ALPHANUMS.length];
    h = Math.floor(h / ALPHANUMS.length);
  }
  return out;
}
