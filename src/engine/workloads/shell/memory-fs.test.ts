import { describe, it, expect } from "vitest";
import { MemoryFs } from "./memory-fs";

describe("MemoryFs", () => {
  it("starts with an image's directories and the given files", () => {
    const fs = new MemoryFs({ files: { "/etc/app/conf": "x" } });
    expect(fs.isDir("/tmp")).toBe(true);
    expect(fs.isDir("/etc/app")).toBe(true);
    expect(fs.read("/etc/app/conf")).toBe("x");
  });

  it("writes, appends, lists and removes", () => {
    const fs = new MemoryFs({ dirs: [] });
    fs.write("/f", "a", false);
    fs.write("/f", "b", true);
    fs.write("/g", "", true);
    expect(fs.read("/f")).toBe("ab");
    expect(fs.exists("/g")).toBe(true);
    fs.mkdir("/d");
    fs.write("/d/x", "", false);
    expect(fs.list("/").sort()).toEqual(["d", "f", "g"]);
    expect(fs.remove("/d")).toBe(false);
    expect(fs.remove("/d/x")).toBe(true);
    expect(fs.remove("/d")).toBe(true);
    expect(fs.remove("/nope")).toBe(false);
  });

  it("counts changes for fsVersion", () => {
    const fs = new MemoryFs();
    const v = fs.version();
    fs.write("/tmp/a", "1", false);
    fs.mkdir("/tmp/d");
    fs.remove("/tmp/a");
    expect(fs.version()).toBe(v + 3);
    expect(fs.read("/tmp/missing")).toBeUndefined();
  });
});
