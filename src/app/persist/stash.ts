import { create } from "zustand";
import { del, get, set } from "idb-keyval";
import type { ReplaceReason } from "../../state/actions";
import { withKv } from "./kv";
import { stashKey } from "./drafts";
import { textHash } from "./textHash";
import { setSaveFailed } from "./saveState";

/**
 * The text something replaced (a link, a lesson, an example, a dropped file, the other tab's
 * text), kept so it can come back ("Restore my previous text"), also after a reload: in memory
 * at once, and in IndexedDB under this tab's id (`previous:<tab>`).
 *
 * One text is kept, the learner's last work: replacing a text that is not work (an unedited
 * example, lesson or link) keeps the stash as it is, and replacing again the very text that
 * replaced the work (link after link) keeps the original work.
 */
export interface Stash {
  text: string;
  /** Fingerprint of the text that replaced it; while the editor holds that text unedited, the stash stays the one to restore. */
  replacedBy: string;
  reason: ReplaceReason;
}

export const usePrevious = create<{ stash: Stash | undefined; restored: boolean }>()(() => ({ stash: undefined, restored: false }));

let tab: string | undefined;
/** The stash changed in this page before IndexedDB's copy was read: that copy is older. */
let touched = false;

/** Decides, before `next` replaces `current`, what to keep. `isWork`: `current` holds edits no shipped scenario has. */
export function stashBeforeReplace(current: string, next: string, isWork: boolean, reason: ReplaceReason): void {
  const old = usePrevious.getState().stash;
  if (old && old.replacedBy === textHash(current)) {
    put(old.text === next ? undefined : { ...old, replacedBy: textHash(next), reason });
    return;
  }
  if (current === next || !isWork) return;
  put({ text: current, replacedBy: textHash(next), reason });
}

/** Keeps a text that the page had to replace before it had even been shown (a large draft that arrived after a link). */
export function stashLoaded(text: string, replacedBy: string, reason: ReplaceReason): void {
  put({ text, replacedBy: textHash(replacedBy), reason });
}

/**
 * Takes the stash for restoring. What the editor holds now becomes the new stash if it is work,
 * so restoring can be undone the same way.
 */
export function takeForRestore(current: string, isWork: boolean): string | undefined {
  const s = usePrevious.getState().stash;
  if (!s) return undefined;
  put(isWork && current !== s.text ? { text: current, replacedBy: textHash(s.text), reason: "restore" } : undefined);
  usePrevious.setState({ restored: true });
  return s.text;
}

export function dismissStash(): void {
  put(undefined);
}

function put(stash: Stash | undefined): void {
  touched = true;
  usePrevious.setState({ stash, restored: false });
  void persist();
}

async function persist(): Promise<void> {
  if (!tab) return; // written once the tab is known (startStash)
  const stash = usePrevious.getState().stash;
  const id = tab;
  try {
    await withKv((s) => (stash ? set(stashKey(id), stash, s) : del(stashKey(id), s)));
  } catch {
    // The stash is still in memory (restorable now), but would not survive a reload.
    if (stash) setSaveFailed(true);
  }
}

/**
 * Once the tab is known: reads its stash from before a reload (kept under `from`, the tab id
 * this page had before), unless this page has already made a newer one.
 */
export async function startStash(id: string, from = id): Promise<void> {
  tab = id;
  if (touched) return persist();
  try {
    const s = await withKv((kv) => get<Partial<Stash>>(stashKey(from), kv));
    if (touched || !s || typeof s.text !== "string" || typeof s.replacedBy !== "string") return;
    usePrevious.setState({ stash: { text: s.text, replacedBy: s.replacedBy, reason: s.reason ?? "other" } });
    if (from !== id) await persist();
  } catch {
    // No stash to offer; saving reports its own failures.
  }
}

/** For tests: forget everything held in memory. */
export function resetStashForTests(): void {
  tab = undefined;
  touched = false;
  usePrevious.setState({ stash: undefined, restored: false });
}
