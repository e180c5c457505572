import { parseFieldType, type FieldSchema, type FieldType } from "./fieldSchema";

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
  const fields = schema.types[typeName];
  if (!fields) return;
  const obj = value as Record<string, unknown>;
  for (const [key, child] of Object.entries(obj)) {
    const spec = fields[key];
    if (spec !== undefined) obj[key] = visit(child, parseFieldType(spec), schema);
  }
}

function visit(value: unknown, t: FieldType, schema: FieldSchema): unknown {
  if (t.kind === "object") visitStruct(value, t.ref, schema);
  else if (t.kind === "array" && Array.isArray(value)) return value.map((v) => visit(v, t.of, schema));
  else if (t.kind === "map" && value && typeof value === "object" && !Array.isArray(value)) {
    const sorted: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) sorted[k] = visit((value as Record<string, unknown>)[k], t.of, schema);
    return sorted;
  }
  return value;
}
