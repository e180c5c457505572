import type { Pod } from "../api/types";
import type { KubeObject } from "../api/store";
import { toTimestamp } from "../api/time";
import type { Cause } from "../trace/types";
import type { ControllerContext } from "./context";
import { healthyConditions } from "../cluster/nodes";
import { causeAfter } from "../trace/causes";

/** node-monitor-grace-period since v1.32 (PR #126287). */
export const NODE_MONITOR_GRACE = 50;
/** node-monitor-period: the controller looks at nodes on this grid. */
export const NODE_MONITOR_PERIOD = 5;

const UNREACHABLE = "node.kubernetes.io/unreachable";
const UNSCHEDULABLE = "node.kubernetes.io/unschedulable";

/**
 * The node lifecycle controller: a node whose kubelet stopped posting status becomes
 * Ready=Unknown after the grace period, its pods are marked not ready, and it gets the unreachable
 * taints; the taint-eviction controller (taintEviction.ts) evicts the pods that do not tolerate
 * the NoExecute one for long. When every node is down (full disruption) no node keeps the
 * NoExecute taint, so nothing is evicted. Models:
 * pkg/controller/nodelifecycle/node_lifecycle_controller.go (monitorNodeHealth, handleDisruption,
 * markNodeAsReachable), control-plane.md §3.
 */
export class NodeLifecycleController {
  private silentSince = new Map<string, number>();

  constructor(private ctx: ControllerContext) {}

  /** The kubelet of `node` stopped posting status at the current time. */
  kubeletSilent(node: string, cause: Cause): void {
    const now = this.ctx.clock.now;
    this.silentSince.set(node, now);
    const check = Math.ceil((now + NODE_MONITOR_GRACE) / NODE_MONITOR_PERIOD - 1e-9) * NODE_MONITOR_PERIOD;
    this.ctx.clock.at(check, () => {
      if (this.silentSince.get(node) === now) this.markUnknown(node, now, cause);
    });
  }

  /** The kubelet of `node` posts Ready again: its unreachable taints go at the next monitor tick (which cancels pending evictions). */
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
      this.untaint(cur, (t) => t.key === UNREACHABLE, { rule: "node.untainted", data: { node } });
    });
  }

  /** Writes the node without the taints `drop` picks, when it has any. */
  private untaint(n: KubeObject, drop: (t: { key: string; effect: string }) => boolean, cause: Cause): void {
    const all = (n.spec?.taints ?? []) as Array<{ key: string; effect: string }>;
    const taints = all.filter((t) => !drop(t));
    if (taints.length === all.length) return;
    const spec = { ...n.spec };
    if (taints.length) spec.taints = taints;
    else delete spec.taints;
    this.ctx.store.update(n, { ...n, spec }, cause);
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
    // Full disruption (every node not ready): handleDisruption stops all evictions and takes the
    // NoExecute taints off every node (markNodeAsReachable).
    const others = (this.ctx.store.list("Node") as KubeObject[]).filter((x) => x.metadata.name !== node);
    const allDown = others.every((x) => x.status?.conditions?.some((c: { type: string; status: string }) => c.type === "Ready" && c.status !== "True"));
    const taints = [
      ...(n.spec?.taints ?? []).filter((t: { key: string }) => t.key !== UNREACHABLE),
      { key: UNREACHABLE, effect: "NoSchedule", timeAdded: ts },
      ...(allDown ? [] : [{ key: UNREACHABLE, effect: "NoExecute", timeAdded: ts }]),
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
    if (allDown) for (const o of others) this.untaint(o, (t) => t.key === UNREACHABLE && t.effect === "NoExecute", { rule: "node.untainted", data: { node: o.metadata.name } });
  }

  /** kubectl cordon / uncordon: spec.unschedulable and its NoSchedule taint. */
  cordon(node: string, on: boolean, cause: Cause): boolean {
    const n = this.ctx.store.get("Node", undefined, node);
    if (!n) return false;
    const taints = (n.spec?.taints ?? []).filter((t: { key: string }) => t.key !== UNSCHEDULABLE);
    if (on) taints.push({ key: UNSCHEDULABLE, effect: "NoSchedule", timeAdded: toTimestamp(this.ctx.clock.now, this.ctx.epochMs) });
    const spec = { ...n.spec, taints: taints.length ? taints : undefined, unschedulable: on ? true : undefined };
    const entry = this.ctx.store.update(n, { ...n, spec }, cause);
    this.ctx.event(n, "Normal", on ? "NodeNotSchedulable" : "NodeSchedulable", `Node ${node} status is now: ${on ? "NodeNotSchedulable" : "NodeSchedulable"}`, "kubelet", causeAfter(cause, [entry.id]));
    return true;
  }
}
