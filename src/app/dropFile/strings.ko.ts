import { defineKorean } from "../i18n/define";
import type { dropStrings } from "./strings";

// The Korean of ./strings.ts, loaded only for Korean readers (src/app/i18n/ko.ts).
export const dropKo = defineKorean<typeof dropStrings>("drop", {
    overlay: "YAML 파일을 여기에 놓으면 열립니다",
    overlayHint: ".yaml, .yml, .json, .txt 파일, 8 MiB까지",
    opened: "{name} 파일을 열었습니다",
    tooLarge: "{name} 파일을 열지 않았습니다. 크기가 {size} MB인데, podplay는 8 MiB까지만 열 수 있습니다.",
    notText: "{name} 파일을 열지 않았습니다. UTF-8 텍스트 파일이 아닙니다. YAML 파일(.yaml, .yml, .json, .txt)을 놓아 주세요.",
    wrongType: "{name} 파일을 열지 않았습니다. podplay는 .yaml, .yml, .json, .txt 파일만 엽니다.",
    several: "파일은 한 번에 하나씩 놓아 주세요. 파일 {count}개를 놓아서 아무것도 열지 않았습니다.",
    unreadable: "{name} 파일을 읽을 수 없습니다: {message}",
    kept: "작성하던 텍스트는 그대로입니다.",
    confirmReplace: '편집한 내용을 {name} 파일로 바꿀까요? 지금 텍스트는 보관되며 "이전 텍스트 복원"으로 되돌릴 수 있습니다.',
    dismiss: "닫기",
  });
