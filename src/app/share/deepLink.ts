import type { Locale } from "../i18n/define";

/**
 * Short links to a built-in lesson or challenge by its id, for a slide, a syllabus or a chat:
 * `#lesson/crash-loop-backoff`, `#challenge/slow-start`, optionally with the language,
 * `#lesson/crash-loop-backoff/ko`. Unlike a share link (`#v1.…`) it carries no text: it opens
 * whatever the podplay that reads it ships under that id.
 */
export interface DeepLink {
  kind: "lesson" | "challenge";
  id: string;
  locale?: Locale;
}

const DEEP_LINK = /^#(lesson|challenge)\/([a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?)(?:\/(en|ko))?\/?$/;

export function parseDeepLink(hash: string): DeepLink | undefined {
  const m = DEEP_LINK.exec(hash);
  if (!m) return undefined;
  return { kind: m[1] as DeepLink["kind"], id: m[2], ...(m[3] ? { locale: m[3] as Locale } : {}) };
}

/** Whether `hash` looks like a deep link, valid or not (`#lesson/…`), so a bad one is reported, not ignored. */
export function isDeepLinkHash(hash: string): boolean {
  return /^#(lesson|challenge)\//.test(hash);
}

/** The link to the page at `location` (its folder and query kept) opening `link`. */
export function deepLinkUrl(link: DeepLink, location: { origin: string; pathname: string; search: string }): string {
  return `${location.origin}${location.pathname}${location.search}#${link.kind}/${link.id}${link.locale ? `/${link.locale}` : ""}`;
}
