import { describe, expect, it } from "vitest";
import { COURSE, COURSE_STEPS, continueStep, nextStep, stepKey } from "./course";
import { LESSONS } from "../lessons/index";
import { CHALLENGES } from "../challenges/index";

describe("the course", () => {
  it("holds every lesson and every challenge exactly once", () => {
    const keys = COURSE_STEPS.map(stepKey);
    expect(new Set(keys).size).toBe(keys.length);
    expect(COURSE_STEPS.filter((s) => s.kind === "lesson").map((s) => s.id).sort()).toEqual(LESSONS.map((l) => l.id).sort());
    expect(COURSE_STEPS.filter((s) => s.kind === "challenge").map((s) => s.id).sort()).toEqual(CHALLENGES.map((c) => c.id).sort());
  });

  it("asks for nothing that comes later; every step has minutes; sections follow the study notes", () => {
    const seen = new Set<string>();
    for (const s of COURSE_STEPS) {
      for (const r of s.requires) expect(seen.has(r), `${stepKey(s)} requires ${r}, which comes later or does not exist`).toBe(true);
      expect(s.minutes).toBeGreaterThan(0);
      seen.add(stepKey(s));
    }
    expect(COURSE.map((s) => s.id)).toEqual(["phases", "states", "restartPolicy", "backoff", "probes", "init", "hooks", "services", "resources", "scheduling", "descheduler"]);
    // A challenge comes after a lesson of its section: see the idea, then use it.
    for (const sec of COURSE) expect(sec.steps[0].kind, sec.id).toBe("lesson");
  });

  it("goes on where the learner left off", () => {
    const first = stepKey(COURSE_STEPS[0]);
    expect(continueStep(new Set(), undefined)).toBe(COURSE_STEPS[0]);
    expect(continueStep(new Set([first]), first)).toBe(COURSE_STEPS[1]);
    // The last step opened but not done is where to continue.
    expect(continueStep(new Set([first]), stepKey(COURSE_STEPS[5]))).toBe(COURSE_STEPS[5]);
    expect(continueStep(new Set(COURSE_STEPS.map(stepKey)), first)).toBeUndefined();
    expect(nextStep(first)).toBe(COURSE_STEPS[1]);
    expect(nextStep(stepKey(COURSE_STEPS[COURSE_STEPS.length - 1]))).toBeUndefined();
  });
});
