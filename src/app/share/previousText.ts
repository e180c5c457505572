/**
 * The text a share link replaced, kept in localStorage so opening a link never loses work: the
 * editor's own text is saved over as soon as the link's text shows.
 */
const STASH_KEY = "podplay.share.previousText.v1";

interface Stash {
  /** The learner's own text from before the link. */
  text: string;
  /** The text the link brought; while the editor still holds exactly this, the stash stays. */
  linkText: string;
}

/**
 * Records `current` before `linkText` replaces it, and says whether there is a text to restore.
 * `isWork` is false for an unedited built-in scenario, which needs no stash. Opening a second
 * link without editing the first one's text keeps the original stash, so link after link never
 * pushes the learner's own work out.
 */
export function stashBeforeLink(current: string, linkText: string, isWork: boolean): boolean {
  const old = read();
  if (old && current === old.linkText) return write({ text: old.text, linkText }) && old.text !== linkText;
  if (current === linkText || !isWork) return false;
  return write({ text: current, linkText });
}

/** Returns the stashed text and forgets it. */
export function takeStashedText(): string | undefined {
  const s = read();
  try {
    localStorage.removeItem(STASH_KEY);
  } catch {
    // Storage unavailable: nothing was stashed either.
  }
  return s?.text;
}

function read(): Stash | undefined {
  try {
    const raw = localStorage.getItem(STASH_KEY);
    if (raw === null) return undefined;
    const v = JSON.parse(raw) as Partial<Stash>;
    return typeof v.text === "string" && typeof v.linkText === "string" ? { text: v.text, linkText: v.linkText } : undefined;
  } catch {
    return undefined;
  }
}

/** False when storage refused it (quota, privacy mode): the link still opens, without a restore offer. */
function write(s: Stash): boolean {
  try {
    localStorage.setItem(STASH_KEY, JSON.stringify(s));
    return true;
  } catch {
    return false;
  }
}
