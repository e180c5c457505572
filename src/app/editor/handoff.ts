/**
 * Keeps the learner's place when the plain-textarea fallback gives way to Monaco: if the textarea
 * had focus when it was removed, Monaco takes focus with the cursor at the same offset. Shared
 * module state, because the two components never exist at the same time.
 */
let pending: { offset: number; at: number } | undefined;

/** How long a handoff stays valid, in wall milliseconds (Monaco mounts in the same commit). */
const TTL_MS = 3000;

export function leaveFocus(offset: number): void {
  pending = { offset, at: performance.now() };
}

/** The cursor offset to restore, once; undefined when the fallback did not have focus. */
export function takeFocus(): number | undefined {
  const p = pending;
  pending = undefined;
  return p && performance.now() - p.at < TTL_MS ? p.offset : undefined;
}
