import type { monaco as Monaco } from "./monaco";

/**
 * Monaco's own themes with the colours that fall short of 4.5:1 contrast raised (the dark theme's
 * YAML comments are #608b4e on #1e1e1e, 4.2:1). Everything else is vs / vs-dark unchanged, so the
 * plain-text fallback editor still matches.
 */
let defined = false;

export function podplayTheme(m: typeof Monaco, theme: "light" | "dark"): string {
  if (!defined) {
    defined = true;
    m.editor.defineTheme("podplay-light", { base: "vs", inherit: true, rules: [{ token: "comment", foreground: "007a00" }], colors: { "editorLineNumber.foreground": "#1f6c85" } });
    m.editor.defineTheme("podplay-dark", { base: "vs-dark", inherit: true, rules: [{ token: "comment", foreground: "7fae6a" }], colors: { "editorLineNumber.foreground": "#9a9a9a" } });
  }
  return theme === "dark" ? "podplay-dark" : "podplay-light";
}
