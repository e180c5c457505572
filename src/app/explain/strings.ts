import { defineStrings } from "../i18n/define";

// The explain's user-facing text, in English and Korean.
export const explainStrings = defineStrings("explain", {} as Record<string, string>, {} as Record<string, string>);
