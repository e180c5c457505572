import type { Locale } from "../app/i18n/define";
import type { DocTopic } from "../app/explain/docsLinks";

/**
 * A lesson: a scenario plus short teaching text in both languages. Its key moments are simulated
 * times at which something worth stopping for happens; each carries checks in the fidelity-case
 * format (../shared/fidelity/README.md: `row`, `event`, `noEvent`, ...) that a test runs against
 * the engine, so a lesson that says "restarts at about 40 s" is held to it.
 */
export interface Lesson {
  /** Stable, URL-safe id ("crash-loop-backoff"). Share links and the gallery use it. */
  id: string;
  topic: LessonTopic;
  /**
   * The kubernetes.io pages the lesson teaches from, main page first; the lesson panel links each
   * in the reader's language (the /ko/ page where kubernetes.io/ko has it, see docsLinks.ts).
   * Optional in the type so a lesson in progress compiles; docs.test.ts requires it of every lesson.
   */
  docs?: DocTopic[];
  /** The scenario text the editor opens (Kubernetes manifests plus an optional Scenario document). */
  yaml: string;
  /**
   * A second version of the scenario that compare mode opens beside it (the same app without the
   * feature the lesson teaches, say), so the difference is seen on one time axis.
   */
  variant?: string;
  /** Simulated seconds, ascending; `text[locale].moments[i]` describes `moments[i]`. */
  moments: LessonMoment[];
  text: Record<Locale, LessonText>;
  /**
   * The scenario's comments for Korean readers: each English comment text (after `# `, as it stands
   * in `yaml` or `variant`) and its Korean. Opening the lesson in Korean swaps them line by line
   * (applyComments.ts); comments change nothing in the simulation.
   */
  comments?: { ko: Record<string, string> };
}

export type LessonTopic =
  | "phases"
  | "containerStates"
  | "restartPolicy"
  | "backoff"
  | "probes"
  | "init"
  | "hooks"
  | "services"
  | "resources"
  | "scheduling"
  | "nodes"
  | "workloads"
  | "sidecars";

export interface LessonMoment {
  /** When the moment happens, simulated seconds since apply (the playhead jumps here). */
  t: number;
  /** Fidelity-format checks that must hold for the moment's text to be true. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  checks: Array<Record<string, any>>;
  /** Where the page looks at this moment: stepping to it sets the view, the kubectl tab and the selection. */
  focus?: MomentFocus;
}

/** What a key moment points the page at, so the text and the screen agree ("watch the node map"). */
export interface MomentFocus {
  view?: "timeline" | "nodemap";
  kubectl?: "watch" | "describe" | "events" | "logs";
  /** With the logs tab: `kubectl logs --previous` (the instance before the current one). */
  previous?: boolean;
  /** The pod (and container) to select; `pod` may be a prefix ending in "-" for generated names ("web-"). */
  pod?: string;
  container?: string;
  namespace?: string;
}

export interface LessonText {
  title: string;
  /** One or two sentences: what the lesson shows. */
  summary: string;
  /** What to watch on the timeline / node map. */
  watch: string;
  moments: MomentText[];
  /** One or two questions for the end of the lesson. */
  questions: LessonQuestion[];
}

export interface MomentText {
  /** Short label for the moment list and the timeline marker ("First restart"). */
  label: string;
  /** What happens here and why, in one to three sentences. */
  explain: string;
  /** Presenter "predict" mode: asked just before the moment, answered on the next key press. */
  predict: LessonQuestion;
}

export interface LessonQuestion {
  question: string;
  /** A short manifest the question applies the lesson to, shown in a code block with it. */
  manifest?: string;
  /** The simulated time the question asks about, seconds after `kubectl apply` of `manifest`. */
  at?: number;
  /**
   * Three or four plausible choices. For a `row` check each is a kubectl row, "READY STATUS
   * RESTARTS" (or the columns the check names), the same text in both languages.
   */
  choices: string[];
  /** Index into choices. */
  answer: number;
  /**
   * Per choice, why it is right or wrong (shown once answered): a wrong choice's why names the
   * belief that picks it and corrects it kindly.
   */
  whys: string[];
  /** Holds the answer key to the simulator (src/lessons/questions.test.ts); the same in both languages. */
  check?: QuestionCheck;
}

/** What a question applies the lesson to, shared by its English and Korean text. */
export type QuestionSetup = Pick<LessonQuestion, "manifest" | "at" | "check">;

/**
 * How a question's answer is checked against the engine. Each runs `manifest` (plus `scenario`, an
 * extra YAML document the question's text describes but the snippet leaves out, such as the nodes).
 */
export type QuestionCheck =
  /** The right choice is the pod's kubectl row at `at`: its whitespace-separated words are the `columns` (default READY STATUS RESTARTS); no wrong choice is. */
  | { kind: "row"; pod: string; columns?: RowColumn[]; scenario?: string }
  /**
   * "Which one change fixes it?": choice i is the manifest with `patches[i].find` (found exactly
   * once) replaced by `patches[i].replace`; the right choice's run meets every `goal` check
   * (fidelity format), every wrong choice's run misses at least one.
   */
  | { kind: "fix"; patches: Array<{ find: string; replace: string }>; goal: Array<Record<string, unknown>>; scenario?: string }
  /** "What Event comes next?": the right choice starts with the reason of the first Event on `object` after `at`; no wrong choice does. */
  | { kind: "event"; object: string; scenario?: string }
  /** "Which line does kubectl logs print?": at `at`, the log of `container` (with `previous`, --previous) holds the right choice's text and none of the wrong ones. */
  | { kind: "log"; pod: string; container: string; previous?: boolean; scenario?: string };

export type RowColumn = "ready" | "status" | "restarts" | "phase" | "node";
