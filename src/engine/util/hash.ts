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
    const all = [h0, h1, h2, h3, h4, h5, h6, h7];
    let hex = "";
    for (let j = 0; j < blocks; j++) hex += hex8(all[j]);
    return hex.length === n ? hex : hex.slice(0, n);
  }
  let out = "";
  for (let i = 0; out.length < n; i++) out += fnv1a(s, 0x811c9dc5 ^ Math.imul(i + 1, 0x9e3779b1)).toString(16).padStart(8, "0");
  return out.slice(0, n);
}

/** A 32-bit value as eight lowercase hex digits: (h >>> 0).toString(16).padStart(8, "0"). */
function hex8(h: number): string {
  return BYTE_HEX[(h >>> 24) & 255] + BYTE_HEX[(h >>> 16) & 255] + BYTE_HEX[(h >>> 8) & 255] + BYTE_HEX[h & 255];
}

const BYTE_HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

/** hexId's seeds for its first eight blocks of eight digits. */
const HEX_SEEDS = Array.from({ length: 8 }, (_, i) => (0x811c9dc5 ^ Math.imul(i + 1, 0x9e3779b1)) | 0);
