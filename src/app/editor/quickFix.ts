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
