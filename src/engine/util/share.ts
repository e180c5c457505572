import { copyByShape, type Shape } from "./shapes";

/**
 * Structural sharing between two versions of a plain JSON value: every part of `next` that is
 * the same as the part of `prev` at the same place (same keys in the same order, same values) is
 * `prev`'s object in the result, so a new version of an object only costs what changed. The
 * result serializes exactly as `next` does; neither argument is changed. Only for values nobody
 * changes in place: stored objects are replaced, never edited. `shapes`: the objects' usual
 * shapes, copied as literals where a part is shared (copyByShape).
 */
export function shareUnchanged<T>(next: T, prev: unknown, shapes: readonly Shape[] = NO_SHAPES): T {
  if (sameValue(next, prev)) return prev as T;
  // Neither version is changed: where a part can be shared, the container is copied.
  if (Array.isArray(next) && Array.isArray(prev)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < next.length && i < prev.length; i++) {
      if (next[i] === prev[i]) continue;
      const v = shareUnchanged(next[i], prev[i], shapes);
      if (v !== next[i]) (out ??= next.slice())[i] = v;
    }
    return (out ?? next) as T;
  }
  if (isPlain(next) && isPlain(prev)) {
    let out: Record<string, unknown> | undefined;
    // for-in, not Object.keys: plain objects have no inherited enumerable keys, and for-in reads
    // V8's enum cache where Object.keys allocates an array on every call (millions in a big run).
    for (const k in next) {
      if (!Object.prototype.hasOwnProperty.call(prev, k) || next[k] === prev[k]) continue;
      const v = shareUnchanged(next[k], prev[k], shapes);
      // The copy: a literal when `next` has one of `shapes` (see copyByShape), else a spread.
      if (v !== next[k]) (out ??= copyByShape(next, shapes))[k] = v;
    }
    return (out ?? next) as T;
  }
  return next;
}

const NO_SHAPES: readonly Shape[] = [];

function isPlain(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x) && Object.getPrototypeOf(x) === Object.prototype;
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
    // Values first, without allocating (most comparisons end here, on a changed value); the key
    // order, which needs both key lists, only once everything else is equal.
    let n = 0;
    for (const k in a) {
      if (!Object.prototype.hasOwnProperty.call(b, k) || !sameValue(a[k], b[k])) return false;
      n++;
    }
    for (const _ in b) if (--n < 0) return false;
    if (n !== 0) return false;
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return false;
    return true;
  }
  return false;
}

/**
 * Whether JSON.stringify(a) === JSON.stringify(b), found without building the strings (values
 * JSON leaves out or writes as null are treated so). Anything but plain data is compared as text.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  try {
    return jsonEq(a, b);
  } catch (e) {
    if (e !== NOT_PLAIN) throw e;
    return JSON.stringify(a) === JSON.stringify(b);
  }
}

const NOT_PLAIN = new Error("not plain data");

/** A number as JSON writes it: non-finite numbers are null, -0 is 0. */
const jsonNumber = (x: unknown): unknown => (typeof x === "number" ? (Number.isFinite(x) ? x + 0 : null) : x);
const omitted = (x: unknown): boolean => x === undefined || typeof x === "function" || typeof x === "symbol";

/** An object JSON.stringify would not write as its own keys (a class instance, a toJSON). */
const notPlain = (x: unknown): boolean =>
  typeof x === "object" && x !== null && ((!Array.isArray(x) && !isPlain(x)) || typeof (x as { toJSON?: unknown }).toJSON === "function");

function jsonEq(x: unknown, y: unknown): boolean {
  const a = jsonNumber(x);
  const b = jsonNumber(y);
  if (typeof a === "bigint" || typeof b === "bigint" || notPlain(a) || notPlain(b)) throw NOT_PLAIN;
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  const arrA = Array.isArray(a);
  if (arrA !== Array.isArray(b)) return false;
  if (arrA) {
    const aa = a as unknown[];
    const bb = b as unknown[];
    if (aa.length !== bb.length) return false;
    for (let i = 0; i < aa.length; i++) if (!jsonEq(omitted(aa[i]) ? null : aa[i], omitted(bb[i]) ? null : bb[i])) return false;
    return true;
  }
  const oa = a as Record<string, unknown>;
  const ob = b as Record<string, unknown>;
  // The keys JSON writes (values it leaves out skipped), walked side by side without building
  // the filtered lists: equal when they pair up in order with equal values and both run out together.
  const ka = Object.keys(oa);
  const kb = Object.keys(ob);
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < ka.length && omitted(oa[ka[i]])) i++;
    while (j < kb.length && omitted(ob[kb[j]])) j++;
    if (i === ka.length || j === kb.length) return i === ka.length && j === kb.length;
    if (ka[i] !== kb[j] || !jsonEq(oa[ka[i]], ob[kb[j]])) return false;
    i++;
    j++;
  }
}
