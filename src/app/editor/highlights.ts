import { parseYamlDocuments } from "../../engine/input/yamlDocuments";
import { parseFieldPath } from "./fieldPath";

/** A field the why panel points at: the document's index in the file and its path. */
export interface FieldRef {
  document: number;
  path: string;
}

/** 1-based inclusive line range to highlight. */
export interface LineRange {
  startLine: number;
  endLine: number;
}

/**
 * The lines of each field: its key line plus the block under it (a nested mapping, a sequence, a
 * block scalar). A path the text does not have (a defaulted field, say) highlights the key line of
 * the nearest ancestor that exists, which is where it would go. Fields whose document or path
 * cannot be found are left out; results keep the order of `fields`.
 */
export function highlightRanges(text: string, fields: readonly FieldRef[]): LineRange[] {
  if (!fields.length) return [];
  const { docs } = parseYamlDocuments(text);
  if (!docs.length) return [];
  const lines = text.split("\n").map((l) => l.replace(/\r$/, ""));
  const out: LineRange[] = [];
  for (const f of fields) {
    const doc = docs.find((d) => d.index === f.document);
    const path = parseFieldPath(f.path);
    if (!doc || !path) continue;
    if (!path.length) continue;
    if (!doc.has(path)) {
      // The nearest ancestor that exists: its key line (or its item's first line).
      let n = path.length - 1;
      while (n > 0 && !doc.has(path.slice(0, n))) n--;
      if (n === 0) continue;
      const anc = path.slice(0, n);
      const line = (typeof anc[n - 1] === "number" ? doc.valueAt(anc) : doc.keyAt(anc)).line;
      out.push({ startLine: line, endLine: line });
      continue;
    }
    const last = path[path.length - 1];
    const pos = typeof last === "number" ? doc.valueAt(path) : doc.keyAt(path);
    const startLine = pos.line;
    const endLine = typeof last === "number" ? itemEnd(lines, pos.line, pos.column) : keyBlockEnd(lines, pos.line, pos.column);
    out.push({ startLine, endLine });
  }
  return out;
}

const indentOf = (line: string): number => line.length - line.trimStart().length;
const isBlankOrComment = (line: string): boolean => /^\s*(#.*)?$/.test(line);
const isDocBoundary = (line: string): boolean => /^(---|\.\.\.)(\s|$)/.test(line);

/**
 * Last line (1-based) of the value of the key at (line, column): lines indented deeper than the
 * key, plus a sequence written at the key's own indentation (`containers:` / `- name: …`).
 */
export function keyBlockEnd(lines: readonly string[], line: number, column: number): number {
  const keyIndent = column - 1;
  const keyLine = lines[line - 1] ?? "";
  const colon = keyValueRest(keyLine, keyIndent);
  // A value on the key's line (other than a block scalar header) ends the field there.
  if (colon !== undefined && colon !== "" && !/^[|>][-+0-9]*\s*(#.*)?$/.test(colon) && !/^[&!]\S*\s*(#.*)?$/.test(colon)) return line;
  const sequenceAtSameIndent = colon === "" || colon === undefined || /^[&!]/.test(colon);
  let end = line;
  for (let i = line; i < lines.length; i++) {
    const l = lines[i];
    if (isDocBoundary(l)) break;
    if (isBlankOrComment(l)) continue;
    const ind = indentOf(l);
    if (ind > keyIndent || (sequenceAtSameIndent && ind === keyIndent && /^-(\s|$)/.test(l.slice(ind)))) end = i + 1;
    else break;
  }
  return end;
}

/** Last line (1-based) of a sequence item whose content starts at (line, column). */
export function itemEnd(lines: readonly string[], line: number, column: number): number {
  const contentIndent = column - 1;
  let end = line;
  for (let i = line; i < lines.length; i++) {
    const l = lines[i];
    if (isDocBoundary(l)) break;
    if (isBlankOrComment(l)) continue;
    if (indentOf(l) >= contentIndent) end = i + 1;
    else break;
  }
  return end;
}

/** What follows `key:` on the key's line, trimmed, comments kept; undefined when there is no `:`. */
function keyValueRest(line: string, keyIndent: number): string | undefined {
  const rest = line.slice(keyIndent);
  // The key ends at the first ": " (or ":" at the end) outside quotes.
  let quote = "";
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i];
    if (quote) {
      if (c === quote) quote = "";
    } else if (c === '"' || c === "'") quote = c;
    else if (c === ":" && (i + 1 === rest.length || rest[i + 1] === " " || rest[i + 1] === "\t")) {
      const value = rest.slice(i + 1).trim();
      return value.startsWith("#") ? "" : value;
    }
  }
  return undefined;
}
