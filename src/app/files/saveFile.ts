import { useStore } from "../../state/store";
import { t } from "../i18n";
import type { Locale } from "../i18n/define";
import { setFileNote } from "./fileNote";
import { suggestedFileName } from "./fileName";

/**
 * Saves the editor's text as a file download (what every browser does the same way, phones
 * included; the browser's own save dialog or download folder decides where it goes).
 */
export function saveScenarioFile(locale: Locale): string {
  const s = useStore.getState();
  const name = suggestedFileName({ lessonId: s.lessonId, challengeId: s.challenge?.id });
  const blob = new Blob([s.text], { type: "application/yaml" });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.rel = "noopener";
  document.body.appendChild(a);
  a.click();
  a.remove();
  // The download has started from the URL by now; it is released on the next task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
  setFileNote({ kind: "status", text: t(locale, "files.saved", { name }) });
  return name;
}
