import { describe, it, expect } from "vitest";
import { escapeGlob, expandPathname, globMatch, hasGlob, trimPattern } from "./glob";
import { MemoryFs } from "./memory-fs";

describe("globMatch", () => {
  it("matches *, ? and bracket expressions", () => {
    expect(globMatch("*.txt", "a.txt")).toBe(true);
    expect(globMatch("*.txt", "a.log")).toBe(false);
    expect(globMatch("?b", "ab")).toBe(true);
    expect(globMatch("[a-c]x", "bx")).toBe(true);
    expect(globMatch("[!a-c]x", "bx")).toBe(false);
    expect(globMatch("[[:digit:]]*", "7up")).toBe(true);
    expect(globMatch("[]]", "]")).toBe(true);
    expect(globMatch("a[b", "a[b")).toBe(true);
  });

  it("escaped characters match themselves", () => {
    expect(globMatch(escapeGlob("*"), "*")).toBe(true);
    expect(globMatch(escapeGlob("*"), "x")).toBe(false);
    expect(hasGlob("\\*")).toBe(false);
    expect(hasGlob("a*")).toBe(true);
  });

  it("trims shortest and longest prefixes and suffixes", () => {
    expect(trimPattern("a.b.c", "*.", "#")).toBe("b.c");
    expect(trimPattern("a.b.c", "*.", "##")).toBe("c");
    expect(trimPattern("a.b.c", ".*", "%")).toBe("a.b");
    expect(trimPattern("a.b.c", ".*", "%%")).toBe("a");
    expect(trimPattern("abc", "x", "#")).toBe("abc");
  });
});

describe("expandPathname", () => {
  const fs = new MemoryFs({ files: { "/a/x1": "", "/a/x2": "", "/a/y": "", "/a/d/x3": "" } });

  it("expands each segment and sorts", () => {
    expect(expandPathname("/a/x*", fs, "/")).toEqual(["/a/x1", "/a/x2"]);
    expect(expandPathname("/a/*/x*", fs, "/")).toEqual(["/a/d/x3"]);
    expect(expandPathname("x?", fs, "/a")).toEqual(["x1", "x2"]);
    expect(expandPathname("/a/*/", fs, "/")).toEqual(["/a/d/"]);
    expect(expandPathname("/b/*", fs, "/")).toEqual([]);
  });
});
