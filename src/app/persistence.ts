import { useEffect } from "react";
import { useStore } from "../state/store";
import type { Locale } from "./i18n/define";
import { DEFAULT_SCENARIO } from "../scenarios/default";
import { restoreText, startPersistence } from "./persist/draftKeeper";
import { applyThemeColor } from "./install/themeColor";

const LOCALE_KEY = "podplay.locale.v1";
const THEME_KEY = "podplay.theme.v1";
const REVEAL_KEY = "podplay.reveal.v1";

/**
 * Restores the text, language and theme saved in this browser; first visits get the default
 * scenario. Synchronous, before the first render: the text comes from its fast path
 * (src/app/persist), a large one from IndexedDB a moment later.
 */
export function restore(): void {
  const text = restoreText(DEFAULT_SCENARIO);
  let locale: Locale = navigator.language?.toLowerCase().startsWith("ko") ? "ko" : "en";
  let theme: "light" | "dark" = matchMedia?.("(prefers-color-scheme: dark)").matches ? "dark" : "light";
  let reveal: "asItHappens" | "wholeRun" = "asItHappens";
  try {
    if (localStorage.getItem(REVEAL_KEY) === "wholeRun") reveal = "wholeRun";
    const l = localStorage.getItem(LOCALE_KEY);
    if (l === "en" || l === "ko") locale = l;
    const th = localStorage.getItem(THEME_KEY);
    if (th === "light" || th === "dark") theme = th;
  } catch {
    // Storage can be unavailable (private mode); the page still works.
  }
  useStore.setState({ text, locale, theme, reveal });
}

/**
 * Saves as the user types, so a reload never loses work (the text: src/app/persist; the settings:
 * localStorage). `keep` false (an audience window, which shows the teacher's text): nothing is
 * saved, so the projector never writes over this browser's own work or settings.
 */
export function usePersistence(keep = true): void {
  const locale = useStore((s) => s.locale);
  const theme = useStore((s) => s.theme);
  const reveal = useStore((s) => s.reveal);
  useEffect(() => (keep ? startPersistence() : undefined), [keep]);
  useEffect(() => {
    if (keep) save(REVEAL_KEY, reveal);
  }, [reveal, keep]);
  useEffect(() => {
    if (keep) save(LOCALE_KEY, locale);
    document.documentElement.lang = locale;
  }, [locale, keep]);
  useEffect(() => {
    if (keep) save(THEME_KEY, theme);
    document.documentElement.dataset.theme = theme;
    applyThemeColor(theme);
  }, [theme, keep]);
}

function save(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Quota or privacy settings: a setting is not kept; the page works as before.
  }
}
