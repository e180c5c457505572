import type { PathSegment } from "./fieldPath";

/** The parts of a JSON schema (draft-07) this walker reads. */
export interface SchemaNode {
  $ref?: string;
  type?: string | string[];
  const?: unknown;
  properties?: Record<string, SchemaNode>;
  additionalProperties?: boolean | SchemaNode;
  items?: SchemaNode | SchemaNode[];
  required?: string[];
  allOf?: SchemaNode[];
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  if?: SchemaNode;
  then?: SchemaNode;
  definitions?: Record<string, SchemaNode>;
}

/** The schema of one kind: the `then` of the root's `if kind == …` branch. */
export function schemaForKind(root: SchemaNode, kind: string): SchemaNode | undefined {
  for (const branch of root.allOf ?? []) {
    if (branch.if?.properties?.kind?.const === kind && branch.then) return resolve(root, branch.then);
  }
  return undefined;
}

/**
 * The field names an object at `path` inside a `kind` document may have, or undefined when the
 * path leads nowhere in the schema (or to something that is not an object with fixed fields).
 * Map keys follow `additionalProperties`, indices follow `items`; `oneOf`/`anyOf`/`allOf`
 * alternatives contribute all their fields.
 */
export function fieldNamesAt(root: SchemaNode, kind: string, path: readonly PathSegment[]): string[] | undefined {
  const start = schemaForKind(root, kind);
  if (!start) return undefined;
  let nodes = alternatives(root, start);
  for (const seg of path) {
    const next: SchemaNode[] = [];
    for (const node of nodes) {
      const child = step(node, seg);
      if (child) next.push(...alternatives(root, child));
    }
    if (!next.length) return undefined;
    nodes = next;
  }
  const names = new Set<string>();
  for (const node of nodes) for (const k of Object.keys(node.properties ?? {})) names.add(k);
  return names.size ? [...names] : undefined;
}

function step(node: SchemaNode, seg: PathSegment): SchemaNode | undefined {
  if (typeof seg === "number") {
    if (Array.isArray(node.items)) return node.items[seg];
    return node.items;
  }
  const prop = node.properties?.[seg];
  if (prop) return prop;
  if (typeof node.additionalProperties === "object") return node.additionalProperties;
  return undefined;
}

/** The node itself (refs resolved) and every `allOf`/`anyOf`/`oneOf` member, recursively. */
function alternatives(root: SchemaNode, node: SchemaNode, depth = 0): SchemaNode[] {
  const n = resolve(root, node);
  if (!n || depth > 8) return [];
  const out = [n];
  for (const group of [n.allOf, n.anyOf, n.oneOf]) for (const member of group ?? []) out.push(...alternatives(root, member, depth + 1));
  return out;
}

function resolve(root: SchemaNode, node: SchemaNode | undefined): SchemaNode | undefined {
  let n = node;
  for (let hops = 0; n?.$ref && hops < 16; hops++) {
    const m = /^#\/definitions\/(.+)$/.exec(n.$ref);
    n = m ? root.definitions?.[m[1]] : undefined;
  }
  return n;
}
