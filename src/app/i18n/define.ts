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

/**
 * English strings of a feature whose Korean lives beside them in `strings.ko.ts`: the first
 * load carries English only and Korean readers load every Korean table at once
 * (src/app/i18n/ko.ts). `S` remembers the keys, so defineKorean can require each of them.
 */
export interface EnglishStrings<S extends string> {
  en: Record<string, string>;
  /** Never set: carries the keys' type to defineKorean. */
  readonly keys?: S;
}

export function defineEnglish<S extends string>(prefix: string, en: Record<S, string>): EnglishStrings<S> {
  return { en: Object.fromEntries(Object.entries<string>(en).map(([k, v]) => [`${prefix}.${k}`, v])) };
}

/** The keys of an English table made by defineEnglish. */
export type EnglishKeys<T> = T extends EnglishStrings<infer S> ? S : never;

/** A feature's Korean: exactly the English table's keys (the type checks none is missing or extra). */
export function defineKorean<T extends EnglishStrings<string>>(prefix: string, ko: Record<EnglishKeys<T>, string>): Record<string, string> {
  return Object.fromEntries(Object.entries<string>(ko).map(([k, v]) => [`${prefix}.${k}`, v]));
}
