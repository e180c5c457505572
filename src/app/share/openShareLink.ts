import { useStore, type Selection } from "../../state/store";
import { openScenario, seek, select, setEditorShare, startChallengeFromText } from "../../state/actions";
import { hasChallengeDocument } from "../challenges/modePersist";
import { decodeShareHash, isShareHash } from "./linkCodec";
import { setShareNotice } from "./shareNotice";

/**
 * Opens the share link in `hash` if it is one (other hashes, like the skip link's, are left alone).
 * On success the page takes the link's text, language and layout at once, and its playhead and
 * selection once the link's text has been simulated. Either way the hash is then removed
 * (history.replaceState, no new history entry): the page's state is now saved like any edit
 * (src/app/persist), so a reload keeps later edits instead of reopening the link over them. The
 * text the link replaced is kept and can come back (src/app/persist/stash.ts).
 */
export function openShareHash(hash: string): void {
  if (!isShareHash(hash)) return;
  const result = decodeShareHash(hash);
  clearHash();
  if (!result.ok) {
    setShareNotice({ kind: "failed", reason: result.reason, detail: result.detail });
    return;
  }
  const s = result.state;
  openScenario(s.text, s.lessonId, "link");
  // A teacher's challenge opens in challenge mode: the link's text is the challenge its answers are held to.
  if (hasChallengeDocument(s.text)) startChallengeFromText(s.text);
  setEditorShare(s.layout.editorShare);
  useStore.setState({ locale: s.locale, mainView: s.layout.view, editorCollapsed: s.layout.editorCollapsed ?? false, reveal: s.layout.reveal ?? "asItHappens" });
  afterSimulation(s.text, s.t, s.selection);
  setShareNotice({ kind: "opened" });
}

let cancelPending = () => {};

/**
 * The playhead and selection only mean something on the link's trace: wait for the view computed
 * from exactly this text, then seek (clamped to the trace's end). Editing first cancels it.
 */
function afterSimulation(text: string, t: number, selection: Selection | undefined): void {
  cancelPending();
  let unsubscribe = () => {};
  const stop = () => {
    unsubscribe();
    cancelPending = () => {};
  };
  const check = () => {
    const s = useStore.getState();
    if (s.text !== text) return stop();
    if (s.view?.text !== text) return;
    stop();
    select(selection);
    seek(t);
  };
  unsubscribe = useStore.subscribe(check);
  cancelPending = stop;
  check();
}

function clearHash(): void {
  try {
    history.replaceState(history.state, "", location.pathname + location.search);
  } catch {
    // Some embedded browsers refuse; the link then simply stays in the address bar.
  }
}
