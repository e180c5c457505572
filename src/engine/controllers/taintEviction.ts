import type { Pod } from "../api/types";
import type { KubeObject } from "../api/store";
import { toTimestamp } from "../api/time";
import type { Timer } from "../sim/clock";
import type { Cause } from "../trace/types";
import type { ControllerContext } from "./context";

interface Taint {
  key: string;
  value?: string;
  effect: string;
}
interface Toleration {
  key?: string;
  operator?: string;
  value?: string;
  effect?: string;
  tolerationSeconds?: number | null;
}

/** A scheduled eviction (TimedWorkerQueue): pending with its timer, or fired (kept so it is not added again). */
type Work = { createdAt: number; fireAt: number; timer: Timer; node: string } | "fired";

const SOURCE = "taint-eviction-controller";

/**
 * The taint-eviction controller: a pod on a node with NoExecute taints it does not all tolerate
 * is deleted at once; one that tolerates them all, for at most N seconds (the smallest
 * tolerationSeconds of the tolerations it uses), is deleted N seconds later unless the taints go
 * or its tolerations change first ("Cancelling deletion"). It looks at a node again when its
 * NoExecute taints change, and at a pod when its node or tolerations change. Each deletion is
 * preceded by the Event `TaintManagerEviction` "Marking for deletion Pod NS/NAME" and the pod's
 * DisruptionTarget condition (DeletionByTaintManager).
 * Models: pkg/controller/tainteviction/taint_eviction.go (NodeUpdated, PodUpdated,
 * processPodOnNode, getMinTolerationTime, deletePodHandler, addConditionAndDeletePod) and
 * timed_workers.go; v1helper.GetMatchingTolerations, Toleration.ToleratesTaint.
 */
export class TaintEvictionController {
  /** NoExecute taints by node, as last seen (taintedNodes). */
  private tainted = new Map<string, Taint[]>();
  private work = new Map<string, Work>();
  /** A pod's spec and its node and tolerations as last seen, to notice the changes PodUpdated reacts to. */
  private seen = new Map<string, { spec: unknown; node: string; tolerations: readonly Toleration[] | undefined }>();

  constructor(
    private ctx: ControllerContext,
    private deletePod: (ns: string, name: string, cause: Cause) => void,
  ) {
    ctx.store.watch("Node", (verb, obj, entry) => this.nodeUpdated(verb === "delete" ? undefined : obj, obj.metadata.name, entry.id));
    ctx.store.watch("Pod", (verb, obj, entry, k) => this.podUpdated(verb === "delete" ? undefined : (obj as Pod), k, entry.id));
  }

  private nodeUpdated(node: KubeObject | undefined, name: string, entryId: number): void {
    const taints = noExecute(node?.spec?.taints);
    const old = this.tainted.get(name) ?? [];
    if (node && sameTaints(old, taints)) return;
    if (!node || !taints.length) this.tainted.delete(name);
    else this.tainted.set(name, taints);
    if (!node) return;
    const pods = (this.ctx.store.list("Pod") as Pod[]).filter((p) => p.spec?.nodeName === name);
    this.ctx.clock.work += pods.length;
    const cause: Cause = { rule: "taintEviction.nodeTaints", data: { node: name, taints: taints.map(taintText) }, after: [entryId] };
    for (const p of pods) {
      if (!taints.length) this.cancel(p, cause);
      else this.processPod(p, name, taints, cause);
    }
  }

  /** `k`: the pod's namespace/name, as the store hands it to watchers. */
  private podUpdated(pod: Pod | undefined, k: string, entryId: number): void {
    if (!pod) {
      this.seen.delete(k);
      const w = this.work.get(k);
      if (w && w !== "fired") w.timer.dead = true;
      this.work.delete(k);
      return;
    }
    // Stored objects share what a write did not change: the same spec object, nothing to look at.
    const last0 = this.seen.get(k);
    if (last0?.spec === pod.spec) return;
    const node = pod.spec?.nodeName ?? "";
    const tolerations = pod.spec?.tolerations;
    this.seen.set(k, { spec: pod.spec, node, tolerations });
    // PodUpdated: nothing to do when the node and the tolerations are what they were. A write that
    // did not touch the tolerations keeps the same array, so the deep comparison is rarely needed.
    if (last0 && last0.node === node && (last0.tolerations === tolerations || JSON.stringify(last0.tolerations ?? []) === JSON.stringify(tolerations ?? []))) return;
    if (!node) return;
    const taints = this.tainted.get(node);
    if (!taints) return;
    this.processPod(pod, node, taints, { rule: "taintEviction.podUpdated", data: { node }, after: [entryId] });
  }

  /** processPodOnNode. */
  private processPod(pod: Pod, node: string, taints: Taint[], cause: Cause): void {
    const now = this.ctx.clock.now;
    const k = key(pod);
    // GetMatchingTolerations: the first toleration that tolerates each taint.
    const used: Toleration[] = [];
    const allTolerated = taints.every((t) => {
      const tol = (pod.spec?.tolerations ?? []).find((x) => tolerates(x, t));
      if (tol) used.push(tol);
      return tol !== undefined;
    });
    if (!allTolerated) {
      this.cancel(pod, cause);
      this.schedule(pod, node, now, now, { ...cause, data: { ...cause.data, tolerationSeconds: 0 } });
      return;
    }
    const min = minTolerationTime(used);
    if (min < 0) {
      this.cancel(pod, cause);
      return;
    }
    let start = now;
    const w = this.work.get(k);
    if (w && w !== "fired") {
      start = w.createdAt;
      if (start + min < now + min) return;
      this.cancel(pod, cause);
    }
    this.schedule(pod, node, start, now + min, { ...cause, data: { ...cause.data, tolerationSeconds: min } });
  }

  /** TimedWorkerQueue.AddWork: nothing when a work for the pod exists (or already fired). */
  private schedule(pod: Pod, node: string, createdAt: number, fireAt: number, cause: Cause): void {
    const k = key(pod);
    if (this.work.has(k)) return;
    const ns = pod.metadata?.namespace ?? "default";
    const name = pod.metadata!.name!;
    const timer = this.ctx.clock.at(Math.max(fireAt, this.ctx.clock.now), () => {
      this.work.set(k, "fired");
      this.evict(ns, name, node, cause);
    });
    this.work.set(k, { createdAt, fireAt, timer, node });
  }

  /** cancelWorkWithEvent: a pending eviction is cancelled with the Event "Cancelling deletion of Pod NS/NAME". */
  private cancel(pod: Pod, cause: Cause): void {
    const k = key(pod);
    const w = this.work.get(k);
    if (!w) return;
    this.work.delete(k);
    if (w === "fired") return;
    w.timer.dead = true;
    this.ctx.event(pod, "Normal", "TaintManagerEviction", `Cancelling deletion of Pod ${k}`, SOURCE, { ...cause, rule: "node.evictionCancelled" });
  }

  /** deletePodHandler: the Event, the DisruptionTarget condition, then a DELETE with the default grace. */
  private evict(ns: string, name: string, node: string, cause: Cause): void {
    const p = this.ctx.store.get("Pod", ns, name) as Pod | undefined;
    if (!p) return;
    const why: Cause = { ...cause, rule: "node.taintEviction", data: { ...cause.data, node } };
    this.ctx.event(p, "Normal", "TaintManagerEviction", `Marking for deletion Pod ${ns}/${name}`, SOURCE, why);
    const old = p.status?.conditions?.find((c) => c.type === "DisruptionTarget");
    if (!old || old.status !== "True" || old.reason !== "DeletionByTaintManager") {
      const conds = [
        ...(p.status?.conditions ?? []).filter((c) => c.type !== "DisruptionTarget"),
        { type: "DisruptionTarget", status: "True", lastProbeTime: null as unknown as string, lastTransitionTime: toTimestamp(this.ctx.clock.now, this.ctx.epochMs), reason: "DeletionByTaintManager", message: "Taint manager: deleting due to NoExecute taint" },
      ];
      this.ctx.store.update(p, { ...p, status: { ...p.status, conditions: conds } }, why);
    }
    this.deletePod(ns, name, why);
  }
}

function key(p: Pod): string {
  return `${p.metadata?.namespace ?? "default"}/${p.metadata?.name}`;
}

function noExecute(taints: Taint[] | undefined): Taint[] {
  return (taints ?? []).filter((t) => t.effect === "NoExecute");
}

function sameTaints(a: Taint[], b: Taint[]): boolean {
  return a.length === b.length && a.every((t, i) => t.key === b[i].key && (t.value ?? "") === (b[i].value ?? "") && t.effect === b[i].effect);
}

function taintText(t: Taint): string {
  return `${t.key}${t.value ? `=${t.value}` : ""}:${t.effect}`;
}

/** Toleration.ToleratesTaint (k8s.io/api/core/v1/toleration.go). */
export function tolerates(t: Toleration, taint: Taint): boolean {
  if (t.effect && t.effect !== taint.effect) return false;
  if (t.key && t.key !== taint.key) return false;
  switch (t.operator ?? "Equal") {
    case "Exists":
      return true;
    case "Equal":
    case "":
      return (t.value ?? "") === (taint.value ?? "");
    default:
      return false;
  }
}

/** getMinTolerationTime: the smallest tolerationSeconds (0 when one is 0 or less, or no toleration is used), -1 for forever. */
export function minTolerationTime(tolerations: readonly Toleration[]): number {
  if (!tolerations.length) return 0;
  let min = Infinity;
  for (const t of tolerations) {
    if (t.tolerationSeconds === undefined || t.tolerationSeconds === null) continue;
    if (t.tolerationSeconds <= 0) return 0;
    min = Math.min(min, t.tolerationSeconds);
  }
  return min === Infinity ? -1 : min;
}
