import { useEffect, useRef, useState } from "react";
import { useStore, selectLocale } from "../../state/store";
import { CopyShortLink } from "../share/CopyShortLink";
import { closeChallenge, pause, seek } from "../../state/actions";
import { t } from "../i18n";
import { formatClock } from "../playback/formatClock";
import { replaceTextUndoable } from "../editorBridge";
import { challengeById } from "../../challenges/index";
import { answerText } from "../../challenges/comments";
import { markCompleted } from "./progress";
import { NextStep } from "../course/NextStep";
import type { Locale } from "../i18n/define";
import type { RowFact } from "../../engine/challenge/grade";
import "./challenges.css";

/**
 * The challenge being worked on: the task, each goal with ✓ or ✗ after every run (and for one
 * not met, what happened instead and a jump to when), hints one at a time, the answer for a
 * built-in challenge (one undoable edit), and a clear success state kept in the browser.
 */
export default function ChallengePanel() {
  const locale = useStore(selectLocale);
  const view = useStore((s) => s.challengeView);
  const mode = useStore((s) => s.challenge);
  const running = useStore((s) => s.engine.state === "running");
  const [hints, setHints] = useState(0);
  const [before, setBefore] = useState<string | undefined>(undefined);
  const name = view?.name;
  const builtIn = mode?.id ? challengeById(mode.id) : undefined;
  const allPassed = !!view && view.goals.length > 0 && view.goals.every((g) => g.passed);
  const announced = useRef<string | undefined>(undefined);
  useEffect(() => setHints(0), [name]);
  useEffect(() => {
    if (allPassed && name && mode) {
      markCompleted(mode.id ?? name);
      announced.current = name;
    }
  }, [allPassed, name, mode]);
  if (!view) return null;
  const passed = view.goals.filter((g) => g.passed).length;
  return (
    <section className="challenge-panel" role="region" aria-labelledby="challenge-panel-title" data-challenge={view.name}>
      <header>
        <h2 id="challenge-panel-title">
          <span className="kicker">{t(locale, "challenges.panel")}</span> {view.title[locale]}
        </h2>
        {mode?.id && <CopyShortLink kind="challenge" id={mode.id} locale={locale} />}
        {mode && (
          <button type="button" className="close" onClick={closeChallenge}>
            {t(locale, "challenges.leave")}
          </button>
        )}
      </header>
      {!mode && <p className="authoring">{t(locale, "challenges.authoring")}</p>}
      <h3>{t(locale, "challenges.task")}</h3>
      <p className="task">{view.task[locale]}</p>
      <h3>
        {t(locale, "challenges.goals")} <span className="count">{t(locale, "challenges.passedCount", { n: passed, count: view.goals.length })}</span>
        {running && <span className="grading"> · {t(locale, "challenges.grading")}</span>}
      </h3>
      <ul className="goals">
        {view.goals.map((g, i) => (
          <li key={i} className={g.passed ? "passed" : "failed"}>
            <span className="mark" role="img" aria-label={t(locale, g.passed ? "challenges.goalPassed" : "challenges.goalFailed")}>
              {g.passed ? "✓" : "✗"}
            </span>
            <span className="label">{g.label[locale]}</span>
            {!g.passed && g.fact && <p className="fact">{factText(locale, g.fact)}</p>}
            {/* The checker speaks the corpus's English: in Korean it is the original, behind a disclosure, under the sentence above. */}
            {!g.passed && g.detail && locale === "en" && <p className="detail">{g.detail}</p>}
            {!g.passed && g.detail && locale !== "en" && (
              <details className="detail">
                <summary>{t(locale, g.fact ? "challenges.detailOriginal" : "challenges.detailWhat")}</summary>
                <code lang="en">{g.detail}</code>
              </details>
            )}
            {!g.passed && g.t !== undefined && (
              <button
                type="button"
                className="goto"
                onClick={() => {
                  pause();
                  seek(g.t!);
                }}>
                {t(locale, "challenges.goTo", { time: formatClock(g.t) })}
              </button>
            )}
          </li>
        ))}
      </ul>
      {allPassed && (
        <p className="success" role="status">
          {t(locale, "challenges.allPassed")} {mode && <span className="kept">{t(locale, "challenges.progressKept")}</span>}
        </p>
      )}
      {view.hints.length > 0 && (
        <div className="hints">
          <ol>
            {view.hints.slice(0, hints).map((h, i) => (
              <li key={i}>
                <strong>{t(locale, "challenges.hintN", { n: i + 1 })}</strong> {h[locale]}
              </li>
            ))}
          </ol>
          {hints < view.hints.length ? (
            <button type="button" onClick={() => setHints(hints + 1)}>
              {t(locale, "challenges.hint", { n: hints + 1, total: view.hints.length })}
            </button>
          ) : (
            <p className="muted">{t(locale, "challenges.noMoreHints")}</p>
          )}
        </div>
      )}
      {builtIn && allPassed && <NextStep kind="challenge" id={builtIn.id} />}
      {builtIn && (
        <div className="answer">
          {before === undefined ? (
            <button
              type="button"
              onClick={() => {
                setBefore(useStore.getState().text);
                replaceTextUndoable(answerText(builtIn, locale));
              }}>
              {t(locale, "challenges.showAnswer")}
            </button>
          ) : (
            <>
              <p role="status">{t(locale, "challenges.answerShown")}</p>
              <button
                type="button"
                onClick={() => {
                  replaceTextUndoable(before);
                  setBefore(undefined);
                }}>
                {t(locale, "challenges.undoAnswer")}
              </button>
            </>
          )}
        </div>
      )}
    </section>
  );
}

/** A failed row goal in words: "web is 0/1 ready at 2:00; it needs 1/1". */
function factText(locale: Locale, f: RowFact): string {
  const time = formatClock(f.at);
  if (!f.field) return t(locale, "challenges.fact.missing", { pod: f.pod, time });
  return t(locale, `challenges.fact.${f.field}`, { pod: f.pod, time, got: shown(f.got), want: wanted(f.want) });
}

function shown(v: unknown): string {
  return typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? String(v) : JSON.stringify(v);
}

/** A goal's wanted value as the check language writes it: a value, a range, one of several, a part. */
function wanted(w: unknown): string {
  if (w && typeof w === "object") {
    const o = w as { min?: number; max?: number; oneOf?: unknown[]; includes?: string; matches?: string };
    if (o.oneOf) return o.oneOf.map(shown).join(" / ");
    if (o.min !== undefined && o.max !== undefined) return o.min === o.max ? String(o.min) : `${o.min}–${o.max}`;
    if (o.min !== undefined) return `≥ ${o.min}`;
    if (o.max !== undefined) return `≤ ${o.max}`;
    if (o.includes !== undefined) return `…${o.includes}…`;
    if (o.matches !== undefined) return `/${o.matches}/`;
  }
  return shown(w);
}
