import type { Locale } from "../i18n/define";
import type { Lesson, LessonTopic } from "../../lessons/types";

/**
 * Words learners search by, in either language, with the words the lessons use for them: a query
 * word finds a lesson that has the word or any of its kin.
 */
const SYNONYMS: string[][] = [
  ["backoff", "백오프", "crashloopbackoff", "back-off", "재시작 간격"],
  ["taint", "테인트", "toleration", "톨러레이션", "noexecute", "evict", "축출"],
  ["probe", "프로브", "liveness", "readiness", "startup"],
  ["init", "초기화", "initcontainer"],
  ["hook", "훅", "poststart", "prestop"],
  ["node", "노드"],
  ["schedul", "스케줄"],
  ["restart", "재시작"],
  ["log", "로그"],
  ["phase", "단계"],
  ["service", "서비스", "endpoint", "엔드포인트"],
  ["memory", "메모리", "oom"],
  ["limitrange", "리밋레인지", "limit", "request"],
];

/** Lowercase, without hyphens or spaces inside words: "back-off" and "backoff" are one. */
const norm = (s: string, locale: Locale) => s.toLocaleLowerCase(locale).replace(/[-_]/g, "");

function kin(word: string): string[] {
  const group = SYNONYMS.find((g) => g.some((w) => norm(w, "en") === word || word.startsWith(norm(w, "en"))));
  return group ? [word, ...group.map((w) => norm(w, "en"))] : [word];
}

/**
 * The gallery's list: lessons whose text (title, summary, what to watch, moments and questions, in
 * either language) has every word of the query or a word of its kin, grouped by topic in the order
 * topics first appear in teaching order.
 */
export function searchLessons(lessons: Lesson[], query: string, locale: Locale): Array<{ topic: LessonTopic; lessons: Lesson[] }> {
  const words = norm(query, locale).split(/\s+/).filter(Boolean).map(kin);
  const hay = (l: Lesson) =>
    norm(
      (["en", "ko"] as const)
        .map((lang) => {
          const x = l.text[lang];
          return [x.title, x.summary, x.watch, ...x.moments.map((m) => `${m.label} ${m.explain}`), ...x.questions.map((q) => q.question)].join("\n");
        })
        .join("\n"),
      locale,
    );
  const hit = (l: Lesson) => {
    const h = hay(l);
    return words.every((alts) => alts.some((w) => h.includes(w)));
  };
  const groups = new Map<LessonTopic, Lesson[]>();
  for (const l of lessons) {
    if (!hit(l)) continue;
    const g = groups.get(l.topic);
    if (g) g.push(l);
    else groups.set(l.topic, [l]);
  }
  return [...groups].map(([topic, ls]) => ({ topic, lessons: ls }));
}
