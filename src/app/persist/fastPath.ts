/**
 * The synchronous part of keeping the editor text. IndexedDB answers asynchronously, after the
 * first frame; so that a reload still shows the learner's text in that frame (and the default
 * timeline is never delayed), texts up to FAST_MAX_CHARS are also mirrored in Web Storage:
 *
 * - localStorage: the newest text any tab saved (what a new tab opens with) and which tab saved
 *   it (`podplay.latest.v1`). `podplay.text.v1` is also the key texts were kept under before
 *   IndexedDB: found without the pointer, it is migrated once (drafts.ts).
 * - sessionStorage (one per tab, kept across its reloads): this tab's id and its own text.
 *
 * A larger text lives in IndexedDB only and the mirror says "large": the page starts with the
 * default scenario and swaps the text in when IndexedDB answers (startPersistence).
 * Clearing localStorage (site data) means "start over": without the pointer nothing is restored.
 */
export const FAST_MAX_CHARS = 256 * 1024;

const LATEST_TEXT = "podplay.text.v1";
const LATEST = "podplay.latest.v1";
const TAB_ID = "podplay.tab.v1";
const TAB_TEXT = "podplay.tabText.v1";
const TAB_LARGE = "podplay.tabLarge.v1";

/** What the mirror offers at start. `tab` is the tab whose draft it is. */
export type FastStart =
  | { kind: "text"; text: string; tab: string }
  | { kind: "large"; tab: string }
  | { kind: "legacy"; text: string }
  | { kind: "none" };

function tryGet(storage: () => Storage, key: string): string | null {
  try {
    return storage().getItem(key);
  } catch {
    return null;
  }
}

const local = () => localStorage;
const session = () => sessionStorage;

/** This tab's id from an earlier load of it (a reload, or a duplicated tab's copy). */
export function ownTabId(): string | undefined {
  return tryGet(session, TAB_ID) ?? undefined;
}

export function setOwnTabId(id: string): void {
  try {
    sessionStorage.setItem(TAB_ID, id);
  } catch {
    // Without sessionStorage a reload is a new tab: it opens the newest text instead of its own.
  }
}

export function readFastStart(): FastStart {
  let latest: { tab?: unknown; large?: unknown } | undefined;
  try {
    latest = JSON.parse(tryGet(local, LATEST) ?? "null") ?? undefined;
  } catch {
    latest = undefined;
  }
  const latestText = tryGet(local, LATEST_TEXT);
  if (!latest || typeof latest.tab !== "string") return latestText !== null ? { kind: "legacy", text: latestText } : { kind: "none" };
  const own = ownTabId();
  if (own) {
    const mine = tryGet(session, TAB_TEXT);
    if (mine !== null) return { kind: "text", text: mine, tab: own };
    if (tryGet(session, TAB_LARGE) !== null) return { kind: "large", tab: own };
  }
  // A pointer without its text: the text is large, or storage refused the copy; IndexedDB has it.
  if (latest.large === true || latestText === null) return { kind: "large", tab: latest.tab };
  return { kind: "text", text: latestText, tab: latest.tab };
}

/**
 * Mirrors a small text for `tab` at once (every edit). Returns whether localStorage now holds it.
 * When a store refuses (quota), its stale copy is removed and it points to IndexedDB instead, so
 * a reload never shows an older text from the mirror.
 */
export function mirrorSmall(tab: string, text: string): boolean {
  let held = true;
  try {
    sessionStorage.setItem(TAB_TEXT, text);
    sessionStorage.removeItem(TAB_LARGE);
  } catch {
    markSessionLarge();
  }
  try {
    localStorage.setItem(LATEST_TEXT, text);
    localStorage.setItem(LATEST, JSON.stringify({ tab, large: false }));
  } catch {
    held = false;
    markLocalLarge(tab);
  }
  return held;
}

/** After IndexedDB has stored a large text for `tab`: the mirror points there. */
export function markLarge(tab: string): void {
  markSessionLarge();
  markLocalLarge(tab);
}

function markSessionLarge(): void {
  try {
    sessionStorage.removeItem(TAB_TEXT);
    sessionStorage.setItem(TAB_LARGE, "1");
  } catch {
    // sessionStorage unavailable: a reload then opens the newest text (localStorage).
  }
}

function markLocalLarge(tab: string): void {
  try {
    localStorage.removeItem(LATEST_TEXT);
    localStorage.setItem(LATEST, JSON.stringify({ tab, large: true }));
  } catch {
    // localStorage unavailable: the next start has no pointer and begins with the default.
  }
}
