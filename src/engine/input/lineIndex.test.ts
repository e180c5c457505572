import { describe, expect, it } from "vitest";
import { LineIndex } from "./lineIndex";

describe("LineIndex", () => {
  it("maps offsets to 1-based lines and columns, CRLF included", () => {
    const idx = new LineIndex("ab\r\ncd\nef");
    expect(idx.pos(0)).toEqual({ line: 1, column: 1 });
    expect(idx.pos(4)).toEqual({ line: 2, column: 1 });
    expect(idx.pos(8)).toEqual({ line: 3, column: 2 });
    expect(idx.pos(-5)).toEqual({ line: 1, column: 1 });
  });

  it("does not count a byte-order mark", () => {
    expect(new LineIndex("\uFEFFa: 1").pos(1)).toEqual({ line: 1, column: 1 });
  });
});
