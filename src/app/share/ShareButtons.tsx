import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { useStore, selectLocale } from "../../state/store";
import { t, type Locale } from "../i18n";
import { shareLinkFor } from "./shareLinkUrl";
import "./share.css";

/** Links longer than this may not survive a chat message (frontend-practice.md §d). */
const LONG_LINK = 8000;
const FEEDBACK_MS = 2500;
const WARNING_MS = 6000;

type Target = "link" | "kubectl";
type Fallback = { label: string; text: string };
type Feedback = { done?: Target; said: string; warning?: string };

/**
 * "Copy link" and "Copy as kubectl apply" in the header. Success shows on the button itself (no
 * toast over the page); warnings get a small note; screen readers hear both through one live region.
 */
export function ShareButtons() {
  const locale = useStore(selectLocale);
  const [feedback, setFeedback] = useState<Feedback>({ said: "" });
  const [fallback, setFallback] = useState<Fallback | undefined>();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const show = (f: Feedback) => {
    clearTimeout(timer.current);
    setFeedback(f);
    timer.current = setTimeout(() => setFeedback({ said: "" }), f.warning ? WARNING_MS : FEEDBACK_MS);
  };
  const warn = (text: string) => show({ said: text, warning: text });

  /** The clipboard can be refused (permissions, an insecure origin, no focus): then show the text to copy by hand. */
  const copy = async (target: Target, text: string, label: string, said: string, warning?: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setFallback(undefined);
      show({ done: target, said, warning });
    } catch {
      show({ said: "" });
      setFallback({ label, text });
    }
  };

  const copyLink = () => {
    const link = shareLinkFor(useStore.getState());
    if (!link.ok) return warn(t(locale, "share.tooLargeToShare"));
    const long = link.url.length > LONG_LINK ? t(locale, "share.copiedLong", { length: link.url.length }) : undefined;
    void copy("link", link.url, t(locale, "share.linkField"), long ?? t(locale, "share.copiedLink"), long);
  };

  const copyKubectl = async () => {
    // Loaded on first use: it brings a YAML parser the first paint does not need.
    const { kubectlApply } = await import("./kubectlApply");
    const r = kubectlApply(useStore.getState().text, (later) => [t(locale, "share.laterHeader"), ...later.map((l) => t(locale, "share.laterItem", { at: l.at, objects: l.objects.join(", ") }))]);
    if (r.documents === 0) return warn(t(locale, "share.nothingToApply"));
    await copy("kubectl", r.command, t(locale, "share.kubectlField"), t(locale, "share.copiedKubectl"));
  };

  return (
    <div className="share-tools" role="group" aria-label={t(locale, "share.tools")}>
      <CopyButton label={t(locale, "share.copyLink")} done={feedback.done === "link"} locale={locale} onClick={copyLink} />
      <CopyButton label={t(locale, "share.copyKubectl")} done={feedback.done === "kubectl"} locale={locale} onClick={() => void copyKubectl()} />
      <span className="sr-only" role="status" aria-live="polite">
        {feedback.said}
      </span>
      {feedback.warning && (
        <p className="share-note" aria-hidden="true">
          {feedback.warning}
        </p>
      )}
      {fallback && <CopyByHand locale={locale} fallback={fallback} onClose={() => setFallback(undefined)} />}
    </div>
  );
}

/** Both labels share one grid cell, so the button keeps its width when "Copied" shows. */
function CopyButton({ label, done, locale, onClick }: { label: string; done: boolean; locale: Locale; onClick: () => void }) {
  return (
    <button type="button" className={`share-copy${done ? " done" : ""}`} onClick={onClick}>
      <span aria-hidden={done}>{label}</span>
      <span aria-hidden={!done}>✓ {t(locale, "share.copied")}</span>
    </button>
  );
}

/** A small non-modal popover holding the text, selected, for Ctrl+C. */
function CopyByHand({ locale, fallback, onClose }: { locale: Locale; fallback: Fallback; onClose: () => void }) {
  const box = useRef<HTMLDivElement>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const [alignLeft, setAlignLeft] = useState(false);
  // Opens toward the side with room: when the header wraps, the buttons can sit at the far left.
  useLayoutEffect(() => {
    const r = box.current?.getBoundingClientRect();
    if (r && r.left < 0) setAlignLeft(true);
  }, []);
  useEffect(() => {
    field.current?.focus();
    field.current?.select();
  }, [fallback]);
  return (
    <div
      ref={box}
      className={`share-popover${alignLeft ? " left" : ""}`}
      role="group"
      aria-label={fallback.label}
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <p>{t(locale, "share.clipboardDenied")}</p>
      <textarea ref={field} readOnly value={fallback.text} aria-label={fallback.label} rows={4} spellCheck={false} />
      <button type="button" onClick={onClose}>
        {t(locale, "share.close")}
      </button>
    </div>
  );
}
