import { selectT, useStore } from "../../state/store";
import { formatDuration } from "../timeline/format";
import { nextIndex, type Moment } from "./moments";
import { usePresenter } from "./presenterState";
import { useAudienceLink } from "./audienceState";
import { useTr } from "./useTr";

/**
 * What only the teacher's screen shows once an audience window follows it: the next key moment
 * (its label, and the question to ask with its answer marked), how many audience windows follow,
 * and the address to open by hand when the browser refused the window.
 */
export function PresenterNotes({ moments }: { moments: Moment[] }) {
  const tr = useTr();
  const t = useStore(selectT);
  const stage = usePresenter((s) => s.stage);
  const audiences = useAudienceLink((s) => s.audiences);
  const blockedUrl = useAudienceLink((s) => s.blockedUrl);
  // While a question is up, the moment it asks about is still the next one.
  const i = stage.kind === "asking" ? stage.index : nextIndex(moments, t);
  const next = i >= 0 ? moments[i] : undefined;
  const q = next?.predict;
  const count = audiences === 0 ? tr("presenter.audiencesNone") : audiences === 1 ? tr("presenter.audiencesOne") : tr("presenter.audiencesMany", { n: audiences });
  return (
    <section className="presenter-notes" aria-label={tr("presenter.notes")} data-testid="presenter-notes">
      <div className="notes-next">
        {next ? (
          <>
            <p className="notes-kicker">{tr("presenter.notesNext", { time: formatDuration(tr, next.t) })}</p>
            <p className="notes-label">{next.label}</p>
            {q && (
              <>
                <p className="notes-question">
                  {tr("presenter.notesQuestion")} {q.question}
                </p>
                <ol className="notes-choices">
                  {q.choices.map((c, k) => (
                    <li key={k} className={k === q.answer ? "right" : undefined}>
                      {c}
                      {k === q.answer && <strong> ✓ {tr("presenter.notesAnswer")}</strong>}
                    </li>
                  ))}
                </ol>
              </>
            )}
          </>
        ) : (
          <p className="notes-kicker">{tr("presenter.notesNoNext")}</p>
        )}
      </div>
      <div className="notes-link">
        <p role="status">{count}</p>
        {blockedUrl && (
          <p className="notes-blocked">
            {tr("presenter.blocked")} <code>{blockedUrl}</code>
          </p>
        )}
      </div>
    </section>
  );
}
