import { create } from "zustand";
import type { Diagnostic } from "../engine/api/types";
import type { Trace } from "../engine/trace/types";
import type { Locale } from "../app/i18n/define";
import type { LocalText } from "../engine/challenge/challenge";
import type { RowFact } from "../engine/challenge/grade";

/** A Challenge's goals as graded against one run (src/engine/challenge), for the challenge panel. */
export interface ChallengeView {
  name: string;
  title: LocalText;
  task: LocalText;
  hints: LocalText[];
  goals: Array<{ label: LocalText; passed: boolean; detail: string; t?: number; fact?: RowFact }>;
}

/** A finished simulation as the page holds it: the last good one stays while the text is invalid. */
export interface SimView {
  /** The text's Challenge, when it has one: goals graded against this run. */
  challenge?: ChallengeView;
  trace: Trace;
  errors: Diagnostic[];
  infos: Diagnostic[];
  truncated?: string;
  /** Wall-clock milliseconds the worker took. */
  wallMs: number;
  /** The text this view was computed from. */
  text: string;
}

/** What the learner selected: a trace entry (a change), a pod, or one of its containers. */
export type Selection =
  | { kind: "entry"; id: number }
  | { kind: "pod"; namespace: string; pod: string }
  | { kind: "container"; namespace: string; pod: string; container: string };

export type EngineStatus =
  | { state: "idle" }
  | { state: "running" }
  /** The watchdog stopped a run that took too long; the worker was restarted. */
  | { state: "watchdog"; ms: number }
  | { state: "crashed"; message: string };

export interface PlaygroundState {
  text: string;
  locale: Locale;
  /** The Korean UI strings have loaded (a chunk of their own): until then the page shows English. */
  koreanLoaded: boolean;
  theme: "light" | "dark";
  view: SimView | undefined;
  /** Problems with the current text (which may be newer than `view`). */
  diagnostics: Diagnostic[];
  infos: Diagnostic[];
  engine: EngineStatus;
  /** Playhead, simulated seconds. */
  t: number;
  playing: boolean;
  /** Simulated seconds per wall second. */
  speed: number;
  selection: Selection | undefined;
  /** Entries the why panel points at (drawn highlighted on the timeline). */
  highlight: number[];
  /** Manifest fields the why panel points at (highlighted in the editor). */
  editorFields: Array<{ document: number; path: string }>;
  /** Share of the window the editor takes, 0.2 – 0.7. */
  editorShare: number;
  helpOpen: boolean;
  /** Which view fills the upper right: the timeline or the node map (a share link carries it). */
  mainView: "timeline" | "nodemap";
  /** The lesson being followed, if any (a share link carries it). */
  lessonId: string | undefined;
  /** Presenter mode (src/app/presenter): editor hidden, large type, stepping between key moments. */
  presenter: boolean;
  /**
   * The free playground's choice: draw only what has happened up to the playhead ("asItHappens")
   * or the whole run at once ("wholeRun"). Lessons and presenter mode always reveal as it happens
   * (selectRevealUntil); a share link carries the choice.
   */
  reveal: "asItHappens" | "wholeRun";
  /** Which kubectl command the panel shows; a lesson moment can set it. */
  kubectlTab: KubectlTab;
  /** Challenge mode: the challenge the learner works on (its file: fixed parts and goals), a built-in's id. */
  challenge: { id?: string; source: string } | undefined;
  /** The goals of the newest run, also of one whose input was rejected (then none is graded). */
  challengeView: ChallengeView | undefined;
  /** The logs tab's flags: `--previous` (a lesson moment can set it) and `--timestamps`. */
  logsFlags: { previous: boolean; timestamps: boolean };
  /** A big run's container logs are still on their way from the worker (they follow its picture). */
  logsArriving: boolean;
  /** The editor folded away (any screen); a share link carries it. */
  editorCollapsed: boolean;
}

export type KubectlTab = "watch" | "describe" | "events" | "logs" | "prompt";

export const SPEEDS = [0.25, 0.5, 1, 2, 5, 10, 25, 50, 100] as const;

export const useStore = create<PlaygroundState>()(() => ({
  text: "",
  locale: "en",
  koreanLoaded: false,
  theme: "light",
  view: undefined,
  diagnostics: [],
  infos: [],
  engine: { state: "idle" },
  t: 0,
  playing: false,
  speed: 5,
  selection: undefined,
  highlight: [],
  editorFields: [],
  editorShare: 0.38,
  helpOpen: false,
  mainView: "timeline",
  lessonId: undefined,
  presenter: false,
  reveal: "asItHappens",
  kubectlTab: "watch",
  logsFlags: { previous: false, timestamps: false },
  logsArriving: false,
  challenge: undefined,
  challengeView: undefined,
  editorCollapsed: false,
}));

// Named selectors: components read narrowly so a playhead move re-renders only what depends on t.
export const selectT = (s: PlaygroundState) => s.t;
export const selectView = (s: PlaygroundState) => s.view;
export const selectTrace = (s: PlaygroundState) => s.view?.trace;
/** The language the page is shown in: the chosen one once its strings are there (Korean loads on demand). */
export const selectLocale = (s: PlaygroundState): Locale => (s.locale === "ko" && !s.koreanLoaded ? "en" : s.locale);
export const selectSelection = (s: PlaygroundState) => s.selection;
export const selectHighlight = (s: PlaygroundState) => s.highlight;
export const selectPlaying = (s: PlaygroundState) => s.playing;
export const selectSpeed = (s: PlaygroundState) => s.speed;
export const selectUntil = (s: PlaygroundState) => s.view?.trace.until ?? 0;
/**
 * The first run has ended (a picture, errors, or a stopped engine). Big lazy parts (the lesson
 * catalogue with its texts in two languages, the editor) wait for it, so that they do not hold the
 * main thread while the first picture is being drawn.
 */
export const selectFirstRunDone = (s: PlaygroundState) => s.view !== undefined || s.diagnostics.length > 0 || s.engine.state === "watchdog" || s.engine.state === "crashed";

/** Whether the views hide what happens after the playhead (lessons and presenter mode always do). */
export const selectRevealing = (s: PlaygroundState) => s.reveal === "asItHappens" || s.presenter || s.lessonId !== undefined;
/**
 * The last simulated second every view may draw: the playhead while revealing as it happens,
 * otherwise Infinity (the whole run). Views draw nothing that starts after it and cut what is
 * still going on at it.
 */
export const selectRevealUntil = (s: PlaygroundState) => (selectRevealing(s) ? s.t : Infinity);
