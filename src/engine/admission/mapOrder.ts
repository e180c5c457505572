import { fieldsOf, type FieldSchema, type FieldType } from "./fieldSchema";
import { setOwn } from "../util/ownMap";

/**
 * encoding/json writes Go maps with their keys sorted, so a stored object's labels, annotations,
 * selectors and resource lists come back from the API server in sorted order whatever order the
 * manifest used. Struct fields keep their order. Mutates `value`.
 */
export function sortMapKeys(value: unknown, schema: FieldSchema): void {
  visitStruct(value, schema.root, schema);
}

function visitStruct(value: unknown, typeName: string, schema: FieldSchema): void {
  if (!value || typeof value !== "object" || Array.isArray(value)) return;
  const fields = fieldsOf(schema, typeName);
  if (!fields) return;
  const obj = value as Record<string, unknown>;
  for (const key in obj) {
    const t = fields.get(key);
    if (t !== undefined && t.kind !== "string" && t.kind !== "bool" && t.kind !== "int32" && t.kind !== "int64") obj[key] = visit(obj[key], t, schema);
  }
}

function visit(value: unknown, t: FieldType, schema: FieldSchema): unknown {
  if (t.kind === "object") visitStruct(value, t.ref, schema);
  else if (t.kind === "array" && Array.isArray(value)) return value.map((v) => visit(v, t.of, schema));
  else if (t.kind === "map" && value && typeof value === "object" && !Array.isArray(value)) {
    const keys = Object.keys(value);
    const inOrder = keys.every((k, i) => i === 0 || keys[i - 1] < k);
    if (inOrder && t.of.kind !== "object") return value;
    const sorted: Record<string, unknown> = {};
    for (const k of inOrder ? keys : keys.sort()) setOwn(sorted, k, visit((value as Record<string, unknown>)[k], t.of, schema));
    return sorted;
  }
  return value;
}
