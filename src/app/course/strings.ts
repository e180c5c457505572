import { defineEnglish } from "../i18n/define";

// The course: the path through lessons and challenges, progress, and the next step.
export const courseStrings = defineEnglish("course", {
    open: "Course",
    title: "The course",
    intro: "Lessons and challenges in the order of the study notes: see each idea happen, then use it. Your progress is kept in this browser.",
    close: "Close",
    start: "Start here: {title}",
    continue: "Continue where you left off: {title}",
    finished: "You have done every step. Well done!",
    progress: "{n} of {total} steps done",
    minutes: "{n} min",
    lesson: "Lesson",
    challenge: "Challenge",
    done: "Done",
    after: "after {titles}",
    export: "Export progress",
    import: "Import progress",
    "imported.one": "Imported: {count} step added.",
    "imported.other": "Imported: {count} steps added.",
    notJson: "That file is not podplay progress: it is not JSON.",
    notProgress: "That file is not podplay progress (an exported progress file says \"podplay\": \"progress\").",
    next: "Next in the course: {title} →",
    confirmReplace: "Replace your edits with this step's scenario? Your text is kept: \"Restore my previous text\" brings it back.",
  });
