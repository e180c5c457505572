import type { FieldPath } from "./fieldPath";
import { goNumber, goQuote } from "./goText";
import { Quantity } from "./quantity";

/**
 * field.Error from apimachinery/pkg/util/validation/field/errors.go. Its text is
 * `<path>: <Type>[: <value>][: <detail>]`, which is what `kubectl` shows after `is invalid:`.
 */
export type ErrorType = "Required" | "Invalid" | "NotSupported" | "Forbidden" | "Duplicate" | "NotFound" | "TooLong" | "TooMany" | "Internal";

const TYPE_TEXT: Record<ErrorType, string> = {
  Required: "Required value",
  Invalid: "Invalid value",
  NotSupported: "Unsupported value",
  Forbidden: "Forbidden",
  Duplicate: "Duplicate value",
  NotFound: "Not found",
  TooLong: "Too long",
  TooMany: "Too many",
  Internal: "Internal error",
};

/**
 * What a Go validator passed as the bad value: strings print quoted (%q), numbers and booleans
 * plainly, a Quantity through its String method, and `raw` is already in Go's %#v form.
 */
export type BadValue = string | number | bigint | boolean | null | Quantity | { raw: string } | { float: number };

export interface FieldError {
  type: ErrorType;
  path: FieldPath;
  value?: BadValue;
  detail: string;
}

/** field.Error.ErrorBody. */
export function errorBody(e: FieldError): string {
  let s = TYPE_TEXT[e.type];
  if (e.type !== "Required" && e.type !== "Forbidden" && e.type !== "TooLong" && e.type !== "Internal") {
    s += ": " + formatValue(e.value ?? null);
  }
  if (e.detail) s += ": " + e.detail;
  return s;
}

/** field.Error.Error(): `<path>: <body>`. */
export function errorText(e: FieldError): string {
  return `${e.path.toString()}: ${errorBody(e)}`;
}

function formatValue(v: BadValue): string {
  if (v === null) return "null";
  if (typeof v === "string") return goQuote(v);
  if (typeof v === "number" || typeof v === "bigint") return goNumber(v);
  if (typeof v === "boolean") return String(v);
  if (v instanceof Quantity) return v.toString();
  if ("float" in v) return goNumber(v.float, true);
  return v.raw;
}

export const required = (path: FieldPath, detail = ""): FieldError => ({ type: "Required", path, detail });
export const invalid = (path: FieldPath, value: BadValue, detail: string): FieldError => ({ type: "Invalid", path, value, detail });
export const forbidden = (path: FieldPath, detail: string): FieldError => ({ type: "Forbidden", path, detail });
export const duplicate = (path: FieldPath, value: BadValue): FieldError => ({ type: "Duplicate", path, value, detail: "" });
export const notFound = (path: FieldPath, value: BadValue): FieldError => ({ type: "NotFound", path, value, detail: "" });
export const tooMany = (path: FieldPath, actual: number, max: number): FieldError => ({
  type: "TooMany",
  path,
  value: actual,
  detail: `must have at most ${max} items`,
});
export const tooLong = (path: FieldPath, max: number): FieldError => ({ type: "TooLong", path, detail: `may not be more than ${max} bytes` });

/** field.NotSupported: the detail lists the supported values, each quoted. */
export function notSupported(path: FieldPath, value: BadValue, valid: readonly string[]): FieldError {
  const detail = valid.length ? "supported values: " + valid.map(goQuote).join(", ") : "";
  return { type: "NotSupported", path, value, detail };
}

/** sets.List: the sorted order Go's sets print in. */
export function sortedSet(values: readonly string[]): string[] {
  return [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
