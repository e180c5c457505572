import type { SimulationResult } from "../engine/simulate";
import { runJson } from "../engine/output/cliJson";
import { gradeGoals } from "../engine/challenge/grade";
import type { ChallengeView } from "../state/store";
import { challengeOfText } from "../engine/challenge/challenge";
import { parseYamlDocuments } from "../engine/input/yamlDocuments";

/**
 * The run's Challenge graded for the page: nothing is graded while the input is rejected or a
 * fixed part was changed (`fixedChanged`), so a goal never shows ✓ for a run that is not the
 * challenge's. Only a file with a Challenge pays for the JSON the checks read.
 */
export function challengeView(sim: SimulationResult, fixedChanged?: string, source?: string): ChallengeView | undefined {
  // Challenge mode keeps its goals when the text cannot run at all (a YAML syntax error): none is graded.
  const c = sim.challenge ?? (source !== undefined ? challengeOfText(source, parseYamlDocuments) : undefined);
  if (!c) return undefined;
  const reason = fixedChanged ?? (sim.errors.length ? sim.errors[0].message : !sim.challenge ? "the text did not run" : undefined);
  const notGraded = reason && `not graded: ${reason}`;
  const results = gradeGoals(c, runJson(sim), notGraded);
  return {
    name: c.name,
    title: c.title,
    task: c.task,
    hints: c.hints,
    goals: results.map((r, i) => ({ label: c.goals[i].text, passed: r.passed, detail: r.detail, ...(r.t !== undefined ? { t: r.t } : {}), ...(r.fact ? { fact: r.fact } : {}) })),
  };
}
