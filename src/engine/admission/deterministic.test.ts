// Stand-ins for apimachinery's uuid.NewUUID and names.SimpleNameGenerator (utilrand.String).
import { describe, expect, it } from "vitest";
import { deterministicSuffix, deterministicUID } from "./deterministic";

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
