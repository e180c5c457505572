import { defineEnglish } from "../i18n/define";

// Opening a scenario file by dropping it on the page.
export const dropStrings = defineEnglish("drop", {
    overlay: "Drop a YAML file to open it",
    overlayHint: ".yaml, .yml, .json or .txt, up to 8 MiB",
    opened: "Opened {name}",
    tooLarge: "{name} was not opened: it is {size} MB, and podplay opens files up to 8 MiB.",
    notText: "{name} was not opened: it is not UTF-8 text. Drop a YAML file (.yaml, .yml, .json or .txt).",
    wrongType: "{name} was not opened: podplay opens .yaml, .yml, .json and .txt files.",
    several: "Drop one file at a time: {count} files were dropped and none was opened.",
    unreadable: "{name} could not be read: {message}",
    kept: "Your text was kept.",
    confirmReplace: 'Replace your edits with the file {name}? Your text is kept: "Restore my previous text" brings it back.',
    dismiss: "Dismiss",
  });
