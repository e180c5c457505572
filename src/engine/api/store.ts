import type { Clock } from "../sim/clock";
import { toTimestamp } from "./time";
import type { TraceRecorder } from "../trace/recorder";
import type { Cause, ObjectRef, WriteEntry } from "../trace/types";
import { deletesOnUpdate } from "./deletion";
import { hasKeys } from "../util/shapes";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type KubeObject = any;

/**
 * One kind's objects: found by namespace, then name (no key string is built per lookup: the
 * names are the objects' own strings), and listed in the order they were first stored, as one
 * Map keyed by namespace/name would list them. A slot keeps its place when its object is replaced.
 */
interface KindIndex {
  byNamespace: Map<string, Map<string, Slot>>;
  order: Set<Slot>;
}

/**
 * Where one object lives, for its whole life in the store: the current version, and its
 * namespace/name key as watchers use it (made once, so every watcher's lookups by it reuse the
 * same string and its hash instead of building and hashing a new one per write).
 */
interface Slot {
  obj: KubeObject;
  kind: string;
  /** Deleted: no longer the store's place for its key (a new object of that name gets a new slot). */
  gone: boolean;
  /** metadata.namespace and metadata.name as first stored (what `key` was made from). */
  namespace: string | undefined;
  name: string;
  key: string;
  /**
   * The ref of the object's last write entry, handed to the next one while the object's kind,
   * namespace, name and uid are the same (the trace keeps every write's ref: one object per
   * object, not per write). Nothing changes a ref once made.
   */
  ref?: ObjectRef;
}

/**
 * A watcher hears every write of its kind. `key` is the object's `namespace/name`, the namespace
 * "default" when it has none (what controllers key their queues and caches by).
 */
type Watcher = (verb: WriteEntry["verb"], obj: KubeObject, entry: WriteEntry, key: string, ref: StoredRef | undefined) => void;

/**
 * Where an object lives in the store, for a caller that looks it up again and again (find): a
 * lookup by name in a map of thousands of pods is mostly cache misses.
 */
export type StoredRef = { readonly __storedRef: never };

/**
 * The stored copy of a pod write, the same copy as for any kind: a copy site of its own, as pods
 * are most writes and the copies of every kind at one place are a slow, megamorphic path.
 */
function writtenPod(next: KubeObject, rv: number): KubeObject {
  const m = next.metadata;
  const resourceVersion = String(rv);
  // A controller's pod (the usual metadata, as created below) copied as literals: see util/shapes.ts.
  const metadata = hasKeys(m, OWNED_POD_META) ? ownedPodMeta(m, resourceVersion, m.creationTimestamp) : { ...m, resourceVersion };
  return hasKeys(next, POD_KEYS) ? podOf(next, metadata) : { ...next, metadata };
}

/** A pod's usual keys, and a controller's pod's metadata as admission makes it and as stored. */
const POD_KEYS = ["apiVersion", "kind", "metadata", "spec", "status"];
const OWNED_POD_META_ADMITTED = ["name", "generateName", "namespace", "labels", "ownerReferences", "uid", "generation"];
const OWNED_POD_META = [...OWNED_POD_META_ADMITTED, "resourceVersion", "creationTimestamp"];

function podOf(p: KubeObject, metadata: KubeObject): KubeObject {
  return { apiVersion: p.apiVersion, kind: p.kind, metadata, spec: p.spec, status: p.status };
}

function ownedPodMeta(m: KubeObject, resourceVersion: string, creationTimestamp: unknown): KubeObject {
  return { name: m.name, generateName: m.generateName, namespace: m.namespace, labels: m.labels, ownerReferences: m.ownerReferences, uid: m.uid, generation: m.generation, resourceVersion, creationTimestamp };
}

/** create's stored copy of a pod: `{ ...obj, metadata: { ...obj.metadata, resourceVersion, creationTimestamp } }`. */
function createdPod(obj: KubeObject, resourceVersion: string, creationTimestamp: string): KubeObject {
  const m = obj.metadata;
  const metadata = hasKeys(m, OWNED_POD_META_ADMITTED) ? ownedPodMeta(m, resourceVersion, creationTimestamp) : { ...m, resourceVersion, creationTimestamp };
  return hasKeys(obj, POD_KEYS) ? podOf(obj, metadata) : { ...obj, metadata };
}

/** An object's `namespace/name`, as watchers are given it. */
function namespacedKey(obj: KubeObject): string {
  return `${obj.metadata.namespace ?? "default"}/${obj.metadata.name}`;
}

/**
 * A small in-memory API server store. Stored objects are immutable: every write replaces the
 * object with a new one, so the trace can keep each version without copying.
 */
export class ApiStore {
  /** Objects by kind: listing one kind never walks the others. */
  private objects = new Map<string, KindIndex>();
  private rv = 1;
  private watchers = new Map<string, Watcher[]>();

  constructor(
    private clock: Clock,
    private trace: TraceRecorder,
    private epochMs: number,
  ) {}

  static key(kind: string, namespace: string | undefined, name: string): string {
    return `${kind}/${namespace ?? ""}/${name}`;
  }

  get(kind: string, namespace: string | undefined, name: string): KubeObject | undefined {
    return this.slot(kind, namespace, name)?.obj;
  }

  private slot(kind: string, namespace: string | undefined, name: string): Slot | undefined {
    // A write usually follows a read of the same object (get, then update): the last slot found
    // is checked first, three lookups in large maps saved.
    const last = this.lastSlot;
    if (last !== undefined && name === last.name && kind === this.lastKind && (namespace ?? "") === (last.namespace ?? "")) return last;
    const slot = this.objects.get(kind)?.byNamespace.get(namespace ?? "")?.get(name);
    if (slot !== undefined) {
      this.lastSlot = slot;
      this.lastKind = kind;
    }
    return slot;
  }

  /**
   * get(kind, namespace, name), read from `ref` while it is that object's place: a live slot is
   * the only one stored under its kind, namespace and name.
   */
  find(ref: StoredRef | undefined, kind: string, namespace: string | undefined, name: string): KubeObject | undefined {
    const s = ref as Slot | undefined;
    if (s === undefined || s.gone || s.name !== name || s.kind !== kind || (s.namespace ?? "") !== (namespace ?? "")) return this.get(kind, namespace, name);
    this.lastSlot = s;
    this.lastKind = kind;
    return s.obj;
  }

  /** The place of `obj` when it is what the last write or lookup left there (no lookup made). */
  placeOf(obj: KubeObject): StoredRef | undefined {
    const s = this.lastSlot;
    return s !== undefined && !s.gone && s.obj === obj ? (s as unknown as StoredRef) : undefined;
  }

  /** The slot slot() found last, and its kind (cleared when an object is deleted). */
  private lastSlot: Slot | undefined;
  private lastKind = "";

  private ofKind(kind: string): KindIndex {
    let m = this.objects.get(kind);
    if (!m) this.objects.set(kind, (m = { byNamespace: new Map(), order: new Set() }));
    return m;
  }

  /** Stores `obj` under namespace/name: in the place of the object it replaces, else last. */
  private put(kind: string, namespace: string | undefined, name: string, obj: KubeObject): Slot {
    const idx = this.ofKind(kind);
    const ns = namespace ?? "";
    let names = idx.byNamespace.get(ns);
    if (!names) idx.byNamespace.set(ns, (names = new Map()));
    let slot = names.get(name);
    if (slot) slot.obj = obj;
    else {
      slot = { obj, kind, gone: false, namespace, name, key: `${namespace ?? "default"}/${name}`, ref: undefined };
      names.set(name, slot);
      idx.order.add(slot);
    }
    return slot;
  }

  /** How many objects of `kind` are stored. */
  count(kind: string): number {
    return this.objects.get(kind)?.order.size ?? 0;
  }

  list(kind: string, namespace?: string): KubeObject[] {
    const out: KubeObject[] = [];
    const m = this.objects.get(kind);
    if (!m) return out;
    if (namespace === undefined) for (const s of m.order) out.push(s.obj);
    else for (const s of m.order) if (s.obj.metadata.namespace === namespace) out.push(s.obj);
    return out;
  }

  watch(kind: string, fn: Watcher): void {
    const list = this.watchers.get(kind) ?? [];
    list.push(fn);
    this.watchers.set(kind, list);
  }

  create(obj: KubeObject, cause: Cause): WriteEntry {
    const rv = this.rv++;
    const creationTimestamp = obj.metadata.creationTimestamp ?? toTimestamp(this.clock.now, this.epochMs);
    const stored =
      obj.kind === "Pod"
        ? createdPod(obj, String(rv), creationTimestamp)
        : {
            ...obj,
            metadata: {
              ...obj.metadata,
              resourceVersion: String(rv),
              creationTimestamp,
            },
          };
    const slot = this.put(obj.kind, obj.metadata.namespace, obj.metadata.name, stored);
    return this.emit("create", stored, rv, cause, slot);
  }

  /**
   * Replaces a stored object with `next`. An update that takes the last finalizer off an object
   * whose deletion has no grace left deletes it instead (the entry's verb is then "delete"), as the
   * API server's Store.Update does (deletesOnUpdate).
   */
  update(current: KubeObject, next: KubeObject, cause: Cause): WriteEntry {
    let slot = this.slot(current.kind, current.metadata.namespace, current.metadata.name);
    const stored = slot?.obj ?? current;
    if (stored.metadata.deletionTimestamp && deletesOnUpdate(stored, next)) return this.delete(next, cause);
    const rv = this.rv++;
    const written = current.kind === "Pod" ? writtenPod(next, rv) : { ...next, metadata: { ...next.metadata, resourceVersion: String(rv) } };
    if (slot) slot.obj = written;
    else slot = this.put(current.kind, current.metadata.namespace, current.metadata.name, written);
    return this.emit("update", written, rv, cause, slot);
  }

  delete(obj: KubeObject, cause: Cause): WriteEntry {
    const rv = this.rv++;
    const idx = this.objects.get(obj.kind);
    const names = idx?.byNamespace.get(obj.metadata.namespace ?? "");
    const slot = names?.get(obj.metadata.name);
    if (slot) {
      names!.delete(obj.metadata.name);
      idx!.order.delete(slot);
      slot.gone = true;
      if (slot === this.lastSlot) this.lastSlot = undefined;
    }
    return this.emit("delete", obj, rv, cause, slot);
  }

  private emit(verb: WriteEntry["verb"], obj: KubeObject, rv: number, cause: Cause, slot: Slot | undefined): WriteEntry {
    const entry = this.trace.write(this.clock.now, verb, slot ? slotRef(slot, obj) : refOf(obj), rv, verb === "delete" ? null : obj, cause);
    const watchers = this.watchers.get(obj.kind);
    if (!watchers) return entry;
    // The slot's key when the object still has the namespace and name it was first stored with.
    const key = slot && obj.metadata.name === slot.name && obj.metadata.namespace === slot.namespace ? slot.key : namespacedKey(obj);
    for (const w of watchers) w(verb, obj, entry, key, slot as StoredRef | undefined);
    return entry;
  }
}

/** refOf(obj), the slot's last one when it says the same. */
function slotRef(slot: Slot, obj: KubeObject): ObjectRef {
  const last = slot.ref;
  const m = obj.metadata;
  if (last !== undefined && last.kind === obj.kind && last.namespace === (m.namespace ?? "") && last.name === m.name && last.uid === (m.uid ?? "")) return last;
  return (slot.ref = refOf(obj));
}

export function refOf(obj: KubeObject): ObjectRef {
  return { kind: obj.kind, namespace: obj.metadata.namespace ?? "", name: obj.metadata.name, uid: obj.metadata.uid ?? "" };
}
