import type { Locale } from "../i18n/define";
import { editorStrings, type EditorKey } from "./strings";

/**
 * The editor's own text in `locale`, with `{placeholders}` filled. It reads the editor's table
 * directly (not the app-wide `t`), so the lazy editor chunk depends on nothing but its strings.
 */
export function editorText(locale: Locale, key: EditorKey, vars: Record<string, string> = {}): string {
  const s = editorStrings[locale][`editor.${key}`] ?? editorStrings.en[`editor.${key}`];
  return s.replace(/\{(\w+)\}/g, (m, k: string) => vars[k] ?? m);
}
