import { useEffect, useRef } from "react";
import { selectT, useStore } from "../../state/store";
import { useTr } from "./useTr";
import { formatDuration } from "../timeline/format";
import { currentIndex, positionText, type Moment } from "./moments";
import { closeQuestion, leavePresenter, nextMoment, prevMoment, togglePointer, togglePredict, usePresenter } from "./presenterState";
import { useMoments } from "./useMoments";
import { usePresenterKeys } from "./usePresenterKeys";
import { onAudienceCommand, openAudienceWindow } from "./audienceLink";
import { useAudienceLink } from "./audienceState";
import { PresenterNotes } from "./PresenterNotes";
import { AudienceStrip } from "./AudienceStrip";
import "./presenter.css";

/**
 * Everything presenter mode adds on top of the app: the keys (always listening for P), and while
 * presenting the control bar, the predict overlay and the pointer spotlight.
 */
export function PresenterLayer() {
  const audience = useAudienceLink((s) => s.role === "audience");
  // An audience window always looks like presenter mode, whatever the teacher's window does.
  const on = useStore((s) => s.presenter) || audience;
  const { moments, lessonTitle } = useMoments(on);
  usePresenterKeys(moments);
  useCloseQuestionWhenPlayheadMoves();
  useAudienceCommands(moments);
  if (!on) return null;
  return (
    <>
      {audience ? <AudienceStrip moments={moments} lessonTitle={lessonTitle} /> : <PresenterBar moments={moments} lessonTitle={lessonTitle} />}
      <PredictOverlay moments={moments} audience={audience} />
      <Spotlight />
    </>
  );
}

/** The teacher's window steps its own moments when an audience window's keys ask it to. */
function useAudienceCommands(moments: Moment[]): void {
  const ref = useRef(moments);
  ref.current = moments;
  useEffect(
    () =>
      onAudienceCommand((c) => {
        if (c === "next") nextMoment(ref.current);
        else if (c === "prev") prevMoment(ref.current);
        else togglePredict();
      }),
    [],
  );
}

/** Scrubbing or playing elsewhere while a question is up closes it. */
function useCloseQuestionWhenPlayheadMoves(): void {
  useEffect(
    () =>
      useStore.subscribe((s, prev) => {
        if (s.t === prev.t) return;
        const p = usePresenter.getState();
        if (p.stage.kind !== "idle" && Math.abs(s.t - p.stageT) > 1e-6) closeQuestion();
      }),
    [],
  );
}

function PresenterBar({ moments, lessonTitle }: { moments: Moment[]; lessonTitle?: string }) {
  const tr = useTr();
  const t = useStore(selectT);
  const predict = usePresenter((s) => s.predict);
  const pointer = usePresenter((s) => s.pointer);
  const linked = useAudienceLink((s) => s.role === "presenter");
  const cur = currentIndex(moments, t);
  const m = cur >= 0 ? moments[cur] : undefined;
  const position = positionText(tr, moments, t);
  return (
    <>
      <section className="presenter-bar" aria-label={tr("presenter.controls")}>
        <div className="presenter-where">
          <p className="presenter-position" aria-live="polite" data-testid="presenter-position">
            <strong>{position}</strong>
            {m && <span className="presenter-label">{m.label}</span>}
          </p>
          {m?.explain && <p className="presenter-explain">{m.explain}</p>}
          <p className="presenter-source">{lessonTitle ? tr("presenter.sourceLesson", { title: lessonTitle }) : tr("presenter.sourceTrace")}</p>
        </div>
        <div className="presenter-buttons">
          <button type="button" onClick={() => prevMoment(moments)} aria-keyshortcuts="ArrowLeft PageUp" disabled={!moments.length}>
            ← {tr("presenter.prev")}
          </button>
          <button type="button" onClick={() => nextMoment(moments)} aria-keyshortcuts="ArrowRight PageDown Space" disabled={!moments.length}>
            {tr("presenter.next")} →
          </button>
          <button type="button" aria-pressed={predict} onClick={togglePredict} aria-keyshortcuts="Q" title={tr("presenter.predictTitle")}>
            {tr("presenter.predict")}
          </button>
          <button type="button" aria-pressed={pointer} onClick={togglePointer} aria-keyshortcuts="L" title={tr("presenter.pointerTitle")}>
            {tr("presenter.pointer")}
          </button>
          <button type="button" onClick={leavePresenter} aria-keyshortcuts="Escape" title={tr("presenter.leaveTitle")}>
            {tr("presenter.leave")}
          </button>
          <button type="button" onClick={openAudienceWindow} title={tr("presenter.openAudienceTitle")}>
            {tr("presenter.openAudience")}
          </button>
        </div>
      </section>
      {linked && <PresenterNotes moments={moments} />}
    </>
  );
}

/**
 * The question before a key moment and, on the next press, its answer. A non-modal dialog: the
 * room must still see the timeline, and the keys keep working; focus moves into it while it is
 * up and goes back where it was when it closes.
 */
function PredictOverlay({ moments, audience }: { moments: Moment[]; audience: boolean }) {
  const tr = useTr();
  const stage = usePresenter((s) => s.stage);
  const ref = useRef<HTMLDivElement>(null);
  const restore = useRef<HTMLElement | null>(null);
  const open = stage.kind !== "idle";
  useEffect(() => {
    if (!open) return;
    if (!restore.current) restore.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    ref.current?.focus();
  }, [open, stage]);
  useEffect(() => {
    if (open) return;
    const el = restore.current;
    restore.current = null;
    if (el && el.isConnected) el.focus();
  }, [open]);
  if (stage.kind === "idle") return null;
  const m = moments[stage.index];
  const q = m?.predict;
  if (!m || !q) return null;
  const revealed = stage.kind === "revealed";
  return (
    <div ref={ref} className={revealed ? "predict revealed" : "predict"} role="dialog" aria-modal="false" aria-labelledby="predict-question" aria-describedby="predict-status" tabIndex={-1}>
      <p className="predict-kicker">
        {revealed ? tr("presenter.answer") : tr("presenter.ask")} · {revealed ? m.label : tr("presenter.askAt", { time: formatDuration(tr, m.t) })}
      </p>
      <h2 id="predict-question">{q.question}</h2>
      <ol className="predict-choices">
        {q.choices.map((c, i) => {
          const right = revealed && i === q.answer;
          return (
            <li key={i} className={right ? "right" : revealed ? "wrong" : undefined} aria-current={right ? "true" : undefined}>
              <span className="predict-n" aria-hidden="true">
                {i + 1}
              </span>
              <span>{c}</span>
              {right && <span className="predict-check"> ✓ {tr("presenter.correct")}</span>}
            </li>
          );
        })}
      </ol>
      <div id="predict-status" aria-live="polite">
        {revealed && <p className="predict-why">{q.whys[q.answer]}</p>}
      </div>
      {/* The room's screen shows the question; how to go on is the presenter's business. */}
      {!audience && (
        <div className="predict-foot">
          <p className="predict-hint">{revealed ? tr("presenter.continueHint") : tr("presenter.revealHint")}</p>
          <div className="predict-buttons">
            <button type="button" onClick={() => nextMoment(moments)}>
              {revealed ? tr("presenter.next") : tr("presenter.reveal")} →
            </button>
            <button type="button" onClick={closeQuestion}>
              {tr("presenter.close")}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}

/** A soft circle under the mouse for the room to follow; never takes a pointer event. */
function Spotlight() {
  const on = usePresenter((s) => s.pointer);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!on) return;
    const move = (e: PointerEvent) => {
      const el = ref.current;
      if (!el) return;
      el.style.transform = `translate(${e.clientX}px, ${e.clientY}px)`;
      el.style.opacity = "1";
    };
    window.addEventListener("pointermove", move, { passive: true });
    return () => window.removeEventListener("pointermove", move);
  }, [on]);
  if (!on) return null;
  return <div ref={ref} className="presenter-spotlight" aria-hidden="true" data-testid="presenter-spotlight" />;
}

export default PresenterLayer;
