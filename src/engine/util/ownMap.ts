/**
 * Maps that come from a manifest (labels, annotations, selectors, resource lists, feature gates…)
 * are plain objects whose keys the learner chose. Read and written naively, `constructor`,
 * `toString` or `hasOwnProperty` find Object.prototype's members, and writing `__proto__` changes
 * the object's prototype instead of adding a key. These helpers read own keys only and write
 * `__proto__` as an ordinary own key, as js-yaml and JSON.parse create it.
 */

type AnyMap = Readonly<Record<string, unknown>>;

/** The map's own value for `key`, never an inherited one. */
export function own<T>(map: Readonly<Record<string, T>> | null | undefined, key: string): T | undefined {
  return map != null && Object.hasOwn(map, key) ? map[key] : undefined;
}

/** Whether the map has `key` itself (not through its prototype). */
export function hasOwn(map: AnyMap | null | undefined, key: string): boolean {
  return map != null && Object.hasOwn(map, key);
}

/** `map[key] = value`, except that `__proto__` becomes an ordinary own key. */
export function setOwn<T>(map: Record<string, T>, key: string, value: T): void {
  if (key === "__proto__") Object.defineProperty(map, key, { value, writable: true, enumerable: true, configurable: true });
  else map[key] = value;
}

/** A copy of a map with the same own keys (`__proto__` included), in the same order. */
export function copyMap<T>(map: Readonly<Record<string, T>>): Record<string, T> {
  // Object spread creates data properties, so an own `__proto__` stays an own key.
  return { ...map };
}
