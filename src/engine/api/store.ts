import type { Clock } from "../sim/clock";
import { toTimestamp } from "./time";
import type { TraceRecorder } from "../trace/recorder";
import type { Cause, ObjectRef, WriteEntry } from "../trace/types";
import { deletesOnUpdate } from "./deletion";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type KubeObject = any;

type Watcher = (verb: WriteEntry["verb"], obj: KubeObject, entry: WriteEntry) => void;

/**
 * A small in-memory API server store. Stored objects are immutable: every write replaces the
 * object with a new one, so the trace can keep each version without copying.
 */
export class ApiStore {
  /** Objects by kind, then by namespace/name: listing one kind never walks the others. */
  private objects = new Map<string, Map<string, KubeObject>>();
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
    return this.objects.get(kind)?.get(`${namespace ?? ""}/${name}`);
  }

  private ofKind(kind: string): Map<string, KubeObject> {
    let m = this.objects.get(kind);
    if (!m) this.objects.set(kind, (m = new Map()));
    return m;
  }

  /** How many objects of `kind` are stored. */
  count(kind: string): number {
    return this.objects.get(kind)?.size ?? 0;
  }

  list(kind: string, namespace?: string): KubeObject[] {
    const out: KubeObject[] = [];
    const m = this.objects.get(kind);
    if (!m) return out;
    if (namespace === undefined) return [...m.values()];
    for (const o of m.values()) if (o.metadata.namespace === namespace) out.push(o);
    return out;
  }

  watch(kind: string, fn: Watcher): void {
    const list = this.watchers.get(kind) ?? [];
    list.push(fn);
    this.watchers.set(kind, list);
  }

  create(obj: KubeObject, cause: Cause): WriteEntry {
    const rv = this.rv++;
    const stored = {
      ...obj,
      metadata: {
        ...obj.metadata,
        resourceVersion: String(rv),
        creationTimestamp: obj.metadata.creationTimestamp ?? toTimestamp(this.clock.now, this.epochMs),
      },
    };
    this.ofKind(obj.kind).set(`${obj.metadata.namespace ?? ""}/${obj.metadata.name}`, stored);
    return this.emit("create", stored, rv, cause);
  }

  /**
   * Replaces a stored object with `next`. An update that takes the last finalizer off an object
   * whose deletion has no grace left deletes it instead (the entry's verb is then "delete"), as the
   * API server's Store.Update does (deletesOnUpdate).
   */
  update(current: KubeObject, next: KubeObject, cause: Cause): WriteEntry {
    const stored = this.get(current.kind, current.metadata.namespace, current.metadata.name) ?? current;
    if (stored.metadata.deletionTimestamp && deletesOnUpdate(stored, next)) return this.delete(next, cause);
    return this.write(current, next, cause);
  }

  private write(current: KubeObject, next: KubeObject, cause: Cause): WriteEntry {
    const rv = this.rv++;
    const stored = { ...next, metadata: { ...next.metadata, resourceVersion: String(rv) } };
    this.ofKind(current.kind).set(`${current.metadata.namespace ?? ""}/${current.metadata.name}`, stored);
    return this.emit("update", stored, rv, cause);
  }

  delete(obj: KubeObject, cause: Cause): WriteEntry {
    const rv = this.rv++;
    this.objects.get(obj.kind)?.delete(`${obj.metadata.namespace ?? ""}/${obj.metadata.name}`);
    return this.emit("delete", obj, rv, cause);
  }

  private emit(verb: WriteEntry["verb"], obj: KubeObject, rv: number, cause: Cause): WriteEntry {
    const entry = this.trace.write(this.clock.now, verb, refOf(obj), rv, verb === "delete" ? null : obj, cause);
    for (const w of this.watchers.get(obj.kind) ?? []) w(verb, obj, entry);
    return entry;
  }
}

export function refOf(obj: KubeObject): ObjectRef {
  return { kind: obj.kind, namespace: obj.metadata.namespace ?? "", name: obj.metadata.name, uid: obj.metadata.uid ?? "" };
}
