import { useEffect, useRef, useState } from "react";
import { hasUnsavedWork, openScenario } from "../../state/actions";
import { selectLocale, useStore } from "../../state/store";
import { t } from "../i18n";
import { checkFile, decodeText, type DropProblem } from "./readDroppedFile";
import "./drop.css";

type Note = { kind: "status" | "alert"; text: string };

const hasFiles = (e: DragEvent) => !!e.dataTransfer && [...e.dataTransfer.types].includes("Files");

function problemText(locale: ReturnType<typeof selectLocale>, p: DropProblem, name: string): string {
  return t(locale, p.key, { name, ...("size" in p ? { size: p.size } : {}) });
}

/**
 * Dropping a scenario file anywhere on the page opens it in the editor, after the same question
 * as loading an example when the current text has edits of its own. While a file is dragged over
 * the page an overlay says what will happen; refusals (size, type, not text) say why and leave
 * the text as it was. Listeners run in the capture phase so Monaco never inserts the file itself.
 */
export function FileDrop() {
  const locale = useStore(selectLocale);
  const [over, setOver] = useState(false);
  const [note, setNote] = useState<Note | undefined>(undefined);
  const hideTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const localeRef = useRef(locale);
  localeRef.current = locale;

  useEffect(() => {
    const show = () => {
      setOver(true);
      clearTimeout(hideTimer.current);
      // dragover repeats while the pointer is on the page; when it stops, the drag left.
      hideTimer.current = setTimeout(() => setOver(false), 400);
    };
    const onOver = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      e.stopPropagation();
      if (e.dataTransfer) e.dataTransfer.dropEffect = "copy";
      show();
    };
    const onLeave = (e: DragEvent) => {
      if (hasFiles(e) && !e.relatedTarget) setOver(false);
    };
    const onDrop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      e.stopPropagation();
      clearTimeout(hideTimer.current);
      setOver(false);
      void open([...(e.dataTransfer?.files ?? [])]);
    };
    const open = async (files: File[]) => {
      const loc = localeRef.current;
      if (files.length !== 1) {
        setNote({ kind: "alert", text: t(loc, "drop.several", { count: files.length }) });
        return;
      }
      const file = files[0];
      const early = checkFile(file);
      if (early) {
        setNote({ kind: "alert", text: problemText(loc, early, file.name) });
        return;
      }
      let decoded: ReturnType<typeof decodeText>;
      try {
        decoded = decodeText(new Uint8Array(await file.arrayBuffer()));
      } catch (err) {
        setNote({ kind: "alert", text: t(loc, "drop.unreadable", { name: file.name, message: err instanceof Error ? err.message : String(err) }) });
        return;
      }
      if ("problem" in decoded) {
        setNote({ kind: "alert", text: problemText(loc, decoded.problem, file.name) });
        return;
      }
      const current = useStore.getState().text;
      if (decoded.text !== current && hasUnsavedWork(current) && !window.confirm(t(loc, "drop.confirmReplace", { name: file.name }))) {
        setNote({ kind: "status", text: t(loc, "drop.kept") });
        return;
      }
      openScenario(decoded.text, undefined, "file");
      setNote({ kind: "status", text: t(loc, "drop.opened", { name: file.name }) });
    };
    window.addEventListener("dragenter", onOver, true);
    window.addEventListener("dragover", onOver, true);
    window.addEventListener("dragleave", onLeave, true);
    window.addEventListener("drop", onDrop, true);
    return () => {
      window.removeEventListener("dragenter", onOver, true);
      window.removeEventListener("dragover", onOver, true);
      window.removeEventListener("dragleave", onLeave, true);
      window.removeEventListener("drop", onDrop, true);
      clearTimeout(hideTimer.current);
    };
  }, []);

  useEffect(() => {
    if (note?.kind !== "status") return;
    const h = setTimeout(() => setNote(undefined), 5000);
    return () => clearTimeout(h);
  }, [note]);

  return (
    <>
      {over && (
        <div className="drop-overlay" aria-hidden="true">
          <div className="drop-card">
            <p className="drop-title">{t(locale, "drop.overlay")}</p>
            <p className="drop-hint">{t(locale, "drop.overlayHint")}</p>
          </div>
        </div>
      )}
      <div className="drop-note-region" role={note?.kind === "alert" ? "alert" : "status"}>
        {note && (
          <p className={note.kind === "alert" ? "drop-note is-problem" : "drop-note"}>
            <span>{note.text}</span>
            <button type="button" className="link" onClick={() => setNote(undefined)}>
              {t(locale, "drop.dismiss")}
            </button>
          </p>
        )}
      </div>
    </>
  );
}
