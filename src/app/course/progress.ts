import { readProgress as readChallengeProgress } from "../challenges/progress";

/** Course progress kept in the browser: lessons finished, challenges completed, the last step opened. */
const LESSONS_KEY = "podplay.lessonProgress.v1";
const LAST_KEY = "podplay.courseLast.v1";
const CHALLENGES_KEY = "podplay.challengeProgress.v1";

type Done = Record<string, { at: number }>;

function read(key: string): Done {
  try {
    const v = JSON.parse(localStorage.getItem(key) ?? "{}") as unknown;
    return v && typeof v === "object" && !Array.isArray(v) ? (v as Done) : {};
  } catch {
    return {};
  }
}

function write(key: string, value: unknown): void {
  try {
    localStorage.setItem(key, typeof value === "string" ? value : JSON.stringify(value));
  } catch {
    // Storage full or denied: progress is a nicety, never worth an error.
  }
}

/** A lesson counts as done once its last key moment has been reached. */
export function markLessonDone(id: string): void {
  const p = read(LESSONS_KEY);
  if (p[id]) return;
  p[id] = { at: Date.now() };
  write(LESSONS_KEY, p);
}

export function setLastStep(key: string): void {
  write(LAST_KEY, key);
}

export function lastStep(): string | undefined {
  try {
    return localStorage.getItem(LAST_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Every step done, as course keys ("lesson:id", "challenge:id"). */
export function doneSteps(): Set<string> {
  return new Set([...Object.keys(read(LESSONS_KEY)).map((id) => `lesson:${id}`), ...Object.keys(readChallengeProgress()).map((id) => `challenge:${id}`)]);
}

/** The progress as a file a learner keeps or moves to another browser. */
export function exportProgress(): string {
  return JSON.stringify({ podplay: "progress", version: 1, lessons: read(LESSONS_KEY), challenges: read(CHALLENGES_KEY), last: lastStep() ?? null }, null, 2) + "\n";
}

/**
 * Takes a progress file in, merged with what this browser has (nothing done is ever undone).
 * Returns how many steps it added, or an error for a file that is not podplay progress.
 */
export function importProgress(text: string): { added: number } | { error: "notJson" | "notProgress" } {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return { error: "notJson" };
  }
  const o = v as { podplay?: unknown; version?: unknown; lessons?: unknown; challenges?: unknown; last?: unknown };
  if (!o || typeof o !== "object" || o.podplay !== "progress" || o.version !== 1) return { error: "notProgress" };
  let added = 0;
  for (const [key, incoming] of [
    [LESSONS_KEY, o.lessons],
    [CHALLENGES_KEY, o.challenges],
  ] as const) {
    if (!incoming || typeof incoming !== "object" || Array.isArray(incoming)) continue;
    const mine = read(key);
    for (const [id, entry] of Object.entries(incoming as Record<string, unknown>)) {
      if (mine[id] || typeof id !== "string" || !/^[a-z0-9-]{1,80}$/.test(id)) continue;
      const at = (entry as { at?: unknown } | null)?.at;
      mine[id] = { at: typeof at === "number" && Number.isFinite(at) ? at : Date.now() };
      added++;
    }
    write(key, mine);
  }
  if (typeof o.last === "string" && /^(lesson|challenge):[a-z0-9-]{1,80}$/.test(o.last) && !lastStep()) setLastStep(o.last);
  return { added };
}
