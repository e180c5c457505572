import { defineEnglish } from "../../i18n/define";

// The kubectl prompt in the kubectl panel: its tab, input, hints and podplay's own notes.
export const promptStrings = defineEnglish("prompt", {
    tab: "$ kubectl",
    label: "kubectl command, run at the playhead",
    output: "kubectl prompt output",
    hint: "Enter runs at the playhead ({time}). Tab completes, ↑/↓ history, Ctrl+L or clear clears. Writes add an action to the scenario.",
    at: "at {time}",
    notSimulated: "podplay does not simulate `{what}`: it reads and changes the simulated run only through the commands listed in the README (get, describe, logs, delete, scale, set image, cordon, uncordon, drain, label, taint, patch).",
    noRun: "There is no run yet: fix the scenario's errors first.",
    logsArriving: "This run's container logs are still being written out (a big run's logs follow its picture by a moment): run the command again in a moment.",
    appended: "Added to the scenario at {time}; the run is being simulated again. Undo in the editor (Ctrl+Z) takes it back.",
    welcome: "Type a kubectl command, e.g. kubectl get pods",
  });
