/**
 * A plain textarea with the scenario text, shown while the Monaco chunk loads (the Suspense
 * fallback of YamlEditor), so the page is usable at once. No Monaco here: this file is in the
 * entry chunk.
 */
import { useEffect, useLayoutEffect, useRef } from "react";
import type { Locale } from "../i18n/define";
import { editorText } from "./editorText";
import { leaveFocus } from "./handoff";
import "./editor.css";

export interface EditorFallbackProps {
  value: string;
  onChange(text: string): void;
  locale: Locale;
  /** Colours match Monaco's vs / vs-dark, so the swap is seamless. Default light. */
  theme?: "light" | "dark";
}

export function EditorFallback({ value, onChange, locale, theme = "light" }: EditorFallbackProps) {
  const area = useRef<HTMLTextAreaElement>(null);
  /** Texts sent through onChange that the caller has not caught up with yet. */
  const emitted = useRef<string[]>([]);

  // Uncontrolled, so a caller that updates `value` late never moves the cursor; outside
  // replacements are copied in.
  useEffect(() => {
    const el = area.current;
    if (!el || el.value === value) {
      emitted.current = [];
      return;
    }
    if (emitted.current.includes(value)) return;
    emitted.current = [];
    el.value = value;
  }, [value]);

  // Runs before the textarea leaves the page: Monaco takes over the focus and cursor.
  useLayoutEffect(() => {
    const el = area.current;
    return () => {
      if (el && document.activeElement === el) leaveFocus(el.selectionStart);
    };
  }, []);

  return (
    <div className={`podplay-editor ${theme}`}>
      <textarea
        ref={area}
        className="podplay-editor-fallback"
        aria-label={editorText(locale, "ariaLabel")}
        defaultValue={value}
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        autoCorrect="off"
        wrap="off"
        onChange={(e) => {
          const text = e.currentTarget.value;
          emitted.current.push(text);
          if (emitted.current.length > 32) emitted.current.shift();
          onChange(text);
        }}
      />
      <p className="podplay-editor-hint" role="status">
        {editorText(locale, "loading")}
      </p>
    </div>
  );
}

export default EditorFallback;
