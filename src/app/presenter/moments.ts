import type { Trace } from "../../engine/trace/types";
import { watchRows, type WatchRow } from "../../engine/output/watch";
import type { Lesson, LessonQuestion, MomentFocus } from "../../lessons/types";
import type { Locale } from "../i18n/define";

/**
 * Presenter mode's stops: a lesson's key moments, or (with no lesson open) the times at which a
 * `kubectl get pods` row changed. Pure: no DOM, no store; the keyboard hook feeds it `t`.
 */
export interface Moment {
  /** Simulated seconds. */
  t: number;
  label: string;
  explain?: string;
  /** Asked before the moment in predict mode; a moment without one is simply jumped to. */
  predict?: LessonQuestion;
  /** Where the page looks at this moment (lesson moments only). */
  focus?: MomentFocus;
}

/** Looks up "presenter.*" text in the current language (i18n's t bound to the locale). */
export type Translate = (key: string, vars?: Record<string, string | number>) => string;

const EPS = 1e-6;
/** Fallback stops: changes within this many seconds of a stop's first change are one stop. */
const MERGE = 0.5;

export function lessonMoments(lesson: Lesson, locale: Locale): Moment[] {
  const text = lesson.text[locale] ?? lesson.text.en;
  return lesson.moments.map((m, i) => {
    const mt = text.moments[i] ?? lesson.text.en.moments[i];
    return { t: m.t, label: mt?.label ?? "", explain: mt?.explain, predict: mt?.predict, focus: m.focus };
  });
}

/** The READY/STATUS/RESTARTS cells as one string ("1/1 Running 2"). */
export function rowText(tr: Translate, r: WatchRow): string {
  if (r.deleted) return tr("presenter.rowDeleted");
  return tr("presenter.row", { ready: r.ready ?? "", status: r.status ?? "", restarts: r.restarts ?? 0 });
}

/**
 * Fallback stops for a trace with no lesson: every time a pod's kubectl row (READY, STATUS,
 * RESTARTS, or its deletion) changed, after the start. Changes within half a second are one stop (at the last of them). The
 * predict question asks what the first changing pod's row becomes; the wrong choices are other
 * rows that pod shows in the run (the one before the change first), at most `maxChoices`.
 */
export function traceMoments(trace: Trace, tr: Translate, maxChoices = 4): Moment[] {
  const { rows } = watchRows(trace);
  const byPod = new Map<string, string[]>();
  const last = new Map<string, string>();
  const changes: Array<{ t: number; key: string; pod: string; before?: string; after: string }> = [];
  for (const r of rows) {
    const key = `${r.namespace}/${r.pod}`;
    const text = rowText(tr, r);
    const seen = byPod.get(key) ?? [];
    if (!seen.includes(text)) seen.push(text);
    byPod.set(key, seen);
    const before = last.get(key);
    last.set(key, text);
    if (before === text) continue;
    changes.push({ t: r.t, key, pod: r.pod, before, after: text });
  }
  const out: Moment[] = [];
  let extra = 0;
  let firstLabel = "";
  let clusterStart = -Infinity;
  for (const c of changes) {
    if (c.t <= EPS) continue;
    const prev = out[out.length - 1];
    if (prev && c.t - clusterStart < MERGE) {
      // Stop after the whole burst, so every change in it is on screen.
      prev.t = c.t;
      extra++;
      prev.label = tr("presenter.momentMore", { first: firstLabel, n: extra });
      continue;
    }
    extra = 0;
    clusterStart = c.t;
    firstLabel = tr("presenter.momentRow", { pod: c.pod, row: c.after });
    const others = (byPod.get(c.key) ?? []).filter((x) => x !== c.after);
    const distractors = [...new Set([...(c.before !== undefined ? [c.before] : []), ...others])].slice(0, maxChoices - 1);
    let predict: LessonQuestion | undefined;
    if (distractors.length) {
      const choices = [c.after, ...distractors].sort();
      predict = {
        question: c.before !== undefined ? tr("presenter.fallbackQuestion", { pod: c.pod, row: c.before }) : tr("presenter.fallbackQuestionNew", { pod: c.pod }),
        choices,
        answer: choices.indexOf(c.after),
        whys: choices.map((x) => (x === c.after ? tr("presenter.fallbackWhy", { pod: c.pod, row: c.after }) : tr("presenter.fallbackWrongWhy", { pod: c.pod, row: x }))),
      };
    }
    out.push({ t: c.t, label: firstLabel, predict });
  }
  return out;
}

/** The first moment strictly after `t`, or -1. */
export function nextIndex(moments: readonly Moment[], t: number): number {
  return moments.findIndex((m) => m.t > t + EPS);
}

/** The last moment strictly before `t`, or -1. */
export function prevIndex(moments: readonly Moment[], t: number): number {
  for (let i = moments.length - 1; i >= 0; i--) if (moments[i].t < t - EPS) return i;
  return -1;
}

/** The moment the playhead sits on, or -1. */
export function currentIndex(moments: readonly Moment[], t: number): number {
  return moments.findIndex((m) => Math.abs(m.t - t) <= 1e-3);
}

/** Where predict mode is: nothing shown, a question before moment `index`, or its answer. */
export type Stage = { kind: "idle" } | { kind: "asking"; index: number } | { kind: "revealed"; index: number };

export interface Step {
  /** Where the playhead goes (undefined: it stays). */
  t?: number;
  stage: Stage;
}

/** How far before a moment its question is asked (seconds): the room sees the state just before. */
export const ASK_BEFORE = 1;

/**
 * The next key press (→, PageDown, Space). Without predict mode, or for a moment with no
 * question, it jumps to the next moment. In predict mode it first stops just before the moment
 * and asks; the press after that reveals the answer and jumps to the moment.
 */
export function forward(moments: readonly Moment[], t: number, stage: Stage, predict: boolean): Step {
  if (stage.kind === "asking") return { t: moments[stage.index]?.t, stage: { kind: "revealed", index: stage.index } };
  const i = nextIndex(moments, t);
  if (i < 0) return { stage: { kind: "idle" } };
  const m = moments[i];
  if (predict && m.predict && m.predict.choices.length) {
    const prevT = i > 0 ? moments[i - 1].t : 0;
    return { t: Math.max(t, prevT, m.t - ASK_BEFORE), stage: { kind: "asking", index: i } };
  }
  return { t: m.t, stage: { kind: "idle" } };
}

/** The previous-key press (←, PageUp): closes any question and goes to the moment before the playhead (or the start). */
export function backward(moments: readonly Moment[], t: number, stage: Stage): Step {
  // While asking, the playhead sits just before the moment; "back" means the moment before that one.
  const from = stage.kind === "asking" ? (moments[stage.index]?.t ?? t) : t;
  const i = prevIndex(moments, from);
  return { t: i < 0 ? 0 : moments[i].t, stage: { kind: "idle" } };
}

/** Where the playhead is among the moments, in words ("Moment 2 of 5", "Before moment 3 of 5"). */
export function positionText(tr: Translate, moments: readonly Moment[], t: number): string {
  const cur = currentIndex(moments, t);
  const next = nextIndex(moments, t);
  if (!moments.length) return tr("presenter.noMoments");
  if (cur >= 0) return tr("presenter.momentOf", { n: cur + 1, total: moments.length });
  if (next === 0 && t <= 0) return tr("presenter.beforeFirst", { total: moments.length });
  if (next < 0) return tr("presenter.afterLast", { total: moments.length });
  return tr("presenter.beforeMoment", { n: next + 1, total: moments.length });
}
