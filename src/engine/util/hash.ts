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
  let out = "";
  for (let i = 0; out.length < n; i++) out += fnv1a(s, 0x811c9dc5 ^ Math.imul(i + 1, 0x9e3779b1)).toString(16).padStart(8, "0");
  return out.slice(0, n);
}
