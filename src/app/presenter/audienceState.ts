import { create } from "zustand";
import { useStore } from "../../state/store";

/**
 * What the first load needs of the two-screen presenter: whether this window is an audience
 * window, and the link's state the page lays out from. The BroadcastChannel itself
 * (./audienceLink.ts) loads with presenter mode, or at once in an audience window.
 */

/** The teacher's session survives a reload of the teacher's tab (not a new tab: that is another class). */
export const SESSION_KEY = "podplay.presenterSession.v1";

interface LinkState {
  role: "none" | "presenter" | "audience";
  session?: string;
  /** Teacher: how many audience windows were heard from lately. */
  audiences: number;
  /** Teacher: the address to open by hand when the browser refused the new window. */
  blockedUrl?: string;
  /** Audience: the teacher's window answers (false before its first word and after it left). */
  presenterHere: boolean;
  /** Audience: the teacher's window has been heard at least once (the scene has come). */
  everHeard: boolean;
}

export const useAudienceLink = create<LinkState>()(() => ({ role: "none", audiences: 0, presenterHere: false, everHeard: false }));

export function isAudienceWindow(): boolean {
  return useAudienceLink.getState().role === "audience";
}

/**
 * This page is an audience window of `session`, from before the first render: nothing of this
 * browser's own work is restored or saved here (main.tsx, App); the text comes from the teacher.
 */
export function beginAudience(session: string): void {
  useAudienceLink.setState({ role: "audience", session, presenterHere: false, everHeard: false });
  const ko = typeof navigator !== "undefined" && navigator.language?.toLowerCase().startsWith("ko");
  // Until the teacher's first frame: the reader's language, an empty scene (nothing to simulate).
  useStore.setState({ text: "", presenter: true, locale: ko ? "ko" : "en" });
}

/** A reload of a teacher's tab that had audience windows (their link resumes: ./audienceLink.ts). */
export function hadPresenterSession(): boolean {
  try {
    return !!sessionStorage.getItem(SESSION_KEY);
  } catch {
    return false;
  }
}
