import { fnv1a } from "../util/hash";

/** utilrand's alphabet: no vowels or look-alike digits, so generated names never spell words. */
const ALPHABET = "bcdfghjklmnpqrstvwxz2456789";

/** rand.SafeEncodeString: each character mapped into the alphabet. */
export function safeEncode(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) out += ALPHABET[s.charCodeAt(i) % ALPHABET.length];
  return out;
}

/**
 * The pod-template-hash: FNV-32a of the pod template, safe-encoded (controller.ComputeHash).
 * podplay hashes the template's JSON, so the value differs from a real cluster's but is stable.
 */
export function podTemplateHash(template: unknown, collisionCount = 0): string {
  return safeEncode(String(fnv1a(JSON.stringify(template) + (collisionCount ? `/${collisionCount}` : ""))));
}

/** The 5 characters a generateName gets (utilrand.String(5)), derived deterministically from a seed. */
export function nameSuffix(seed: string): string {
  let h = fnv1a(seed);
  let out = "";
  for (let i = 0; i < 5; i++) {
    out += ALPHABET[h % ALPHABET.length];
    h = (Math.floor(h / ALPHABET.length) ^ fnv1a(seed + i)) >>> 0;
  }
  return out;
}
