import { useStore, selectLocale } from "../../state/store";
import { revealLine } from "../editorBridge";
import { t } from "../i18n";

/** Engine status, the current text's problems (clickable to their line) and the run's notes. */
export function StatusBar() {
  const locale = useStore(selectLocale);
  const engine = useStore((s) => s.engine);
  const diagnostics = useStore((s) => s.diagnostics);
  const view = useStore((s) => s.view);
  const text = useStore((s) => s.text);
  const stale = view && view.text !== text && diagnostics.length > 0;
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
      {view && (view.trace.notes.length > 0 || view.truncated) && (
        <details className="notes">
          <summary>
            {t(locale, "shell.notes")} ({view.trace.notes.length + (view.truncated ? 1 : 0)})
          </summary>
          <ul>
            {view.truncated && <li>{view.truncated}</li>}
            {view.trace.notes.map((n, i) => (
              <li key={i}>{n.message}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
