import type { Locale } from "../i18n/define";
import type { Lesson, LessonTopic } from "../../lessons/types";

/**
 * The gallery's list: lessons whose title or summary in the current language contains every word
 * of the query (case-insensitive), grouped by topic in the order topics first appear in teaching order.
 */
export function searchLessons(lessons: Lesson[], query: string, locale: Locale): Array<{ topic: LessonTopic; lessons: Lesson[] }> {
  const words = query.toLocaleLowerCase(locale).split(/\s+/).filter(Boolean);
  const hit = (l: Lesson) => {
    const hay = `${l.text[locale].title}\n${l.text[locale].summary}`.toLocaleLowerCase(locale);
    return words.every((w) => hay.includes(w));
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
