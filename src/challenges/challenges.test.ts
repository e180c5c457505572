import { describe, expect, it } from "vitest";
import { dump, load } from "js-yaml";
import { CHALLENGES } from "./index";
import { simulate } from "../engine/simulate";
import { cliJson } from "../engine/output/cliJson";
import { combineAnswer } from "../engine/challenge/fixed";

/** Grades `answer` against a built-in challenge as `podplay check CHALLENGE ANSWER` does. */
function grade(challengeYaml: string, answer: string) {
  const c = combineAnswer(challengeYaml, answer);
  const res = simulate(c.text);
  const j = cliJson(res, { notGraded: c.errors[0] ? `not graded: ${c.errors[0].message}` : undefined });
  const goals = "goals" in j ? j.goals : [];
  return { errors: [...c.errors, ...res.errors], goals, passed: !c.errors.length && !res.errors.length && goals.length > 0 && goals.every((g) => g.passed) };
}

/** Issue #12: at least 20 built-in challenges. */
const MIN_CHALLENGES = 20;

const docs = (text: string) => text.split(/^---\s*$/m).map((d) => load(d) as Record<string, unknown> | null).filter((d): d is Record<string, unknown> => !!d);
const yamlOf = (objs: unknown[]) => objs.map((o) => dump(o)).join("---\n");

describe("the built-in challenges", () => {
  it("are at least 20, with unique ids that name their Challenge documents and titles that match", () => {
    expect(CHALLENGES.length).toBeGreaterThanOrEqual(MIN_CHALLENGES);
    expect(new Set(CHALLENGES.map((c) => c.id)).size).toBe(CHALLENGES.length);
    for (const c of CHALLENGES) {
      const ch = simulate(c.yaml).challenge;
      expect(ch, c.id).toBeDefined();
      expect(ch!.name).toBe(c.id);
      expect(ch!.title).toEqual(c.title);
      expect(ch!.hints.length, `${c.id} has hints`).toBeGreaterThan(0);
      // Every learner-facing text in Korean too: a plain string would be the same in both.
      for (const t of [ch!.title, ch!.task, ...ch!.goals.map((g) => g.text), ...ch!.hints]) expect(t.ko, `${c.id}: ${t.en}`).not.toBe(t.en);
    }
  });

  for (const c of CHALLENGES) {
    describe(c.id, () => {
      it("its start is valid and fails a goal", () => {
        const r = grade(c.yaml, c.yaml);
        expect(r.errors, "the start has no errors").toEqual([]);
        expect(r.goals.some((g) => !g.passed)).toBe(true);
      });

      it("its answer meets every goal", () => {
        const r = grade(c.yaml, c.answer);
        expect(r.errors).toEqual([]);
        expect(r.goals.filter((g) => !g.passed)).toEqual([]);
        expect(r.passed).toBe(true);
      });

      it("the shortcuts do not pass: deleting everything, a shorter horizon, looser goals, another app", () => {
        expect(grade(c.yaml, "# nothing\n").passed).toBe(false);
        const all = docs(c.yaml);
        const scenario = all.find((d) => d.kind === "Scenario");
        const challenge = all.find((d) => d.kind === "Challenge")!;
        if (scenario) {
          const shorter = { ...scenario, spec: { ...(scenario.spec as object), duration: "1s" } };
          expect(grade(c.yaml, `${c.answer}\n---\n${dump(shorter)}`).passed).toBe(false);
        }
        const spec = challenge.spec as { goals: unknown[]; fixed?: Array<{ kind: string; name: string; fields?: string[] }> };
        const looser = { ...challenge, spec: { ...spec, goals: [{ text: "anything", check: { kind: "noErrors" } }] } };
        const r = grade(c.yaml, `${c.answer}\n---\n${dump(looser)}`);
        expect(r.passed).toBe(false);
        expect(r.errors[0].message).toMatch(/^the goals are fixed by the challenge/);
        // Every fixed field changed in the answer is caught.
        for (const f of spec.fixed ?? [])
          for (const path of f.fields ?? []) {
            const answerDocs = docs(c.answer);
            const target = answerDocs.find((d) => d.kind === f.kind && (d.metadata as { name?: string }).name === f.name);
            if (!target) continue;
            const keys = path.split(".");
            let o = target as Record<string, unknown>;
            for (const k of keys.slice(0, -1)) o = o[k] as Record<string, unknown>;
            o[keys[keys.length - 1]] = ["sh", "-c", "sleep 3600"];
            const changed = grade(c.yaml, yamlOf(answerDocs));
            expect(changed.passed, `${c.id}: changing ${path}`).toBe(false);
            expect(changed.errors[0]?.message, path).toMatch(/is fixed by the challenge|the challenge fixes/);
          }
      });
    });
  }
});
