import { describe, expect, it } from "vitest";
import { DEFAULT_SCENARIO } from "../../scenarios/default";
import { highlightRanges } from "./highlights";

const lineOf = (text: string, needle: string) => text.split("\n").findIndex((l) => l.includes(needle)) + 1;

describe("highlightRanges", () => {
  const text = DEFAULT_SCENARIO;

  it("covers a field's key line and the block under it", () => {
    const [r] = highlightRanges(text, [{ document: 0, path: "spec.containers[0].livenessProbe" }]);
    expect(r).toEqual({ startLine: lineOf(text, "livenessProbe:"), endLine: lineOf(text, "periodSeconds: 5") });
  });

  it("covers a scalar field's line only", () => {
    expect(highlightRanges(text, [{ document: 0, path: "spec.containers[0].image" }])).toEqual([{ startLine: lineOf(text, "image:"), endLine: lineOf(text, "image:") }]);
  });

  it("covers a compact sequence under its key, and one item of it", () => {
    expect(highlightRanges(text, [{ document: 0, path: "spec.containers[0].args" }])).toEqual([{ startLine: lineOf(text, "args:"), endLine: lineOf(text, "touch /tmp") }]);
    expect(highlightRanges(text, [{ document: 0, path: "spec.containers[0]" }])).toEqual([{ startLine: lineOf(text, "- name: liveness"), endLine: lineOf(text, "periodSeconds: 5") }]);
    expect(highlightRanges(text, [{ document: 0, path: "spec.containers" }])).toEqual([{ startLine: lineOf(text, "containers:"), endLine: lineOf(text, "periodSeconds: 5") }]);
  });

  it("uses the document index the file has, counting from 0", () => {
    expect(highlightRanges(text, [{ document: 1, path: "spec.duration" }])).toEqual([{ startLine: lineOf(text, "duration: 5m"), endLine: lineOf(text, "duration: 5m") }]);
  });

  it("points a missing field at its nearest ancestor's key line", () => {
    const line = lineOf(text, "livenessProbe:");
    expect(highlightRanges(text, [{ document: 0, path: "spec.containers[0].livenessProbe.timeoutSeconds" }])).toEqual([{ startLine: line, endLine: line }]);
  });

  it("leaves out what it cannot find", () => {
    expect(highlightRanges(text, [{ document: 7, path: "spec" }, { document: 0, path: "spec..x" }, { document: 0, path: "nothing.here" }])).toEqual([]);
    expect(highlightRanges("a: [", [{ document: 0, path: "a" }])).toEqual([]);
  });

  it("includes block scalars and stops at the next sibling", () => {
    const t = "apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: a\n    command:\n    - sh\n    - -c\n    - |\n      echo hi\n\n      sleep 1\n    image: busybox\n";
    expect(highlightRanges(t, [{ document: 0, path: "spec.containers[0].command" }])).toEqual([{ startLine: 6, endLine: 12 }]);
  });
});
