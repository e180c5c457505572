import { useStore, type PlaygroundState } from "../../state/store";
import { usePresenter } from "./presenterState";
import { beginAudience, SESSION_KEY, useAudienceLink } from "./audienceState";
import { audienceUrl, CHANNEL_NAME, envelope, newId, receive, type Command, type Frame, type Message, type Scene } from "./audienceProtocol";

/**
 * The two-screen presenter over a BroadcastChannel. The teacher's window is the only source of
 * truth: it sends the scene (the text, the lesson) when it changes and the frame (playhead, view,
 * question) whenever that changes; audience windows only show what they are sent and ask for
 * everything again when they open. Each side pings, so a window that vanished without saying
 * goodbye is noticed, and neither needs the other to keep working.
 */

/** How often each side says it is still there, and how long a silence means it has gone. */
export const PING_MS = 2000;
export const GONE_MS = 7000;

// The link's state is in ./audienceState.ts (the first load needs it); the channel is here, loaded with presenter mode.

interface Wire {
  session: string;
  post: (m: Message) => void;
}
let wire: Wire | undefined;

function open(session: string, onMessage: (from: string, m: Message) => void): Wire {
  const self = newId();
  const channel = new BroadcastChannel(CHANNEL_NAME);
  channel.onmessage = (e: MessageEvent) => {
    const got = receive(e.data, session, self);
    if (got) onMessage(got.from, got.message);
  };
  // A message that cannot be cloned never reaches us; nothing to do about it but ignore it.
  channel.onmessageerror = () => undefined;
  return {
    session,
    post: (m) => {
      try {
        channel.postMessage(envelope(session, self, m));
      } catch {
        // The channel was closed (the page is going away): nothing left to tell.
      }
    },
  };
}

/* ---------- the teacher's window ---------- */

let commandHandler: (c: Command) => void = () => {};

/** Presenter mode runs audience commands (a clicker pointed at the projector) with its own moments. */
export function onAudienceCommand(fn: (c: Command) => void): () => void {
  commandHandler = fn;
  return () => {
    if (commandHandler === fn) commandHandler = () => {};
  };
}

export function sceneOf(s: PlaygroundState): Scene {
  return { text: s.text, ...(s.lessonId ? { lessonId: s.lessonId } : {}), ...(s.challenge ? { challenge: s.challenge.source } : {}) };
}

export function frameOf(s: PlaygroundState, p = usePresenter.getState()): Frame {
  return {
    t: s.t,
    playing: s.playing,
    mainView: s.mainView,
    kubectlTab: s.kubectlTab,
    logsFlags: { ...s.logsFlags },
    ...(s.selection ? { selection: s.selection } : {}),
    reveal: s.reveal,
    presenter: s.presenter,
    locale: s.locale,
    theme: s.theme,
    predict: p.predict,
    stage: p.stage,
  };
}

/** Opens one more audience window (the first one starts the session); a refused pop-up leaves its address to open by hand. */
export function openAudienceWindow(): void {
  const session = startPresenterLink();
  const url = audienceUrl(location.href, session);
  const w = window.open(url, "_blank");
  useAudienceLink.setState({ blockedUrl: w ? undefined : url });
}

/** A reload of the teacher's tab picks its class back up, so the projector keeps following. */
export function resumePresenterLink(): void {
  let session: string | null = null;
  try {
    session = sessionStorage.getItem(SESSION_KEY);
  } catch {
    // No session storage: a reload starts a new class, whose windows the teacher opens again.
  }
  if (session) startPresenterLink(session);
}

function startPresenterLink(existing?: string): string {
  if (wire && useAudienceLink.getState().role === "presenter") return wire.session;
  if (typeof BroadcastChannel === "undefined") return existing ?? newId();
  const session = existing ?? newId();
  try {
    sessionStorage.setItem(SESSION_KEY, session);
  } catch {
    // Kept for this page's life only.
  }
  const seen = new Map<string, number>();
  const count = () => useAudienceLink.setState({ audiences: seen.size });
  let lastScene: Scene | undefined;
  let lastFrame = "";
  const sendScene = () => {
    lastScene = sceneOf(useStore.getState());
    w.post({ kind: "scene", scene: lastScene });
  };
  const sendFrame = () => {
    const f = frameOf(useStore.getState());
    lastFrame = JSON.stringify(f);
    w.post({ kind: "frame", frame: f });
  };
  const w = open(session, (from, m) => {
    if (m.kind === "hello" || (m.kind === "ping" && m.role === "audience")) {
      const isNew = !seen.has(from);
      seen.set(from, Date.now());
      count();
      if (m.kind === "hello" || isNew) {
        sendScene();
        sendFrame();
      }
    } else if (m.kind === "bye" && m.role === "audience") {
      seen.delete(from);
      count();
    } else if (m.kind === "command") commandHandler(m.command);
  });
  const changed = () => {
    const s = useStore.getState();
    if (!lastScene || s.text !== lastScene.text || s.lessonId !== lastScene.lessonId || s.challenge?.source !== lastScene.challenge) sendScene();
    if (JSON.stringify(frameOf(s)) !== lastFrame) sendFrame();
  };
  // For the page's life: the class ends when the teacher's tab closes.
  useStore.subscribe(changed);
  usePresenter.subscribe(changed);
  setInterval(() => {
    w.post({ kind: "ping", role: "presenter" });
    const now = Date.now();
    for (const [id, at] of seen) if (now - at > GONE_MS) seen.delete(id);
    count();
  }, PING_MS);
  const bye = () => w.post({ kind: "bye", role: "presenter" });
  addEventListener("pagehide", bye);
  wire = w;
  useAudienceLink.setState({ role: "presenter", session, audiences: 0 });
  // Windows already open (a reload of this tab) catch up at once.
  sendScene();
  sendFrame();
  return session;
}

/* ---------- an audience window ---------- */

/**
 * Starts this page as an audience window of `session`, before the first render: nothing of this
 * browser's own work is restored or saved here (main.tsx, App), the text comes from the teacher.
 */
export function startAudience(session: string): void {
  if (useAudienceLink.getState().role !== "audience") beginAudience(session);
  if (typeof BroadcastChannel === "undefined") return;
  let scene: Scene | undefined;
  let frame: Frame | undefined;
  let heardAt = 0;
  const heard = () => {
    heardAt = Date.now();
    if (!useAudienceLink.getState().presenterHere) useAudienceLink.setState({ presenterHere: true, everHeard: true });
  };
  const w = open(session, (_from, m) => {
    switch (m.kind) {
      case "scene":
        heard();
        scene = m.scene;
        applyScene(m.scene);
        break;
      case "frame":
        heard();
        frame = m.frame;
        applyFrame(m.frame);
        break;
      case "ping":
        if (m.role === "presenter") heard();
        break;
      case "bye":
        if (m.role === "presenter") useAudienceLink.setState({ presenterHere: false });
        break;
    }
  });
  // A new picture clamps the playhead to its own trace: once the scene's own run is in, put the
  // frame back (the playhead may have gone past the end of the run the page showed before).
  useStore.subscribe((s, prev) => {
    if (s.view !== prev.view && scene && frame && s.view?.text === scene.text) applyFrame(frame);
  });
  w.post({ kind: "hello" });
  setInterval(() => {
    w.post({ kind: "ping", role: "audience" });
    if (useAudienceLink.getState().presenterHere && Date.now() - heardAt > GONE_MS) useAudienceLink.setState({ presenterHere: false });
  }, PING_MS);
  addEventListener("pagehide", () => w.post({ kind: "bye", role: "audience" }));
  wire = w;
}

function applyScene(scene: Scene): void {
  const s = useStore.getState();
  if (s.text === scene.text && s.lessonId === scene.lessonId && s.challenge?.source === scene.challenge) return;
  useStore.setState({
    text: scene.text,
    lessonId: scene.lessonId,
    challenge: scene.challenge !== undefined ? { source: scene.challenge } : undefined,
    selection: undefined,
    highlight: [],
    editorFields: [],
  });
}

function applyFrame(f: Frame): void {
  // The question first, at the frame's time, so the playhead's move does not close it.
  usePresenter.setState({ predict: f.predict, stage: f.stage, stageT: f.t });
  // The audience never plays by itself: the teacher's playhead arrives frame by frame.
  useStore.setState({
    t: f.t,
    playing: false,
    mainView: f.mainView,
    kubectlTab: f.kubectlTab,
    logsFlags: f.logsFlags,
    selection: f.selection,
    reveal: f.reveal,
    presenter: f.presenter,
    locale: f.locale,
    theme: f.theme,
  });
}

/**
 * An audience window's key for the teacher's window (next, previous, predict): sent when the
 * teacher's window is there to act on it, so both screens stay one picture. False: act here.
 */
export function forwardToPresenter(command: Command): boolean {
  const link = useAudienceLink.getState();
  if (link.role !== "audience" || !link.presenterHere || !wire) return false;
  wire.post({ kind: "command", command });
  return true;
}
