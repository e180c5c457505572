import { useStore, selectLocale } from "../../state/store";
import { revealLine } from "../editorBridge";
import { t } from "../i18n";
import { documentLabel } from "./documentLabel";
import type { Note } from "../../engine/trace/types";

/** Notes that change what the run means: shown open, never folded away. */
const MEANINGFUL = new Set(["unknownImage", "unmodelledProgram", "runawayScript", "actionRejected", "actionTargetMissing", "shellLimit", "podLimit", "notesLimit", "logsLimit"]);
const isMeaningful = (n: Note) => MEANINGFUL.has(n.code);

/** Engine status, the current text's problems (clickable to their line) and the run's notes. */
export function StatusBar() {
  const locale = useStore(selectLocale);
  const engine = useStore((s) => s.engine);
  const diagnostics = useStore((s) => s.diagnostics);
  const view = useStore((s) => s.view);
  const text = useStore((s) => s.text);
  const stale = view && view.text !== text && diagnostics.length > 0;
  const errors = diagnostics.filter((d) => d.severity !== "info");
  const rejected = [...new Set(errors.map((d) => d.document))].filter((d) => d >= 0).sort((a, b) => a - b);
  const notes = view?.trace.notes ?? [];
  const open = notes.filter(isMeaningful);
  const folded = notes.filter((n) => !isMeaningful(n));
  return (
    <div className="status" aria-live="polite">
      {engine.state === "running" && <p className="muted">{t(locale, "shell.engineRunning")}</p>}
      {engine.state === "idle" && view && <p className="muted">{t(locale, "shell.engineDone", { until: view.trace.until, ms: Math.round(view.wallMs) })}</p>}
      {engine.state === "watchdog" && (
        <p className="problem" role="alert">
          {t(locale, "shell.watchdog", { seconds: Math.round(engine.ms / 100) / 10 })}
        </p>
      )}
      {engine.state === "crashed" && (
        <p className="problem" role="alert">
          {t(locale, "shell.crashed", { message: engine.message })}
        </p>
      )}
      {diagnostics.length > 0 && (
        <div className="problems" role="alert" aria-label={t(locale, "shell.problems")}>
          {rejected.map((d) => {
            const what = documentLabel(text, d);
            return (
              <p key={d} className="rejected">
                {what ? t(locale, "shell.rejectedDoc", { n: d + 1, what }) : t(locale, "shell.rejectedDocUnnamed", { n: d + 1 })}
              </p>
            );
          })}
          {stale && <p className="muted">{t(locale, "shell.staleNote")}</p>}
          <ul>
            {diagnostics.slice(0, 20).map((d, i) => (
              <li key={i}>
                <button type="button" className="link" onClick={() => revealLine(d.line, d.column)}>
                  {t(locale, "shell.problemAt", { line: d.line, column: d.column })}
                </button>{" "}
                {d.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {view && (open.length > 0 || view.truncated) && (
        <ul className="notes-open" aria-label={t(locale, "shell.notes")}>
          {view.truncated && <li>{view.truncated}</li>}
          {open.map((n, i) => (
            <li key={i}>{n.message}</li>
          ))}
        </ul>
      )}
      {folded.length > 0 && (
        <details className="notes">
          <summary>
            {t(locale, "shell.notes")} ({folded.length})
          </summary>
          <ul>
            {folded.map((n, i) => (
              <li key={i}>{n.message}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
