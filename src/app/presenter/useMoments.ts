import { useEffect, useMemo, useState } from "react";
import { selectLocale, selectTrace, useStore } from "../../state/store";
import type { Lesson } from "../../lessons/types";
import { t as translate } from "../i18n";
import { lessonMoments, traceMoments, type Moment } from "./moments";

interface LessonsModule {
  lessonById?: (id: string) => Lesson | undefined;
}

// The lesson catalogue loads lazily (its texts are long); the glob is empty while it does not exist.
const catalogue = import.meta.glob<LessonsModule>("../../lessons/index.ts");

/** The open lesson, once its catalogue has loaded. */
function useOpenLesson(): Lesson | undefined {
  const lessonId = useStore((s) => (s as { lessonId?: string }).lessonId);
  const [lesson, setLesson] = useState<Lesson | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const load = Object.values(catalogue)[0];
    if (!lessonId || !load) {
      setLesson(undefined);
      return;
    }
    load()
      .then((m) => live && setLesson(m.lessonById?.(lessonId)))
      .catch(() => live && setLesson(undefined));
    return () => {
      live = false;
    };
  }, [lessonId]);
  return lesson;
}

export interface MomentSource {
  moments: Moment[];
  /** The lesson's title when the moments are a lesson's. */
  lessonTitle?: string;
}

/** Presenter mode's stops: the open lesson's key moments, else every change in `kubectl get pods`. */
export function useMoments(enabled: boolean): MomentSource {
  const lesson = useOpenLesson();
  const trace = useStore(selectTrace);
  const locale = useStore(selectLocale);
  return useMemo(() => {
    if (!enabled) return { moments: [] };
    if (lesson && lesson.moments.length) return { moments: lessonMoments(lesson, locale), lessonTitle: (lesson.text[locale] ?? lesson.text.en).title };
    if (!trace) return { moments: [] };
    return { moments: traceMoments(trace, (key, vars) => translate(locale, key, vars)) };
  }, [enabled, lesson, trace, locale]);
}
