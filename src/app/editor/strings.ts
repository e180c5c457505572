import { defineStrings } from "../i18n/define";

// The editor's user-facing text, in English and Korean.
export const editorStrings = defineStrings("editor", {} as Record<string, string>, {} as Record<string, string>);
