import { defineStrings } from "../i18n/define";

const en = {
  ariaLabel: "YAML editor",
  loading: "Loading the editor… You can type here already.",
  tabHint: "Tab indents. To move focus out of the editor with Tab, press Ctrl+M first (Ctrl+Shift+M on macOS). F1 lists the editor's commands.",
  changeTo: "Change to '{name}'",
  highlighted: "The explanation points at this field.",
};

/** A key of the editor's table, without the "editor." prefix. */
export type EditorKey = keyof typeof en;

// The editor's user-facing text, in English and Korean.
export const editorStrings = defineStrings("editor", en, {
  ariaLabel: "YAML 편집기",
  loading: "편집기를 불러오는 중입니다. 지금 바로 입력해도 됩니다.",
  tabHint: "Tab 키는 들여쓰기를 넣습니다. Tab으로 편집기 밖으로 나가려면 먼저 Ctrl+M(macOS는 Ctrl+Shift+M)을 누르세요. F1을 누르면 편집기 명령 목록이 열립니다.",
  changeTo: "'{name}'(으)로 바꾸기",
  highlighted: "설명에서 가리키는 필드입니다.",
});
