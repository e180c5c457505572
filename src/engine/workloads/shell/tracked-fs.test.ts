import { describe, it, expect } from "vitest";
import { MemoryFs } from "./memory-fs";
import { TrackedFs } from "./tracked-fs";

describe("TrackedFs", () => {
  it("fingerprints content, not the number of writes", () => {
    const inner = new MemoryFs();
    const fs = new TrackedFs(inner, () => inner.version());
    fs.write("/tmp/s", "ok\n", false);
    const a = fs.fingerprint();
    fs.write("/tmp/s", "ok\n", false);
    expect(fs.fingerprint()).toBe(a);
    fs.write("/tmp/s", "x", true);
    expect(fs.fingerprint()).not.toBe(a);
    fs.remove("/tmp/s");
    expect(fs.fingerprint()).toContain("/tmp/s=gone");
  });

  it("separates its own changes from everyone else's", () => {
    const inner = new MemoryFs();
    const fs = new TrackedFs(inner, () => inner.version());
    const before = fs.externalVersion();
    fs.write("/tmp/mine", "1", false);
    fs.mkdir("/tmp/dir");
    expect(fs.externalVersion()).toBe(before);
    inner.write("/tmp/theirs", "2", false);
    expect(fs.externalVersion()).toBe(before + 1);
  });

  it("without a host version only its own changes count", () => {
    const fs = new TrackedFs(new MemoryFs());
    expect(fs.externalVersion()).toBe(0);
  });
});
