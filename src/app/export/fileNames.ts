/** File names for exports: `<scenario>-<what>-<time>.<ext>`, safe on every OS. Pure. */

/** The scenario's name: the first top-level `metadata.name` in the text (block or flow style), or "scenario". */
export function scenarioName(text: string): string {
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const flow = /^metadata:\s*\{(.*)\}\s*(#.*)?$/.exec(lines[i]);
    if (flow) {
      const m = /(?:^|,)\s*name:\s*["']?([^"',}\s]+)/.exec(flow[1]);
      if (m) return m[1];
      continue;
    }
    if (!/^metadata:\s*(#.*)?$/.test(lines[i])) continue;
    let indent: number | undefined;
    for (let j = i + 1; j < lines.length; j++) {
      const line = lines[j];
      if (/^\s*(#.*)?$/.test(line)) continue;
      const lead = /^[ \t]*/.exec(line)![0].length;
      if (lead === 0) break;
      indent ??= lead;
      if (lead !== indent) continue;
      const m = /^[ \t]*name:\s*["']?([^"'\s#]+)/.exec(line);
      if (m) return m[1];
    }
  }
  return "scenario";
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
