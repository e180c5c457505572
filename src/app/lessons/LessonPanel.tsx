import { useEffect, useState } from "react";
import { useStore, selectLocale, selectT } from "../../state/store";
import { closeLesson } from "../../state/actions";
import { t } from "../i18n";
import { lessonById } from "../../lessons/index";
import { lessonYamls } from "../../lessons/comments";
import { docsLink } from "../explain/docsLinks";
import type { LessonQuestion, LessonMoment } from "../../lessons/types";
import { formatClock } from "../playback/formatClock";
import { formatDuration } from "../timeline/format";
import { applyMoment } from "./applyMoment";
import { NextStep } from "../course/NextStep";
import { markLessonDone } from "../course/progress";
import { CopyShortLink } from "../share/CopyShortLink";
import "./lessons.css";

/** The open lesson: what it shows, its key moments as playhead jumps, and its questions. */
export default function LessonPanel({ lessonId }: { lessonId: string }) {
  const locale = useStore(selectLocale);
  const lesson = lessonById(lessonId);
  const edited = useStore((s) => !!lesson && !lessonYamls(lesson).includes(s.text));
  if (!lesson) return null;
  const text = lesson.text[locale];
  return (
    <section className="lesson-panel" role="region" aria-labelledby="lesson-panel-title" data-lesson={lesson.id}>
      <header>
        <h2 id="lesson-panel-title">
          <span className="kicker">{t(locale, "lessons.panel")}</span> {text.title}
        </h2>
        <CopyShortLink kind="lesson" id={lesson.id} locale={locale} />
        <button type="button" className="close" onClick={closeLesson}>
          {t(locale, "lessons.closeLesson")}
        </button>
      </header>
      <p className="summary">{text.summary}</p>
      {!!lesson.docs?.length && (
        <ul className="lesson-docs">
          {lesson.docs.map((topic) => {
            const link = docsLink(topic, locale);
            return (
              <li key={topic}>
                <a href={link.url} target="_blank" rel="noopener" lang={link.url.includes("/ko/") ? "ko" : "en"}>
                  {t(locale, "lessons.docs", { title: link.title })}
                  <span className="visually-hidden"> {t(locale, "lessons.newTab")}</span>
                </a>
              </li>
            );
          })}
        </ul>
      )}
      {edited && <p className="edited">{t(locale, "lessons.edited")}</p>}
      <h3>{t(locale, "lessons.watch")}</h3>
      <p>{text.watch}</p>
      <h3>{t(locale, "lessons.moments")}</h3>
      <Moments moments={lesson.moments} texts={text.moments} key={lesson.id + locale} />
      <h3>{t(locale, "lessons.questions")}</h3>
      {text.questions.map((q, i) => (
        <Question key={`${lesson.id}-${locale}-${i}`} q={q} />
      ))}
      <NextStep kind="lesson" id={lesson.id} />
    </section>
  );
}

function Moments({ moments, texts }: { moments: LessonMoment[]; texts: Array<{ label: string; explain: string; predict: LessonQuestion }> }) {
  const locale = useStore(selectLocale);
  const now = useStore(selectT);
  // The moment the playhead is at or past (the latest one not in the future).
  let current = -1;
  moments.forEach((m, i) => {
    if (m.t <= now + 1e-6) current = i;
  });
  const lessonId = useStore((s) => s.lessonId);
  // The lesson counts as done for the course once its last key moment is reached.
  useEffect(() => {
    if (lessonId && moments.length && current === moments.length - 1) markLessonDone(lessonId);
  }, [lessonId, current, moments.length]);
  return (
    <ol className="moments">
      {moments.map((m, i) => {
        // A moment not reached yet shows its question, not its answer: the story is told as it happens.
        const reached = m.t <= now + 1e-6;
        // Its label too ("Restarted at once") would answer an earlier question: a number until then.
        const label = reached ? texts[i].label : t(locale, "lessons.momentAhead", { n: i + 1 });
        return (
          <li key={i} aria-current={i === current ? "step" : undefined} className={reached ? "reached" : "ahead"}>
            <button type="button" className="moment" onClick={() => applyMoment(m)} aria-label={`${label}. ${t(locale, "lessons.momentAt", { time: formatClock(m.t) })}`}>
              <span className="time">{formatClock(m.t)}</span>
              <span className="label">{label}</span>
            </button>
            {reached ? (
              <p>{texts[i].explain}</p>
            ) : (
              <div className="predict-first">
                <p className="hint">{t(locale, "lessons.predictFirst")}</p>
                <Question q={texts[i].predict} />
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}

/**
 * A question, with the manifest and time it applies the lesson to; picking a choice (or "Show
 * answer") reveals the answer with the why of the chosen choice and of the right one.
 */
function Question({ q }: { q: LessonQuestion }) {
  const locale = useStore(selectLocale);
  const [picked, setPicked] = useState<number | undefined>(undefined);
  const revealed = picked !== undefined;
  const chose = picked !== undefined && picked >= 0;
  return (
    <div className="question" role="group" aria-label={q.question}>
      <p className="q">{q.question}</p>
      {q.manifest !== undefined && (
        <figure className="q-manifest">
          {/* Focusable so a keyboard can scroll a long line on a phone. */}
          <pre tabIndex={0} role="group" aria-label={t(locale, "lessons.manifest")}>
            <code>{q.manifest.trimEnd()}</code>
          </pre>
          {q.at !== undefined && <figcaption>{t(locale, "lessons.askedAt", { time: formatDuration((k, v) => t(locale, k, v), q.at) })}</figcaption>}
        </figure>
      )}
      {q.manifest === undefined && q.at !== undefined && <p className="q-at">{t(locale, "lessons.askedAt", { time: formatDuration((k, v) => t(locale, k, v), q.at) })}</p>}
      <ul className="choices">
        {q.choices.map((c, i) => (
          <li key={i}>
            <button type="button" aria-pressed={picked === i} className={revealed && i === q.answer ? "right" : revealed && picked === i ? "wrong" : undefined} onClick={() => setPicked(i)}>
              {c}
            </button>
          </li>
        ))}
      </ul>
      {!revealed && (
        <button type="button" className="reveal" onClick={() => setPicked(-1)}>
          {t(locale, "lessons.showAnswer")}
        </button>
      )}
      {revealed && (
        <div className="why" role="status">
          {chose && picked !== q.answer && (
            <p>
              {t(locale, "lessons.wrong")} <strong>{t(locale, "lessons.yourChoice", { choice: q.choices[picked] })}</strong> {q.whys[picked]}
            </p>
          )}
          <p>
            {picked === q.answer ? `${t(locale, "lessons.right")} ` : ""}
            <strong>{t(locale, "lessons.answer", { choice: q.choices[q.answer] })}</strong> {q.whys[q.answer]}
          </p>
        </div>
      )}
    </div>
  );
}
