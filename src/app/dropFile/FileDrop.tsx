import { useEffect, useRef, useState } from "react";
import { selectLocale, useStore } from "../../state/store";
import { t } from "../i18n";
import { openScenarioFiles } from "../files/openFile";
import { setFileNote, useFileNote } from "../files/fileNote";
import "./drop.css";

const hasFiles = (e: DragEvent) => !!e.dataTransfer && [...e.dataTransfer.types].includes("Files");

/**
 * Dropping a scenario file anywhere on the page opens it in the editor (src/app/files/openFile.ts), after the same question
 * as loading an example when the current text has edits of its own. While a file is dragged over
 * the page an overlay says what will happen; refusals (size, type, not text) say why and leave
 * the text as it was. The note region also says what Open… and Save did. Listeners run in the capture phase so Monaco never inserts the file itself.
 */
export function FileDrop() {
  const locale = useStore(selectLocale);
  const [over, setOver] = useState(false);
  const note = useFileNote((s) => s.note);
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
    const open = (files: File[]) => openScenarioFiles(files, localeRef.current);
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
    const h = setTimeout(() => setFileNote(undefined), 5000);
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
            <button type="button" className="link" onClick={() => setFileNote(undefined)}>
              {t(locale, "drop.dismiss")}
            </button>
          </p>
        )}
      </div>
    </>
  );
}
