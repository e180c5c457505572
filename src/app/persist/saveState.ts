import { create } from "zustand";

/** What the page tells the learner about keeping their text (PersistNotice). Its own small store. */
export interface SaveState {
  /** The last save reached neither IndexedDB nor the localStorage mirror: the text is only in this page. */
  failed: boolean;
  /** The learner closed the failure notice; it comes back if a save fails again after one succeeded. */
  failedDismissed: boolean;
  /** Another tab saved a different text: its tab id (the notice offers to open it). */
  otherTab: string | undefined;
  /** What this tab's draft in IndexedDB now holds (tests and the notice read it). */
  saved: { chars: number; hash: string } | undefined;
}

export const useSaveState = create<SaveState>()(() => ({ failed: false, failedDismissed: false, otherTab: undefined, saved: undefined }));

export function setSaveFailed(failed: boolean): void {
  const s = useSaveState.getState();
  if (s.failed === failed) return;
  useSaveState.setState({ failed, failedDismissed: failed ? false : s.failedDismissed });
}
