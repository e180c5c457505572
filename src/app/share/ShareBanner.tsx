import { useStore, selectLocale } from "../../state/store";
import { t } from "../i18n";
import { setShareNotice, useShareNotice } from "./shareNotice";
import { useShareLink } from "./useShareLink";
import "./share.css";

/**
 * A thin, non-modal line under the header after a share link was opened (or refused). It never
 * takes focus: the learner keeps working (the text the link replaced is offered back by the
 * notice under it, src/app/persist/PersistNotice.tsx).
 */
export function ShareBanner() {
  useShareLink();
  const locale = useStore(selectLocale);
  const notice = useShareNotice((s) => s.notice);
  if (!notice) return null;
  const failed = notice.kind === "failed";
  const text = notice.kind === "opened" ? t(locale, "share.opened") : t(locale, `share.fail.${notice.reason}`);
  return (
    <div className={`share-banner${failed ? " failed" : ""}`} role={failed ? "alert" : "status"} aria-label={t(locale, "share.banner")}>
      <span className="share-banner-text">{text}</span>
      {failed && (
        <details key={notice.detail} className="share-banner-details">
          <summary>{t(locale, "share.details")}</summary>
          <code>{notice.detail}</code>
        </details>
      )}
      <button type="button" className="share-banner-dismiss" onClick={() => setShareNotice(undefined)} aria-label={t(locale, "share.dismiss")} title={t(locale, "share.dismiss")}>
        ×
      </button>
    </div>
  );
}
