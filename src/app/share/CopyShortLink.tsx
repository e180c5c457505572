import { t } from "../i18n";
import type { Locale } from "../i18n/define";
import { deepLinkUrl, type DeepLink } from "./deepLink";
import { useCopyFeedback } from "./useCopyFeedback";

/**
 * "Copy lesson link": the short `#lesson/ID` link for a syllabus or a slide (deepLink.ts), built
 * from this page's own address so a copy hosted in a folder links to itself. The reader's
 * language goes with it only when it is not English, the default.
 */
export function CopyShortLink({ kind, id, locale }: { kind: DeepLink["kind"]; id: string; locale: Locale }) {
  const { state, copy } = useCopyFeedback(2500);
  const url = deepLinkUrl({ kind, id, ...(locale !== "en" ? { locale } : {}) }, location);
  return (
    <span className="copy-short-link">
      <button type="button" onClick={() => void copy(url)} title={url}>
        <span aria-live="polite">{state === "done" ? `✓ ${t(locale, "share.copied")}` : t(locale, kind === "lesson" ? "share.copyLessonLink" : "share.copyChallengeLink")}</span>
      </button>
      {state === "failed" && (
        <input className="copy-short-link-field" readOnly value={url} aria-label={t(locale, "share.copyByHand")} onFocus={(e) => e.currentTarget.select()} autoFocus />
      )}
    </span>
  );
}
