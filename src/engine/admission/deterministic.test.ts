// Stand-ins for apimachinery's uuid.NewUUID and names.SimpleNameGenerator (utilrand.String).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { deterministicSuffix, deterministicUID, fnv1a } from "./deterministic";

describe("deterministic identifiers", () => {
  it("shapes UIDs like version-4 UUIDs and keeps them stable", () => {
    const uid = deterministicUID("Pod/default/web/0");
    expect(uid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(deterministicUID("Pod/default/web/0")).toBe(uid);
    expect(deterministicUID("Pod/default/web/1")).not.toBe(uid);
  });

  it("draws suffixes from utilrand's alphabet", () => {
    expect(deterministicSuffix("default/web")).toMatch(/^[bcdfghjklmnpqrstvwxz2456789]{5}$/);
  });
});

/** The UID as first written: four seeded fnv1a words, hex, in a version-4 UUID's shape. */
function reference(key: string): string {
  const hex = [0, 1, 2, 3].map((i) => fnv1a(key, i * 0x9e3779b9).toString(16).padStart(8, "0")).join("");
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

describe("deterministicUID hashes the key once for its four words", () => {
  it("equals four seeded fnv1a hashes of the key", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme-composite", maxLength: 80 }), (key) => deterministicUID(key) === reference(key)), { numRuns: 500 });
    expect(deterministicUID("default/web-1")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
