import { useStore } from "../../state/store";

/** Challenge mode survives a reload: a built-in by its id, a teacher's challenge by its text. */
const KEY = "podplay.challengeMode.v1";
/** A challenge file bigger than this is not kept for a reload (the text itself is, by src/app/persist). */
const MAX_SOURCE = 256 * 1024;

/** Whether a text has a podplay Challenge document (a cheap look, before any parsing). */
export function hasChallengeDocument(text: string): boolean {
  return /^apiVersion:\s*podplay\.dev\/v1alpha1\s*$/m.test(text) && /^kind:\s*Challenge\s*$/m.test(text);
}

export function restoreChallengeMode(): void {
  try {
    const v = JSON.parse(localStorage.getItem(KEY) ?? "null") as { id?: unknown; source?: unknown } | null;
    if (v && typeof v.source === "string") useStore.setState({ challenge: { ...(typeof v.id === "string" ? { id: v.id } : {}), source: v.source } });
  } catch {
    // A damaged entry: the page opens outside challenge mode.
  }
  useStore.subscribe((s, prev) => {
    if (s.challenge === prev.challenge) return;
    try {
      if (s.challenge && s.challenge.source.length <= MAX_SOURCE) localStorage.setItem(KEY, JSON.stringify(s.challenge));
      else localStorage.removeItem(KEY);
    } catch {
      // Storage full or denied: challenge mode then lasts until the reload.
    }
  });
}
