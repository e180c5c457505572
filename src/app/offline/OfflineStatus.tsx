import { selectLocale, useStore } from "../../state/store";
import { t } from "../i18n";
import { activateUpdate } from "./registerServiceWorker";
import { useOfflineState } from "./offlineState";
import "./offline.css";

/** A small status in the header: saved for offline use, running offline, or a newer build waiting. */
export function OfflineStatus() {
  const locale = useStore(selectLocale);
  const { ready, waiting, online } = useOfflineState();
  if (!ready && !waiting) return null;
  return (
    <span className="offline-status" role="status">
      {waiting ? (
        <>
          <span>{t(locale, "offline.update")}</span>{" "}
          <button type="button" className="link" title={t(locale, "offline.reloadTitle")} onClick={() => activateUpdate(waiting)}>
            {t(locale, "offline.reload")}
          </button>
        </>
      ) : (
        <span title={t(locale, "offline.readyTitle")}>
          <span aria-hidden="true">✓ </span>
          {t(locale, online ? "offline.ready" : "offline.offlineNow")}
        </span>
      )}
    </span>
  );
}
