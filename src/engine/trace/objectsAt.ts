import type { Trace } from "./types";

/** A stored API object as the trace keeps it (the real v1 shapes; only metadata is relied on here). */
export interface StoredObject {
  apiVersion?: string;
  kind?: string;
  metadata?: { name?: string; namespace?: string; creationTimestamp?: string; [k: string]: unknown };
  [k: string]: unknown;
}

interface Versions {
  namespace: string;
  name: string;
  /** Every stored version in time order; null once deleted. */
  list: Array<{ t: number; object: StoredObject | null }>;
}

/**
 * Every API object of a run as the API server would list it at any time `t`: the versions the
 * trace's writes recorded, per kind. What `kubectl get` reads. Built once per trace (one pass),
 * then each question is a binary search per object.
 */
export interface ObjectIndex {
  /** The kinds the run stored at some time (Pod, Node, Deployment, …). */
  readonly kinds: ReadonlySet<string>;
  /** The objects of `kind` that exist at `t`, in the API's list order (namespace, then name); all namespaces when `namespace` is undefined. */
  list(kind: string, t: number, namespace?: string): StoredObject[];
  /** One object as stored at `t`, or undefined when it does not exist then. */
  get(kind: string, namespace: string, name: string, t: number): StoredObject | undefined;
}

const cache = new WeakMap<Trace, ObjectIndex>();

/** The index of a trace's objects over time (cached per trace). */
export function objectIndex(trace: Trace): ObjectIndex {
  const hit = cache.get(trace);
  if (hit) return hit;
  const byKind = new Map<string, Map<string, Versions>>();
  for (const e of trace.entries) {
    if (e.type !== "write") continue;
    let objs = byKind.get(e.ref.kind);
    if (!objs) byKind.set(e.ref.kind, (objs = new Map()));
    const key = `${e.ref.namespace}/${e.ref.name}`;
    let v = objs.get(key);
    if (!v) objs.set(key, (v = { namespace: e.ref.namespace, name: e.ref.name, list: [] }));
    v.list.push({ t: e.t, object: e.verb === "delete" ? null : (e.object as StoredObject) });
  }
  // The API lists by storage key: namespace, then name, compared as bytes (Go's string order).
  const sorted = new Map<string, Versions[]>();
  for (const [kind, objs] of byKind) sorted.set(kind, [...objs.values()].sort((a, b) => cmp(a.namespace, b.namespace) || cmp(a.name, b.name)));
  const at = (v: Versions, t: number) => {
    const n = countAt(v.list, t);
    return n ? (v.list[n - 1].object ?? undefined) : undefined;
  };
  const idx: ObjectIndex = {
    kinds: new Set(byKind.keys()),
    list(kind, t, namespace) {
      const out: StoredObject[] = [];
      for (const v of sorted.get(kind) ?? []) {
        if (namespace !== undefined && v.namespace !== namespace) continue;
        const o = at(v, t);
        if (o) out.push(o);
      }
      return out;
    },
    get(kind, namespace, name, t) {
      const v = byKind.get(kind)?.get(`${namespace}/${name}`);
      return v ? at(v, t) : undefined;
    },
  };
  cache.set(trace, idx);
  return idx;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * How many of the time-ordered items happened by `t` (a write at exactly `t` has happened): a
 * binary search, cheap enough for every playhead frame.
 */
export function countAt(items: ReadonlyArray<{ t: number }>, t: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].t <= t + 1e-9) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
