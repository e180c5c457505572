/**
 * podplay's scheduling framework: one scheduling cycle of the default kube-scheduler profile
 * (v1.34) over a snapshot of nodes and bound pods.
 *
 *   PreFilter/Filter (profile order; per node the first rejecting plugin decides)
 *   → PostFilter (DefaultPreemption as a dry run) when no node fits
 *   → PreScore/Score/NormalizeScore × weight when more than one node fits
 *   → selectHost.
 *
 * Models: pkg/scheduler/schedule_one.go (schedulePod, findNodesThatFitPod, prioritizeNodes,
 * selectHost), pkg/scheduler/framework/types.go (FitError.Error),
 * pkg/scheduler/apis/config/v1/default_plugins.go (order and weights),
 * pkg/scheduler/framework/plugins/defaultpreemption/default_preemption.go
 * (PodEligibleToPreemptOthers, SelectVictimsOnNode).
 */
import type { Node } from "kubernetes-types/core/v1";
import type { Pod } from "../api/types";
import { parseQuantity } from "../printers/quantity";
import { NodePods, PodsByNode } from "./nodePods";
import { priorityOf } from "./plugins/helpers";
import { imageLocality } from "./plugins/imageLocality";
import { interPodAffinityFilter, interPodAffinityScore } from "./plugins/interPodAffinity";
import { nodeAffinityFilter, nodeAffinityScore } from "./plugins/nodeAffinity";
import { nodeName } from "./plugins/nodeName";
import { nodePorts } from "./plugins/nodePorts";
import { nodeResourcesBalancedAllocation } from "./plugins/nodeResourcesBalancedAllocation";
import { nodeResourcesFitFilter, nodeResourcesFitScore } from "./plugins/nodeResourcesFit";
import { nodeUnschedulable } from "./plugins/nodeUnschedulable";
import { podTopologySpreadFilter, podTopologySpreadScore } from "./plugins/podTopologySpread";
import { taintTolerationFilter, taintTolerationScore } from "./plugins/taintToleration";
import type { Cycle, FilterPlugin, NodeInfo, NodeScore, ScheduleOptions, ScorePlugin, Status, Taint } from "./plugins/types";

export type { NodeInfo, ScheduleOptions, Status, Taint } from "./plugins/types";

/** Filter plugins of the default profile, in order (volume plugins and DRA are not modelled). */
export const FILTER_PLUGINS: FilterPlugin[] = [
  nodeUnschedulable,
  nodeName,
  taintTolerationFilter,
  nodeAffinityFilter,
  nodePorts,
  nodeResourcesFitFilter,
  podTopologySpreadFilter,
  interPodAffinityFilter,
];

/** Score plugins of the default profile with their v1.34 default weights, in order. */
export const SCORE_PLUGINS: ScorePlugin[] = [
  taintTolerationScore, // 3
  nodeAffinityScore, // 2
  nodeResourcesFitScore, // 1
  podTopologySpreadScore, // 2
  interPodAffinityScore, // 2
  nodeResourcesBalancedAllocation, // 1
  imageLocality, // 1
];

export type FilterVerdict = { ok: true } | { ok: false; plugin: string; reason: string };

export interface ScheduleResult {
  node?: string;
  /** kube-scheduler's FailedScheduling message when no node fits (FitError.Error()). */
  message?: string;
  /** Each node's filter verdict and, for feasible nodes when scoring ran, per-plugin scores and the total. */
  nodes: Array<{
    node: string;
    filter: FilterVerdict;
    scores?: Record<string, { raw: number; normalized: number; weight: number }>;
    total?: number;
  }>;
  /**
   * Nodes on which evicting every lower-priority pod would let the pod fit. Real preemption then
   * picks one of them, evicts victims and nominates the node; podplay only reports the candidates.
   */
  preemptionCandidates?: string[];
}

export const ERR_NO_NODES_AVAILABLE = "no nodes available to schedule pods";
export const PREEMPTION_NOT_HELPFUL = "Preemption is not helpful for scheduling";
export const NO_PREEMPTION_VICTIMS = "No preemption victims found for incoming pod";

interface Rejection {
  plugin: string;
  status: Status;
}

const byName = (a: { name: string }, b: { name: string }): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

function isSortedByName(nodes: readonly NodeInfo[]): boolean {
  for (let i = 1; i < nodes.length; i++) if (byName(nodes[i - 1], nodes[i]) > 0) return false;
  return true;
}

function buildCycle(pod: Pod, nodes: readonly NodeInfo[], podsOnNodes: readonly Pod[] | PodsByNode, opts: ScheduleOptions): Cycle {
  // A caller that keeps its snapshot sorted between cycles (the cluster does) is not sorted again.
  const sorted = isSortedByName(nodes) ? (nodes as NodeInfo[]) : [...nodes].sort(byName);
  return { pod, nodes: sorted, podsOn: podsOnNodes instanceof PodsByNode ? podsOnNodes : PodsByNode.of(podsOnNodes), opts };
}

/** findNodesThatFitPod: PreFilter, then each node through the filters; returns the rejections. */
function runFilters(c: Cycle, only?: NodeInfo[]): Map<string, Rejection | null> {
  const pre = FILTER_PLUGINS.map((pl) => ({ pl, r: pl.preFilter(c) }));
  let allowed: Set<string> | undefined;
  const restricting: string[] = [];
  for (const { pl, r } of pre) {
    if (!r.nodeNames) continue;
    restricting.push(pl.name);
    allowed = allowed ? new Set([...allowed].filter((n) => r.nodeNames!.has(n))) : new Set(r.nodeNames);
  }
  const out = new Map<string, Rejection | null>();
  for (const node of only ?? c.nodes) {
    if (allowed && !allowed.has(node.name)) {
      const reason = `node(s) didn't satisfy plugin(s) [${[...restricting].sort().join(" ")}]`;
      out.set(node.name, { plugin: restricting.join(","), status: { code: "UnschedulableAndUnresolvable", reasons: [reason] } });
      continue;
    }
    let rejection: Rejection | null = null;
    for (const { pl, r } of pre) {
      const st = r.filter?.(node);
      if (st) {
        rejection = { plugin: pl.name, status: st };
        break;
      }
    }
    out.set(node.name, rejection);
  }
  return out;
}

/** FitError.Error(): "0/N nodes are available: <sorted histogram>." then the PostFilter message. */
export function fitErrorMessage(numAllNodes: number, statuses: Status[], postFilterMsg = ""): string {
  const counts = new Map<string, number>();
  for (const s of statuses) for (const r of s.reasons) counts.set(r, (counts.get(r) ?? 0) + 1);
  // Go sort.Strings: byte-wise comparison of "<count> <reason>".
  const entries = [...counts].map(([r, n]) => `${n} ${r}`).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  let msg = `0/${numAllNodes} nodes are available:`;
  if (entries.length) msg += ` ${entries.join(", ")}.`;
  if (postFilterMsg) msg += ` ${postFilterMsg}`;
  return msg;
}

/**
 * DefaultPreemption as a dry run: nodes rejected as UnschedulableAndUnresolvable are "not
 * helpful"; on the others every lower-priority pod is removed and the filters run again.
 */
function preempt(c: Cycle, rejections: Map<string, Rejection | null>): { message: string; candidates: string[] } {
  if (c.pod.spec?.preemptionPolicy === "Never") return { message: "preemption: not eligible due to preemptionPolicy=Never.", candidates: [] };
  const statuses: Status[] = [];
  const candidates: string[] = [];
  const prio = priorityOf(c.pod);
  for (const node of c.nodes) {
    const rej = rejections.get(node.name);
    if (!rej) continue;
    if (rej.status.code === "UnschedulableAndUnresolvable") {
      statuses.push({ code: "UnschedulableAndUnresolvable", reasons: [PREEMPTION_NOT_HELPFUL] });
      continue;
    }
    const pods = c.podsOn.on(node.name).pods;
    const victims = pods.filter((p) => priorityOf(p) < prio);
    if (victims.length === 0) {
      statuses.push({ code: "UnschedulableAndUnresolvable", reasons: [NO_PREEMPTION_VICTIMS] });
      continue;
    }
    const remaining = NodePods.of(pods.filter((p) => !victims.includes(p)));
    const podsOn = { on: (n: string) => (n === node.name ? remaining : c.podsOn.on(n)) };
    const again = runFilters({ ...c, podsOn }, [node]).get(node.name);
    if (again) statuses.push(again.status);
    else candidates.push(node.name);
  }
  if (candidates.length) return { message: "", candidates };
  return { message: `preemption: ${fitErrorMessage(c.nodes.length, statuses)}`, candidates };
}

/** prioritizeNodes: every score plugin's raw score, NormalizeScore, × weight, summed. */
function prioritize(c: Cycle, feasible: NodeInfo[]): Map<string, { scores: Record<string, { raw: number; normalized: number; weight: number }>; total: number }> {
  const out = new Map(feasible.map((n) => [n.name, { scores: {} as Record<string, { raw: number; normalized: number; weight: number }>, total: 0 }]));
  for (const pl of SCORE_PLUGINS) {
    const st = pl.preScore(c, feasible);
    if (!st) continue;
    const raw: NodeScore[] = feasible.map((n) => ({ node: n.name, score: st.score(n) }));
    const norm = raw.map((s) => ({ ...s }));
    st.normalize?.(norm);
    norm.forEach((s, i) => {
      const e = out.get(s.node)!;
      e.scores[pl.name] = { raw: raw[i].score, normalized: s.score, weight: pl.weight };
      e.total += s.score * pl.weight;
    });
  }
  return out;
}

/**
 * Schedule one pod. `podsOnNodes` are the bound, non-terminal pods (their spec.nodeName says
 * where), as a list or as the scheduler cache the caller keeps; pods with a deletionTimestamp
 * still count for resources but not for spreading.
 */
export function scheduleOne(pod: Pod, nodes: readonly NodeInfo[], podsOnNodes: readonly Pod[] | PodsByNode, opts: ScheduleOptions = {}): ScheduleResult {
  if (nodes.length === 0) return { message: ERR_NO_NODES_AVAILABLE, nodes: [] };
  const c = buildCycle(pod, nodes, podsOnNodes, opts);
  const rejections = runFilters(c);
  const result: ScheduleResult = {
    nodes: c.nodes.map((n) => {
      const r = rejections.get(n.name);
      const filter: FilterVerdict = r ? { ok: false, plugin: r.plugin, reason: r.status.reasons.join(", ") } : { ok: true };
      return { node: n.name, filter };
    }),
  };
  const feasible = c.nodes.filter((n) => !rejections.get(n.name));
  if (feasible.length === 0) {
    const statuses = [...rejections.values()].map((r) => r!.status);
    const pf = preempt(c, rejections);
    const postFilter = pf.message && opts.dynamicResources ? `no new claims to deallocate, ${pf.message}` : pf.message;
    result.message = fitErrorMessage(c.nodes.length, statuses, postFilter);
    if (pf.candidates.length) result.preemptionCandidates = pf.candidates;
    return result;
  }
  // A single feasible node is chosen without scoring (schedulePod).
  if (feasible.length === 1) {
    result.node = feasible[0].name;
    return result;
  }
  const scored = prioritize(c, feasible);
  for (const e of result.nodes) {
    const s = scored.get(e.node);
    if (s) {
      e.scores = s.scores;
      e.total = s.total;
    }
  }
  // selectHost: kube-scheduler picks uniformly at random among the nodes with the top score
  // (reservoir sampling). podplay is deterministic: the first node in name order among the top
  // scores wins (feasible is sorted by name, and only a strictly higher total replaces the pick).
  let best = feasible[0].name;
  let bestTotal = scored.get(best)!.total;
  for (const n of feasible) {
    const t = scored.get(n.name)!.total;
    if (t > bestTotal) {
      best = n.name;
      bestTotal = t;
    }
  }
  result.node = best;
  return result;
}

/** The scheduler's view of a v1 Node: labels, taints, spec.unschedulable, status.allocatable, images. */
export function nodeInfoFromNode(node: Node): NodeInfo {
  // Stored Nodes are immutable snapshots and change rarely: one NodeInfo per object serves every
  // scheduling cycle until the node is written again. Plugins only read it.
  const hit = nodeInfos.get(node);
  if (hit) return hit;
  const info = computeNodeInfo(node);
  nodeInfos.set(node, info);
  return info;
}

const nodeInfos = new WeakMap<Node, NodeInfo>();

function computeNodeInfo(node: Node): NodeInfo {
  const alloc = (node.status?.allocatable ?? {}) as Record<string, string | number>;
  const q = (k: string): number => {
    const v = parseQuantity(alloc[k]);
    return Number.isFinite(v) ? v : 0;
  };
  const images: string[] = [];
  const imageSizes: Record<string, number> = {};
  for (const img of node.status?.images ?? []) {
    for (const name of img.names ?? []) {
      images.push(name);
      if (img.sizeBytes !== undefined) imageSizes[name] = img.sizeBytes;
    }
  }
  return {
    name: node.metadata?.name ?? "",
    labels: { ...(node.metadata?.labels ?? {}) },
    taints: (node.spec?.taints ?? []).map((t) => ({ key: t.key, ...(t.value !== undefined ? { value: t.value } : {}), effect: t.effect as Taint["effect"] })),
    unschedulable: !!node.spec?.unschedulable,
    allocatable: { cpu: Math.round(q("cpu") * 1000) / 1000, memory: Math.round(q("memory")), pods: q("pods") },
    images,
    imageSizes,
  };
}
