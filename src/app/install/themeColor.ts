/**
 * The page background of each theme (app.css `--bg`). Browsers paint their title bar, and an
 * installed podplay its window, in `<meta name="theme-color">`; index.html starts with the
 * system's light or dark choice and public/manifest.webmanifest names the light one.
 */
export const THEME_COLORS = { light: "#ffffff", dark: "#0f1419" } as const;

/** Follows the theme setting, which can differ from the system's (both index.html metas). */
export function applyThemeColor(theme: keyof typeof THEME_COLORS): void {
  for (const meta of document.querySelectorAll('meta[name="theme-color"]')) meta.setAttribute("content", THEME_COLORS[theme]);
}
