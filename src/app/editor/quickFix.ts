import type { Diagnostic } from "../../engine/api/types";
import { parseFieldPath } from "./fieldPath";
import { kindOfMessage, nearMiss, unknownFieldPath } from "./nearMiss";
import { fieldNamesAt, type SchemaNode } from "./schemaFields";

/** A rename the editor can offer for an unknown field: the key as typed and what it may have meant. */
export interface FieldRename {
  /** The key as the learner typed it. */
  key: string;
  /** Valid names at that place, best first (never empty). */
  suggestions: string[];
}

/**
 * For an engine error `… unknown field "spec.containers[0].readinessprobe"`, the valid fields of
 * the object that holds it (read from the editor's schema, for the kind named in the message) and
 * the near misses among them. Undefined for any other diagnostic, or when nothing is close.
 */
export function unknownFieldRename(diag: Pick<Diagnostic, "message" | "severity">, schema: SchemaNode): FieldRename | undefined {
  if (diag.severity !== "error") return undefined;
  const pathText = unknownFieldPath(diag.message);
  const kind = kindOfMessage(diag.message);
  if (pathText === undefined || !kind) return undefined;
  const path = parseFieldPath(pathText);
  const key = path?.[path.length - 1];
  if (!path || typeof key !== "string") return undefined;
  const valid = fieldNamesAt(schema, kind, path.slice(0, -1));
  if (!valid) return undefined;
  const suggestions = nearMiss(key, valid);
  return suggestions.length ? { key, suggestions } : undefined;
}

/**
 * Where `key` sits on a line, given the 1-based column the diagnostic points at (the key's start,
 * or its opening quote). Returns the 1-based [start, end) columns of the key's text, or undefined
 * when the line no longer has the key there (the text changed since the diagnostic was made).
 */
export function keyColumns(lineText: string, column: number, key: string): { start: number; end: number } | undefined {
  let at = column - 1;
  const c = lineText[at];
  if (c === '"' || c === "'") at++;
  if (lineText.slice(at, at + key.length) !== key) return undefined;
  return { start: at + 1, end: at + 1 + key.length };
}

/** A fix the YAML language service offers that swaps the text at `group` for `name`. */
export interface NameChoice {
  /** Identifies the diagnostic it answers (its range): the fixes of one diagnostic are alternatives. */
  group: string;
  /** The text the fix replaces (a key or a value, unquoted). */
  typed: string;
  /** What it writes instead. */
  name: string;
}

/**
 * yaml-language-server answers "Property x is not allowed" with one fix per field the object
 * still lacks, and "Value is not accepted" with one per allowed value, however far they are from
 * what was typed. Keep only the near misses among each diagnostic's alternatives (nearMiss: same
 * letters in another case, or a small edit distance). Items `choice` says nothing about pass.
 */
export function keepNearMisses<T>(items: readonly T[], choice: (item: T) => NameChoice | undefined): T[] {
  const byGroup = new Map<string, { typed: string; names: string[] }>();
  for (const item of items) {
    const c = choice(item);
    if (!c) continue;
    const g = byGroup.get(c.group) ?? { typed: c.typed, names: [] };
    g.names.push(c.name);
    byGroup.set(c.group, g);
  }
  const kept = new Map<string, Set<string>>();
  for (const [group, { typed, names }] of byGroup) kept.set(group, new Set(nearMiss(typed, names)));
  return items.filter((item) => {
    const c = choice(item);
    return !c || kept.get(c.group)!.has(c.name);
  });
}

/** A YAML scalar as written, without its quotes (`"yes"` → yes), for comparing names. */
export function unquote(text: string): string {
  const t = text.trim();
  if (t.length >= 2 && (t[0] === '"' || t[0] === "'") && t[t.length - 1] === t[0]) return t.slice(1, -1);
  return t;
}
