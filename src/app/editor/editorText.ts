import { t, type Locale } from "../i18n";
import type { EditorKey } from "./strings";

/** The editor's own text in `locale`, with `{placeholders}` filled. */
export function editorText(locale: Locale, key: EditorKey, vars: Record<string, string> = {}): string {
  return t(locale, `editor.${key}`, vars);
}
