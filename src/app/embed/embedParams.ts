/**
 * The embed view's URL: `?embed=1` (also `true` or empty) shows only a title, the playback bar and
 * one view; `&view=nodemap` picks the node map; `&lang=ko|en` and `&theme=dark|light` override the
 * viewer's saved choices without changing them. The hash (a share link) is left to its owner.
 * Pure.
 */
export interface EmbedParams {
  /** Undefined when the URL does not say (the share link's view, else the timeline). */
  view: "timeline" | "nodemap" | undefined;
  lang: "en" | "ko" | undefined;
  theme: "light" | "dark" | undefined;
}

const EMBED_KEYS = ["embed", "view", "lang", "theme"];

export function isEmbed(search: string): boolean {
  const v = new URLSearchParams(search).get("embed");
  return v !== null && v !== "0" && v !== "false";
}

export function embedParams(search: string): EmbedParams {
  const q = new URLSearchParams(search);
  const lang = q.get("lang");
  const theme = q.get("theme");
  return {
    view: q.get("view") === "nodemap" ? "nodemap" : q.get("view") === "timeline" ? "timeline" : undefined,
    lang: lang === "en" || lang === "ko" ? lang : undefined,
    theme: theme === "light" || theme === "dark" ? theme : undefined,
  };
}

/** The same address without the embed parameters: the full app, with the same share-link hash. */
export function fullAppUrl(href: string): string {
  const u = new URL(href);
  for (const k of EMBED_KEYS) u.searchParams.delete(k);
  return u.toString();
}

/** The address of the embed view of the page at `href` (for "copy embed code"). */
export function embedUrl(href: string, view: "timeline" | "nodemap"): string {
  const u = new URL(href);
  for (const k of EMBED_KEYS) u.searchParams.delete(k);
  u.searchParams.set("embed", "1");
  if (view === "nodemap") u.searchParams.set("view", "nodemap");
  return u.toString();
}
