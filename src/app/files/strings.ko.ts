import { defineKorean } from "../i18n/define";
import type { filesStrings } from "./strings";

// The Korean of ./strings.ts, loaded only for Korean readers (src/app/i18n/ko.ts).
export const filesKo = defineKorean<typeof filesStrings>("files", {
    open: "열기…",
    openTitle: "YAML 파일 열기 (Ctrl+O)",
    save: "저장",
    saveTitle: "텍스트를 YAML 파일로 저장 (Ctrl+S)",
    saved: "{name} 파일로 저장했습니다",
    keyOpen: "YAML 파일 열기",
    keySave: "텍스트를 YAML 파일로 저장",
  });
