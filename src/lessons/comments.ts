import type { Locale } from "../app/i18n/define";
import type { Lesson } from "./types";

/**
 * A lesson's scenario in the reader's language. The YAML stays the same except its comments: for a
 * Korean reader each comment block (consecutive full-line comments, read as one text) is replaced by
 * the lesson's `comments.ko` translation, line for line, so the editor's line numbers, the manifests
 * and the simulation are those of `lesson.yaml`. Fidelity checks and tests use `lesson.yaml` itself.
 */
export interface CommentBlock {
  /** 0-based first line. */
  start: number;
  /** The comment lines' texts (after "# "). */
  lines: string[];
  /** What comes before "#" on each line (the indentation). */
  indent: string;
  /** The block's text: its lines joined by a space (the key of `comments.ko`). */
  text: string;
}

const FULL_LINE = /^(\s*)#\s?(.*)$/;

/** The full-line comment blocks of a YAML text. */
export function commentBlocks(yaml: string): CommentBlock[] {
  const out: CommentBlock[] = [];
  const lines = yaml.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const m = FULL_LINE.exec(lines[i]);
    if (!m) continue;
    const block: CommentBlock = { start: i, lines: [m[2]], indent: m[1], text: "" };
    while (i + 1 < lines.length) {
      const next = FULL_LINE.exec(lines[i + 1]);
      if (!next || next[1] !== m[1]) break;
      block.lines.push(next[2]);
      i++;
    }
    block.text = block.lines.join(" ");
    out.push(block);
  }
  return out;
}

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

/**
 * Replaces each comment block that `translations` has with its translation, spread over the block's
 * own lines ("\n" in a translation separates them; a translation with fewer lines leaves the rest
 * of the block's lines as empty comments, so nothing moves), and each comment at the end of a line
 * with its translation on that line. Comments without a translation stay; every other character too.
 */
export function translateComments(yaml: string, translations: Record<string, string> | undefined): string {
  if (!translations) return yaml;
  const lines = yaml.split("\n");
  for (const b of commentBlocks(yaml)) {
    const ko = translations[b.text];
    if (ko === undefined) continue;
    const parts = ko.split("\n");
    for (let j = 0; j < b.lines.length; j++) {
      const part = j === b.lines.length - 1 ? parts.slice(j).join(" ") : parts[j] ?? "";
      lines[b.start + j] = part ? `${b.indent}# ${part}` : `${b.indent}#`;
    }
  }
  for (const c of trailingComments(yaml)) {
    const ko = translations[c.text];
    if (ko !== undefined) lines[c.line] = lines[c.line].slice(0, c.at) + ko.replace(/\n/g, " ");
  }
  return lines.join("\n");
}

/** The lesson's scenario as a reader of `locale` opens it. */
export function lessonYaml(lesson: Pick<Lesson, "yaml" | "comments">, locale: Locale): string {
  return locale === "ko" ? translateComments(lesson.yaml, lesson.comments?.ko) : lesson.yaml;
}

/** The lesson's compare-mode variant as a reader of `locale` opens it. */
export function lessonVariantYaml(lesson: Pick<Lesson, "variant" | "comments">, locale: Locale): string | undefined {
  if (lesson.variant === undefined) return undefined;
  return locale === "ko" ? translateComments(lesson.variant, lesson.comments?.ko) : lesson.variant;
}

const textsOf = new WeakMap<object, string[]>();

/**
 * Every text of a shipped scenario (a lesson's, a challenge's starting file) a reader may have open
 * unedited: the English and the Korean. Kept per `owner`, as selectors call it often.
 */
export function languageTexts(owner: object, yaml: string, ko: Record<string, string> | undefined): string[] {
  let out = textsOf.get(owner);
  if (!out) textsOf.set(owner, (out = [yaml, translateComments(yaml, ko)]));
  return out;
}

/** Every text of the lesson's scenario a reader may have open unedited (each language's). */
export function lessonYamls(lesson: Pick<Lesson, "yaml" | "comments">): string[] {
  return languageTexts(lesson, lesson.yaml, lesson.comments?.ko);
}
