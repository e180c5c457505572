/**
 * The name Save suggests: the file the text was opened from, else the open lesson's or
 * challenge's id, else a generic name. Always ends in .yaml or .yml (a .json or .txt file that
 * was opened is saved under its own name: it is the learner's file).
 */
let lastOpened: string | undefined;

export function rememberFileName(name: string | undefined): void {
  lastOpened = name;
}

export function suggestedFileName(opts: { lessonId?: string; challengeId?: string }): string {
  if (lastOpened) return safeName(lastOpened);
  const base = opts.lessonId ?? opts.challengeId ?? "podplay-scenario";
  return `${base}.yaml`;
}

/** A name a file system takes: no folders, no control characters, not empty. */
export function safeName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const cleaned = name.replace(/^.*[\\/]/, "").replace(/[\u0000-\u001f<>:"|?*]/g, "_").trim();
  return cleaned && cleaned !== "." && cleaned !== ".." ? cleaned : "podplay-scenario.yaml";
}
