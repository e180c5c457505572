import { defineEnglish } from "../i18n/define";

const en = {
  ariaLabel: "YAML editor",
  loading: "Loading the editor… You can type here already.",
  tabHint: "Tab indents. To move focus out of the editor with Tab, press Ctrl+M first (Ctrl+Shift+M on macOS). F1 lists the editor's commands.",
  changeTo: "Change to '{name}'",
  highlighted: "The explanation points at this field.",
};

/** A key of the editor's table, without the "editor." prefix. */
export type EditorKey = keyof typeof en;

// The editor's user-facing text in English (Korean: strings.ko.ts).
export const editorStrings = defineEnglish("editor", en);
