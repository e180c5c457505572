import { GENERATED_TYPES } from "./fields.generated";
import { OVERLAY_TYPES } from "./fields.overlay";

/**
 * The shape of every field the API server accepts, for strict decoding. Field types are written
 * compactly (the generated table holds thousands of them):
 *
 *   s            string            s:v1.RestartPolicy   a Go named string type
 *   b            bool              i32 / i64 / f64      Go integer and float types
 *   q            resource.Quantity ios                  intstr.IntOrString
 *   t            metav1.Time       any                  free-form JSON (FieldsV1, RawExtension)
 *   #Name        the struct type Name
 *   []X          a list of X       {}X                  a map from string to X
 */
export interface FieldSchema {
  /** The type of the document itself, e.g. "Pod". */
  root: string;
  types: Record<string, Record<string, string>>;
}

export type FieldType =
  | { kind: "string"; go: string }
  | { kind: "bool" | "int32" | "int64" | "float64" | "quantity" | "intOrString" | "time" | "any" }
  | { kind: "object"; ref: string }
  | { kind: "array"; of: FieldType }
  | { kind: "map"; of: FieldType };

const cache = new Map<string, FieldType>();

export function parseFieldType(spec: string): FieldType {
  let t = cache.get(spec);
  if (t) return t;
  if (spec.startsWith("[]")) t = { kind: "array", of: parseFieldType(spec.slice(2)) };
  else if (spec.startsWith("{}")) t = { kind: "map", of: parseFieldType(spec.slice(2)) };
  else if (spec.startsWith("#")) t = { kind: "object", ref: spec.slice(1) };
  else if (spec === "s" || spec.startsWith("s:")) t = { kind: "string", go: spec.length > 2 ? spec.slice(2) : "string" };
  else {
    const kinds: Record<string, FieldType> = {
      b: { kind: "bool" },
      i32: { kind: "int32" },
      i64: { kind: "int64" },
      f64: { kind: "float64" },
      q: { kind: "quantity" },
      ios: { kind: "intOrString" },
      t: { kind: "time" },
      any: { kind: "any" },
    };
    t = kinds[spec];
    if (!t) throw new Error(`unknown field type ${spec}`);
  }
  cache.set(spec, t);
  return t;
}

const resolved = new WeakMap<FieldSchema["types"], Map<string, Map<string, FieldType> | undefined>>();

/** The parsed fields of one type, cached per schema: decoding visits them for every object. */
export function fieldsOf(schema: FieldSchema, typeName: string): Map<string, FieldType> | undefined {
  let perType = resolved.get(schema.types);
  if (!perType) resolved.set(schema.types, (perType = new Map()));
  if (perType.has(typeName)) return perType.get(typeName);
  const spec = schema.types[typeName];
  const fields = spec ? new Map(Object.entries(spec).map(([k, v]) => [k, parseFieldType(v)])) : undefined;
  perType.set(typeName, fields);
  return fields;
}

/** The Go type name as encoding/json prints it ("[]v1.Container", "v1.ResourceList", "int32"). */
export function goTypeName(t: FieldType): string {
  switch (t.kind) {
    case "string":
      return t.go;
    case "bool":
      return "bool";
    case "int32":
    case "int64":
    case "float64":
      return t.kind;
    case "quantity":
      return "resource.Quantity";
    case "intOrString":
      return "intstr.IntOrString";
    case "time":
      return "v1.Time";
    case "any":
      return "interface {}";
    case "object":
      return `v1.${t.ref}`;
    case "array":
      return `[]${goTypeName(t.of)}`;
    case "map":
      return t.of.kind === "quantity" ? "v1.ResourceList" : `map[string]${goTypeName(t.of)}`;
  }
}

function merge(...tables: Record<string, Record<string, string>>[]): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const table of tables) for (const [name, fields] of Object.entries(table)) out[name] = { ...out[name], ...fields };
  return out;
}

/** Every Kubernetes v1.34 type podplay decodes: kubernetes-types 1.30 plus the later additions. */
export const KUBE_TYPES = merge(GENERATED_TYPES, OVERLAY_TYPES);

export function kubeSchema(root: string): FieldSchema {
  return { root, types: KUBE_TYPES };
}
