import { defineStrings, type Locale, type StringTable } from "./define";
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
import { teachersStrings } from "../teachers/strings";

export type { Locale };
export { defineStrings };

export const LOCALE_NAMES: Record<Locale, string> = { en: "English", ko: "한국어" };

const merged: Record<Locale, Record<string, string>> = { en: {}, ko: {} };

/** Adds a feature's strings; lazily loaded features register theirs when they load. */
export function registerStrings(tbl: StringTable): void {
  Object.assign(merged.en, tbl.en);
  Object.assign(merged.ko, tbl.ko);
}

for (const tbl of [shellStrings, editorStrings, timelineStrings, presenterStrings, compareStrings, shareStrings, exportStrings, offlineStrings, embedStrings, dropStrings, lessonsStrings, challengesStrings, courseStrings, persistStrings, teachersStrings] as StringTable[]) registerStrings(tbl);

/** Looks up `key` ("feature.name") and fills `{placeholders}`; an unknown key shows itself so it is noticed. */
export function t(locale: Locale, key: string, vars: Record<string, string | number> = {}): string {
  const s = merged[locale][key] ?? merged.en[key] ?? key;
  return s.replace(/\{(\w+)\}/g, (_, k) => (k in vars ? String(vars[k]) : `{${k}}`));
}

export function hasKey(key: string): boolean {
  return key in merged.en;
}

export function allKeys(): { en: string[]; ko: string[] } {
  return { en: Object.keys(merged.en), ko: Object.keys(merged.ko) };
}
