import { load } from "js-yaml";
import { SCENARIO_API_VERSION } from "../../engine/scenario/scenario";

/** A text replacement in Monaco's terms (1-based lines and columns, end exclusive). */
export interface TextEdit {
  range: { startLineNumber: number; startColumn: number; endLineNumber: number; endColumn: number };
  text: string;
}

/** The edit that appends an action, and the 1-based line its first line (`- at: …`) lands on. */
export interface AppendActionEdit extends TextEdit {
  line: number;
}

/**
 * How to append one action to the Scenario document's `spec.actions`, as a single edit that
 * leaves the rest of the text (comments, indentation, quoting, other documents) untouched.
 *
 * The YAML is read line by line, by indentation, so it works even while the file has a syntax
 * error elsewhere: top-level keys sit at column 1, and `spec`'s keys at the indentation of its
 * first key. Handles, in order of likelihood:
 * - a block `actions:` list, in any indentation, compact (`- ` under the key) or indented: the
 *   action goes after the last item, in the list's own indentation;
 * - `actions:` empty, `[]` or `null`, `spec` without `actions`, `spec:` empty or `{}`, a Scenario
 *   without `spec`: the missing part is created in the file's indentation style;
 * - `actions` or `spec` written as a one-line flow collection: the action is added in flow style;
 * - no Scenario document: one is appended to the file (after a `---` when the file has content).
 *
 * `actionYaml` is one action object in block YAML, such as "at: 30s\ndelete:\n  pod: web".
 */
export function computeAppendAction(text: string, actionYaml: string): AppendActionEdit {
  const lines = text.split("\n").map((l) => (l.endsWith("\r") ? l.slice(0, -1) : l));
  const action = dedent(actionYaml.replace(/\r/g, "").replace(/\s+$/, "").split("\n"));
  const style = detectStyle(lines);
  const scenario = findScenario(lines);

  if (!scenario) return appendScenarioDocument(lines, action, style);

  const spec = findKey(lines, scenario.start, scenario.end, 0, "spec");
  if (!spec) {
    const after = lastContent(lines, scenario.start, scenario.end);
    return insertAfter(lines, after, ["spec:", `${style.step}actions:`], itemLines(action, seqIndent(style.step.length, style), 2));
  }

  const specValue = inlineValue(lines[spec]);
  const specEnd = blockEnd(lines, spec, scenario.end, 0, false);
  const childIndent = firstChildIndent(lines, spec + 1, specEnd);
  if (/^\{.*\S.*\}$/.test(specValue.core)) return appendToFlow(lines, spec, specValue, `actions: [${flowJson(action)}]`, "}");
  if (childIndent === undefined || isNullish(specValue.core)) {
    return replaceInlineWithBlock(lines, spec, specValue, [`${style.step}actions:`], itemLines(action, seqIndent(style.step.length, style), 2));
  }

  const actions = findKey(lines, spec + 1, specEnd, childIndent, "actions");
  if (actions === undefined) {
    const after = lastContent(lines, spec, specEnd);
    return insertAfter(lines, after, [`${" ".repeat(childIndent)}actions:`], itemLines(action, seqIndent(childIndent, style), 2));
  }

  const actionsValue = inlineValue(lines[actions]);
  if (/^\[.*\S.*\]$/.test(actionsValue.core)) return appendToFlow(lines, actions, actionsValue, flowJson(action), "]");
  if (isNullish(actionsValue.core)) return replaceInlineWithBlock(lines, actions, actionsValue, [], itemLines(action, seqIndent(childIndent, style), 2));
  const listEnd = blockEnd(lines, actions, specEnd, childIndent, true);
  const firstItem = firstContent(lines, actions + 1, listEnd);
  if (firstItem === undefined) return insertAfter(lines, actions, [], itemLines(action, seqIndent(childIndent, style), 2));
  const itemLine = lines[firstItem];
  const dash = indentOf(itemLine);
  const afterDash = itemLine.slice(dash + 1);
  const width = afterDash.trim() ? 1 + afterDash.length - afterDash.trimStart().length : 2;
  return insertAfter(lines, lastContent(lines, actions, listEnd), [], itemLines(action, dash, width));
}

interface Style {
  /** One level of indentation, in spaces. */
  step: string;
  /** Whether block sequences sit at their key's indentation (`key:` / `- a`) rather than one step in. */
  compact: boolean;
}

/** The file's indentation step (the smallest indent used, 2 if none) and sequence style (compact unless most lists are indented). */
function detectStyle(lines: readonly string[]): Style {
  let step = Infinity;
  let compact = 0;
  let indented = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (isBlankOrComment(l) || isDocBoundary(l)) continue;
    const ind = indentOf(l);
    if (ind > 0 && ind < step) step = ind;
    if (/:\s*(#.*)?$/.test(l) && !l.trimStart().startsWith("- ")) {
      const next = firstContent(lines, i + 1, lines.length);
      if (next !== undefined && /^\s*-(\s|$)/.test(lines[next])) {
        if (indentOf(lines[next]) === ind) compact++;
        else if (indentOf(lines[next]) > ind) indented++;
      }
    }
  }
  return { step: " ".repeat(Number.isFinite(step) && step <= 8 ? step : 2), compact: indented <= compact };
}

function seqIndent(keyIndent: number, style: Style): number {
  return style.compact ? keyIndent : keyIndent + style.step.length;
}

/**
 * The lines of one list item: the dash at `dashIndent`, the first line `width` columns after the
 * dash's start (2 for "- "), the other lines aligned under it.
 */
function itemLines(action: readonly string[], dashIndent: number, width: number): string[] {
  const pad = " ".repeat(dashIndent);
  return action.map((l, i) => (i === 0 ? `${pad}-${" ".repeat(width - 1)}${l}` : l ? `${pad}${" ".repeat(width)}${l}` : ""));
}

function appendScenarioDocument(lines: readonly string[], action: readonly string[], style: Style): AppendActionEdit {
  const doc = [`apiVersion: ${SCENARIO_API_VERSION}`, "kind: Scenario", "spec:", `${style.step}actions:`];
  const items = itemLines(action, seqIndent(style.step.length, style), 2);
  let last = lines.length - 1;
  while (last >= 0 && !lines[last].trim()) last--;
  if (last < 0) {
    // An empty (or blank) file: the Scenario becomes its content.
    const endLine = lines.length;
    return {
      range: { startLineNumber: 1, startColumn: 1, endLineNumber: endLine, endColumn: lines[endLine - 1].length + 1 },
      text: [...doc, ...items].join("\n") + "\n",
      line: doc.length + 1,
    };
  }
  const separator = isDocBoundary(lines[last]) && /^---/.test(lines[last]) ? [] : ["---"];
  return insertAfter(lines, last, [...separator, ...doc], items);
}

/** Inserts `head` then `items` as new lines after line index `after`. */
function insertAfter(lines: readonly string[], after: number, head: readonly string[], items: readonly string[]): AppendActionEdit {
  const col = lines[after].length + 1;
  return {
    range: { startLineNumber: after + 1, startColumn: col, endLineNumber: after + 1, endColumn: col },
    text: "\n" + [...head, ...items].join("\n"),
    line: after + 1 + head.length + 1,
  };
}

interface Inline {
  /** Anchors and tags before the value (`&base !!map`), or "". */
  props: string;
  /** The value itself, trimmed, without props or comment; "" when a block follows (or nothing). */
  core: string;
  /** 0-based column where `core` starts. */
  coreStart: number;
  /** A trailing comment, if any ("# …"). */
  comment: string;
}

/** What follows `key:` on a key line. */
function inlineValue(line: string): Inline {
  const colon = keyColon(line);
  const body = line.slice(colon + 1);
  const hash = commentStart(body);
  const value = hash === -1 ? body : body.slice(0, hash);
  const comment = hash === -1 ? "" : body.slice(hash).trim();
  const m = /^(\s*)((?:[&!]\S*\s+)*(?:[&!]\S*$)?)(.*)$/.exec(value)!;
  return { props: m[2].trim(), core: m[3].trim(), coreStart: colon + 1 + m[1].length + m[2].length, comment };
}

/** Values that hold no entries: `null`, `~`, `{}`, `[]`. */
function isNullish(v: string): boolean {
  return /^(null|Null|NULL|~|\{\s*\}|\[\s*\])$/.test(v);
}

/** Replaces an empty inline value (`{}`, `[]`, `null`, nothing) with a block below the key, keeping anchors, tags and the comment. */
function replaceInlineWithBlock(lines: readonly string[], at: number, inline: Inline, head: readonly string[], items: readonly string[]): AppendActionEdit {
  const line = lines[at];
  const keep = [inline.props, inline.comment].filter(Boolean).join(" ");
  const from = keyColon(line) + 2;
  return {
    range: { startLineNumber: at + 1, startColumn: from, endLineNumber: at + 1, endColumn: line.length + 1 },
    text: `${keep ? " " + keep : ""}\n${[...head, ...items].join("\n")}`,
    line: at + 1 + head.length + 1,
  };
}

/** Adds `entry` before the closing bracket of a one-line, non-empty flow collection. */
function appendToFlow(lines: readonly string[], at: number, inline: Inline, entry: string, close: "]" | "}"): AppendActionEdit {
  // Right after the last non-space character before the closing bracket.
  let col = inline.coreStart + inline.core.lastIndexOf(close);
  while (/\s/.test(lines[at][col - 1])) col--;
  return { range: { startLineNumber: at + 1, startColumn: col + 1, endLineNumber: at + 1, endColumn: col + 1 }, text: `, ${entry}`, line: at + 1 };
}

function flowJson(action: readonly string[]): string {
  return JSON.stringify(load(action.join("\n")));
}

// --- line scanning ------------------------------------------------------------------------------

const indentOf = (line: string): number => line.length - line.trimStart().length;
const isBlankOrComment = (line: string): boolean => /^\s*(#.*)?$/.test(line);
const isDocBoundary = (line: string): boolean => /^(---|\.\.\.)(\s|$)/.test(line);

function dedent(lines: string[]): string[] {
  const indents = lines.filter((l) => l.trim()).map(indentOf);
  const min = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(Math.min(min, indentOf(l))));
}

/** The Scenario document's line range [start, end): the segment between `---` lines with `kind: Scenario` at column 1. */
function findScenario(lines: readonly string[]): { start: number; end: number } | undefined {
  let start = 0;
  for (let i = 0; i <= lines.length; i++) {
    if (i === lines.length || isDocBoundary(lines[i])) {
      for (let j = start; j < i; j++) if (/^(["']?)kind\1:\s*(["']?)Scenario\2\s*(#.*)?$/.test(lines[j])) return { start, end: i };
      start = i + 1;
    }
  }
  return undefined;
}

/** The line index of `key:` at exactly `indent` in [from, to), or undefined. */
function findKey(lines: readonly string[], from: number, to: number, indent: number, key: string): number | undefined {
  const re = new RegExp(`^ {${indent}}(["']?)${key}\\1:(\\s|$)`);
  for (let i = from; i < to; i++) if (re.test(lines[i])) return i;
  return undefined;
}

/**
 * End (exclusive) of the block under the key at `keyLine` (indented `indent`): lines deeper than
 * the key, and with `sequenceAtIndent`, `- ` lines at the key's own indentation.
 */
function blockEnd(lines: readonly string[], keyLine: number, to: number, indent: number, sequenceAtIndent: boolean): number {
  for (let i = keyLine + 1; i < to; i++) {
    const l = lines[i];
    if (isBlankOrComment(l)) continue;
    const ind = indentOf(l);
    if (ind > indent) continue;
    if (sequenceAtIndent && ind === indent && /^-(\s|$)/.test(l.slice(ind))) continue;
    return i;
  }
  return to;
}

function firstContent(lines: readonly string[], from: number, to: number): number | undefined {
  for (let i = from; i < to; i++) if (!isBlankOrComment(lines[i])) return i;
  return undefined;
}

function firstChildIndent(lines: readonly string[], from: number, to: number): number | undefined {
  const i = firstContent(lines, from, to);
  return i === undefined ? undefined : indentOf(lines[i]);
}

/** The last non-blank, non-comment line in [from, to); `from` when there is none after it (callers pass a key line). */
function lastContent(lines: readonly string[], from: number, to: number): number {
  for (let i = to - 1; i > from; i--) if (!isBlankOrComment(lines[i])) return i;
  return from;
}

/** 0-based index of the `:` ending the key on a key line (outside quotes). */
function keyColon(line: string): number {
  let quote = "";
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === quote) quote = "";
    } else if (c === '"' || c === "'") quote = c;
    else if (c === ":" && (i + 1 === line.length || line[i + 1] === " " || line[i + 1] === "\t")) return i;
  }
  return line.length;
}

/** Index of a `#` that starts a comment (at the start or after a space, outside quotes), or -1. */
function commentStart(s: string): number {
  let quote = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quote) {
      if (c === quote) quote = "";
    } else if (c === '"' || c === "'") quote = c;
    else if (c === "#" && (i === 0 || s[i - 1] === " " || s[i - 1] === "\t")) return i;
  }
  return -1;
}
