import type { LessonTopic } from "../lessons/types";

/**
 * A built-in challenge: a whole challenge file (the starting manifests, the Scenario and the
 * Challenge document with its goals, hints and fixed parts) and manifests that meet every goal.
 */
export interface BuiltInChallenge {
  /** The Challenge document's metadata.name; links and saved progress use it. */
  id: string;
  topic: LessonTopic;
  /** The Challenge's spec.title, for the gallery before anything is simulated (a test keeps them equal). */
  title: { en: string; ko: string };
  /** The file the learner starts from. */
  yaml: string;
  /** The learner's manifests that meet every goal ("show the answer" diffs against it). */
  answer: string;
  /**
   * The comments of `yaml` and `answer` in Korean, keyed by each comment block's text as
   * `commentBlocks` reads it (and each end-of-line comment's text): see ./comments.ts.
   */
  comments?: { ko: Record<string, string> };
}
