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
  if (blocks <= HEX_SEEDS.length) {
    // The same hashes as below, all in one pass over the string.
    const h = hexScratch;
    for (let j = 0; j < blocks; j++) h[j] = HEX_SEEDS[j];
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      for (let j = 0; j < blocks; j++) h[j] = Math.imul(h[j] ^ c, 0x01000193);
    }
    let hex = "";
    for (let j = 0; j < blocks; j++) hex += (h[j] >>> 0).toString(16).padStart(8, "0");
    return hex.length === n ? hex : hex.slice(0, n);
  }
  let out = "";
  for (let i = 0; out.length < n; i++) out += fnv1a(s, 0x811c9dc5 ^ Math.imul(i + 1, 0x9e3779b1)).toString(16).padStart(8, "0");
  return out.slice(0, n);
}

/** hexId's seeds for its first eight blocks of eight digits. */
const HEX_SEEDS = Array.from({ length: 8 }, (_, i) => (0x811c9dc5 ^ Math.imul(i + 1, 0x9e3779b1)) >>> 0);
const hexScratch = new Int32Array(8);
