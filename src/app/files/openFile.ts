import { hasUnsavedWork, openScenario } from "../../state/actions";
import { useStore } from "../../state/store";
import { t } from "../i18n";
import type { Locale } from "../i18n/define";
import { checkFile, decodeText, type DropProblem } from "../dropFile/readDroppedFile";
import { setFileNote } from "./fileNote";
import { rememberFileName } from "./fileName";

function problemText(locale: Locale, p: DropProblem, name: string): string {
  return t(locale, p.key, { name, ...("size" in p ? { size: p.size } : {}) });
}

/**
 * Opens a scenario file (dropped on the page or chosen with Open): the same limits and the same
 * question as loading an example when the current text has edits of its own. Every outcome is
 * said in the file note; a refused file leaves the text as it was.
 */
export async function openScenarioFiles(files: File[], locale: Locale): Promise<boolean> {
  if (files.length !== 1) {
    setFileNote({ kind: "alert", text: t(locale, "drop.several", { count: files.length }) });
    return false;
  }
  const file = files[0];
  const early = checkFile(file);
  if (early) {
    setFileNote({ kind: "alert", text: problemText(locale, early, file.name) });
    return false;
  }
  let decoded: ReturnType<typeof decodeText>;
  try {
    decoded = decodeText(new Uint8Array(await file.arrayBuffer()));
  } catch (err) {
    setFileNote({ kind: "alert", text: t(locale, "drop.unreadable", { name: file.name, message: err instanceof Error ? err.message : String(err) }) });
    return false;
  }
  if ("problem" in decoded) {
    setFileNote({ kind: "alert", text: problemText(locale, decoded.problem, file.name) });
    return false;
  }
  const current = useStore.getState().text;
  if (decoded.text !== current && hasUnsavedWork(current) && !window.confirm(t(locale, "drop.confirmReplace", { name: file.name }))) {
    setFileNote({ kind: "status", text: t(locale, "drop.kept") });
    return false;
  }
  openScenario(decoded.text, undefined, "file");
  rememberFileName(file.name);
  setFileNote({ kind: "status", text: t(locale, "drop.opened", { name: file.name }) });
  return true;
}
