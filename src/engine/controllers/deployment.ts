import type { KubeObject } from "../api/store";
import { fromTimestamp, toTimestamp } from "../api/time";
import type { Cause } from "../trace/types";
import type { ControllerContext } from "./context";
import { podTemplateHash } from "./naming";
import { scaledValue } from "./intOrPercent";
import { WorkQueue } from "./workqueue";
import { causeAfter } from "../trace/causes";

const HASH_LABEL = "pod-template-hash";

/**
 * The Deployment controller: one ReplicaSet per pod template, scaled by the strategy. A rolling
 * update surges the new ReplicaSet up to replicas+maxSurge pods and scales old ones down while
 * at least replicas-maxUnavailable pods stay available; Recreate scales old ones to zero first.
 * Models: pkg/controller/deployment/{sync.go, rolling.go, recreate.go, progress.go},
 * pkg/controller/deployment/util/deployment_util.go (NewRSNewReplicas, ResolveFenceposts).
 */
export class DeploymentController {
  private queue: WorkQueue;

  constructor(private ctx: ControllerContext) {
    this.queue = new WorkQueue(ctx.clock, (key) => this.sync(key));
    ctx.store.watch("Deployment", (verb, obj) => {
      if (verb !== "delete") this.queue.add(`${obj.metadata.namespace}/${obj.metadata.name}`);
    });
    ctx.store.watch("ReplicaSet", (_verb, obj) => {
      const owner = obj.metadata?.ownerReferences?.find((o: { kind: string; controller?: boolean }) => o.controller && o.kind === "Deployment");
      if (owner) this.queue.add(`${obj.metadata.namespace}/${owner.name}`);
    });
  }

  private sync(key: string): void {
    const [ns, name] = key.split("/");
    const d = this.ctx.store.get("Deployment", ns, name);
    if (!d || d.metadata.deletionTimestamp) return;
    const listed = this.ctx.store.list("ReplicaSet", ns) as KubeObject[];
    this.ctx.clock.work += listed.length;
    const owned = listed
      .filter((rs) => rs.metadata.ownerReferences?.some((o: { uid: string }) => o.uid === d.metadata.uid))
      .sort(byCreation);
    let newRS = owned.find((rs) => sameTemplate(rs.spec.template, d.spec.template));
    const old = owned.filter((rs) => rs !== newRS);
    const cause: Cause = { rule: "deployment.sync", data: { deployment: name, generation: d.metadata.generation ?? 1 } };
    if (d.spec.paused) return this.updateStatus(d, newRS, old);

    if ((d.spec.strategy?.type ?? "RollingUpdate") === "Recreate") {
      // Old pods must be gone before new ones start.
      if (this.scaleAllTo(old, 0, d, cause)) return this.updateStatus(d, newRS, old);
      const oldPods = old.reduce((n, rs) => n + (rs.status?.replicas ?? 0), 0);
      if (oldPods > 0) return this.updateStatus(d, newRS, old);
      if (!newRS) newRS = this.createNewRS(d, d.spec.replicas ?? 1, cause);
      else if (newRS.spec.replicas !== (d.spec.replicas ?? 1)) newRS = this.scale(newRS, d.spec.replicas ?? 1, d, cause);
      return this.updateStatus(d, newRS, old);
    }

    const replicas = d.spec.replicas ?? 1;
    const { surge, unavailable } = fenceposts(d);
    if (!newRS) {
      newRS = this.createNewRS(d, newRSReplicas(replicas, surge, [...old], 0), cause);
      return this.updateStatus(d, newRS, old);
    }
    // reconcileNewReplicaSet
    const cur = newRS.spec.replicas ?? 0;
    if (cur !== replicas) {
      const target = cur > replicas ? replicas : newRSReplicas(replicas, surge, old, cur);
      if (target !== cur) {
        newRS = this.scale(newRS, target, d, cause);
        return this.updateStatus(d, newRS, old);
      }
    }
    // reconcileOldReplicaSets
    const all = [...old, newRS];
    const oldCount = old.reduce((n, rs) => n + (rs.spec.replicas ?? 0), 0);
    if (oldCount > 0) {
      const allCount = all.reduce((n, rs) => n + (rs.spec.replicas ?? 0), 0);
      const minAvailable = replicas - unavailable;
      const newUnavailable = (newRS.spec.replicas ?? 0) - (newRS.status?.availableReplicas ?? 0);
      let budget = allCount - minAvailable - newUnavailable;
      let changed = false;
      if (budget > 0) {
        // cleanupUnhealthyReplicas: old pods that are not available go first.
        for (const rs of old) {
          if (budget <= 0) break;
          const r = rs.spec.replicas ?? 0;
          const avail = rs.status?.availableReplicas ?? 0;
          if (r === 0 || avail >= r) continue;
          const down = Math.min(budget, r - avail);
          this.scale(rs, r - down, d, cause);
          budget -= down;
          changed = true;
        }
        // scaleDownOldReplicaSetsForRollingUpdate: keep minAvailable available pods.
        const fresh = old.map((rs) => this.ctx.store.get("ReplicaSet", ns, rs.metadata.name) ?? rs);
        const available = [...fresh, newRS].reduce((n, rs) => n + (rs.status?.availableReplicas ?? 0), 0);
        let total = available - minAvailable;
        for (const rs of fresh) {
          if (total <= 0) break;
          const r = rs.spec.replicas ?? 0;
          if (r === 0) continue;
          const down = Math.min(r, total);
          this.scale(rs, r - down, d, cause);
          total -= down;
          changed = true;
        }
      }
      if (changed) return this.updateStatus(d, newRS, old);
    }
    this.updateStatus(d, newRS, old);
  }

  private createNewRS(d: KubeObject, replicas: number, cause: Cause): KubeObject {
    const hash = podTemplateHash(d.spec.template);
    const template = JSON.parse(JSON.stringify(d.spec.template));
    template.metadata = { ...(template.metadata ?? {}), labels: { ...(template.metadata?.labels ?? {}), [HASH_LABEL]: hash } };
    const revision = String(Number(d.metadata.annotations?.["deployment.kubernetes.io/revision"] ?? 0) + 1);
    const rs = {
      apiVersion: "apps/v1",
      kind: "ReplicaSet",
      metadata: {
        name: `${d.metadata.name}-${hash}`,
        namespace: d.metadata.namespace,
        uid: uidFrom(`${d.metadata.uid}/${hash}`),
        generation: 1,
        labels: template.metadata.labels,
        annotations: {
          "deployment.kubernetes.io/desired-replicas": String(d.spec.replicas ?? 1),
          "deployment.kubernetes.io/max-replicas": String((d.spec.replicas ?? 1) + fenceposts(d).surge),
          "deployment.kubernetes.io/revision": revision,
        },
        ownerReferences: [{ apiVersion: "apps/v1", kind: "Deployment", name: d.metadata.name, uid: d.metadata.uid, controller: true, blockOwnerDeletion: true }],
      },
      spec: {
        replicas,
        minReadySeconds: d.spec.minReadySeconds ?? 0,
        selector: { ...d.spec.selector, matchLabels: { ...(d.spec.selector?.matchLabels ?? {}), [HASH_LABEL]: hash } },
        template,
      },
      status: { replicas: 0 },
    };
    const entry = this.ctx.store.create(rs, { ...cause, rule: "deployment.newReplicaSet", data: { deployment: d.metadata.name, replicaSet: rs.metadata.name } });
    this.ctx.store.update(d, { ...d, metadata: { ...d.metadata, annotations: { ...(d.metadata.annotations ?? {}), "deployment.kubernetes.io/revision": revision } } }, cause);
    if (replicas > 0)
      this.ctx.event(d, "Normal", "ScalingReplicaSet", `Scaled up replica set ${rs.metadata.name} from 0 to ${replicas}`, "deployment-controller", causeAfter(cause, [entry.id]));
    return entry.object;
  }

  private scale(rs: KubeObject, to: number, d: KubeObject, cause: Cause): KubeObject {
    const from = rs.spec.replicas ?? 0;
    if (from === to) return rs;
    const current = this.ctx.store.get("ReplicaSet", rs.metadata.namespace, rs.metadata.name) ?? rs;
    const entry = this.ctx.store.update(current, { ...current, spec: { ...current.spec, replicas: to } }, { ...cause, rule: "deployment.scale", data: { replicaSet: rs.metadata.name, from, to } });
    this.ctx.event(d, "Normal", "ScalingReplicaSet", `Scaled ${to > from ? "up" : "down"} replica set ${rs.metadata.name} from ${from} to ${to}`, "deployment-controller", causeAfter(cause, [entry.id]));
    return entry.object;
  }

  private scaleAllTo(list: KubeObject[], to: number, d: KubeObject, cause: Cause): boolean {
    let changed = false;
    for (const rs of list)
      if ((rs.spec.replicas ?? 0) !== to) {
        this.scale(rs, to, d, cause);
        changed = true;
      }
    return changed;
  }

  /** Deployment status and its Available/Progressing conditions (sync.go syncDeploymentStatus, progress.go). */
  private updateStatus(d: KubeObject, newRS: KubeObject | undefined, old: KubeObject[]): void {
    const cur = this.ctx.store.get("Deployment", d.metadata.namespace, d.metadata.name) ?? d;
    const rsNow = (rs: KubeObject) => this.ctx.store.get("ReplicaSet", rs.metadata.namespace, rs.metadata.name) ?? rs;
    const all = [...old, ...(newRS ? [newRS] : [])].map(rsNow);
    const nrs = newRS ? rsNow(newRS) : undefined;
    const sum = (f: (rs: KubeObject) => number) => all.reduce((n, rs) => n + f(rs), 0);
    const replicas = cur.spec.replicas ?? 1;
    const available = sum((rs) => rs.status?.availableReplicas ?? 0);
    const status: Record<string, unknown> = {
      observedGeneration: cur.metadata.generation ?? 1,
      replicas: sum((rs) => rs.status?.replicas ?? 0),
      updatedReplicas: nrs?.status?.replicas ?? 0,
      readyReplicas: sum((rs) => rs.status?.readyReplicas ?? 0),
      availableReplicas: available,
      unavailableReplicas: Math.max(replicas - available, 0),
    };
    for (const k of ["replicas", "updatedReplicas", "readyReplicas", "availableReplicas", "unavailableReplicas"]) if (status[k] === 0) delete status[k];
    const now = this.ctx.clock.now;
    const ts = toTimestamp(now, this.ctx.epochMs);
    const prev: Array<Record<string, string>> = cur.status?.conditions ?? [];
    const cond = (type: string, st: string, reason: string, message: string) => {
      const old = prev.find((c) => c.type === type);
      const same = old && old.status === st && old.reason === reason;
      return { type, status: st, lastUpdateTime: same ? old.lastUpdateTime : ts, lastTransitionTime: old && old.status === st ? old.lastTransitionTime : ts, reason, message };
    };
    const minAvailable = replicas - fenceposts(cur).unavailable;
    const availableCond =
      available >= minAvailable ? cond("Available", "True", "MinimumReplicasAvailable", "Deployment has minimum availability.") : cond("Available", "False", "MinimumReplicasUnavailable", "Deployment does not have minimum availability.");
    const complete = !!nrs && (nrs.status?.replicas ?? 0) === replicas && (nrs.status?.availableReplicas ?? 0) === replicas && old.every((rs) => (rsNow(rs).status?.replicas ?? 0) === 0);
    const oldProgress = prev.find((c) => c.type === "Progressing");
    let progressing;
    if (!nrs) progressing = cond("Progressing", "True", "ReplicaSetUpdated", "ReplicaSet is progressing.");
    else if (complete) progressing = cond("Progressing", "True", "NewReplicaSetAvailable", `ReplicaSet "${nrs.metadata.name}" has successfully progressed.`);
    else {
      const deadline = cur.spec.progressDeadlineSeconds ?? 600;
      const since = oldProgress && oldProgress.reason !== "NewReplicaSetAvailable" ? fromTimestamp(oldProgress.lastUpdateTime, this.ctx.epochMs) : now;
      if (oldProgress?.reason === "ProgressDeadlineExceeded" || now - since >= deadline)
        progressing = cond("Progressing", "False", "ProgressDeadlineExceeded", `ReplicaSet "${nrs.metadata.name}" has timed out progressing.`);
      else {
        const fresh = !oldProgress || oldProgress.reason === "NewReplicaSetAvailable";
        progressing = fresh
          ? cond("Progressing", "True", old.length ? "ReplicaSetUpdated" : "NewReplicaSetCreated", old.length ? `ReplicaSet "${nrs.metadata.name}" is progressing.` : `Created new replica set "${nrs.metadata.name}"`)
          : { ...oldProgress };
        // progress.go: look again when the deadline would pass.
        this.queue.add(`${cur.metadata.namespace}/${cur.metadata.name}`, Math.max(0, since + deadline - now) + 1e-3);
      }
    }
    status.conditions = [availableCond, progressing];
    if (JSON.stringify(status) === JSON.stringify(cur.status ?? {})) return;
    if (progressing.reason === "ProgressDeadlineExceeded" && oldProgress?.reason !== "ProgressDeadlineExceeded")
      this.ctx.event(cur, "Warning", "ProgressDeadlineExceeded", `Deployment "${cur.metadata.name}" has timed out progressing.`, "deployment-controller", { rule: "deployment.progressDeadline", data: { seconds: cur.spec.progressDeadlineSeconds ?? 600 } });
    this.ctx.store.update(cur, { ...cur, status }, { rule: "deployment.status", data: { deployment: cur.metadata.name } });
  }
}

/** maxSurge rounds up, maxUnavailable down; both zero means one unavailable (ResolveFenceposts). */
export function fenceposts(d: KubeObject): { surge: number; unavailable: number } {
  const replicas = d.spec.replicas ?? 1;
  const ru = d.spec.strategy?.rollingUpdate ?? {};
  const resolve = (v: number | string | undefined, dflt: string, up: boolean) => scaledValue(v ?? dflt, replicas, up);
  const surge = resolve(ru.maxSurge, "25%", true);
  let unavailable = resolve(ru.maxUnavailable, "25%", false);
  if (surge === 0 && unavailable === 0) unavailable = 1;
  return { surge, unavailable: Math.min(unavailable, replicas) };
}

/** NewRSNewReplicas for RollingUpdate. */
function newRSReplicas(replicas: number, surge: number, others: KubeObject[], current: number): number {
  const total = others.reduce((n, rs) => n + (rs.spec.replicas ?? 0), 0) + current;
  const maxTotal = replicas + surge;
  if (total >= maxTotal) return current;
  return current + Math.min(maxTotal - total, replicas - current);
}

function sameTemplate(rsTemplate: KubeObject, dTemplate: KubeObject): boolean {
  const strip = (t: KubeObject) => {
    const labels = { ...(t?.metadata?.labels ?? {}) };
    delete labels[HASH_LABEL];
    return JSON.stringify({ ...t, metadata: { ...(t?.metadata ?? {}), labels } });
  };
  return strip(rsTemplate) === strip(dTemplate);
}

function byCreation(a: KubeObject, b: KubeObject): number {
  const ta = a.metadata.creationTimestamp ?? "";
  const tb = b.metadata.creationTimestamp ?? "";
  return ta < tb ? -1 : ta > tb ? 1 : a.metadata.name < b.metadata.name ? -1 : 1;
}

function uidFrom(seed: string): string {
  // A UUID-shaped id derived from the seed (determinism: no randomness).
  let h = "";
  for (let i = 0; h.length < 32; i++) {
    let x = 0x811c9dc5 ^ i;
    for (let j = 0; j < seed.length; j++) x = Math.imul(x ^ seed.charCodeAt(j), 0x01000193) >>> 0;
    h += x.toString(16).padStart(8, "0");
  }
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
