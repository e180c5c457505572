import { defineEnglish } from "../i18n/define";

// Opening a YAML file from disk and saving the editor's text to one.
export const filesStrings = defineEnglish("files", {
    open: "Open…",
    openTitle: "Open a YAML file (Ctrl+O)",
    save: "Save",
    saveTitle: "Save the text as a YAML file (Ctrl+S)",
    saved: "Saved as {name}",
    keyOpen: "Open a YAML file",
    keySave: "Save the text as a YAML file",
  });
