import { useStore, selectLocale } from "../../state/store";
import { t } from "../i18n";
import { useSaveState } from "./saveState";
import { dismissStash, usePrevious } from "./stash";
import { keepMine, openOtherTabText, restorePreviousText } from "./draftKeeper";
import { downloadText } from "./downloadText";
import "./persist.css";

/**
 * Thin lines under the header about the learner's text: it cannot be saved (with a download), another
 * tab changed it (choose), or something replaced it (restore). Never modal, never takes focus;
 * the failure is an alert, the rest are status lines.
 */
export function PersistNotice() {
  const locale = useStore(selectLocale);
  const failed = useSaveState((s) => s.failed && !s.failedDismissed);
  const otherTab = useSaveState((s) => s.otherTab !== undefined);
  const reason = usePrevious((s) => s.stash?.reason);
  const restored = usePrevious((s) => s.restored);
  if (!failed && !otherTab && !reason && !restored) return null;
  const tr = (key: string) => t(locale, `persist.${key}`);
  const close = (onClick: () => void) => (
    <button type="button" className="persist-dismiss" onClick={onClick} aria-label={tr("dismiss")} title={tr("dismiss")}>
      ×
    </button>
  );
  return (
    <div className="persist-notices" aria-label={tr("region")} role="group">
      {failed && (
        <div className="persist-line failed" role="alert">
          <span>{tr("saveFailed")}</span>
          <button type="button" className="primary" onClick={downloadText}>
            {tr("download")}
          </button>
          {close(() => useSaveState.setState({ failedDismissed: true }))}
        </div>
      )}
      {otherTab && (
        <div className="persist-line" role="status">
          <span>{tr("otherTab")}</span>
          <button type="button" onClick={() => void openOtherTabText()}>
            {tr("openOther")}
          </button>
          <button type="button" onClick={keepMine}>
            {tr("keepMine")}
          </button>
        </div>
      )}
      {(reason || restored) && (
        <div className="persist-line" role="status">
          <span>{restored ? tr("restored") : tr(`replaced.${reason}`)}</span>
          {reason && (
            <button type="button" className="link" onClick={restorePreviousText}>
              {restored || reason === "restore" ? tr("undoRestore") : tr("restore")}
            </button>
          )}
          {close(() => (reason ? dismissStash() : usePrevious.setState({ restored: false })))}
        </div>
      )}
    </div>
  );
}
