/** The two languages of the UI. */
export type Locale = "en" | "ko";

/**
 * A feature's user-facing strings in both languages. Korean must have every English key (the
 * type checks it), so no string is ever missing in one language. `{name}` marks a placeholder.
 */
export interface StringTable<K extends string = string> {
  en: Record<K, string>;
  ko: Record<K, string>;
}

export function defineStrings<K extends string>(prefix: string, en: Record<K, string>, ko: Record<K, string>): StringTable<`${typeof prefix}.${K}`> {
  const add = (table: Record<K, string>) => Object.fromEntries(Object.entries(table).map(([k, v]) => [`${prefix}.${k}`, v])) as Record<`${typeof prefix}.${K}`, string>;
  return { en: add(en), ko: add(ko) };
}

const pluralRules: Partial<Record<Locale, Intl.PluralRules>> = {};

/** The plural category of `count` in `locale` ("one", "other", …), as Intl.PluralRules says. */
export function pluralCategory(locale: Locale, count: number): Intl.LDMLPluralRule {
  return (pluralRules[locale] ??= new Intl.PluralRules(locale)).select(count);
}
