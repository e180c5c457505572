import { defineEnglish } from "../i18n/define";

// The embed view (`?embed=1`): a compact frame for slides and blog posts.
export const embedStrings = defineEnglish("embed", {
    label: "podplay: {scenario}",
    open: "Open in podplay",
    openTitle: "Open this scenario in the full playground, with the editor, in a new tab",
    view: "Simulated Kubernetes {version}",
  });
