/**
 * The three ways `kubectl patch` changes a stored object, and the three-way merge of
 * `kubectl apply`, on plain JSON objects. The Pod's merge keys and strategies are the
 * `patchMergeKey` / `patchStrategy` tags of k8s.io/api/core/v1/types.go.
 */

type Json = unknown;
type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => v !== null && typeof v === "object" && !Array.isArray(v);
const clone = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));

/**
 * Lists merged item by item, by this key, in a Pod (paths without indices). Lists not named here
 * are atomic: a patch replaces them whole (tolerations, readinessGates, command, args…).
 */
const POD_MERGE_KEYS: Record<string, string> = {
  "metadata.ownerReferences": "uid",
  "spec.volumes": "name",
  "spec.imagePullSecrets": "name",
  "spec.hostAliases": "ip",
  "spec.topologySpreadConstraints": "topologyKey",
  "spec.schedulingGates": "name",
  "spec.resourceClaims": "name",
  "status.conditions": "type",
};
for (const list of ["spec.containers", "spec.initContainers", "spec.ephemeralContainers"]) {
  POD_MERGE_KEYS[list] = "name";
  POD_MERGE_KEYS[`${list}.env`] = "name";
  POD_MERGE_KEYS[`${list}.ports`] = "containerPort";
  POD_MERGE_KEYS[`${list}.volumeMounts`] = "mountPath";
  POD_MERGE_KEYS[`${list}.volumeDevices`] = "devicePath";
  POD_MERGE_KEYS[`${list}.resizePolicy`] = "resourceName";
}
/** Lists of strings with patchStrategy "merge": a patch adds to them. */
const POD_MERGE_PRIMITIVES = new Set(["metadata.finalizers"]);

export interface MergeSchema {
  mergeKey(path: string): string | undefined;
  mergePrimitives(path: string): boolean;
}

export const POD_SCHEMA: MergeSchema = {
  mergeKey: (path) => POD_MERGE_KEYS[path],
  mergePrimitives: (path) => POD_MERGE_PRIMITIVES.has(path),
};

/** Nodes: their taints are atomic, their labels a map. */
export const ATOMIC_SCHEMA: MergeSchema = { mergeKey: () => undefined, mergePrimitives: () => false };

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

/** Thrown for a patch the API server refuses to apply (400 Bad Request). */
export class PatchError extends Error {}

/**
 * RFC 7386 JSON merge patch (`kubectl patch --type merge`): maps merge, null deletes, anything
 * else (lists included) replaces.
 */
export function mergePatch(target: Json, patch: Json): Json {
  if (!isObj(patch)) return clone(patch);
  const out: Obj = isObj(target) ? { ...target } : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = mergePatch(out[k], v);
  }
  return out;
}

/**
 * A strategic merge patch (`kubectl patch`, the default type): as a merge patch, except that lists
 * with a merge key merge item by item (`$patch: delete` removes one), lists of strings with the
 * merge strategy gain the patch's items, `$patch: replace` replaces a map or list whole and
 * `$deleteFromPrimitiveList/<field>` takes items out. Models:
 * staging/src/k8s.io/apimachinery/pkg/util/strategicpatch/patch.go (mergeMap, mergeSlice).
 */
export function strategicMergePatch(target: Json, patch: Json, schema: MergeSchema, path = ""): Json {
  if (!isObj(patch)) return clone(patch);
  if (patch.$patch === "replace") {
    const rest = { ...patch };
    delete rest.$patch;
    return stripDirectives(rest);
  }
  if (patch.$patch === "delete") return undefined;
  const out: Obj = isObj(target) ? { ...target } : {};
  for (const [k, v] of Object.entries(patch)) {
    if (k.startsWith("$deleteFromPrimitiveList/")) {
      const field = k.slice("$deleteFromPrimitiveList/".length);
      const drop = Array.isArray(v) ? v : [];
      if (Array.isArray(out[field])) {
        const kept = (out[field] as unknown[]).filter((x) => !drop.some((d) => jsonEqual(d, x)));
        if (kept.length) out[field] = kept;
        else delete out[field];
      }
      continue;
    }
    if (k.startsWith("$")) continue;
    const p = join(path, k);
    if (v === null) {
      delete out[k];
      continue;
    }
    if (Array.isArray(v)) {
      const merged = mergeList(out[k], v, schema, p);
      if (merged === undefined) delete out[k];
      else out[k] = merged;
      continue;
    }
    const merged = strategicMergePatch(out[k], v, schema, p);
    if (merged === undefined) delete out[k];
    else out[k] = merged;
  }
  return out;
}

function mergeList(target: unknown, patch: unknown[], schema: MergeSchema, path: string): unknown[] | undefined {
  const key = schema.mergeKey(path);
  const current = Array.isArray(target) ? target : [];
  if (patch.some((x) => isObj(x) && x.$patch === "replace")) return patch.filter((x) => !(isObj(x) && x.$patch === "replace")).map(stripDirectives);
  if (schema.mergePrimitives(path)) {
    const out = [...current];
    for (const x of patch) if (!out.some((y) => jsonEqual(x, y))) out.push(clone(x));
    return out;
  }
  if (!key) return patch.map(stripDirectives);
  const out = [...current];
  for (const item of patch) {
    if (!isObj(item)) throw new PatchError(`unable to find api field in struct for the patch of ${path}`);
    const id = item[key];
    if (id === undefined) throw new PatchError(`map: ${JSON.stringify(item)} does not contain declared merge key: ${key}`);
    const at = out.findIndex((x) => isObj(x) && jsonEqual(x[key], id));
    if (item.$patch === "delete") {
      if (at >= 0) out.splice(at, 1);
      continue;
    }
    if (at >= 0) out[at] = strategicMergePatch(out[at], item, schema, path);
    else out.push(stripDirectives(item));
  }
  return out;
}

function stripDirectives(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(stripDirectives);
  if (!isObj(v)) return v;
  const out: Obj = {};
  for (const [k, x] of Object.entries(v)) if (!k.startsWith("$") && x !== null) out[k] = stripDirectives(x);
  return out;
}

/** One operation of an RFC 6902 JSON patch (`kubectl patch --type json`). */
export interface JsonPatchOp {
  op: string;
  path: string;
  value?: unknown;
  from?: string;
}

/**
 * RFC 6902 JSON patch: add, remove, replace, move, copy and test, with RFC 6901 pointers
 * (`/metadata/finalizers/0`, `-` to append). Errors read like evanphx/json-patch's, which the
 * API server uses.
 */
export function jsonPatch(target: Json, ops: readonly JsonPatchOp[]): Json {
  let doc = clone(target);
  const parse = (p: string): string[] => {
    if (p === "") return [];
    if (!p.startsWith("/")) throw new PatchError(`invalid JSON Pointer: ${JSON.stringify(p)}`);
    return p.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
  };
  const parent = (parts: string[], op: string): { container: Obj | unknown[]; key: string } => {
    let node: unknown = doc;
    for (const part of parts.slice(0, -1)) {
      if (Array.isArray(node)) node = node[Number(part)];
      else if (isObj(node)) node = node[part];
      else node = undefined;
      if (node === undefined) throw new PatchError(`${op} operation does not apply: doc is missing path: "/${parts.join("/")}": missing value`);
    }
    if (!Array.isArray(node) && !isObj(node)) throw new PatchError(`${op} operation does not apply: doc is missing path: "/${parts.join("/")}": missing value`);
    return { container: node, key: parts[parts.length - 1] };
  };
  const get = (parts: string[], op: string): unknown => {
    let node: unknown = doc;
    for (const part of parts) {
      node = Array.isArray(node) ? node[Number(part)] : isObj(node) ? node[part] : undefined;
      if (node === undefined) throw new PatchError(`${op} operation does not apply: doc is missing path: "/${parts.join("/")}": missing value`);
    }
    return node;
  };
  const remove = (parts: string[], op: string): unknown => {
    const { container, key } = parent(parts, op);
    if (Array.isArray(container)) {
      const i = Number(key);
      if (!Number.isInteger(i) || i < 0 || i >= container.length) throw new PatchError(`Unable to remove nonexistent key: ${key}: missing value`);
      return container.splice(i, 1)[0];
    }
    if (!(key in container)) throw new PatchError(`Unable to remove nonexistent key: ${key}: missing value`);
    const v = container[key];
    delete container[key];
    return v;
  };
  const add = (parts: string[], value: unknown, op: string) => {
    if (!parts.length) {
      doc = clone(value);
      return;
    }
    const { container, key } = parent(parts, op);
    if (Array.isArray(container)) {
      const i = key === "-" ? container.length : Number(key);
      if (!Number.isInteger(i) || i < 0 || i > container.length) throw new PatchError(`Unable to access invalid index: ${i}: invalid index referenced`);
      container.splice(i, 0, clone(value));
    } else container[key] = clone(value);
  };
  for (const o of ops) {
    const parts = parse(o.path);
    switch (o.op) {
      case "add":
        add(parts, o.value, "add");
        break;
      case "remove":
        remove(parts, "remove");
        break;
      case "replace": {
        const { container, key } = parent(parts, "replace");
        if (Array.isArray(container) ? Number(key) >= container.length : !(key in container)) throw new PatchError(`replace operation does not apply: doc is missing key: /${parts.join("/")}: missing value`);
        if (Array.isArray(container)) container[Number(key)] = clone(o.value);
        else container[key] = clone(o.value);
        break;
      }
      case "move": {
        const v = remove(parse(o.from ?? ""), "move");
        add(parts, v, "move");
        break;
      }
      case "copy":
        add(parts, get(parse(o.from ?? ""), "copy"), "copy");
        break;
      case "test":
        if (!jsonEqual(get(parts, "test"), o.value)) throw new PatchError(`testing value /${parts.join("/")} failed: test failed`);
        break;
      default:
        throw new PatchError(`Unexpected kind: ${o.op}`);
    }
  }
  return doc;
}

/**
 * What `kubectl apply` makes of a live object: the fields of the new manifest (`modified`) are
 * set, the fields the last applied manifest (`original`) had and the new one lacks are removed,
 * and everything else the live object has (defaults, what admission and controllers added)
 * stays. Lists with a merge key are merged item by item the same way; lists of strings with the
 * merge strategy keep their other items; other lists are replaced. Models:
 * strategicpatch.CreateThreeWayMergePatch (staging/src/k8s.io/apimachinery/pkg/util/strategicpatch/patch.go)
 * applied to the live object.
 */
export function threeWayMerge(original: Json, modified: Json, current: Json, schema: MergeSchema, path = ""): Json {
  if (isObj(modified)) {
    const out: Obj = isObj(current) ? { ...current } : {};
    const orig = isObj(original) ? original : {};
    for (const [k, v] of Object.entries(modified)) {
      const p = join(path, k);
      if (v === null) delete out[k];
      else if (Array.isArray(v)) out[k] = threeWayList(orig[k], v, out[k], schema, p);
      else out[k] = threeWayMerge(orig[k], v, out[k], schema, p);
    }
    for (const k of Object.keys(orig)) if (!(k in modified)) delete out[k];
    return out;
  }
  return clone(modified);
}

function threeWayList(original: unknown, modified: unknown[], current: unknown, schema: MergeSchema, path: string): unknown[] {
  const cur = Array.isArray(current) ? current : [];
  const orig = Array.isArray(original) ? original : [];
  if (schema.mergePrimitives(path)) {
    const out = cur.filter((x) => modified.some((m) => jsonEqual(m, x)) || !orig.some((o) => jsonEqual(o, x)));
    for (const m of modified) if (!out.some((x) => jsonEqual(x, m))) out.push(clone(m));
    return out;
  }
  const key = schema.mergeKey(path);
  if (!key || !modified.every(isObj)) return jsonEqual(modified, cur) ? cur : clone(modified);
  const id = (x: unknown) => (isObj(x) ? x[key] : undefined);
  const out = cur.filter((x) => modified.some((m) => jsonEqual(id(m), id(x))) || !orig.some((o) => jsonEqual(id(o), id(x))));
  for (const m of modified) {
    const at = out.findIndex((x) => jsonEqual(id(x), id(m)));
    const o = orig.find((x) => jsonEqual(id(x), id(m)));
    if (at >= 0) out[at] = threeWayMerge(o, m, out[at], schema, path);
    else out.push(threeWayMerge(o, m, undefined, schema, path));
  }
  return out;
}

/** Deep equality of JSON values, map key order ignored (apiequality.Semantic.DeepEqual for plain data). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => jsonEqual(x, b[i]));
  if (isObj(a)) {
    if (!isObj(b)) return false;
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => jsonEqual(a[k], b[k]));
  }
  return false;
}
