import { selectLocale, useStore } from "../../state/store";
import { t } from "../i18n";
import { togglePresenter } from "./presenterState";

/** The header's toggle for presenter mode (also the P key). */
export function PresenterButton() {
  const locale = useStore(selectLocale);
  const on = useStore((s) => s.presenter);
  return (
    <button type="button" className="presenter-toggle" aria-pressed={on} aria-keyshortcuts="P" title={t(locale, "presenter.buttonTitle")} onClick={togglePresenter}>
      {t(locale, "presenter.button")}
    </button>
  );
}
