/**
 * Structural sharing between two versions of a plain JSON value: every part of `next` that is
 * the same as the part of `prev` at the same place (same keys in the same order, same values) is
 * replaced by `prev`'s object, so a new version of an object only costs what changed. The result
 * serializes exactly as `next` does. Only for values nobody changes in place: stored objects are
 * replaced, never edited.
 */
export function shareUnchanged<T>(next: T, prev: unknown): T {
  return (sameValue(next, prev) ? prev : shareChildren(next, prev)) as T;
}

function isPlain(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x) && Object.getPrototypeOf(x) === Object.prototype;
}

function shareChildren(next: unknown, prev: unknown): unknown {
  if (Array.isArray(next) && Array.isArray(prev)) {
    for (let i = 0; i < next.length && i < prev.length; i++) if (next[i] !== prev[i]) next[i] = shareUnchanged(next[i], prev[i]);
  } else if (isPlain(next) && isPlain(prev)) {
    for (const k of Object.keys(next)) if (Object.prototype.hasOwnProperty.call(prev, k) && next[k] !== prev[k]) next[k] = shareUnchanged(next[k], prev[k]);
  }
  return next;
}

/** Deep equality that also holds for key order (so both serialize the same). */
function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false;
    return true;
  }
  if (isPlain(a) && isPlain(b)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    if (ka.length !== kb.length) return false;
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i] || !sameValue(a[ka[i]], b[kb[i]])) return false;
    return true;
  }
  return false;
}
