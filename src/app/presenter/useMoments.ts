import { useEffect, useMemo, useState } from "react";
import { selectLocale, selectTrace, useStore } from "../../state/store";
import { useAfterFirstPicture } from "../shell/useAfterFirstPicture";
import type { Lesson } from "../../lessons/types";
import { t as translate } from "../i18n";
import { lessonMoments, traceMoments, type Moment } from "./moments";

/** The open lesson, once the catalogue (long texts in two languages) has loaded in its own chunk. */
function useOpenLesson(): Lesson | undefined {
  const lessonId = useStore((s) => s.lessonId);
  // After the first picture: the catalogue is large, and the timeline needs none of it to draw.
  const ready = useAfterFirstPicture();
  const [lesson, setLesson] = useState<Lesson | undefined>(undefined);
  useEffect(() => {
    let live = true;
    if (!lessonId || !ready) {
      setLesson(undefined);
      return;
    }
    import("../../lessons")
      .then((m) => live && setLesson(m.lessonById(lessonId)))
      .catch(() => live && setLesson(undefined));
    return () => {
      live = false;
    };
  }, [lessonId, ready]);
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
