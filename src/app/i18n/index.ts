import { defineStrings, pluralCategory, type Locale, type StringTable } from "./define";
import { shellStrings } from "../shell/strings";
import { editorStrings } from "../editor/strings";
import { timelineStrings } from "../timeline/strings";
import { presenterStrings } from "../presenter/strings";
import { compareStrings } from "../compare/strings";
import { shareStrings } from "../share/strings";
import { exportStrings } from "../export/strings";
import { offlineStrings } from "../offline/strings";
import { embedStrings } from "../embed/strings";
import { dropStrings } from "../dropFile/strings";
import { lessonsStrings } from "../lessons/strings";
import { challengesStrings } from "../challenges/strings";
import { courseStrings } from "../course/strings";
import { persistStrings } from "../persist/strings";
import { filesStrings } from "../files/strings";
import { teachersStrings } from "../teachers/strings";

export type { Locale };
export { defineStrings };

export const LOCALE_NAMES: Record<Locale, string> = { en: "English", ko: "한국어" };

const merged: Record<Locale, Record<string, string>> = { en: {}, ko: {} };

/**
 * Adds a feature's strings; lazily loaded features register theirs when they load. A table made
 * with defineEnglish has its Korean in the Korean chunk (./ko.ts), which loadKorean adds.
 */
export function registerStrings(tbl: StringTable | { en: Record<string, string>; ko?: undefined }): void {
  Object.assign(merged.en, tbl.en);
  if (tbl.ko) Object.assign(merged.ko, tbl.ko);
}

for (const tbl of [shellStrings, editorStrings, timelineStrings, presenterStrings, compareStrings, shareStrings, exportStrings, offlineStrings, embedStrings, dropStrings, lessonsStrings, challengesStrings, courseStrings, persistStrings, filesStrings, teachersStrings]) registerStrings(tbl);

let korean: Promise<void> | undefined;

/**
 * Loads the Korean of the first load's tables (a separate chunk: English readers never fetch it).
 * Until it is there, `t(…"ko"…)` answers in English, and selectLocale keeps the page in English.
 */
export function loadKorean(): Promise<void> {
  return (korean ??= import("./ko").then(
    ({ KOREAN_TABLES }) => {
      for (const tbl of KOREAN_TABLES) Object.assign(merged.ko, tbl);
    },
    (err: unknown) => {
      // Offline before the chunk was cached, say: the page stays in English; a later switch tries again.
      korean = undefined;
      throw err;
    },
  ));
}

/**
 * The plural form of `key` for `count` in `locale`, if the table has it: `key.one`, `key.other`
 * (… `zero`, `two`, `few`, `many` where the language has them, as Intl.PluralRules says). The
 * plain `key`, when there is one, serves every count without a form of its own. English has
 * "1 pod" and "2 pods"; Korean counts without a plural ("파드 1개", "파드 2개").
 */
function pluralForm(locale: Locale, key: string, count: number): string | undefined {
  return merged[locale][`${key}.${pluralCategory(locale, count)}`] ?? merged[locale][`${key}.other`];
}

/**
 * Looks up `key` ("feature.name") and fills `{placeholders}`; an unknown key shows itself so it is
 * noticed. A numeric `count` picks the key's plural form for the language, when it has forms.
 */
export function t(locale: Locale, key: string, vars: Record<string, string | number> = {}): string {
  const count = typeof vars.count === "number" ? vars.count : undefined;
  const lookup = (loc: Locale): string | undefined => (count === undefined ? undefined : pluralForm(loc, key, count)) ?? merged[loc][key];
  const s = lookup(locale) ?? lookup("en") ?? key;
  return s.replace(/\{(\w+)\}/g, (_, k) => (k in vars ? String(vars[k]) : `{${k}}`));
}

export function hasKey(key: string): boolean {
  return key in merged.en || `${key}.other` in merged.en;
}

export function allKeys(): { en: string[]; ko: string[] } {
  return { en: Object.keys(merged.en), ko: Object.keys(merged.ko) };
}
