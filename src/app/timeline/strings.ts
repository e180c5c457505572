import { defineStrings } from "../i18n/define";

// The timeline's user-facing text, in English and Korean.
export const timelineStrings = defineStrings("timeline", {} as Record<string, string>, {} as Record<string, string>);
