import { describe, expect, it } from "vitest";
import { tokenColumns } from "./markerRange";

const cols = (line: string, column: number) => {
  const r = tokenColumns(line, column);
  return line.slice(r.startColumn - 1, r.endColumn - 1);
};

describe("tokenColumns", () => {
  it("covers a key up to its colon", () => {
    expect(cols("    readinessprobe:", 5)).toBe("readinessprobe");
    expect(cols("  - nmae: web", 5)).toBe("nmae");
    expect(cols("    image: nginx:1.27", 5)).toBe("image");
  });

  it("covers plain and quoted scalars", () => {
    expect(cols("    image: nginx:1.27 # pinned", 12)).toBe("nginx:1.27");
    expect(cols('    command: "sleep 10" # x', 14)).toBe('"sleep 10"');
    expect(cols("    x: 'it''s here' y", 8)).toBe("'it''s here'");
    expect(cols("  duration: 5 minutes", 13)).toBe("5");
  });

  it("covers a one-line flow collection", () => {
    expect(cols("    args: [a, [b], c]  # x", 11)).toBe("[a, [b], c]");
    expect(cols("    ports: {a: 1}", 12)).toBe("{a: 1}");
  });

  it("is never empty on a non-empty line", () => {
    expect(cols("    image:", 11)).toBe("image:");
    expect(cols("    image: ", 11)).toBe(" ");
    expect(cols("  key: :", 8)).toBe(":");
    expect(tokenColumns("", 5)).toEqual({ startColumn: 1, endColumn: 1 });
  });
});
