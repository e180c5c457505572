/** Which challenges this browser has completed (issue #12: progress kept in the browser). */
const KEY = "podplay.challengeProgress.v1";

type Progress = Record<string, { at: number }>;

export function readProgress(): Progress {
  try {
    const v = JSON.parse(localStorage.getItem(KEY) ?? "{}") as unknown;
    return v && typeof v === "object" && !Array.isArray(v) ? (v as Progress) : {};
  } catch {
    return {};
  }
}

export function markCompleted(name: string): void {
  const p = readProgress();
  if (p[name]) return;
  p[name] = { at: Date.now() };
  try {
    localStorage.setItem(KEY, JSON.stringify(p));
  } catch {
    // Storage full or denied: completion is a nicety, never worth an error.
  }
}
