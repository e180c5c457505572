import type { Locale } from "../app/i18n/define";
import { commentBlocks, translateComments } from "../lessons/comments";
import type { BuiltInChallenge } from "./types";

/**
 * A built-in challenge's files in the reader's language. As with lessons (src/lessons/comments.ts),
 * only the comments change: each full-line comment block, and each comment at the end of a line, is
 * replaced by its `comments.ko` translation on the same line, so line numbers, manifests, grading and
 * the simulation are those of the English file. `challenge.source` (what the answers are held to)
 * stays `builtIn.yaml`; the comments play no part in grading.
 */

/** A comment after a value on the same line (`emptyDir: {}   # kept across restarts`). */
export interface TrailingComment {
  /** 0-based line. */
  line: number;
  /** Where the comment's text starts on the line (after "# "). */
  at: number;
  /** The comment's text (the key of `comments.ko`). */
  text: string;
}

/** Where a trailing comment's "#" is: the first one after whitespace, outside quotes and flow braces' strings. */
function trailingHash(line: string): number {
  if (/^\s*#/.test(line)) return -1;
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === quote && !(quote === '"' && line[i - 1] === "\\")) quote = undefined;
    } else if ((c === '"' || c === "'") && (i === 0 || /[\s:[{,-]/.test(line[i - 1]))) quote = c;
    else if (c === "#" && i > 0 && /\s/.test(line[i - 1])) return i;
  }
  return -1;
}

/** The comments at the end of YAML lines (not full-line ones). */
export function trailingComments(yaml: string): TrailingComment[] {
  const out: TrailingComment[] = [];
  for (const [i, line] of yaml.split("\n").entries()) {
    const hash = trailingHash(line);
    if (hash < 0) continue;
    const at = line[hash + 1] === " " ? hash + 2 : hash + 1;
    out.push({ line: i, at, text: line.slice(at).trimEnd() });
  }
  return out;
}

/** Every comment text of a YAML file that a translation is keyed by: its blocks', then its trailing ones'. */
export function commentTexts(yaml: string): string[] {
  return [...commentBlocks(yaml).map((b) => b.text), ...trailingComments(yaml).map((c) => c.text)];
}

/** `yaml` with its comments translated where `translations` has them; every other character stays. */
export function translateAllComments(yaml: string, translations: Record<string, string> | undefined): string {
  if (!translations) return yaml;
  const lines = translateComments(yaml, translations).split("\n");
  for (const c of trailingComments(yaml)) {
    const ko = translations[c.text];
    if (ko !== undefined) lines[c.line] = lines[c.line].slice(0, c.at) + ko.replace(/\n/g, " ");
  }
  return lines.join("\n");
}

/** The file a reader of `locale` starts the challenge from. */
export function challengeYaml(c: Pick<BuiltInChallenge, "yaml" | "comments">, locale: Locale): string {
  return locale === "ko" ? translateAllComments(c.yaml, c.comments?.ko) : c.yaml;
}

/** The challenge's answer manifests as a reader of `locale` is shown them. */
export function challengeAnswer(c: Pick<BuiltInChallenge, "answer" | "comments">, locale: Locale): string {
  return locale === "ko" ? translateAllComments(c.answer, c.comments?.ko) : c.answer;
}

const yamlsOf = new WeakMap<object, string[]>();

/** Every text of the challenge's starting file a reader may have open unedited (each language's). */
export function challengeYamls(c: Pick<BuiltInChallenge, "yaml" | "comments">): string[] {
  let out = yamlsOf.get(c);
  if (!out) yamlsOf.set(c, (out = [c.yaml, challengeYaml(c, "ko")]));
  return out;
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
