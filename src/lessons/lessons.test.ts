import { describe, expect, it } from "vitest";
import { deflateRawSync } from "node:zlib";
import { LESSONS, lessonById } from "./index";
import type { Lesson, LessonQuestion, LessonText } from "./types";
import { simulate } from "../engine/simulate";
import { cliJson } from "../engine/output/cliJson";
import { check } from "../engine/output/fidelityCheck";
import { REQUIRED_TOPICS, DOCUMENTED_SECONDS, secondsMentioned } from "./coverage";

const runs = new Map<string, ReturnType<typeof cliJson>>();
function run(lesson: Lesson) {
  let res = runs.get(lesson.id);
  if (!res) runs.set(lesson.id, (res = cliJson(simulate(lesson.yaml))));
  return res;
}

function questionOk(q: LessonQuestion, where: string) {
  expect(q.question.trim(), where).not.toBe("");
  expect(q.whys.length, `${where}: one why per choice`).toBe(q.choices.length);
  expect(q.choices.length, where).toBeGreaterThanOrEqual(2);
  expect(q.choices.length, where).toBeLessThanOrEqual(4);
  for (const c of q.choices) expect(c.trim(), where).not.toBe("");
  expect(new Set(q.choices).size, `${where}: duplicate choices`).toBe(q.choices.length);
  expect(Number.isInteger(q.answer) && q.answer >= 0 && q.answer < q.choices.length, `${where}: answer index`).toBe(true);
}

describe("the lesson library", () => {
  it("has unique, URL-safe ids and a sensible size", () => {
    const ids = LESSONS.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(LESSONS.length).toBeGreaterThanOrEqual(18);
    expect(LESSONS.length).toBeLessThanOrEqual(34);
    for (const l of LESSONS) expect(lessonById(l.id)).toBe(l);
    expect(lessonById("no-such-lesson")).toBeUndefined();
  });

  it("covers every required topic with a lesson whose scenario really shows it", () => {
    for (const [topic, { lessons, shows }] of Object.entries(REQUIRED_TOPICS)) {
      expect(lessons.length, topic).toBeGreaterThan(0);
      for (const id of lessons) {
        const lesson = lessonById(id);
        expect(lesson, `${topic}: ${id}`).toBeDefined();
        const res = run(lesson!);
        const haystack = lesson!.yaml + "\n" + JSON.stringify(res.watch) + "\n" + JSON.stringify(res.events);
        expect(shows.test(haystack), `${topic}: ${id} should show ${shows}`).toBe(true);
      }
    }
  });
});

describe.each(LESSONS.map((l) => [l.id, l] as const))("lesson %s", (_id, lesson) => {
  it("simulates without errors (but those a moment shows as rejected) and every moment's checks hold", () => {
    const res = run(lesson);
    // A lesson about the API server's validation shows a refusal on purpose: each such error is
    // named by a `rejected` check of a moment, with its line; any other error is a mistake.
    const rejected = lesson.moments.flatMap((m) => m.checks).filter((c) => c.kind === "rejected");
    const unexpected = res.errors.filter((e) => !rejected.some((c) => check(c, { ...res, errors: [e] }) === null));
    expect(unexpected).toEqual([]);
    for (const [i, m] of lesson.moments.entries()) {
      expect(m.checks.length, `moment ${i} has no checks`).toBeGreaterThan(0);
      for (const c of m.checks) expect(check(c, res), `moment ${i} (t=${m.t}) ${JSON.stringify(c)}`).toBeNull();
    }
  });

  it("has moments in ascending order inside the scenario's duration", () => {
    const until = run(lesson).until;
    expect(lesson.moments.length).toBeGreaterThanOrEqual(2);
    expect(lesson.moments.length).toBeLessThanOrEqual(5);
    let last = -1;
    for (const m of lesson.moments) {
      expect(m.t).toBeGreaterThan(last);
      expect(m.t).toBeLessThanOrEqual(until);
      last = m.t;
      // A row check describes what the playhead shows at the moment, so it looks at the moment or just before it.
      for (const c of m.checks) if (c.kind === "row") expect(c.at, `row check at ${c.at} for moment ${m.t}`).toBeLessThanOrEqual(m.t + 1e-9);
    }
  });

  it("has complete text in English and Korean, with the same shape", () => {
    const en: LessonText = lesson.text.en;
    const ko: LessonText = lesson.text.ko;
    for (const [loc, tx] of [["en", en], ["ko", ko]] as const) {
      for (const k of ["title", "summary", "watch"] as const) expect(tx[k].trim(), `${loc}.${k}`).not.toBe("");
      expect(tx.moments.length, `${loc} moments`).toBe(lesson.moments.length);
      expect(tx.questions.length).toBeGreaterThanOrEqual(1);
      expect(tx.questions.length).toBeLessThanOrEqual(2);
      tx.moments.forEach((m, i) => {
        expect(m.label.trim(), `${loc} moment ${i} label`).not.toBe("");
        expect(m.explain.trim(), `${loc} moment ${i} explain`).not.toBe("");
        questionOk(m.predict, `${loc} moment ${i} predict`);
      });
      tx.questions.forEach((q, i) => questionOk(q, `${loc} question ${i}`));
    }
    expect(ko.title).toMatch(/[가-힣]/);
    expect(ko.summary).toMatch(/[가-힣]/);
    expect(ko.questions.length).toBe(en.questions.length);
    en.moments.forEach((m, i) => {
      expect(ko.moments[i].predict.choices.length).toBe(m.predict.choices.length);
      expect(ko.moments[i].predict.answer, `moment ${i}: the answer must be the same choice in both languages`).toBe(m.predict.answer);
    });
    en.questions.forEach((q, i) => {
      expect(ko.questions[i].choices.length).toBe(q.choices.length);
      expect(ko.questions[i].answer).toBe(q.answer);
    });
  });

  it("mentions only times its moments, its scenario or a documented constant explain", () => {
    const times = lesson.moments.map((m) => m.t);
    const gaps = times.flatMap((a) => times.map((b) => Math.abs(a - b))).filter((d) => d > 0);
    const fromYaml = [...lesson.yaml.matchAll(/(\d+(?:\.\d+)?)\s*(s|m)?\b/g)].map((m) => Number(m[1]) * (m[2] === "m" ? 60 : 1));
    const near = (n: number) => [...times, ...gaps].some((x) => Math.abs(x - n) <= 3) || fromYaml.includes(n) || DOCUMENTED_SECONDS.includes(n);
    for (const loc of ["en", "ko"] as const)
      lesson.text[loc].moments.forEach((m, i) => {
        for (const n of secondsMentioned(`${m.label}\n${m.explain}`)) expect(near(n), `${loc} moment ${i} mentions ${n} s, which no moment, gap, scenario value or constant explains`).toBe(true);
      });
  });

  it("is small enough for a share link", () => {
    const link = deflateRawSync(Buffer.from(lesson.yaml)).toString("base64url");
    expect(link.length).toBeLessThan(2000);
  });
});

describe("the number check itself", () => {
  it("reads seconds and minutes in both languages", () => {
    expect(secondsMentioned("restarts after about 40 s, then 1m20s; 5 minutes")).toEqual([40, 80, 300]);
    expect(secondsMentioned("약 40초 뒤, 10분 동안, 2분 30초")).toEqual([40, 600, 150]);
    expect(secondsMentioned("Init:0/2 and 1/1, 24Gi, v1.34")).toEqual([]);
  });
});

describe("compare variants", () => {
  const withVariant = LESSONS.filter((l) => l.variant !== undefined);
  it("every variant runs and differs from its lesson", () => {
    expect(withVariant.length).toBeGreaterThan(0);
    for (const lesson of withVariant) {
      const b = cliJson(simulate(lesson.variant!));
      expect(b.errors, lesson.id).toEqual([]);
      expect(JSON.stringify(b.watch), lesson.id).not.toBe(JSON.stringify(run(lesson).watch));
    }
  });

  it("the startup-probe lesson's variant shows what the probe prevents: liveness kills the slow app", () => {
    const b = cliJson(simulate(lessonById("startup-probe")!.variant!));
    const a = run(lessonById("startup-probe")!);
    const restarts = (j: ReturnType<typeof cliJson>) => Math.max(0, ...j.watch.filter((r) => r.pod === "slow").map((r) => Number(r.restarts)));
    expect(restarts(a)).toBe(0);
    expect(restarts(b)).toBeGreaterThanOrEqual(3);
  });
});
