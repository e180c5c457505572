import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { copyByShape, hasKeys } from "./shapes";
import { causeAfter } from "../trace/causes";
import type { Cause } from "../trace/types";

/** Same own keys in the same order, with the same values (undefined ones included). */
function sameObject(a: object, b: object): void {
  expect(Reflect.ownKeys(a)).toEqual(Reflect.ownKeys(b));
  for (const k of Reflect.ownKeys(a)) expect(Object.is((a as Record<PropertyKey, unknown>)[k], (b as Record<PropertyKey, unknown>)[k])).toBe(true);
}

const key = fc.constantFrom("a", "b", "c", "d", "e", "f", "1", "0", "__proto__", "nodeName");
const plain = fc.array(fc.tuple(key, fc.oneof(fc.constant(undefined), fc.integer(), fc.string(), fc.constant(null))), { maxLength: 8 }).map((entries) => {
  const o: Record<string, unknown> = {};
  for (const [k, v] of entries) Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  return o;
});

describe("shapes", () => {
  it("hasKeys is the for-in key list, in order", () => {
    expect(hasKeys({ a: 1, b: 2 }, ["a", "b"])).toBe(true);
    expect(hasKeys({ a: 1, b: 2 }, ["b", "a"])).toBe(false);
    expect(hasKeys({ a: 1 }, ["a", "b"])).toBe(false);
    expect(hasKeys({ a: 1, b: 2 }, ["a"])).toBe(false);
  });

  it("copyByShape and causeAfter are the spreads they stand for", () => {
    fc.assert(
      fc.property(plain, (o) => {
        sameObject(copyByShape(o, [{ keys: ["a", "b"], copy: (x) => ({ a: x.a, b: x.b }) }]), { ...o });
      }),
    );
    const after = [3];
    const causes: Cause[] = [{ rule: "r" }, { rule: "r", data: { x: 1 } }, { rule: "r", data: undefined }, { rule: "r", data: {}, after: [1] }, { rule: "r", after: [2] }];
    for (const cause of causes)
      sameObject(causeAfter(cause, after), { ...cause, after });
  });
});
