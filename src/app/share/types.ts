import type { Locale } from "../i18n/define";
import type { Selection } from "../../state/store";

/** Which view fills the upper area on the right. */
export type MainView = "timeline" | "nodemap";

export interface ShareLayout {
  view: MainView;
  /** Share of the window the editor takes, 0.2 – 0.7 (the store's range). */
  editorShare: number;
  /** The editor folded away. */
  editorCollapsed?: boolean;
  /** The free playground's "whole run" choice; absent means "as it happens", the default. */
  reveal?: "asItHappens" | "wholeRun";
}

/** Everything a share link reproduces: opening it gives the same trace at the same moment. */
export interface ShareState {
  /** The scenario text, byte for byte. */
  text: string;
  /** Playhead, simulated seconds. */
  t: number;
  selection?: Selection;
  locale: Locale;
  layout: ShareLayout;
  /** The lesson the sharer was following, if any. */
  lessonId?: string;
}

/**
 * Why a link could not be opened. Each reason gets its own message, because the fix differs:
 * - `malformed`: not our encoding or cut off while copying (copy it again);
 * - `tooLarge`: over a size cap, before or after decompression (never opened, by policy);
 * - `newerVersion`: made by a later podplay (reload to update);
 * - `invalid`: well-formed, but a field has a type or value the page does not accept.
 */
export type ShareFailureReason = "malformed" | "tooLarge" | "newerVersion" | "invalid" | "unknownId";

export type DecodeResult =
  | { ok: true; state: ShareState }
  /** `detail` names our own fields and limits only; it never echoes text from the link. */
  | { ok: false; reason: ShareFailureReason; detail: string };
