import { beforeEach, describe, expect, it } from "vitest";
import { doneSteps, exportProgress, importProgress, markLessonDone, setLastStep } from "./progress";
import { markCompleted } from "../challenges/progress";

// Node has no Web Storage: a Map stands in for the browser's localStorage.
const store = new Map<string, string>();
(globalThis as { localStorage?: unknown }).localStorage = {
  getItem: (k: string) => store.get(k) ?? null,
  setItem: (k: string, v: string) => void store.set(k, String(v)),
  removeItem: (k: string) => void store.delete(k),
  clear: () => store.clear(),
};

describe("course progress", () => {
  beforeEach(() => localStorage.clear());

  it("counts finished lessons and completed challenges as course steps", () => {
    markLessonDone("liveness-exec");
    markCompleted("slow-start");
    expect([...doneSteps()].sort()).toEqual(["challenge:slow-start", "lesson:liveness-exec"]);
  });

  it("exports to a file and imports it back, merging and never undoing; refuses what is not progress", () => {
    markLessonDone("liveness-exec");
    setLastStep("lesson:liveness-exec");
    const file = exportProgress();
    localStorage.clear();
    markLessonDone("oomkilled");
    expect(importProgress(file)).toEqual({ added: 1 });
    expect([...doneSteps()].sort()).toEqual(["lesson:liveness-exec", "lesson:oomkilled"]);
    expect(importProgress(file)).toEqual({ added: 0 });
    expect(importProgress("nope")).toEqual({ error: "notJson" });
    expect(importProgress('{"podplay":"progress","version":2}')).toEqual({ error: "notProgress" });
    // Ids that could not be a lesson or challenge are skipped.
    expect(importProgress('{"podplay":"progress","version":1,"lessons":{"__proto__":{},"<b>":{}}}')).toEqual({ added: 0 });
  });
});
