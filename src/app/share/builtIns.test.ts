import { describe, expect, it } from "vitest";
import { builtInScenarios, hasLessons } from "./builtIns";
import { encodeShareHash } from "./linkCodec";

/** Discord's message limit, the tightest common place a link gets pasted (frontend-practice.md §d). */
const BUDGET = 2000;
const ORIGIN = "https://podplay.example.org/";

describe("built-in scenarios as share links", () => {
  const all = builtInScenarios();

  it("finds the examples, and the lessons once src/lessons/index.ts exports LESSONS", () => {
    expect(all.filter((s) => s.name.startsWith("example ")).length).toBeGreaterThan(5);
    if (hasLessons()) expect(all.some((s) => s.name.startsWith("lesson "))).toBe(true);
  });

  it.each(all.map((s) => [s.name, s.text] as const))("%s fits in a link under 2,000 characters", (_, text) => {
    // The worst case a learner can produce without editing: a selection, a late playhead, Korean.
    const enc = encodeShareHash({
      text,
      t: 123.456,
      locale: "ko",
      layout: { view: "nodemap", editorShare: 0.4567 },
      selection: { kind: "container", namespace: "default", pod: "some-pod-name-7d9f8b6c5d-abcde", container: "container" },
      lessonId: "crash-loop-backoff",
    });
    expect(enc.ok).toBe(true);
    if (!enc.ok) return;
    const url = ORIGIN + enc.hash;
    expect(url.length).toBeLessThan(BUDGET);
  });
});
