import { describe, expect, it } from "vitest";
import { parseEvents } from "js-yaml";
import { scanDocuments } from "./documentScan";

const scan = (src: string) => scanDocuments(parseEvents(src, { maxDepth: 101 }), src);

describe("scanDocuments", () => {
  it("finds documents, empty ones and those using aliases", () => {
    const { docs, problem } = scan("a: 1\n---\n---\nb: &x 1\nc: *x\n");
    expect(problem).toBeUndefined();
    expect(docs.map((d) => [d.empty, d.aliases])).toEqual([
      [false, false],
      [true, false],
      [false, true],
    ]);
  });

  it("measures what aliases expand to", () => {
    const lines = ["a: &a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]"];
    for (let i = 1; i < 6; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(i === 1 ? "*a" : `*a${i - 1}`).join(", ")}]`);
    expect(scan(lines.join("\n")).problem).toBeUndefined();
    lines.push(`a6: [${Array(10).fill("*a5").join(", ")}]`);
    expect(scan(lines.join("\n")).problem?.message).toMatch(/aliases expand to more than 2,000,000 nodes/);
  });
});
