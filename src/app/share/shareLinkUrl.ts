import type { PlaygroundState } from "../../state/store";
import { encodeShareHash } from "./linkCodec";

/**
 * The page's share link: what a learner sees now (text, playhead, selection, language, layout,
 * lesson). The query string is left out: it carries test and debug switches, not state.
 */
export function shareLinkFor(s: PlaygroundState, base = location.origin + location.pathname): { ok: true; url: string } | { ok: false; reason: "tooLarge" } {
  const enc = encodeShareHash({
    text: s.text,
    t: s.t,
    selection: s.selection,
    locale: s.locale,
    layout: { view: s.mainView, editorShare: s.editorShare, ...(s.editorCollapsed ? { editorCollapsed: true } : {}), ...(s.reveal === "wholeRun" ? { reveal: "wholeRun" as const } : {}) },
    lessonId: s.lessonId,
  });
  return enc.ok ? { ok: true, url: base + enc.hash } : enc;
}
