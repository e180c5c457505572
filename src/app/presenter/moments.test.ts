import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { simulate } from "../../engine/simulate";
import type { Lesson } from "../../lessons/types";
import { backward, currentIndex, forward, lessonMoments, nextIndex, prevIndex, traceMoments, ASK_BEFORE, type Moment, type Stage, type Translate } from "./moments";
import { presenterStrings } from "./strings";
import { presenterKo } from "./strings.ko";

const tr =
  (locale: "en" | "ko"): Translate =>
  (key, vars = {}) =>
    ((locale === "ko" ? presenterKo : presenterStrings.en)[key] ?? key).replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));

const EXEC = readFileSync(new URL("../../../examples/exec-liveness.yaml", import.meta.url), "utf8");

const q = (answer: number) => ({ question: "What next?", choices: ["Running", "CrashLoopBackOff", "Completed"], answer, whys: ["Because.", "Because.", "Because."] });

/** A small fixture in the lesson contract's shape (the real catalogue is written elsewhere). */
const LESSON: Lesson = {
  id: "fixture",
  topic: "probes",
  yaml: EXEC,
  moments: [
    { t: 35, checks: [] },
    { t: 76, checks: [] },
  ],
  text: {
    en: {
      title: "Fixture",
      summary: "",
      watch: "",
      questions: [],
      moments: [
        { label: "Killed", explain: "Three failures.", predict: q(1) },
        { label: "Restarted", explain: "Started again.", predict: q(0) },
      ],
    },
    ko: {
      title: "픽스처",
      summary: "",
      watch: "",
      questions: [],
      moments: [
        { label: "종료", explain: "세 번 실패.", predict: q(1) },
        { label: "재시작", explain: "다시 시작.", predict: q(0) },
      ],
    },
  },
};

describe("lesson moments", () => {
  it("pairs each moment's time with its text in the chosen language", () => {
    const en = lessonMoments(LESSON, "en");
    expect(en.map((m) => [m.t, m.label])).toEqual([
      [35, "Killed"],
      [76, "Restarted"],
    ]);
    expect(lessonMoments(LESSON, "ko")[1].label).toBe("재시작");
    expect(en[0].predict?.answer).toBe(1);
  });
});

describe("fallback moments from a trace", () => {
  const trace = simulate(EXEC, { until: 150 }).trace;

  it("stops at every change of a kubectl row after the start", () => {
    const ms = traceMoments(trace, tr("en"));
    // Running at 2 s, the restarts at 76 s and 146 s (the docs example).
    expect(ms.map((m) => m.t)).toEqual([2, 76, 146]);
    expect(ms[1].label).toBe("liveness-exec: 1/1 · Running · RESTARTS 1");
  });

  it("asks what the row becomes, with the right answer among rows the pod shows", () => {
    const m = traceMoments(trace, tr("en"))[1];
    expect(m.predict).toBeDefined();
    const p = m.predict!;
    expect(p.choices[p.answer]).toBe("1/1 · Running · RESTARTS 1");
    expect(p.choices).toContain("1/1 · Running · RESTARTS 0");
    expect(p.choices.length).toBeLessThanOrEqual(4);
    expect(new Set(p.choices).size).toBe(p.choices.length);
    expect(p.question).toContain("liveness-exec");
  });

  it("speaks Korean", () => {
    const m = traceMoments(trace, tr("ko"))[0];
    expect(m.predict?.question).toContain("kubectl get pods에");
  });

  it("merges changes of several pods within half a second into one stop, at the last of them", () => {
    const two = EXEC + "\n---\n" + EXEC.replace("name: liveness-exec", "name: twin");
    const ms = traceMoments(simulate(two, { until: 100 }).trace, tr("en"));
    expect(ms.map((m) => Math.round(m.t))).toEqual([2, 76]);
    expect(ms[0].t).toBeGreaterThan(2);
    expect(ms[0].label).toMatch(/\(\+1 more\)$/);
  });
});

describe("stepping", () => {
  const ms: Moment[] = [
    { t: 10, label: "a", predict: q(0) },
    { t: 20, label: "b" },
    { t: 30, label: "c", predict: q(2) },
  ];
  const idle: Stage = { kind: "idle" };

  it("finds the next, previous and current moment", () => {
    expect(nextIndex(ms, 0)).toBe(0);
    expect(nextIndex(ms, 10)).toBe(1);
    expect(nextIndex(ms, 30)).toBe(-1);
    expect(prevIndex(ms, 20)).toBe(0);
    expect(prevIndex(ms, 10)).toBe(-1);
    expect(currentIndex(ms, 20)).toBe(1);
    expect(currentIndex(ms, 21)).toBe(-1);
  });

  it("without predict mode, jumps from moment to moment and back", () => {
    expect(forward(ms, 0, idle, false)).toEqual({ t: 10, stage: idle });
    expect(forward(ms, 10, idle, false)).toEqual({ t: 20, stage: idle });
    expect(forward(ms, 30, idle, false)).toEqual({ stage: idle });
    expect(backward(ms, 25, idle)).toEqual({ t: 20, stage: idle });
    expect(backward(ms, 10, idle)).toEqual({ t: 0, stage: idle });
  });

  it("in predict mode, asks just before a moment, then reveals and jumps there", () => {
    const ask = forward(ms, 0, idle, true);
    expect(ask).toEqual({ t: 10 - ASK_BEFORE, stage: { kind: "asking", index: 0 } });
    const reveal = forward(ms, ask.t!, ask.stage, true);
    expect(reveal).toEqual({ t: 10, stage: { kind: "revealed", index: 0 } });
    // A moment with no question is a plain jump.
    expect(forward(ms, 10, reveal.stage, true)).toEqual({ t: 20, stage: idle });
    // Never asks before the previous moment: the playhead does not move backwards.
    expect(forward(ms, 29.5, idle, true).t).toBe(29.5);
  });

  it("going back while asking closes the question and goes to the moment before", () => {
    expect(backward(ms, 29, { kind: "asking", index: 2 })).toEqual({ t: 20, stage: idle });
    expect(backward(ms, 9, { kind: "asking", index: 0 })).toEqual({ t: 0, stage: idle });
  });
});
