import type { Pod } from "../api/types";
import type { KubeObject } from "../api/store";
import { toTimestamp, fromTimestamp } from "../api/time";
import type { Cause } from "../trace/types";
import type { ControllerContext } from "./context";
import { nameSuffix } from "./naming";
import { WorkQueue } from "./workqueue";
import { isPodActive, isPodAvailable, isPodReady, labelsMatch } from "./pods";
import { causeAfter } from "../trace/causes";

/**
 * The ReplicaSet controller: keeps `spec.replicas` active pods that match the selector, creating
 * pods from the template (SuccessfulCreate) or deleting the least valuable ones first
 * (SuccessfulDelete), and reports replicas/ready/available in the status.
 * Models: pkg/controller/replicaset/replica_set.go (syncReplicaSet, manageReplicas, getPodsToDelete).
 */
export class ReplicaSetController {
  private queue: WorkQueue;
  private created = new Map<string, number>();
  private owned = new Map<string, Map<string, Pod>>();

  constructor(private ctx: ControllerContext) {
    this.queue = new WorkQueue(ctx.clock, (key) => this.sync(key));
    ctx.store.watch("ReplicaSet", (verb, obj) => {
      if (verb !== "delete") this.queue.add(key(obj));
    });
    ctx.store.watch("Pod", (verb, obj, _entry, k) => {
      const owner = (obj as Pod).metadata?.ownerReferences?.find((o) => o.controller && o.kind === "ReplicaSet");
      if (!owner) return;
      // The informer's index by controller: a sync looks at its own pods, not every pod in the namespace.
      let own = this.owned.get(owner.uid);
      if (!own) this.owned.set(owner.uid, (own = new Map<string, Pod>()));
      if (verb === "delete") own.delete(k);
      else own.set(k, obj as Pod);
      this.queue.add(this.ownerKey(obj.metadata.namespace, owner.name));
    });
  }

  /** The last owner's queue key: a ReplicaSet's pods are written one after another. */
  private lastOwner = { namespace: "", name: "", key: "/" };

  /** `namespace/name` of a pod's ReplicaSet, the string reused while the owner stays the same. */
  private ownerKey(namespace: string | undefined, name: string): string {
    const last = this.lastOwner;
    if (namespace !== last.namespace || name !== last.name) this.lastOwner = { namespace: namespace as string, name, key: `${namespace}/${name}` };
    return this.lastOwner.key;
  }

  /** Pods whose controller is `rs`, in creation order (a live view: read it before writing). */
  private ownedPods(rs: KubeObject): Iterable<Pod> {
    return this.owned.get(rs.metadata.uid)?.values() ?? [];
  }

  private sync(k: string): void {
    const [ns, name] = k.split("/");
    const rs = this.ctx.store.get("ReplicaSet", ns, name);
    if (!rs) return;
    // One pass over the controller's pods (a sync runs at every one of their writes): the active
    // ones that match the selector, in creation order.
    let owned = 0;
    const active: Pod[] = [];
    for (const p of this.ownedPods(rs)) {
      owned++;
      if (labelsMatch(rs.spec.selector, p.metadata?.labels) && isPodActive(p)) active.push(p);
    }
    this.ctx.clock.work += owned;
    const want = rs.spec.replicas ?? 1;
    const diff = active.length - want;
    const cause: Cause = { rule: "replicaset.manageReplicas", data: { replicaSet: name, replicas: want, active: active.length } };
    // slowStartBatch stops at the first failed create; the rest wait for the next sync.
    if (diff < 0 && !rs.metadata.deletionTimestamp) {
      // The run's work limit is checked inside the loop too: one reconcile may create thousands of pods.
      for (let i = 0; i < -diff && this.ctx.clock.work <= this.ctx.clock.workLimit; i++) if (!this.createPod(rs, cause)) break;
    } else if (diff > 0) for (const p of podsToDelete(active, diff, this.ctx.clock.now, this.ctx.epochMs)) this.deletePod(rs, p, cause);
    this.updateStatus(rs);
  }

  /** One pod from the template; false when the API server refused it (FailedCreate). */
  private createPod(rs: KubeObject, cause: Cause): boolean {
    // The pod's name comes from generateName; when the drawn suffix is taken the API server draws
    // again (RetryGenerateName, GA in v1.32: up to 8 attempts) instead of failing the create.
    let admitted: ReturnType<ControllerContext["admitPod"]> = { errors: [] };
    let name = "";
    for (let attempt = 0; attempt < 8; attempt++) {
      const n = (this.created.get(rs.metadata.uid) ?? 0) + 1;
      this.created.set(rs.metadata.uid, n);
      name = `${rs.metadata.name}-${nameSuffix(`${rs.metadata.uid}/${n}`)}`;
      if (this.ctx.store.get("Pod", rs.metadata.namespace, name)) continue;
      // Every pod of this ReplicaSet is the same POST but for its name (the spec is the template's, not copied).
      admitted = this.ctx.admitPod(this.podFromTemplate(rs, name), { template: rs.spec.template, key: this.reuseKey(rs) });
      if (admitted.object || !/already exists$/.test(admitted.errors[0]?.message ?? "")) break;
    }
    if (!admitted.object) {
      const msg = admitted.errors[0]?.message ?? `pods "${name}" already exists`;
      this.ctx.event(rs, "Warning", "FailedCreate", `Error creating: ${msg}`, "replicaset-controller", cause);
      return false;
    }
    const entry = this.ctx.store.create(admitted.object, cause);
    this.ctx.event(rs, "Normal", "SuccessfulCreate", `Created pod: ${name}`, "replicaset-controller", causeAfter(cause, [entry.id]));
    return true;
  }

  /** The last ReplicaSet's admission reuse key: its pods are created one after another. */
  private lastReuse: { rs: KubeObject; key: string } | undefined;

  /** What admission reuses a ReplicaSet's pods by (namespace, name, uid), one string per stored version. */
  private reuseKey(rs: KubeObject): string {
    const last = this.lastReuse;
    if (last && last.rs === rs) return last.key;
    const key = `${rs.metadata.namespace ?? ""}/${rs.metadata.name}/${rs.metadata.uid}`;
    this.lastReuse = { rs, key };
    return key;
  }

  private podFromTemplate(rs: KubeObject, name: string): KubeObject {
    const t = rs.spec.template;
    return {
      apiVersion: "v1",
      kind: "Pod",
      metadata: {
        name,
        generateName: `${rs.metadata.name}-`,
        namespace: rs.metadata.namespace,
        labels: { ...(t.metadata?.labels ?? {}) },
        ...(t.metadata?.annotations ? { annotations: { ...t.metadata.annotations } } : {}),
        // GetPodFromTemplate (controller_utils.go) copies the template's finalizers too.
        ...(t.metadata?.finalizers?.length ? { finalizers: [...t.metadata.finalizers] } : {}),
        ownerReferences: [{ apiVersion: "apps/v1", kind: "ReplicaSet", name: rs.metadata.name, uid: rs.metadata.uid, controller: true, blockOwnerDeletion: true }],
      },
      spec: t.spec,
    };
  }

  private deletePod(rs: KubeObject, pod: Pod, cause: Cause): void {
    const name = pod.metadata!.name!;
    this.ctx.deletePod(pod.metadata?.namespace ?? "default", name, undefined, { ...cause, rule: "replicaset.scaleDown" });
    this.ctx.event(rs, "Normal", "SuccessfulDelete", `Deleted pod: ${name}`, "replicaset-controller", cause);
  }

  private updateStatus(rs: KubeObject): void {
    const now = this.ctx.clock.now;
    const minReady = rs.spec.minReadySeconds ?? 0;
    // Counted in one pass, in creation order (the requeues below come in the same order as ever).
    let replicas = 0;
    let labeled = 0;
    let ready = 0;
    let available = 0;
    for (const p of this.ownedPods(rs)) {
      if (!isPodActive(p)) continue;
      replicas++;
      if (labelsMatch(rs.spec.selector, p.metadata?.labels)) labeled++;
      const isReady = isPodReady(p);
      if (isReady) ready++;
      if (isPodAvailable(p, minReady, now, this.ctx.epochMs)) available++;
      // A pod that is ready but not yet available becomes available minReadySeconds after it turned ready.
      else if (isReady && minReady > 0) {
        const since = readySince(p, this.ctx.epochMs);
        if (since !== undefined) this.queue.add(key(rs), Math.max(0, since + minReady - now) + 1e-3);
      }
    }
    const status: Record<string, unknown> = {
      replicas,
      fullyLabeledReplicas: labeled,
      readyReplicas: ready,
      availableReplicas: available,
      observedGeneration: rs.metadata.generation ?? 1,
    };
    for (const k of ["readyReplicas", "availableReplicas", "fullyLabeledReplicas"]) if (status[k] === 0) delete status[k];
    if (JSON.stringify(status) === JSON.stringify(rs.status ?? {})) return;
    this.ctx.store.update(rs, { ...rs, status }, { rule: "replicaset.status", data: { replicaSet: rs.metadata.name, ...status } as Record<string, number> });
  }
}

function key(obj: KubeObject): string {
  return `${obj.metadata.namespace ?? "default"}/${obj.metadata.name}`;
}

function readySince(p: Pod, epochMs: number): number | undefined {
  const c = p.status?.conditions?.find((x) => x.type === "Ready" && x.status === "True");
  return c?.lastTransitionTime ? fromTimestamp(c.lastTransitionTime, epochMs) : undefined;
}

/**
 * Which active pods go first when scaling down: unassigned before assigned, Pending before
 * Unknown before Running, not ready before ready, ready for less time before longer, more
 * restarts before fewer, newer before older. Models: pkg/controller/controller_utils.go ActivePods.
 */
export function podsToDelete(pods: Pod[], n: number, now: number, epochMs: number): Pod[] {
  const phaseRank: Record<string, number> = { Pending: 0, Unknown: 1, Running: 2 };
  const restarts = (p: Pod) => Math.max(0, ...(p.status?.containerStatuses ?? []).map((s) => s.restartCount));
  const created = (p: Pod) => fromTimestamp(p.metadata?.creationTimestamp ?? toTimestamp(0, epochMs), epochMs);
  const sorted = [...pods].sort((a, b) => {
    const na = a.spec?.nodeName ? 1 : 0;
    const nb = b.spec?.nodeName ? 1 : 0;
    if (na !== nb) return na - nb;
    const pa = phaseRank[a.status?.phase ?? "Pending"] ?? 0;
    const pb = phaseRank[b.status?.phase ?? "Pending"] ?? 0;
    if (pa !== pb) return pa - pb;
    const ra = isPodReady(a) ? 1 : 0;
    const rb = isPodReady(b) ? 1 : 0;
    if (ra !== rb) return ra - rb;
    if (ra && rb) {
      const sa = readySince(a, epochMs) ?? now;
      const sb = readySince(b, epochMs) ?? now;
      if (sa !== sb) return sb - sa;
    }
    if (restarts(a) !== restarts(b)) return restarts(b) - restarts(a);
    if (created(a) !== created(b)) return created(b) - created(a);
    return a.metadata!.name! < b.metadata!.name! ? -1 : 1;
  });
  return sorted.slice(0, n);
}
