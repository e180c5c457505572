import { en, type Messages } from "./en";
import { ko } from "./ko";

export type Locale = "en" | "ko";
export const LOCALES: Record<Locale, { name: string; messages: Messages }> = {
  en: { name: "English", messages: en },
  ko: { name: "한국어", messages: ko },
};

/** Looks up a message and fills `{name}` placeholders. */
export function t(locale: Locale, key: keyof Messages, vars: Record<string, string | number> = {}): string {
  return LOCALES[locale].messages[key].replace(/\{(\w+)\}/g, (_, k) => String(vars[k] ?? `{${k}}`));
}
