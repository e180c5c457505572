import { check, type FidelityJson } from "../output/fidelityCheck";
import type { Challenge, Goal } from "./challenge";

/** One goal as graded: DESIGN.md's `goals` entry, with the moment to look at. */
export interface GoalResult {
  text: string;
  passed: boolean;
  /** What happened instead, for a goal not met. */
  detail: string;
  /** The simulated second the goal is about, when it names one (the page jumps there). */
  t?: number;
}

/** The moment a goal looks at: its own time, else the time its failure names. */
function goalTime(goal: Goal, detail: string): number | undefined {
  const c = goal.check;
  for (const v of [c.at, c.until, Array.isArray(c.first) ? c.first[0] : undefined, Array.isArray(c.within) ? c.within[0] : undefined]) if (typeof v === "number") return v;
  const m = /\bt=(\d+(?:\.\d+)?)/.exec(detail);
  return m ? Number(m[1]) : undefined;
}

/**
 * Grades a challenge's goals against a run's JSON with the same checker as the fidelity corpus
 * and the lessons' key moments. `notGraded` (a fixed part changed, input rejected) fails every goal
 * with that reason: a run that is not the challenge's run proves nothing.
 */
export function gradeGoals(challenge: Challenge, json: FidelityJson, notGraded?: string): GoalResult[] {
  return challenge.goals.map((goal) => {
    if (notGraded) return { text: goal.text.en, passed: false, detail: notGraded };
    const failure = check(goal.check, json);
    const t = goalTime(goal, failure ?? "");
    return { text: goal.text.en, passed: failure === null, detail: failure ?? "", ...(t !== undefined ? { t } : {}) };
  });
}
