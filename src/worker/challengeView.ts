import type { SimulationResult } from "../engine/simulate";
import { runJson } from "../engine/output/cliJson";
import { gradeGoals } from "../engine/challenge/grade";
import type { ChallengeView } from "../state/store";

/**
 * The run's Challenge graded for the page: nothing is graded while the input is rejected or a
 * fixed part was changed (`fixedChanged`), so a goal never shows ✓ for a run that is not the
 * challenge's. Only a file with a Challenge pays for the JSON the checks read.
 */
export function challengeView(sim: SimulationResult, fixedChanged?: string): ChallengeView | undefined {
  const c = sim.challenge;
  if (!c) return undefined;
  const reason = fixedChanged ?? (sim.errors.length ? sim.errors[0].message : undefined);
  const notGraded = reason && `not graded: ${reason}`;
  const results = gradeGoals(c, runJson(sim), notGraded);
  return {
    name: c.name,
    title: c.title,
    task: c.task,
    hints: c.hints,
    goals: results.map((r, i) => ({ label: c.goals[i].text, passed: r.passed, detail: r.detail, ...(r.t !== undefined ? { t: r.t } : {}) })),
  };
}
