import { useStore, type Selection } from "../../state/store";
import { openChallenge, openLesson, openScenario, seek, select, setEditorShare, startChallengeFromText } from "../../state/actions";
import { hasChallengeDocument } from "../challenges/modePersist";
import { decodeShareHash, isShareHash } from "./linkCodec";
import { setShareNotice } from "./shareNotice";
import { isDeepLinkHash, parseDeepLink } from "./deepLink";

/**
 * Opens the share link in `hash` if it is one (other hashes, like the skip link's, are left alone).
 * On success the page takes the link's text, language and layout at once, and its playhead and
 * selection once the link's text has been simulated. Either way the hash is then removed
 * (history.replaceState, no new history entry): the page's state is now saved like any edit
 * (src/app/persist), so a reload keeps later edits instead of reopening the link over them. The
 * text the link replaced is kept and can come back (src/app/persist/stash.ts).
 */
export function openShareHash(hash: string): void {
  if (isDeepLinkHash(hash)) {
    void openDeepLink(hash);
    return;
  }
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

/**
 * A short link to a built-in lesson or challenge (`#lesson/ID[/ko]`): opened as the gallery opens
 * it, without asking first (the text it replaces is kept, as for a share link), then the hash goes.
 */
async function openDeepLink(hash: string): Promise<void> {
  const link = parseDeepLink(hash);
  clearHash();
  // Only a validated id is ever shown back (the detail never echoes arbitrary text from a link).
  if (!link) {
    setShareNotice({ kind: "failed", reason: "unknownId", detail: "a lesson or challenge id is lowercase letters, digits and dashes" });
    return;
  }
  if (link.locale) useStore.setState({ locale: link.locale });
  const opened = link.kind === "lesson" ? await openLesson(link.id, () => true, "link") : await openChallenge(link.id, () => true, "link");
  setShareNotice(opened ? { kind: "opened" } : { kind: "failed", reason: "unknownId", detail: `${link.kind} ${link.id}` });
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
