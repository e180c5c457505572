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
  const hex = hex8(h0) + hex8(h1) + hex8(h2) + hex8(h3);
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** h.toString(16).padStart(8, "0") for a 32-bit unsigned h, from a table (toString(16) is a slow path). */
function hex8(h: number): string {
  return BYTE_HEX[(h >>> 24) & 255] + BYTE_HEX[(h >>> 16) & 255] + BYTE_HEX[(h >>> 8) & 255] + BYTE_HEX[h & 255];
}

const BYTE_HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

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
