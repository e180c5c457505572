import type { Diagnostic } from "../api/types";
import type { Pos, SourceDoc } from "../input/yamlDocuments";
import { errorText, type FieldError } from "./fieldErrors";
import type { FieldPath } from "./fieldPath";
import { goQuote } from "./goText";

/**
 * Where a problem at `path` is shown: the value when the source has it; otherwise (a required
 * field that is missing, a value a default or a plugin put there) the key of the deepest part of
 * the path the source does have.
 */
export function positionOf(doc: SourceDoc, path: readonly (string | number)[]): Pos {
  if (doc.has(path)) return doc.valueAt(path);
  let depth = path.length - 1;
  while (depth > 0 && !doc.has(path.slice(0, depth))) depth--;
  const prefix = path.slice(0, depth);
  return typeof prefix[prefix.length - 1] === "string" ? doc.keyAt(prefix) : doc.valueAt(prefix);
}

function diagnostic(doc: SourceDoc, message: string, path: FieldPath | undefined, severity: Diagnostic["severity"] = "error"): Diagnostic {
  const pos = path ? positionOf(doc, path.segments()) : doc.valueAt([]);
  return { message, path: path?.toString() ?? "", line: pos.line, column: pos.column, document: doc.index, severity };
}

/** errors.NewInvalid, one field error at a time: `Pod "web" is invalid: spec.x: Required value` (422). */
export function invalidDiagnostic(doc: SourceDoc, kind: string, name: string, err: FieldError): Diagnostic {
  return diagnostic(doc, `${kind} ${goQuote(name)} is invalid: ${errorText(err)}`, err.path);
}

/** errors.NewForbidden, as admission plugins answer: `pods "web" is forbidden: <reason>` (403). */
export function forbiddenDiagnostic(doc: SourceDoc, resource: string, name: string, reason: string, path?: FieldPath): Diagnostic {
  return diagnostic(doc, `${resource} ${goQuote(name)} is forbidden: ${reason}`, path);
}

/** errors.NewAlreadyExists (409). */
export function alreadyExistsDiagnostic(doc: SourceDoc, resource: string, name: string, path: FieldPath): Diagnostic {
  return diagnostic(doc, `${resource} ${goQuote(name)} already exists`, path);
}

/** A plain message at a path (bad requests, kubectl's own errors). */
export function plainDiagnostic(doc: SourceDoc, message: string, path?: FieldPath, severity: Diagnostic["severity"] = "error"): Diagnostic {
  return diagnostic(doc, message, path, severity);
}
