import { defineEnglish } from "../i18n/define";

// Keeping the learner's text: a failed save, another tab's change, a replaced text.
export const persistStrings = defineEnglish("persist", {
    region: "Your text",
    saveFailed: "Your text cannot be saved in this browser (storage is full, turned off, or private browsing). It is only in this page now: download it to keep it.",
    download: "Download the text",
    otherTab: "This scenario was also edited in another tab. Each tab keeps its own text.",
    openOther: "Open the other tab's text",
    keepMine: "Keep mine",
    "replaced.link": "A share link replaced your text.",
    "replaced.lesson": "The lesson replaced your text.",
    "replaced.example": "The example replaced your text.",
    "replaced.file": "The dropped file replaced your text.",
    "replaced.otherTab": "The other tab's text replaced yours.",
    "replaced.restore": "Your previous text is back.",
    "replaced.other": "Your text was replaced.",
    restore: "Restore my previous text",
    undoRestore: "Undo",
    restored: "Your previous text is back.",
    dismiss: "Dismiss",
  });
