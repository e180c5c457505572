export const en = {
  title: "podplay",
  tagline: "See how Kubernetes {version} runs a Pod",
  language: "Language",
  editorLabel: "Scenario (YAML)",
  watchLabel: "kubectl get pods -w",
  eventsLabel: "kubectl get events",
  errorsLabel: "Problems",
  notesLabel: "Notes",
  running: "Simulating…",
  ranIn: "Simulated {until} s in {ms} ms",
  reset: "Load the default scenario",
  confirmReset: "Replace your edits with the default scenario?",
  workerRestarted: "The simulation took too long and was stopped. Shorten the scenario and try again.",
  crashed: "The simulator failed on this input: {message}",
  previewNote: "Early preview: the full playground (timeline, playback, explanations) is on its way.",
};
export type Messages = typeof en;
