import { selectLocale, useStore } from "../../state/store";
import { t } from "../i18n";
import { toggleCompare, useCompare } from "./compareState";

/** The header's toggle for compare mode. */
export function CompareButton() {
  const locale = useStore(selectLocale);
  const open = useCompare((s) => s.open);
  return (
    <button type="button" aria-pressed={open} title={t(locale, "compare.buttonTitle")} onClick={toggleCompare}>
      {t(locale, "compare.button")}
    </button>
  );
}
