import { describe, expect, it } from "vitest";
import { EXAMPLES } from "./examples";
import { simulate } from "../engine/simulate";

// Every scenario the page ships runs as written: no rejected documents, no action that names
// something missing, no runaway stop.
describe("shipped examples", () => {
  for (const ex of EXAMPLES)
    it(`${ex.id} runs cleanly`, () => {
      const res = simulate(ex.text);
      expect(res.errors.map((e) => e.message)).toEqual([]);
      expect(res.truncated).toBeUndefined();
      expect(res.trace.notes.filter((n) => /Missing|Rejected|Refused|Policy/.test(n.code)).map((n) => n.message)).toEqual([]);
      expect(res.trace.entries.length).toBeGreaterThan(0);
    });
});
