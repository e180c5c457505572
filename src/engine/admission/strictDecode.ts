import type { Diagnostic } from "../api/types";
import type { SourceDoc } from "../input/yamlDocuments";
import { fieldsOf, goTypeName, type FieldSchema, type FieldType } from "./fieldSchema";
import { QuantityError, goJSONNumber, quantityFromJSON } from "./quantity";
import { setOwn } from "../util/ownMap";

/** One way the input does not fit the Go types. `atKey` issues point at the key (unknown fields). */
export interface DecodeIssue {
  path: (string | number)[];
  /** The field path with indices, as strict decoding prints it: spec.containers[0].readinessprobe */
  pathText: string;
  /** The error as the decoder words it, without the "cannot be handled as" prefix. */
  detail: string;
  atKey: boolean;
}

const INT32 = { min: -(2 ** 31), max: 2 ** 31 - 1 };
const INT64 = { min: -(2 ** 63), max: 2 ** 63 - 1 };

/**
 * What sigs.k8s.io/json (the API server's strict decoder) does with a JSON document: fields the
 * type does not have are unknown-field errors (case-sensitive, so `readinessprobe` is unknown), and
 * a value of the wrong JSON type is an encoding/json UnmarshalTypeError, worded
 * `json: cannot unmarshal string into Go struct field Probe.spec.containers.livenessProbe.periodSeconds of type int32`
 * (the struct that holds the field, then every field name from the top, without indices).
 * Quantities and int-or-strings have their own UnmarshalJSON, whose errors carry no field context.
 *
 * Unlike the API server, which stops at the first type error and reports unknown fields only when
 * there is none, every issue is returned so an editor can mark them all.
 *
 * The returned value is the document as Go would hold it: `null` fields dropped, quantities in
 * their stored text.
 */
export function decode(value: unknown, schema: FieldSchema): { value: unknown; issues: DecodeIssue[] } {
  const issues: DecodeIssue[] = [];
  const out = decodeStruct(value as Record<string, unknown>, schema.root, schema, [], [], issues);
  return { value: out, issues };
}

/**
 * Strict decoding of one document, as Diagnostics worded the way the API server answers:
 * `Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "spec.x"`.
 */
export function strictDecode(value: unknown, schema: FieldSchema, doc: SourceDoc, kindForMessage: string): Diagnostic[] {
  const apiVersion = (value as { apiVersion?: unknown })?.apiVersion;
  const version = typeof apiVersion === "string" ? apiVersion.slice(apiVersion.lastIndexOf("/") + 1) : "";
  return decode(value, schema).issues.map((issue) => issueDiagnostic(issue, doc, kindForMessage, version));
}

export function issueDiagnostic(issue: DecodeIssue, doc: SourceDoc, kind: string, version: string): Diagnostic {
  const pos = issue.atKey ? doc.keyAt(issue.path) : doc.valueAt(issue.path);
  return {
    message: `${kind} in version ${JSON.stringify(version)} cannot be handled as a ${kind}: ${issue.detail}`,
    path: issue.pathText,
    line: pos.line,
    column: pos.column,
    document: doc.index,
    severity: "error",
  };
}

function jsonKind(v: unknown): string {
  if (typeof v === "string") return "string";
  if (typeof v === "number") return "number";
  if (typeof v === "boolean") return "bool";
  if (Array.isArray(v)) return "array";
  return "object";
}

function pathText(path: (string | number)[]): string {
  let s = "";
  for (const seg of path) s += typeof seg === "number" ? `[${seg}]` : s ? `.${seg}` : seg;
  return s;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/**
 * `fields` is encoding/json's field stack (struct field names only); `struct` names the innermost
 * struct, which the UnmarshalTypeError reports.
 */
function decodeStruct(
  value: Record<string, unknown>,
  typeName: string,
  schema: FieldSchema,
  path: (string | number)[],
  fields: string[],
  issues: DecodeIssue[],
): Record<string, unknown> {
  const spec = fieldsOf(schema, typeName);
  if (!spec) throw new Error(`no schema for ${typeName}`);
  const out: Record<string, unknown> = {};
  // `path` and `fields` are shared stacks, copied only when an issue is recorded.
  for (const key in value) {
    const v = value[key];
    const t = spec.get(key);
    path.push(key);
    if (t === undefined) {
      issues.push({ path: [...path], pathText: pathText(path), detail: `strict decoding error: unknown field ${JSON.stringify(pathText(path))}`, atKey: true });
    } else if (v !== null && v !== undefined) {
      fields.push(key);
      const decoded = decodeValue(v, t, schema, path, fields, typeName, issues);
      fields.pop();
      if (decoded !== undefined) out[key] = decoded;
    }
    path.pop();
  }
  return out;
}

function typeError(issues: DecodeIssue[], path: (string | number)[], what: string, fields: string[], struct: string, t: FieldType): undefined {
  issues.push({
    path: [...path],
    pathText: pathText(path),
    detail: `json: cannot unmarshal ${what} into Go struct field ${struct}.${fields.join(".")} of type ${goTypeName(t)}`,
    atKey: false,
  });
  return undefined;
}

function plainError(issues: DecodeIssue[], path: (string | number)[], detail: string): undefined {
  issues.push({ path: [...path], pathText: pathText(path), detail, atKey: false });
  return undefined;
}

function decodeValue(
  v: unknown,
  t: FieldType,
  schema: FieldSchema,
  path: (string | number)[],
  fields: string[],
  struct: string,
  issues: DecodeIssue[],
): unknown {
  if (typeof v === "number" && !Number.isFinite(v)) {
    // kubectl cannot even turn such YAML into JSON
    return plainError(issues, path, `json: unsupported value: ${v > 0 ? "+Inf" : v < 0 ? "-Inf" : "NaN"}`);
  }
  switch (t.kind) {
    case "string":
      return typeof v === "string" ? v : typeError(issues, path, jsonKind(v), fields, struct, t);
    case "bool":
      return typeof v === "boolean" ? v : typeError(issues, path, jsonKind(v), fields, struct, t);
    case "int32":
    case "int64":
    case "float64": {
      if (typeof v !== "number") return typeError(issues, path, jsonKind(v), fields, struct, t);
      if (t.kind === "float64") return v;
      const range = t.kind === "int32" ? INT32 : INT64;
      if (!Number.isInteger(v) || v < range.min || v > range.max) return typeError(issues, path, `number ${goJSONNumber(v)}`, fields, struct, t);
      return v;
    }
    case "quantity":
      return decodeQuantity(v, path, issues);
    case "intOrString":
      if (typeof v === "string") return v;
      if (typeof v === "number") {
        if (Number.isInteger(v) && v >= INT32.min && v <= INT32.max) return v;
        return plainError(issues, path, `json: cannot unmarshal number ${goJSONNumber(v)} into Go value of type int32`);
      }
      return plainError(issues, path, `json: cannot unmarshal ${jsonKind(v)} into Go value of type int32`);
    case "time":
      if (typeof v !== "string") return plainError(issues, path, `json: cannot unmarshal ${jsonKind(v)} into Go value of type string`);
      if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(v)) {
        return plainError(issues, path, `parsing time ${JSON.stringify(v)} as "2006-01-02T15:04:05Z07:00": cannot parse ${JSON.stringify(v)} as "2006"`);
      }
      return v;
    case "any":
      return v;
    case "object":
      if (!isPlainObject(v)) return typeError(issues, path, jsonKind(v), fields, struct, t);
      return decodeStruct(v, t.ref, schema, path, fields, issues);
    case "array": {
      if (!Array.isArray(v)) return typeError(issues, path, jsonKind(v), fields, struct, t);
      return v.map((item, i) => {
        if (item === null || item === undefined) return zeroValue(t.of);
        path.push(i);
        const decoded = decodeValue(item, t.of, schema, path, fields, struct, issues);
        path.pop();
        return decoded;
      });
    }
    case "map": {
      if (!isPlainObject(v)) return typeError(issues, path, jsonKind(v), fields, struct, t);
      const out: Record<string, unknown> = {};
      for (const [k, item] of Object.entries(v)) {
        if (item === null || item === undefined) {
          setOwn(out, k, zeroValue(t.of));
          continue;
        }
        path.push(k);
        const decoded = decodeValue(item, t.of, schema, path, fields, struct, issues);
        path.pop();
        if (decoded !== undefined) setOwn(out, k, decoded);
      }
      return out;
    }
  }
}

/** Quantity.UnmarshalJSON: a string or bare number is parsed; anything else fails the parse. */
function decodeQuantity(v: unknown, path: (string | number)[], issues: DecodeIssue[]): unknown {
  try {
    if (typeof v === "string" || typeof v === "number") return quantityFromJSON(v).toString();
    return quantityFromJSON(typeof v === "boolean" ? String(v) : JSON.stringify(v)).toString();
  } catch (e) {
    if (e instanceof QuantityError) return plainError(issues, path, e.message);
    throw e;
  }
}

/** What Go stores for a JSON null inside a list or map. */
function zeroValue(t: FieldType): unknown {
  switch (t.kind) {
    case "string":
      return "";
    case "bool":
      return false;
    case "int32":
    case "int64":
    case "float64":
    case "intOrString":
      return 0;
    case "quantity":
      return "0";
    case "object":
    case "map":
      return {};
    case "array":
      return [];
    default:
      return null;
  }
}
