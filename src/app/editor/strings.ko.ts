import { defineKorean } from "../i18n/define";
import type { editorStrings } from "./strings";

// The Korean of ./strings.ts, loaded only for Korean readers (src/app/i18n/ko.ts).
export const editorKo = defineKorean<typeof editorStrings>("editor", {
  ariaLabel: "YAML 편집기",
  loading: "편집기를 불러오는 중입니다. 지금 바로 입력해도 됩니다.",
  tabHint: "Tab 키는 들여쓰기를 넣습니다. Tab으로 편집기 밖으로 나가려면 먼저 Ctrl+M(macOS는 Ctrl+Shift+M)을 누르세요. F1을 누르면 편집기 명령 목록이 열립니다.",
  changeTo: "'{name}'(으)로 바꾸기",
  highlighted: "설명에서 가리키는 필드입니다.",
});
