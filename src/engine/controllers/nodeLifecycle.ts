import type { Pod } from "../api/types";
import type { KubeObject } from "../api/store";
import { toTimestamp } from "../api/time";
import type { Cause } from "../trace/types";
import type { ControllerContext } from "./context";
import { healthyConditions } from "../cluster/nodes";

/** node-monitor-grace-period since v1.32 (PR #126287). */
export const NODE_MONITOR_GRACE = 50;
/** node-monitor-period: the controller looks at nodes on this grid. */
export const NODE_MONITOR_PERIOD = 5;

const UNREACHABLE = "node.kubernetes.io/unreachable";
const UNSCHEDULABLE = "node.kubernetes.io/unschedulable";

/**
 * The node lifecycle controller and the taint-eviction controller: a node whose kubelet stopped
 * posting status becomes Ready=Unknown after the grace period, its pods are marked not ready, it
 * gets the unreachable taints, and pods that tolerate the NoExecute taint for N seconds are
 * evicted N seconds later. Models: pkg/controller/nodelifecycle/node_lifecycle_controller.go,
 * pkg/controller/tainteviction/taint_eviction.go, control-plane.md §3.
 */
export class NodeLifecycleController {
  private silentSince = new Map<string, number>();
  private evictions = new Map<string, Array<{ pod: string; namespace: string; timer: { dead: boolean } }>>();

  constructor(
    private ctx: ControllerContext,
    private deletePod: (ns: string, name: string, cause: Cause) => void,
  ) {}

  /** The kubelet of `node` stopped posting status at the current time. */
  kubeletSilent(node: string, cause: Cause): void {
    const now = this.ctx.clock.now;
    this.silentSince.set(node, now);
    const check = Math.ceil((now + NODE_MONITOR_GRACE) / NODE_MONITOR_PERIOD - 1e-9) * NODE_MONITOR_PERIOD;
    this.ctx.clock.at(check, () => {
      if (this.silentSince.get(node) === now) this.markUnknown(node, now, cause);
    });
  }

  /** The kubelet of `node` posts Ready again: taints go at the next monitor tick, pending evictions are cancelled. */
  kubeletBack(node: string, cause: Cause): void {
    this.silentSince.delete(node);
    const n = this.ctx.store.get("Node", undefined, node);
    if (!n) return;
    const ts = toTimestamp(this.ctx.clock.now, this.ctx.epochMs);
    const wasUnknown = n.status?.conditions?.some((c: { type: string; status: string }) => c.type === "Ready" && c.status !== "True");
    const next = { ...n, status: { ...n.status, conditions: healthyConditions(ts).map((c) => ({ ...c, lastTransitionTime: wasUnknown ? ts : c.lastTransitionTime })) } };
    const entry = this.ctx.store.update(n, next, { ...cause, rule: "node.kubeletReady", data: { node } });
    if (wasUnknown) this.ctx.event(n, "Normal", "NodeReady", `Node ${node} status is now: NodeReady`, "kubelet", { rule: "node.kubeletReady", data: { node }, after: [entry.id] });
    const tick = Math.ceil(this.ctx.clock.now / NODE_MONITOR_PERIOD + 1e-9) * NODE_MONITOR_PERIOD;
    this.ctx.clock.at(tick, () => {
      const cur = this.ctx.store.get("Node", undefined, node);
      if (!cur || this.silentSince.has(node)) return;
      const taints = (cur.spec?.taints ?? []).filter((t: { key: string }) => t.key !== UNREACHABLE);
      if (taints.length !== (cur.spec?.taints ?? []).length)
        this.ctx.store.update(cur, { ...cur, spec: { ...cur.spec, taints: taints.length ? taints : undefined } }, { rule: "node.untainted", data: { node } });
      for (const ev of this.evictions.get(node) ?? []) {
        if (ev.timer.dead) continue;
        ev.timer.dead = true;
        const pod = this.ctx.store.get("Pod", ev.namespace, ev.pod);
        if (pod && !pod.metadata.deletionTimestamp)
          this.ctx.event(pod, "Normal", "TaintManagerEviction", `Cancelling deletion of Pod ${ev.namespace}/${ev.pod}`, "taint-eviction-controller", { rule: "node.evictionCancelled", data: { node } });
      }
      this.evictions.delete(node);
    });
  }

  private markUnknown(node: string, since: number, cause: Cause): void {
    const n = this.ctx.store.get("Node", undefined, node);
    if (!n) return;
    const now = this.ctx.clock.now;
    const ts = toTimestamp(now, this.ctx.epochMs);
    const conditions = (n.status?.conditions ?? []).map((c: Record<string, string>) =>
      ["Ready", "MemoryPressure", "DiskPressure", "PIDPressure"].includes(c.type) ? { ...c, status: "Unknown", reason: "NodeStatusUnknown", message: "Kubelet stopped posting node status.", lastTransitionTime: ts } : c,
    );
    const why: Cause = { rule: "node.statusUnknown", data: { node, graceSeconds: NODE_MONITOR_GRACE, silentSince: since }, after: cause.after };
    const taints = [
      ...(n.spec?.taints ?? []).filter((t: { key: string }) => t.key !== UNREACHABLE),
      { key: UNREACHABLE, effect: "NoSchedule", timeAdded: ts },
      { key: UNREACHABLE, effect: "NoExecute", timeAdded: ts },
    ];
    const entry = this.ctx.store.update(n, { ...n, spec: { ...n.spec, taints }, status: { ...n.status, conditions } }, why);
    this.ctx.event(n, "Normal", "NodeNotReady", `Node ${node} status is now: NodeNotReady`, "node-controller", { ...why, after: [entry.id] });
    const pods = (this.ctx.store.list("Pod") as Pod[]).filter((p) => p.spec?.nodeName === node);
    for (const p of pods) {
      // MarkPodsNotReady: the Ready condition only; the phase and container statuses stay stale.
      const conds = (p.status?.conditions ?? []).map((c) => (c.type === "Ready" && c.status === "True" ? { ...c, status: "False", lastTransitionTime: ts } : c));
      const w = this.ctx.store.update(p, { ...p, status: { ...p.status, conditions: conds } }, { ...why, rule: "node.podsNotReady" });
      this.ctx.event(p, "Warning", "NodeNotReady", "Node is not ready", "node-controller", { ...why, rule: "node.podsNotReady", after: [w.id] });
    }
    // Full disruption (every node not ready): no evictions at all.
    const nodes = this.ctx.store.list("Node") as KubeObject[];
    const allDown = nodes.every((x) => x.status?.conditions?.some((c: { type: string; status: string }) => c.type === "Ready" && c.status !== "True"));
    if (allDown) return;
    const list: Array<{ pod: string; namespace: string; timer: { dead: boolean } }> = [];
    for (const p of pods) {
      const seconds = tolerationSeconds(p, UNREACHABLE, "NoExecute");
      if (seconds === Infinity) continue;
      const name = p.metadata!.name!;
      const ns = p.metadata?.namespace ?? "default";
      const timer = this.ctx.clock.after(seconds, () => this.evict(ns, name, node, seconds, entry.id));
      list.push({ pod: name, namespace: ns, timer });
    }
    this.evictions.set(node, list);
  }

  private evict(ns: string, name: string, node: string, seconds: number, taintEntry: number): void {
    const p = this.ctx.store.get("Pod", ns, name);
    if (!p || p.metadata.deletionTimestamp) return;
    const ts = toTimestamp(this.ctx.clock.now, this.ctx.epochMs);
    const why: Cause = { rule: "node.taintEviction", data: { node, tolerationSeconds: seconds }, after: [taintEntry] };
    const conds = [
      ...(p.status?.conditions ?? []).filter((c: { type: string }) => c.type !== "DisruptionTarget"),
      { type: "DisruptionTarget", status: "True", lastProbeTime: null, lastTransitionTime: ts, reason: "DeletionByTaintManager", message: "Taint manager: deleting due to NoExecute taint" },
    ];
    this.ctx.store.update(p, { ...p, status: { ...p.status, conditions: conds } }, why);
    this.ctx.event(p, "Normal", "TaintManagerEviction", `Marking for deletion Pod ${ns}/${name}`, "taint-eviction-controller", why);
    this.deletePod(ns, name, why);
  }

  /** kubectl cordon / uncordon: spec.unschedulable and its NoSchedule taint. */
  cordon(node: string, on: boolean, cause: Cause): boolean {
    const n = this.ctx.store.get("Node", undefined, node);
    if (!n) return false;
    const taints = (n.spec?.taints ?? []).filter((t: { key: string }) => t.key !== UNSCHEDULABLE);
    if (on) taints.push({ key: UNSCHEDULABLE, effect: "NoSchedule", timeAdded: toTimestamp(this.ctx.clock.now, this.ctx.epochMs) });
    const spec = { ...n.spec, taints: taints.length ? taints : undefined, unschedulable: on ? true : undefined };
    const entry = this.ctx.store.update(n, { ...n, spec }, cause);
    this.ctx.event(n, "Normal", on ? "NodeNotSchedulable" : "NodeSchedulable", `Node ${node} status is now: ${on ? "NodeNotSchedulable" : "NodeSchedulable"}`, "kubelet", { ...cause, after: [entry.id] });
    return true;
  }
}

/** How long a pod tolerates a taint: Infinity when it tolerates it forever, 0 when it does not. */
export function tolerationSeconds(pod: Pod, key: string, effect: string): number {
  let best = -1;
  for (const t of pod.spec?.tolerations ?? []) {
    const keyOk = !t.key ? t.operator === "Exists" : t.key === key;
    const effectOk = !t.effect || t.effect === effect;
    if (!keyOk || !effectOk) continue;
    const s = t.tolerationSeconds === undefined || t.tolerationSeconds === null ? Infinity : Math.max(0, t.tolerationSeconds);
    best = best < 0 ? s : Math.min(best, s);
  }
  return best < 0 ? 0 : best;
}
