/**
 * Shallow copies that keep every property inside the object. V8 gives a spread copy (`{ ...o }`)
 * room for four properties in the object; a fifth and later ones go to a property array of their
 * own, one more object per copy for the garbage collector to move, and the trace keeps every
 * version of every pod. A literal that names every key gets room for all of them, so the copies
 * the engine makes most are written as literals, with the same keys in the same order.
 */

/** Whether `o`'s enumerable keys (own and inherited, as for-in lists them) are exactly `keys`, in order. */
export function hasKeys(o: object, keys: readonly string[]): boolean {
  let i = 0;
  // for-in reads V8's enum cache: no key list is built.
  for (const k in o) if (k !== keys[i++]) return false;
  return i === keys.length;
}

type Obj = Record<string, unknown>;

/** A shape: its keys in order, and a literal copying them from an object of exactly those keys. */
export interface Shape {
  keys: readonly string[];
  copy(o: Obj): Obj;
}

/**
 * `{ ...o }` for a plain object without symbol keys: the first of `shapes` whose keys `o` has,
 * in order, copies it as a literal; any other object is spread.
 */
export function copyByShape(o: Obj, shapes: readonly Shape[]): Obj {
  for (let i = 0; i < shapes.length; i++) if (hasKeys(o, shapes[i].keys)) return shapes[i].copy(o);
  return { ...o };
}
