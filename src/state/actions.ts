import type { Trace, TraceEntry } from "../engine/trace/types";
import { useStore, type KubectlTab, type PlaygroundState, type Selection, type SimView } from "./store";
import type { Locale } from "../app/i18n/define";
import { EXAMPLES } from "../scenarios/examples";

// Actions are module-level functions so the worker client, shortcuts and tests call them without hooks.
const set = useStore.setState;
const get = useStore.getState;

export function setText(text: string): void {
  set({ text });
}

export function setLocale(locale: Locale): void {
  set({ locale });
  // An open lesson's or built-in challenge's unedited text follows the language (its comments are translated).
  const { lessonId, challenge } = get();
  if (lessonId) {
    followLanguage(locale, (s) => s.lessonId === lessonId, async () => {
      const [{ lessonById }, { lessonYaml, lessonYamls }] = await Promise.all([import("../lessons/index"), import("../lessons/comments")]);
      const lesson = lessonById(lessonId);
      return lesson && { texts: lessonYamls(lesson), next: lessonYaml(lesson, locale) };
    });
  } else if (challenge?.id) {
    const id = challenge.id;
    followLanguage(locale, (s) => !s.lessonId && s.challenge?.id === id, async () => {
      const [{ challengeById }, { challengeYaml, challengeYamls }] = await Promise.all([import("../challenges/index"), import("../challenges/comments")]);
      const c = challengeById(id);
      return c && { texts: challengeYamls(c), next: challengeYaml(c, locale) };
    });
  }
}

/**
 * Puts the `locale` text of what is open in the editor once `load` has found it, if the editor still
 * holds one of its unedited texts (any language's) and nothing else changed meanwhile.
 */
function followLanguage(locale: Locale, stillOpen: (s: PlaygroundState) => boolean, load: () => Promise<{ texts: string[]; next: string } | undefined>): void {
  void load().then((found) => {
    const s = get();
    if (!found || !stillOpen(s) || s.locale !== locale || !found.texts.includes(s.text)) return;
    if (found.next !== s.text) set({ text: found.next });
  });
}

export function setTheme(theme: "light" | "dark"): void {
  set({ theme });
}

/** Shows a run's picture; `logsArriving`: its container logs come a moment later (a big run's). */
export function showView(view: SimView, logsArriving = false): void {
  const t = Math.min(get().t, view.trace.until);
  set({ view, t, diagnostics: view.errors, infos: view.infos, engine: { state: "idle" }, logsArriving });
}

export function seek(t: number): void {
  const until = get().view?.trace.until ?? 0;
  set({ t: Math.max(0, Math.min(until, t)) });
}

export function play(): void {
  const s = get();
  if (s.view && s.t >= s.view.trace.until) set({ t: 0 });
  set({ playing: true });
}

export function pause(): void {
  set({ playing: false });
}

export function togglePlay(): void {
  if (get().playing) pause();
  else play();
}

export function setSpeed(speed: number): void {
  set({ speed });
}

export function select(selection: Selection | undefined): void {
  set({ selection, highlight: [], editorFields: [] });
}

/**
 * One selection, one time: selecting a change (or a pod or container at a moment) moves the
 * playhead there, so every view (the Why panel, kubectl, the node map) speaks of the same instant.
 */
export function selectAt(selection: Selection | undefined, t: number): void {
  pause();
  select(selection);
  seek(t);
}

export function setReveal(reveal: "asItHappens" | "wholeRun"): void {
  set({ reveal });
}

export function setKubectlTab(kubectlTab: KubectlTab): void {
  set({ kubectlTab });
}

export function setLogsFlags(flags: Partial<PlaygroundState["logsFlags"]>): void {
  set((s) => ({ logsFlags: { ...s.logsFlags, ...flags } }));
}

export function setEditorCollapsed(editorCollapsed: boolean): void {
  set({ editorCollapsed });
}

export function setHighlight(ids: number[]): void {
  set({ highlight: ids });
}

export function setEditorFields(fields: Array<{ document: number; path: string }>): void {
  set({ editorFields: fields });
}

export function setEditorShare(share: number): void {
  set({ editorShare: Math.max(0.2, Math.min(0.7, share)) });
}

export function setHelpOpen(open: boolean): void {
  set({ helpOpen: open });
}

export function setMainView(mainView: "timeline" | "nodemap"): void {
  set({ mainView });
}

/** The distinct times at which anything changed, ascending (step targets). */
export function changeTimes(trace: Trace): number[] {
  const out: number[] = [];
  for (const e of trace.entries) if (out[out.length - 1] !== e.t) out.push(e.t);
  return out;
}

let cachedFor: Trace | undefined;
let cachedTimes: number[] = [];

function times(): number[] {
  const trace = get().view?.trace;
  if (!trace) return [];
  if (trace !== cachedFor) {
    cachedFor = trace;
    cachedTimes = changeTimes(trace);
  }
  return cachedTimes;
}

/** How much a change says on the timeline: a warning event, then any pod event, then a pod write, then the rest. */
function changeWeight(e: TraceEntry): number {
  if (e.type === "event") return e.event.object.kind === "Pod" ? (e.event.type === "Warning" ? 5 : 4) : 2;
  if (e.type === "runtime") return 3;
  return e.ref.kind === "Pod" ? 3 : 1;
}

/**
 * The change to explain at time t: of the trace entries at exactly t (entries are in time order),
 * the one that says most (a Warning event before a Normal one before a write), the first of equals.
 */
export function changeAt(trace: Trace, t: number): number | undefined {
  const entries = trace.entries;
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (entries[mid].t < t - 1e-9) lo = mid + 1;
    else hi = mid;
  }
  let best: TraceEntry | undefined;
  for (let i = lo; i < entries.length && entries[i].t <= t + 1e-9; i++) {
    if (!best || changeWeight(entries[i]) > changeWeight(best)) best = entries[i];
  }
  return best?.id;
}

/** Moves the playhead to `t` and selects the change there (the Why panel explains it); none at the ends. */
function stepTo(t: number): void {
  const trace = get().view?.trace;
  const id = trace ? changeAt(trace, t) : undefined;
  if (id !== undefined) selectAt({ kind: "entry", id }, t);
  else {
    pause();
    seek(t);
  }
}

/** Moves the playhead to the next change after it (or the end) and selects that change. */
export function stepForward(): void {
  const t = get().t;
  const next = times().find((x) => x > t + 1e-9);
  stepTo(next ?? get().view?.trace.until ?? 0);
}

/** Moves the playhead to the previous change before it (or the start) and selects that change. */
export function stepBack(): void {
  const t = get().t;
  const list = times();
  let prev = 0;
  for (const x of list) if (x < t - 1e-9) prev = x;
  stepTo(prev);
}

export function jumpToStart(): void {
  pause();
  seek(0);
}

export function jumpToEnd(): void {
  pause();
  seek(get().view?.trace.until ?? 0);
}

/**
 * Opens a lesson: its scenario replaces the editor text (after `confirmReplace` agrees, when the
 * text holds edits that no shipped scenario or lesson has), the playhead goes back to 0 and the
 * lesson panel shows it. The catalogue is imported here, on demand, so it stays out of the entry
 * bundle. Resolves to whether the lesson was opened.
 */
/** Lesson scenarios seen so far: replacing one of them unedited loses nothing, so asks nothing. */
const knownLessonTexts = new Set<string>();

/** The text differs from every scenario the app ships, so replacing it would lose work. */
export function hasUnsavedEdits(text: string, shipped: string[]): boolean {
  return text.trim() !== "" && !shipped.includes(text);
}

/** The text differs from every scenario the page ships (examples, lessons seen), so replacing it would lose work. */
export function hasUnsavedWork(text: string = get().text): boolean {
  return hasUnsavedEdits(text, [...EXAMPLES.map((e) => e.text), ...knownLessonTexts, ...knownChallengeTexts]);
}

/** What put a whole new text in the editor; the stash of the text it replaced says so. */
export type ReplaceReason = "link" | "lesson" | "example" | "file" | "otherTab" | "restore" | "other";

let beforeReplace: (current: string, next: string, reason: ReplaceReason) => void = () => {};

/**
 * Called before every whole-text replacement with the text about to go: persistence keeps it so
 * it can come back (src/app/persist/stash.ts). A registration, so this layer imports nothing from the app.
 */
export function onBeforeReplace(fn: (current: string, next: string, reason: ReplaceReason) => void): void {
  beforeReplace = fn;
}

/** The last whole scenario opened, as it was opened (before any edit). */
let openedText: string | undefined;

/**
 * Whether `text` is a whole scenario as it was opened, not one being edited. Its run is shown even
 * when a document is rejected: keeping the previous picture would tell another scenario's story
 * (and a lesson may show a refusal on purpose: successThreshold, the study notes' typo).
 */
export function isOpenedText(text: string): boolean {
  return text === openedText;
}

/** Puts a whole scenario in the editor (an example, a lesson, a dropped file, a link): the playhead and the selection start over. */
export function openScenario(text: string, lessonId?: string, reason: ReplaceReason = "other"): void {
  openedText = text;
  beforeReplace(get().text, text, reason);
  // A new text leaves challenge mode; opening a challenge (or a challenge's link) enters it again after.
  set({ text, lessonId, t: 0, playing: false, selection: undefined, highlight: [], editorFields: [], challenge: undefined });
}

export async function openLesson(id: string, confirmReplace: () => boolean = () => true, reason: ReplaceReason = "lesson"): Promise<boolean> {
  const [{ lessonById, LESSONS }, { lessonYaml, lessonYamls }] = await Promise.all([import("../lessons/index"), import("../lessons/comments")]);
  const lesson = lessonById(id);
  if (!lesson) return false;
  for (const l of LESSONS) for (const y of lessonYamls(l)) knownLessonTexts.add(y);
  if (hasUnsavedWork() && !confirmReplace()) return false;
  // The reader's language: a Korean reader gets the scenario's comments in Korean.
  openScenario(lessonYaml(lesson, get().locale), lesson.id, reason);
  return true;
}

export function closeLesson(): void {
  set({ lessonId: undefined });
}

/** Challenge texts seen so far: replacing one of them unedited loses nothing, so asks nothing. */
const knownChallengeTexts = new Set<string>();

/**
 * Opens a built-in challenge: its file replaces the editor text (after `confirmReplace` agrees
 * when the text holds unsaved work) and challenge mode holds the learner to its fixed parts.
 */
export async function openChallenge(id: string, confirmReplace: () => boolean = () => true, reason: ReplaceReason = "example"): Promise<boolean> {
  const [{ challengeById, CHALLENGES }, { challengeYaml, challengeYamls }] = await Promise.all([import("../challenges/index"), import("../challenges/comments")]);
  const c = challengeById(id);
  if (!c) return false;
  for (const x of CHALLENGES) for (const y of challengeYamls(x)) knownChallengeTexts.add(y);
  if (hasUnsavedWork() && !confirmReplace()) return false;
  // The reader's language: a Korean reader gets the file's comments in Korean. The challenge's source
  // (what answers are graded against) stays the English file; comments play no part in grading.
  openScenario(challengeYaml(c, get().locale), undefined, reason);
  set({ challenge: { id: c.id, source: c.yaml }, challengeView: undefined });
  return true;
}

/** Challenge mode for a file that carries its own Challenge (a teacher's link): its text is the challenge. */
export function startChallengeFromText(source: string): void {
  set({ challenge: { source } });
}

export function closeChallenge(): void {
  set({ challenge: undefined });
}
