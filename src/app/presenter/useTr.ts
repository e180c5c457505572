import { selectLocale, useStore } from "../../state/store";
import { t as translate } from "../i18n";
import type { Translate } from "./moments";

/** i18n's t bound to the page's language, for presenter mode's components. */
export function useTr(): Translate {
  const locale = useStore(selectLocale);
  return (key, vars) => translate(locale, key, vars);
}
