import { useEffect, useMemo, useState } from "react";
import { selectLocale, selectTrace, useStore } from "../../state/store";
import { useAfterFirstPicture } from "../shell/useAfterFirstPicture";
import type { Lesson } from "../../lessons/types";
import { t as translate } from "../i18n";
import { lessonMoments, traceMoments, type Moment } from "./moments";

/**
 * The open lesson, once the catalogue (long texts in two languages) has loaded in its own chunk;
 * `pending` while a lesson is open whose catalogue entry has not been read yet.
 */
function useOpenLesson(): { lesson: Lesson | undefined; pending: boolean } {
  const lessonId = useStore((s) => s.lessonId);
  // After the first picture: the catalogue is large, and the timeline needs none of it to draw.
  const ready = useAfterFirstPicture();
  const [read, setRead] = useState<{ id: string; lesson: Lesson | undefined } | undefined>(undefined);
  useEffect(() => {
    let live = true;
    if (!lessonId || !ready) return;
    import("../../lessons")
      .then((m) => live && setRead({ id: lessonId, lesson: m.lessonById(lessonId) }))
      .catch(() => live && setRead({ id: lessonId, lesson: undefined }));
    return () => {
      live = false;
    };
  }, [lessonId, ready]);
  if (!lessonId) return { lesson: undefined, pending: false };
  return read?.id === lessonId ? { lesson: read.lesson, pending: false } : { lesson: undefined, pending: true };
}

export interface MomentSource {
  moments: Moment[];
  /** The lesson's title when the moments are a lesson's. */
  lessonTitle?: string;
}

/** Presenter mode's stops: the open lesson's key moments, else every change in `kubectl get pods`. */
export function useMoments(enabled: boolean): MomentSource {
  const { lesson, pending } = useOpenLesson();
  const trace = useStore(selectTrace);
  const locale = useStore(selectLocale);
  return useMemo(() => {
    if (!enabled) return { moments: [] };
    if (lesson && lesson.moments.length) return { moments: lessonMoments(lesson, locale), lessonTitle: (lesson.text[locale] ?? lesson.text.en).title };
    // A lesson's own moments are on their way: the run's changes would show for a moment and
    // then be replaced (and cost the first picture the work of listing them).
    if (pending || !trace) return { moments: [] };
    return { moments: traceMoments(trace, (key, vars) => translate(locale, key, vars)) };
  }, [enabled, lesson, pending, trace, locale]);
}
