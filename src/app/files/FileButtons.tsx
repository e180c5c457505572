import { useEffect, useRef } from "react";
import { selectLocale, useStore } from "../../state/store";
import { t } from "../i18n";
import { ACCEPTED_EXTENSIONS } from "../dropFile/readDroppedFile";
import { openScenarioFiles } from "./openFile";
import { saveScenarioFile } from "./saveFile";

/** Opening from the keyboard goes through the one file input the buttons use. */
let chooseFile: () => void = () => {};

/**
 * Open… and Save beside the editor, and Ctrl/Cmd+O and Ctrl/Cmd+S anywhere on the page (the
 * browser's own "save page" and "open file" would otherwise take them, even in the editor).
 */
export function FileButtons() {
  const locale = useStore(selectLocale);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    chooseFile = () => input.current?.click();
    return () => {
      chooseFile = () => {};
    };
  }, []);
  return (
    <span className="file-buttons">
      <input
        ref={input}
        type="file"
        accept={ACCEPTED_EXTENSIONS.join(",")}
        hidden
        data-testid="open-file-input"
        onChange={(e) => {
          const files = [...(e.currentTarget.files ?? [])];
          // The same file chosen twice must open twice: the input forgets it.
          e.currentTarget.value = "";
          void openScenarioFiles(files, useStore.getState().locale);
        }}
      />
      <button type="button" className="file-open" onClick={() => chooseFile()} title={t(locale, "files.openTitle")}>
        {t(locale, "files.open")}
      </button>
      <button type="button" className="file-save" onClick={() => saveScenarioFile(useStore.getState().locale)} title={t(locale, "files.saveTitle")}>
        {t(locale, "files.save")}
      </button>
    </span>
  );
}

/** Ctrl/Cmd+O and Ctrl/Cmd+S, in the capture phase so Monaco and the browser never see them. */
export function useFileShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return;
      const k = e.key.toLowerCase();
      if (k !== "o" && k !== "s") return;
      e.preventDefault();
      e.stopPropagation();
      if (k === "o") chooseFile();
      else saveScenarioFile(useStore.getState().locale);
    };
    window.addEventListener("keydown", onKey, true);
    return () => window.removeEventListener("keydown", onKey, true);
  }, []);
}
