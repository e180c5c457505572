import { selectT, useStore } from "../../state/store";
import { currentIndex, positionText, type Moment } from "./moments";
import { useAudienceLink } from "./audienceState";
import { useTr } from "./useTr";

/**
 * An audience window's only words of its own: where the story is (the current moment's label, never
 * the next one's, never the notes), whether it follows the teacher's window, and a full-screen button
 * for the projector (full screen needs a click in this window).
 */
export function AudienceStrip({ moments, lessonTitle }: { moments: Moment[]; lessonTitle?: string }) {
  const tr = useTr();
  const t = useStore(selectT);
  const here = useAudienceLink((s) => s.presenterHere);
  const ever = useAudienceLink((s) => s.everHeard);
  const cur = currentIndex(moments, t);
  const m = cur >= 0 ? moments[cur] : undefined;
  const status = here ? tr("presenter.audienceFollowing") : ever ? tr("presenter.audienceAlone") : tr("presenter.audienceWaiting");
  const full = () => void document.documentElement.requestFullscreen?.().catch(() => undefined);
  return (
    <section className="audience-strip" aria-label={tr("presenter.audienceRegion")}>
      <p className="presenter-position" data-testid="audience-position">
        {ever && <strong>{positionText(tr, moments, t)}</strong>}
        {m && <span className="presenter-label">{m.label}</span>}
        {lessonTitle && <span className="presenter-source">{tr("presenter.sourceLesson", { title: lessonTitle })}</span>}
      </p>
      <p className={here ? "audience-status" : "audience-status alone"} role="status" data-testid="audience-status">
        {status}
      </p>
      <button type="button" onClick={full}>
        {tr("presenter.fullscreen")}
      </button>
      {!ever && <p className="audience-how">{tr("presenter.audienceHow")}</p>}
    </section>
  );
}
