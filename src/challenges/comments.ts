import type { Locale } from "../app/i18n/define";
import { languageTexts, translateComments } from "../lessons/comments";
import type { BuiltInChallenge } from "./types";

/**
 * A built-in challenge's files in the reader's language. As with lessons (src/lessons/comments.ts,
 * translateComments), only the comments change: each is replaced by its `comments.ko` translation
 * on the same lines, so line numbers, manifests, grading and the simulation are those of the English
 * file. `challenge.source` (what the answers are held to) stays `builtIn.yaml`.
 */

/** The file a reader of `locale` starts the challenge from. */
export function challengeYaml(c: Pick<BuiltInChallenge, "yaml" | "comments">, locale: Locale): string {
  return locale === "ko" ? translateComments(c.yaml, c.comments?.ko) : c.yaml;
}

/** The challenge's answer manifests as a reader of `locale` is shown them. */
export function challengeAnswer(c: Pick<BuiltInChallenge, "answer" | "comments">, locale: Locale): string {
  return locale === "ko" ? translateComments(c.answer, c.comments?.ko) : c.answer;
}

/** Every text of the challenge's starting file a reader may have open unedited (each language's). */
export function challengeYamls(c: Pick<BuiltInChallenge, "yaml" | "comments">): string[] {
  return languageTexts(c, c.yaml, c.comments?.ko);
}

/**
 * The answer as the editor shows it: the answer's manifests followed by the challenge's own
 * podplay documents, so only the manifests' lines differ from the start (both in the reader's
 * language, so translated comments make no difference either).
 */
export function answerText(c: Pick<BuiltInChallenge, "yaml" | "answer" | "comments">, locale: Locale): string {
  const docs = challengeYaml(c, locale).split(/^---[ \t]*$/m);
  const podplay = docs.filter((d) => /^apiVersion:\s*podplay\.dev\//m.test(d));
  return [challengeAnswer(c, locale).replace(/\n+$/, "\n"), ...podplay.map((d) => d.replace(/^\n/, ""))].join("---\n");
}
