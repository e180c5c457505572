import { defineStrings } from "../i18n/define";

// Opening a YAML file from disk and saving the editor's text to one.
export const filesStrings = defineStrings(
  "files",
  {
    open: "Open…",
    openTitle: "Open a YAML file (Ctrl+O)",
    save: "Save",
    saveTitle: "Save the text as a YAML file (Ctrl+S)",
    saved: "Saved as {name}",
    keyOpen: "Open a YAML file",
    keySave: "Save the text as a YAML file",
  },
  {
    open: "열기…",
    openTitle: "YAML 파일 열기 (Ctrl+O)",
    save: "저장",
    saveTitle: "텍스트를 YAML 파일로 저장 (Ctrl+S)",
    saved: "{name} 파일로 저장했습니다",
    keyOpen: "YAML 파일 열기",
    keySave: "텍스트를 YAML 파일로 저장",
  },
);
