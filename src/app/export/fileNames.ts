/** File names for exports: `<scenario>-<what>-<time>.<ext>`, safe on every OS. Pure. */

/** The scenario's name: the first `metadata.name` in the text, or "scenario". */
export function scenarioName(text: string): string {
  const m = /^metadata:\s*\n(?:[ \t]+.*\n)*?[ \t]+name:\s*["']?([^"'\s#]+)/m.exec(text);
  return m ? m[1] : "scenario";
}

/** Lowercase letters, digits, dots and dashes only; never empty. */
export function safeStem(s: string): string {
  const out = s
    .toLowerCase()
    .replace(/[^a-z0-9.-]+/g, "-")
    .replace(/-+/g, "-")
    .replace(/^[-.]+|[-.]+$/g, "")
    .slice(0, 60);
  return out || "scenario";
}

/** Simulated seconds as a file-name part: `t0s`, `t76.5s`. */
export function timePart(t: number): string {
  return `t${Math.round(t * 10) / 10}s`;
}

export type ExportKind = "timeline-svg" | "timeline-png" | "nodemap-svg" | "nodemap-png" | "kubectl-txt" | "scenario-yaml";

export function exportFileName(kind: ExportKind, text: string, t: number): string {
  const stem = safeStem(scenarioName(text));
  switch (kind) {
    case "timeline-svg":
      return `${stem}-timeline.svg`;
    case "timeline-png":
      return `${stem}-timeline.png`;
    case "nodemap-svg":
      return `${stem}-nodemap-${timePart(t)}.svg`;
    case "nodemap-png":
      return `${stem}-nodemap-${timePart(t)}.png`;
    case "kubectl-txt":
      return `${stem}-kubectl-${timePart(t)}.txt`;
    case "scenario-yaml":
      return `${stem}.yaml`;
  }
}
