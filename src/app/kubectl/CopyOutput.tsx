import { useEffect, useState, type RefObject } from "react";
import { t } from "../i18n";
import type { Locale } from "../i18n/define";

/**
 * Copies what the kubectl tab shows, its `$ kubectl …` line included, as a terminal's text would
 * be pasted into notes or a chat. Where the clipboard is refused (an insecure page, a browser
 * setting), the output is selected instead, for Ctrl+C.
 */
export function CopyOutput({ text, target, locale }: { text: string; target: RefObject<HTMLElement | null>; locale: Locale }) {
  const [state, setState] = useState<"idle" | "done" | "selected">("idle");
  useEffect(() => {
    if (state === "idle") return;
    const h = setTimeout(() => setState("idle"), 2000);
    return () => clearTimeout(h);
  }, [state]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState("done");
    } catch {
      const el = target.current;
      const sel = window.getSelection();
      if (el && sel) {
        const range = document.createRange();
        range.selectNodeContents(el);
        sel.removeAllRanges();
        sel.addRange(range);
        el.focus();
      }
      setState("selected");
    }
  };
  return (
    <button type="button" className={`kubectl-copy${state === "done" ? " done" : ""}`} onClick={() => void copy()} title={t(locale, "shell.copyOutputTitle")}>
      <span aria-live="polite">{state === "done" ? `✓ ${t(locale, "shell.copiedOutput")}` : state === "selected" ? t(locale, "shell.copySelected") : t(locale, "shell.copyOutput")}</span>
    </button>
  );
}
