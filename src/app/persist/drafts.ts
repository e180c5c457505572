import { delMany, get, set, update } from "idb-keyval";
import { withKv } from "./kv";

/**
 * Each tab's own draft in IndexedDB (`draft:<tab>`), so two tabs never write over each other, and
 * an index of the newest ones (`drafts`). Only the newest KEEP_DRAFTS drafts are kept: a draft
 * pushed out (with its tab's stash) belongs to a tab nobody has used for KEEP_DRAFTS saves of
 * other tabs; the newest text is always kept, and a tab still open writes its own again.
 */
export const KEEP_DRAFTS = 10;

export interface Draft {
  text: string;
  /** Wall-clock ms (Date.now()) of the save. */
  savedAt: number;
}

interface IndexEntry {
  tab: string;
  savedAt: number;
}

export const draftKey = (tab: string) => `draft:${tab}`;
export const stashKey = (tab: string) => `previous:${tab}`;

export async function saveDraft(tab: string, text: string, savedAt = Date.now()): Promise<void> {
  let dropped: string[] = [];
  await withKv(async (s) => {
    await set(draftKey(tab), { text, savedAt } satisfies Draft, s);
    // One transaction: two tabs saving at once both end up in the index.
    await update<IndexEntry[]>(
      "drafts",
      (old) => {
        const next = [{ tab, savedAt }, ...(Array.isArray(old) ? old : []).filter((e) => e.tab !== tab)];
        dropped = next.slice(KEEP_DRAFTS).map((e) => e.tab);
        return next.slice(0, KEEP_DRAFTS);
      },
      s,
    );
    if (dropped.length > 0) await delMany(dropped.flatMap((t) => [draftKey(t), stashKey(t)]), s);
  });
}

/** The draft `tab` saved last, or undefined (none, damaged, or IndexedDB failing). */
export async function loadDraft(tab: string): Promise<Draft | undefined> {
  try {
    const d = await withKv((s) => get<Partial<Draft>>(draftKey(tab), s));
    return d && typeof d.text === "string" ? { text: d.text, savedAt: typeof d.savedAt === "number" ? d.savedAt : 0 } : undefined;
  } catch {
    return undefined;
  }
}
