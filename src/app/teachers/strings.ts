import { defineEnglish } from "../i18n/define";

// The teachers' guide: its link and the page's frame (the guide's own text is guide.en.ts / guide.ko.ts).
export const teachersStrings = defineEnglish("teachers", {
    link: "For teachers",
    linkTitle: "How to run a class with podplay: presenter keys, predict mode, two screens, share links, grading challenges, a 45-minute plan",
    close: "Close",
    contents: "On this page",
    loading: "Loading the guide…",
  });
