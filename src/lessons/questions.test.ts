import { describe, expect, it } from "vitest";
import { LESSONS } from "./index";
import type { Lesson, LessonQuestion, QuestionCheck, RowColumn } from "./types";
import { simulate } from "../engine/simulate";
import { cliJson } from "../engine/output/cliJson";
import { check } from "../engine/output/fidelityCheck";

/**
 * Questions as applications (issue #13 item 3): every question offers three or four choices, each
 * with its why in both languages; and a question that asks what a manifest does ("what does
 * kubectl show at t?", "which one change fixes it?", "which Event comes next?") is held to the
 * simulator, so its answer key cannot drift from what the engine shows.
 */

type Asked = { lesson: Lesson; where: string; en: LessonQuestion; ko: LessonQuestion };

function allQuestions(): Asked[] {
  const out: Asked[] = [];
  for (const lesson of LESSONS) {
    const { en, ko } = lesson.text;
    en.moments.forEach((m, i) => out.push({ lesson, where: `${lesson.id} moment ${i} predict`, en: m.predict, ko: ko.moments[i]?.predict }));
    en.questions.forEach((q, i) => out.push({ lesson, where: `${lesson.id} question ${i}`, en: q, ko: ko.questions[i] }));
  }
  return out;
}

const ASKED = allQuestions();
const CHECKED = ASKED.filter((a) => a.en.check !== undefined);

/** The text a checked question runs: its manifest, plus the hidden scenario document its text describes. */
function runText(q: LessonQuestion, c: QuestionCheck, manifest = q.manifest ?? ""): string {
  return c.scenario ? `${manifest.trimEnd()}\n---\n${c.scenario.trim()}\n` : manifest;
}

/** Simulated seconds a checked question needs: past its `at` and every time its goals name. */
function horizon(q: LessonQuestion, c: QuestionCheck): number {
  const times: number[] = [q.at ?? 0];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object")
      for (const [k, x] of Object.entries(v)) {
        if ((k === "at" || k === "before" || k === "until") && typeof x === "number") times.push(x);
        else if (k === "first" && Array.isArray(x)) times.push(...x.filter((n): n is number => typeof n === "number"));
        else walk(x);
      }
  };
  if (c.kind === "fix") walk(c.goal);
  return Math.max(...times) + 5;
}

const runs = new Map<string, ReturnType<typeof cliJson>>();
function run(text: string, until: number) {
  const key = `${until}\n${text}`;
  let res = runs.get(key);
  if (!res) runs.set(key, (res = cliJson(simulate(text, { until }))));
  return res;
}

const DEFAULT_COLUMNS: RowColumn[] = ["ready", "status", "restarts"];

/** A row choice as a fidelity `row` check: its words are the columns, in order. */
function rowCheck(text: string, pod: string, at: number, columns: RowColumn[]) {
  const words = text.trim().split(/\s+/);
  if (words.length !== columns.length) return undefined;
  return { kind: "row", pod, at, ...Object.fromEntries(columns.map((c, i) => [c, words[i]])) };
}

describe("every question", () => {
  it("is there: each lesson has two end questions, at least one of them checked by the simulator", () => {
    for (const lesson of LESSONS) {
      expect(lesson.text.en.questions.length, lesson.id).toBe(2);
      expect(lesson.text.ko.questions.length, lesson.id).toBe(2);
      expect(lesson.text.en.questions.some((q) => q.check !== undefined), `${lesson.id}: no end question is checked by the simulator`).toBe(true);
    }
  });

  it.each(ASKED.map((a) => [a.where, a] as const))("%s: 3–4 choices, each with its why, in both languages alike", (where, { en, ko }) => {
    expect(ko, `${where}: no Korean question`).toBeDefined();
    for (const [loc, q] of [["en", en], ["ko", ko]] as const) {
      const at = `${where} (${loc})`;
      expect(q.question.trim(), at).not.toBe("");
      expect(q.choices.length, `${at}: 3 or 4 choices`).toBeGreaterThanOrEqual(3);
      expect(q.choices.length, `${at}: 3 or 4 choices`).toBeLessThanOrEqual(4);
      for (const c of q.choices) expect(c.trim(), at).not.toBe("");
      expect(new Set(q.choices.map((c) => c.trim())).size, `${at}: duplicate choices`).toBe(q.choices.length);
      expect(Number.isInteger(q.answer) && q.answer >= 0 && q.answer < q.choices.length, `${at}: answer index`).toBe(true);
      expect(q.whys?.length, `${at}: one why per choice`).toBe(q.choices.length);
      q.whys.forEach((w, i) => expect(w?.trim(), `${at}: the why of choice ${i}`).toBeTruthy());
      expect(new Set(q.whys).size, `${at}: each choice has its own why`).toBe(q.whys.length);
    }
    expect(ko.choices.length, `${where}: as many choices in ko as in en`).toBe(en.choices.length);
    expect(ko.answer, `${where}: the answer must be the same choice in both languages`).toBe(en.answer);
    // The situation asked about is the same in both languages.
    expect(ko.manifest, `${where}: manifest`).toBe(en.manifest);
    expect(ko.at, `${where}: at`).toBe(en.at);
    expect(ko.check, `${where}: check`).toEqual(en.check);
    expect(ko.question, `${where}: Korean text`).toMatch(/[가-힣]/);
    for (const w of ko.whys) expect(w, `${where}: Korean why`).toMatch(/[가-힣]/);
  });
});

describe("checked questions agree with the simulator", () => {
  it("there are checked questions of every kind", () => {
    const kinds = new Set(CHECKED.map((a) => a.en.check!.kind));
    expect([...kinds].sort()).toEqual(["event", "fix", "log", "row"]);
  });

  it.each(CHECKED.map((a) => [a.where, a] as const))("%s", (where, { en, ko }) => {
    const c = en.check!;
    expect(en.manifest, `${where}: a checked question shows its manifest`).toBeTruthy();
    if (c.kind !== "fix") expect(en.at, `${where}: a ${c.kind} question asks about a time`).toBeTypeOf("number");
    const until = horizon(en, c);

    if (c.kind === "row") {
      const res = run(runText(en, c), until);
      expect(res.errors, where).toEqual([]);
      const columns = c.columns ?? DEFAULT_COLUMNS;
      for (const q of [en, ko])
        q.choices.forEach((text, i) => {
          const rc = rowCheck(text, c.pod, q.at!, columns);
          expect(rc, `${where}: choice "${text}" is not a row of ${columns.join(" ")}`).toBeDefined();
          const miss = check(rc!, res);
          if (i === q.answer) expect(miss, `${where}: the answer "${text}" is not what the simulator shows`).toBeNull();
          else expect(miss, `${where}: the wrong choice "${text}" is what the simulator shows`).not.toBeNull();
        });
    }

    if (c.kind === "log") {
      const res = run(runText(en, c), until);
      expect(res.errors, where).toEqual([]);
      for (const q of [en, ko])
        q.choices.forEach((text, i) => {
          const lc = { kind: "log", pod: c.pod, container: c.container, at: q.at!, ...(c.previous ? { previous: true } : {}), text: { includes: text } };
          const miss = check(i === q.answer ? lc : { ...lc, absent: true }, res);
          expect(miss, `${where}: "${text}" ${i === q.answer ? "is not" : "is"} in the simulated log`).toBeNull();
        });
    }

    if (c.kind === "event") {
      const res = run(runText(en, c), until + 600);
      expect(res.errors, where).toEqual([]);
      const next = res.events.find((e) => e.t > en.at! + 1e-9 && e.object.split("/")[1] === c.object);
      expect(next, `${where}: no Event on ${c.object} after ${en.at} s`).toBeDefined();
      const names = (text: string) => text === next!.reason || new RegExp(`^${next!.reason}\\b`).test(text);
      for (const q of [en, ko])
        q.choices.forEach((text, i) => expect(names(text), `${where}: "${text}" vs the next Event ${next!.reason} at ${next!.t} s`).toBe(i === q.answer));
    }

    if (c.kind === "fix") {
      expect(c.patches.length, `${where}: one patch per choice`).toBe(en.choices.length);
      c.patches.forEach((p, i) => {
        const manifest = en.manifest!;
        expect(manifest.split(p.find).length - 1, `${where}: patch ${i} must find "${p.find}" exactly once`).toBe(1);
        const res = run(runText(en, c, manifest.replace(p.find, p.replace)), until);
        // A wrong change may be one the API server refuses (its run then misses the goal too).
        if (i === en.answer) expect(res.errors, `${where}: patch ${i}`).toEqual([]);
        const missed = c.goal.map((g) => check(g, res)).filter((m) => m !== null);
        if (i === en.answer) expect(missed, `${where}: the right change does not reach the goal`).toEqual([]);
        else expect(missed.length, `${where}: the wrong change "${en.choices[i]}" reaches the goal too`).toBeGreaterThan(0);
      });
    }
  });
});
