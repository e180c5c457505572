/**
 * Tabs tell each other when they saved (BroadcastChannel "podplay.drafts"), so a learner with
 * podplay open twice learns that the other tab's text changed and chooses which to keep: nothing
 * is overwritten either way, since each tab saves its own draft (drafts.ts). A message carries
 * the tab id and the text's fingerprint, never the text (it can be 8 MiB).
 */
export interface SavedMessage {
  v: 1;
  type: "saved";
  tab: string;
  hash: string;
}

let channel: BroadcastChannel | undefined;

function open(): BroadcastChannel | undefined {
  if (!channel && typeof BroadcastChannel === "function") channel = new BroadcastChannel("podplay.drafts");
  return channel;
}

export function announceSaved(tab: string, hash: string): void {
  open()?.postMessage({ v: 1, type: "saved", tab, hash } satisfies SavedMessage);
}

/** Calls `onSaved` for every other tab's save; returns the unsubscribe. */
export function listenForOtherTabs(onSaved: (m: SavedMessage) => void): () => void {
  const ch = open();
  if (!ch) return () => {};
  const handler = (ev: MessageEvent<Partial<SavedMessage>>) => {
    const m = ev.data;
    if (m && m.v === 1 && m.type === "saved" && typeof m.tab === "string" && typeof m.hash === "string") onSaved(m as SavedMessage);
  };
  ch.addEventListener("message", handler);
  return () => ch.removeEventListener("message", handler);
}
