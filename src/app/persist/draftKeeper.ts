import { useStore } from "../../state/store";
import { hasUnsavedWork, onBeforeReplace, openScenario, type ReplaceReason } from "../../state/actions";
import { FAST_MAX_CHARS, markLarge, mirrorSmall, ownTabId, readFastStart, setOwnTabId, type FastStart } from "./fastPath";
import { loadDraft, saveDraft } from "./drafts";
import { resolveTab } from "./tabClaim";
import { startStash, stashBeforeReplace, stashLoaded, takeForRestore } from "./stash";
import { setSaveFailed, useSaveState } from "./saveState";
import { announceSaved, listenForOtherTabs, type SavedMessage } from "./tabSync";
import { textHash } from "./textHash";

/**
 * Keeps the editor text: the first frame shows it from the synchronous mirror (fastPath.ts);
 * then the page claims its tab (tabClaim.ts), swaps in a large draft from IndexedDB, reads its
 * stash, and from then on saves every change: to the mirror at once (small texts) and to this
 * tab's IndexedDB draft SAVE_DELAY_MS after the text is still, and when the page is hidden.
 * A save that reaches neither shows the failure notice at once (saveState.ts).
 */
const SAVE_DELAY_MS = 300;

let start: FastStart = { kind: "none" };
/** The default shown while a large draft is read; replaced only if nothing replaced it first. */
let placeholder: string | undefined;
let tab: string | undefined;
let begun: Promise<void> | undefined;
let ready = false;
let timer: ReturnType<typeof setTimeout> | undefined;
let chain: Promise<void> = Promise.resolve();
/** The text the localStorage mirror holds (small texts), so a failing IndexedDB alone loses nothing. */
let mirrored: string | undefined;
let lastReason: ReplaceReason = "other";
/** Tabs whose changes the learner chose to ignore ("Keep mine"). */
const ignored = new Set<string>();

/**
 * Synchronous, before the first render: the text to show now (the fallback while a large draft is
 * read). Also makes every whole-text replacement keep what it replaces, from the very first one (a
 * share link opened before the first paint).
 */
export function restoreText(fallback: string): string {
  onBeforeReplace((current, next, reason) => {
    lastReason = reason;
    if (reason !== "restore") stashBeforeReplace(current, next, hasUnsavedWork(current), reason);
  });
  start = readFastStart();
  if (start.kind === "text" || start.kind === "legacy") return start.text;
  if (start.kind === "large") placeholder = fallback;
  return fallback;
}

/** Starts saving (the app, not the embed view, which never saves). Returns the cleanup for an effect. */
export function startPersistence(): () => void {
  const unsubscribe = useStore.subscribe((s, prev) => {
    if (s.text !== prev.text) changed(s.text);
  });
  const unlisten = listenForOtherTabs(otherTabSaved);
  const flush = () => {
    if (timer === undefined) return;
    clearTimeout(timer);
    timer = undefined;
    queueSave();
  };
  const hidden = () => document.visibilityState === "hidden" && flush();
  addEventListener("pagehide", flush);
  document.addEventListener("visibilitychange", hidden);
  begun ??= begin();
  return () => {
    unsubscribe();
    unlisten();
    removeEventListener("pagehide", flush);
    document.removeEventListener("visibilitychange", hidden);
    flush();
  };
}

async function begin(): Promise<void> {
  const own = ownTabId();
  tab = await resolveTab(own, start.kind === "text" || start.kind === "large" ? start.tab : undefined);
  setOwnTabId(tab);
  let unread = false;
  if (start.kind === "large") {
    const draft = await loadDraft(start.tab);
    // Not readable now (IndexedDB failing): never save the default over it; the next edit saves.
    unread = !draft;
    const now = useStore.getState().text;
    if (draft && now === placeholder) {
      useSaveState.setState({ saved: start.tab === tab ? { chars: draft.text.length, hash: textHash(draft.text) } : undefined });
      useStore.setState({ text: draft.text });
    } else if (draft && hasUnsavedWork(draft.text)) stashLoaded(draft.text, now, lastReason);
  }
  placeholder = undefined;
  // A page that had to take a new id although it had one (a duplicated tab, or a reload that
  // found its old page's lock not yet released) still offers what that tab had stashed.
  await startStash(tab, own ?? tab);
  ready = true;
  // Saves what the page shows now: migrates a text kept before IndexedDB, and catches up with a
  // link or edits that came before the tab was known.
  if (unread) return;
  mirror(useStore.getState().text);
  queueSave();
}

function mirror(text: string): void {
  mirrored = tab && text.length <= FAST_MAX_CHARS && mirrorSmall(tab, text) ? text : undefined;
}

function changed(text: string): void {
  if (!ready) return;
  mirror(text);
  clearTimeout(timer);
  timer = setTimeout(() => {
    timer = undefined;
    queueSave();
  }, SAVE_DELAY_MS);
}

function queueSave(): void {
  chain = chain.then(saveNow);
}

async function saveNow(): Promise<void> {
  if (!tab) return;
  const id = tab;
  const text = useStore.getState().text;
  const hash = textHash(text);
  const s = useSaveState.getState();
  if (s.saved?.hash === hash && !s.failed) return;
  try {
    await saveDraft(id, text);
    if (text.length > FAST_MAX_CHARS && useStore.getState().text === text) markLarge(id);
    useSaveState.setState({ saved: { chars: text.length, hash } });
    setSaveFailed(false);
    announceSaved(id, hash);
  } catch {
    setSaveFailed(mirrored !== text);
  }
}

function otherTabSaved(m: SavedMessage): void {
  if (m.tab === tab || ignored.has(m.tab)) return;
  const same = m.hash === textHash(useStore.getState().text);
  useSaveState.setState({ otherTab: same ? undefined : m.tab });
}

/** "Open the other tab's text": this tab's text becomes the stash, so it can come back. */
export async function openOtherTabText(): Promise<void> {
  const other = useSaveState.getState().otherTab;
  if (!other) return;
  const draft = await loadDraft(other);
  useSaveState.setState({ otherTab: undefined });
  if (draft) openScenario(draft.text, undefined, "otherTab");
}

/** "Keep mine": this tab keeps its own text and is not told about that tab again. */
export function keepMine(): void {
  const other = useSaveState.getState().otherTab;
  if (other) ignored.add(other);
  useSaveState.setState({ otherTab: undefined });
}

/** "Restore my previous text": what the editor held before becomes the stash in turn (undo). */
export function restorePreviousText(): void {
  const current = useStore.getState().text;
  const text = takeForRestore(current, hasUnsavedWork(current));
  if (text !== undefined) openScenario(text, undefined, "restore");
}

/** This tab's id once known (the test hook shows it). */
export function currentTab(): string | undefined {
  return tab;
}
