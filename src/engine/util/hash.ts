/** FNV-1a, 32 bits: a stable, dependency-free hash for deterministic ids. */
export function fnv1a(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** `n` hex digits derived from `s` (containerd-style ids, image digests). */
export function hexId(s: string, n = 64): string {
  const blocks = Math.ceil(n / 8);
  if (blocks <= 8) {
    // The same hashes as below, all eight in one pass over the string (in locals: a typed array's
    // loads and stores per character cost more than the hashing), then written out by bytes.
    let h0 = HEX_SEEDS[0], h1 = HEX_SEEDS[1], h2 = HEX_SEEDS[2], h3 = HEX_SEEDS[3];
    let h4 = HEX_SEEDS[4], h5 = HEX_SEEDS[5], h6 = HEX_SEEDS[6], h7 = HEX_SEEDS[7];
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      h0 = Math.imul(h0 ^ c, 0x01000193);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x01000193);
      h3 = Math.imul(h3 ^ c, 0x01000193);
      h4 = Math.imul(h4 ^ c, 0x01000193);
      h5 = Math.imul(h5 ^ c, 0x01000193);
      h6 = Math.imul(h6 ^ c, 0x01000193);
      h7 = Math.imul(h7 ^ c, 0x01000193);
    }
    // One flat string from character codes: ids are kept for the whole run, and a string joined
    // piece by piece would be kept as the tree of its pieces.
    const codes = hexCodes;
    const all = [h0, h1, h2, h3, h4, h5, h6, h7];
    for (let j = 0; j < blocks; j++) {
      const h = all[j];
      for (let k = 0; k < 8; k++) codes[j * 8 + k] = HEX_DIGITS[(h >>> (28 - 4 * k)) & 15];
    }
    return String.fromCharCode.apply(null, n === 64 ? codes : codes.slice(0, n));
  }
  let out = "";
  for (let i = 0; out.length < n; i++) out += fnv1a(s, 0x811c9dc5 ^ Math.imul(i + 1, 0x9e3779b1)).toString(16).padStart(8, "0");
  return out.slice(0, n);
}

/** The character codes of "0123456789abcdef", and hexId's buffer of digits (64 at most). */
const HEX_DIGITS = Array.from("0123456789abcdef", (ch) => ch.charCodeAt(0));
const hexCodes: number[] = new Array<number>(64).fill(0);

/** hexId's seeds for its first eight blocks of eight digits. */
const HEX_SEEDS = Array.from({ length: 8 }, (_, i) => (0x811c9dc5 ^ Math.imul(i + 1, 0x9e3779b1)) | 0);
