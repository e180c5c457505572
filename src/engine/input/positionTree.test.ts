import { describe, expect, it } from "vitest";
import { parseEvents } from "js-yaml";
import { buildPositionTree, keyOffset, walk } from "./positionTree";

const tree = (src: string) => buildPositionTree(parseEvents(src, {}), 0, src);

describe("buildPositionTree", () => {
  it("records value and key offsets for block and flow collections", () => {
    const src = "a:\n  b: [1, {c: 2}]\n";
    const root = tree(src);
    expect(walk(root, ["a", "b", 1, "c"]).node.off).toBe(src.indexOf("2"));
    expect(keyOffset(root, ["a", "b"])).toBe(src.indexOf("b"));
    expect(walk(root, ["a", "b", 7]).depth).toBe(2);
  });

  it("points an empty value at its key", () => {
    const src = "a:\nb: 1\n";
    expect(walk(tree(src), ["a"]).node.off).toBe(0);
  });

  it("follows aliases into the anchored node", () => {
    const src = "x: &p {q: 1}\ny: *p\n";
    const root = tree(src);
    expect(walk(root, ["y"]).node.off).toBe(src.indexOf("*p"));
    expect(walk(root, ["y", "q"]).node.off).toBe(src.indexOf("1"));
  });
});
