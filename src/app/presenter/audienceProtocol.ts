import type { Locale } from "../i18n/define";
import type { KubectlTab, Selection } from "../../state/store";
import type { Stage } from "./moments";
import { isSessionId } from "./audienceSession";

export { audienceSession, isSessionId } from "./audienceSession";

/**
 * The two-screen presenter's messages (BroadcastChannel, no server): the teacher's window sends
 * what the room should see, audience windows show it. Pure: building and checking messages only.
 * Anything can post on a channel of our origin (another tab, an older build), so every message is
 * checked field by field on receipt and anything malformed, of another version or of another
 * session is dropped, never half-applied.
 */

export const PROTOCOL = "podplay-audience";
export const PROTOCOL_VERSION = 1;
/** One channel for every class; the session id keeps two classes in two tabs apart. */
export const CHANNEL_NAME = "podplay-presenter";

/** The editor's own limit (src/engine/input/limits.ts): a text no page would accept is not a scene. */
const MAX_TEXT = 8 * 1024 * 1024;
/** A week of simulated seconds, the share links' own ceiling. */
const MAX_T = 604_800;
const NAME = /^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$/;
const LESSON = /^[a-z0-9-]{1,64}$/;

/** What the room sees as a whole: the scenario (its text) and the lesson or challenge it belongs to. */
export interface Scene {
  text: string;
  lessonId?: string;
  /** Challenge mode's source file, which the engine grades against (and so simulates with). */
  challenge?: string;
}

/** Where the picture is: the playhead and everything that decides what the views show at it. */
export interface Frame {
  t: number;
  playing: boolean;
  mainView: "timeline" | "nodemap";
  kubectlTab: KubectlTab;
  logsFlags: { previous: boolean; timestamps: boolean };
  selection?: Selection;
  reveal: "asItHappens" | "wholeRun";
  /** The teacher's window is in presenter mode (which always reveals as it happens). */
  presenter: boolean;
  locale: Locale;
  theme: "light" | "dark";
  /** Predict mode and the question (or answer) on screen. */
  predict: boolean;
  stage: Stage;
}

/** What an audience window may ask the teacher's window to do (a clicker pointed at the projector). */
export type Command = "next" | "prev" | "predict";

export type Role = "presenter" | "audience";

export type Message =
  /** An audience window opened (or came back): the presenter answers with the scene and the frame. */
  | { kind: "hello" }
  | { kind: "scene"; scene: Scene }
  | { kind: "frame"; frame: Frame }
  | { kind: "command"; command: Command }
  /** I am still here (every few seconds), so a window that vanished without a word is noticed. */
  | { kind: "ping"; role: Role }
  /** The window is closing. */
  | { kind: "bye"; role: Role };

export interface Envelope {
  protocol: typeof PROTOCOL;
  v: typeof PROTOCOL_VERSION;
  session: string;
  /** The sending window's own id: a window ignores its own echo and tells audience windows apart. */
  from: string;
  message: Message;
}

/** A fresh id for a session or a window: 16 characters of [a-z0-9]. */
export function newId(random: () => number = Math.random): string {
  let s = "";
  for (let i = 0; i < 16; i++) s += "abcdefghijklmnopqrstuvwxyz0123456789"[Math.floor(random() * 36) % 36];
  return s;
}

export function envelope(session: string, from: string, message: Message): Envelope {
  return { protocol: PROTOCOL, v: PROTOCOL_VERSION, session, from, message };
}

/**
 * The message in `data` when it is a well-formed message of this version for `session` from
 * another window than `self`; otherwise undefined (ignored). Never throws.
 */
export function receive(data: unknown, session: string, self: string): { from: string; message: Message } | undefined {
  if (!isObject(data) || data.protocol !== PROTOCOL || data.v !== PROTOCOL_VERSION) return undefined;
  if (data.session !== session || !isSessionId(data.from) || data.from === self) return undefined;
  const message = checkMessage(data.message);
  return message && { from: data.from, message };
}

function checkMessage(m: unknown): Message | undefined {
  if (!isObject(m)) return undefined;
  switch (m.kind) {
    case "hello":
      return { kind: "hello" };
    case "scene": {
      const scene = checkScene(m.scene);
      return scene && { kind: "scene", scene };
    }
    case "frame": {
      const frame = checkFrame(m.frame);
      return frame && { kind: "frame", frame };
    }
    case "command":
      return m.command === "next" || m.command === "prev" || m.command === "predict" ? { kind: "command", command: m.command } : undefined;
    case "ping":
    case "bye":
      return m.role === "presenter" || m.role === "audience" ? { kind: m.kind, role: m.role } : undefined;
    default:
      return undefined;
  }
}

function checkScene(s: unknown): Scene | undefined {
  if (!isObject(s) || typeof s.text !== "string" || s.text.length > MAX_TEXT) return undefined;
  if (s.lessonId !== undefined && !(typeof s.lessonId === "string" && LESSON.test(s.lessonId))) return undefined;
  if (s.challenge !== undefined && !(typeof s.challenge === "string" && s.challenge.length <= MAX_TEXT)) return undefined;
  return { text: s.text, ...(s.lessonId !== undefined ? { lessonId: s.lessonId } : {}), ...(s.challenge !== undefined ? { challenge: s.challenge } : {}) };
}

const TABS: readonly string[] = ["watch", "describe", "events", "logs"];

function checkFrame(f: unknown): Frame | undefined {
  if (!isObject(f)) return undefined;
  if (typeof f.t !== "number" || !Number.isFinite(f.t) || f.t < 0 || f.t > MAX_T) return undefined;
  if (typeof f.playing !== "boolean" || typeof f.presenter !== "boolean" || typeof f.predict !== "boolean") return undefined;
  if (f.mainView !== "timeline" && f.mainView !== "nodemap") return undefined;
  if (typeof f.kubectlTab !== "string" || !TABS.includes(f.kubectlTab)) return undefined;
  const lf = f.logsFlags;
  if (!isObject(lf) || typeof lf.previous !== "boolean" || typeof lf.timestamps !== "boolean") return undefined;
  if (f.reveal !== "asItHappens" && f.reveal !== "wholeRun") return undefined;
  if (f.locale !== "en" && f.locale !== "ko") return undefined;
  if (f.theme !== "light" && f.theme !== "dark") return undefined;
  const stage = checkStage(f.stage);
  if (!stage) return undefined;
  let selection: Selection | undefined;
  if (f.selection !== undefined) {
    selection = checkSelection(f.selection);
    if (!selection) return undefined;
  }
  return {
    t: f.t,
    playing: f.playing,
    mainView: f.mainView,
    kubectlTab: f.kubectlTab as KubectlTab,
    logsFlags: { previous: lf.previous, timestamps: lf.timestamps },
    ...(selection ? { selection } : {}),
    reveal: f.reveal,
    presenter: f.presenter,
    locale: f.locale,
    theme: f.theme,
    predict: f.predict,
    stage,
  };
}

function checkStage(s: unknown): Stage | undefined {
  if (!isObject(s)) return undefined;
  if (s.kind === "idle") return { kind: "idle" };
  if ((s.kind === "asking" || s.kind === "revealed") && Number.isInteger(s.index) && (s.index as number) >= 0 && (s.index as number) < 10_000) return { kind: s.kind, index: s.index as number };
  return undefined;
}

function checkSelection(s: unknown): Selection | undefined {
  if (!isObject(s)) return undefined;
  if (s.kind === "entry") return Number.isInteger(s.id) && (s.id as number) >= 0 ? { kind: "entry", id: s.id as number } : undefined;
  if (!name(s.namespace) || !name(s.pod)) return undefined;
  if (s.kind === "pod") return { kind: "pod", namespace: s.namespace, pod: s.pod };
  if (s.kind === "container" && name(s.container)) return { kind: "container", namespace: s.namespace, pod: s.pod, container: s.container };
  return undefined;
}

function name(x: unknown): x is string {
  return typeof x === "string" && NAME.test(x);
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

/** The audience window's address: this page's own (its other switches kept, its hash dropped) with the flag. */
export function audienceUrl(href: string, session: string): string {
  const u = new URL(href);
  u.hash = "";
  u.searchParams.set("view", "audience");
  u.searchParams.set("session", session);
  return u.toString();
}
