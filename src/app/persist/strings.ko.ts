import { defineKorean } from "../i18n/define";
import type { persistStrings } from "./strings";

// The Korean of ./strings.ts, loaded only for Korean readers (src/app/i18n/ko.ts).
export const persistKo = defineKorean<typeof persistStrings>("persist", {
    region: "내 텍스트",
    saveFailed: "이 브라우저에 텍스트를 저장할 수 없습니다(저장 공간이 가득 찼거나, 꺼져 있거나, 시크릿 모드입니다). 지금은 이 페이지에만 있으니 내려받아 보관하세요.",
    download: "텍스트 내려받기",
    otherTab: "다른 탭에서 이 시나리오를 편집했습니다. 텍스트는 탭마다 따로 저장됩니다.",
    openOther: "다른 탭의 텍스트 열기",
    keepMine: "내 텍스트 유지",
    "replaced.link": "내 텍스트가 공유 링크의 텍스트로 바뀌었습니다.",
    "replaced.lesson": "내 텍스트가 레슨의 시나리오로 바뀌었습니다.",
    "replaced.example": "내 텍스트가 예제로 바뀌었습니다.",
    "replaced.file": "내 텍스트가 끌어다 놓은 파일의 내용으로 바뀌었습니다.",
    "replaced.otherTab": "내 텍스트가 다른 탭의 텍스트로 바뀌었습니다.",
    "replaced.restore": "이전 텍스트를 복원했습니다.",
    "replaced.other": "내 텍스트가 바뀌었습니다.",
    restore: "이전 텍스트 복원",
    undoRestore: "되돌리기",
    restored: "이전 텍스트를 복원했습니다.",
    dismiss: "닫기",
  });
