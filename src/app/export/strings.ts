import { defineEnglish } from "../i18n/define";

// The export menu, its results, and the words written into exported files.
export const exportStrings = defineEnglish("export", {
    button: "Export",
    menu: "Export",
    timelineSvg: "Timeline as SVG",
    timelinePng: "Timeline as PNG",
    nodemapSvg: "Node map as SVG",
    nodemapPng: "Node map as PNG",
    kubectlTxt: "kubectl output as text",
    scenarioYaml: "Scenario as YAML",
    working: "Preparing {name}…",
    saved: "Saved {name}",
    nothing: "Nothing to export yet: the scenario has not been simulated.",
    noPods: "The timeline has no pods to draw.",
    failed: "Export failed: {message}",
    timelineTitle: "podplay timeline of {scenario}",
    nodemapTitle: "podplay node map of {scenario} at {time}",
    transcriptHeader: "podplay: {scenario}, simulated Kubernetes {version}, playhead at {time}",
  });
