// Words for the node map (pure): quantities, accessible names and the live summary.
import type { NodeCard, NodeMapState, PodChip } from "./model";

export type Translate = (key: string, vars?: Record<string, string | number>) => string;

const trim = (n: number) => String(Math.round(n * 10) / 10);

/** CPU cores as kubectl writes them: `4`, `250m`, `1500m`. */
export function formatCpu(cores: number): string {
  if (!Number.isFinite(cores)) return "?";
  const milli = Math.round(cores * 1000);
  if (milli % 1000 === 0) return String(milli / 1000);
  return `${milli}m`;
}

/** Bytes with a binary suffix: `16Gi`, `128Mi`, `1.5Gi`. */
export function formatMemory(bytes: number): string {
  if (!Number.isFinite(bytes)) return "?";
  if (bytes === 0) return "0";
  if (bytes >= 2 ** 30) return `${trim(bytes / 2 ** 30)}Gi`;
  if (bytes >= 2 ** 20) return `${trim(bytes / 2 ** 20)}Mi`;
  if (bytes >= 2 ** 10) return `${trim(bytes / 2 ** 10)}Ki`;
  return String(bytes);
}

/**
 * A pod name short enough for a chip, cut in the middle: the last `suffix` characters (what the
 * controller generated, `-7d9f8c6b5-x2k4q`) are never cut, so replicas stay told apart; a bare
 * pod keeps its last 5 characters. `web-77cc4cf496-7684c` → `web-77c…7684c` (suffix 0).
 */
export function shortName(name: string, max = 13, suffix = 0): string {
  if (name.length <= max) return name;
  const tail = Math.max(suffix, Math.min(5, max - 4));
  const head = Math.max(1, max - tail - 1);
  if (head + 1 + tail >= name.length) return name;
  return `${name.slice(0, head)}…${name.slice(-tail)}`;
}

/** A chip's name as two parts for the view: a head that may shrink with an ellipsis, and the tail it never cuts. */
export function nameParts(name: string, suffix: number): { head: string; tail: string } {
  const tail = suffix > 0 ? Math.min(suffix, name.length - 1) : Math.min(5, Math.max(0, name.length - 8));
  return { head: name.slice(0, name.length - tail), tail: name.slice(name.length - tail) };
}

/** Badge words of a node: Ready or NotReady, then SchedulingDisabled and tainted when they apply. */
export function nodeBadges(tr: Translate, n: NodeCard): string[] {
  const out = [tr(n.ready ? "nodemap.state.ready" : "nodemap.state.notReady")];
  if (n.cordoned) out.push(tr("nodemap.state.cordoned"));
  if (n.taints.length) out.push(tr("nodemap.state.tainted"));
  return out;
}

const live = (pods: PodChip[]) => pods.filter((p) => !p.leaving);

export function nodeName(tr: Translate, n: NodeCard): string {
  const pods = live(n.pods);
  return tr("nodemap.nodeName", {
    name: n.name,
    state: nodeBadges(tr, n).join(", "),
    pods: pods.length,
    ready: pods.filter((p) => p.cls === "ready").length,
    cpu: tr("nodemap.allocName", { resource: tr("nodemap.cpu"), used: formatCpu(n.cpu.requested), total: formatCpu(n.cpu.allocatable) }),
    memory: tr("nodemap.allocName", { resource: tr("nodemap.memory"), used: formatMemory(n.memory.requested), total: formatMemory(n.memory.allocatable) }),
  });
}

export function chipName(tr: Translate, p: PodChip): string {
  const base = tr("nodemap.chip", { name: p.name, status: p.status, ready: p.ready });
  return p.readyMismatch ? `${base}; ${tr("nodemap.readyCondition", { status: p.podReady ?? "Unknown" })}` : base;
}

/** A workload's words for the legend: `Deployment web`. */
export function workloadName(w: { kind: string; name: string; namespace: string }): string {
  return `${w.kind} ${w.namespace === "default" ? "" : w.namespace + "/"}${w.name}`;
}

export function summary(tr: Translate, s: Pick<NodeMapState, "counts">): string {
  const c = s.counts;
  return tr("nodemap.summary", {
    nodes: c.nodes,
    ready: c.readyNodes,
    pods: c.pods,
    running: c.byClass.ready,
    notReady: c.byClass.notReady,
    waiting: c.byClass.waiting,
    error: c.byClass.error,
    terminating: c.byClass.terminating,
    completed: c.byClass.completed,
    unscheduled: c.unscheduled,
  });
}

/** Share of allocatable requested, 0–1 (0 when allocatable is unknown). */
export function share(u: { requested: number; allocatable: number }): number {
  if (!(u.allocatable > 0)) return 0;
  return Math.max(0, Math.min(1, u.requested / u.allocatable));
}
