import type { RefObject } from "react";
import { t } from "../i18n";
import type { Locale } from "../i18n/define";
import { useCopyFeedback } from "../share/useCopyFeedback";

/**
 * Copies what the kubectl tab shows, its `$ kubectl …` line included, as a terminal's text would
 * be pasted into notes or a chat. Where the clipboard is refused, the output is selected instead,
 * for Ctrl+C.
 */
export function CopyOutput({ text, target, locale }: { text: string; target: RefObject<HTMLElement | null>; locale: Locale }) {
  const { state, copy } = useCopyFeedback();
  const onClick = async () => {
    if (await copy(text)) return;
    const el = target.current;
    const sel = window.getSelection();
    if (!el || !sel) return;
    const range = document.createRange();
    range.selectNodeContents(el);
    sel.removeAllRanges();
    sel.addRange(range);
    el.focus();
  };
  return (
    <button type="button" className={`kubectl-copy${state === "done" ? " done" : ""}`} onClick={() => void onClick()} title={t(locale, "shell.copyOutputTitle")}>
      <span aria-live="polite">{state === "done" ? `✓ ${t(locale, "shell.copiedOutput")}` : state === "failed" ? t(locale, "shell.copySelected") : t(locale, "shell.copyOutput")}</span>
    </button>
  );
}
