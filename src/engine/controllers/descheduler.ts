import type { KubeObject } from "../api/store";
import type { Pod } from "../api/types";
import { parseQuantity, podQOSClass } from "../printers/quantity";
import { labelsMatch } from "./pods";
import { podRequestsOf, requiredNodeAffinityMatches, toleratesTaint } from "../scheduler/plugins/helpers";
import { nodeInfoFromNode } from "../scheduler/framework";
import type { Taint as SchedTaint } from "../scheduler/plugins/types";
import { own } from "../util/ownMap";

/**
 * The descheduler (kubernetes-sigs/descheduler, policy descheduler/v1alpha2), one cycle over a
 * snapshot of the cluster: which pods it would evict, and why. It only decides; the caller
 * evicts (graceful delete) and emits the events. Re-placement is left to the ReplicaSet
 * controller and the scheduler, as in a real cluster.
 *
 * Models: pkg/descheduler/descheduler.go (Ready nodes, >= 2 required, Balance plugins in order),
 * pkg/framework/plugins/defaultevictor, removeduplicates, nodeutilization (LowNodeUtilization),
 * removepodsviolatingtopologyspreadconstraint; pkg/descheduler/evictions (the Event).
 *
 * Not modelled: PodDisruptionBudgets (none exist in the simulator; the real descheduler goes
 * through the Eviction API, which would refuse with 429), eviction limits, label/namespace
 * selectors, minPodAge/minReplicas, metrics-based utilization, HighNodeUtilization.
 */

/** DefaultEvictor args (the old boolean flags); all default to false / unset. */
export interface DefaultEvictorArgs {
  evictLocalStoragePods?: boolean;
  evictSystemCriticalPods?: boolean;
  /** Disables the FailedBarePods protection: Failed pods without owners become evictable. */
  evictFailedBarePods?: boolean;
  ignorePvcPods?: boolean;
  /** Pods with priority >= this are not evicted. */
  priorityThreshold?: number;
}

export interface ResourceThresholds {
  cpu?: number;
  memory?: number;
  pods?: number;
}

export interface TopologySpreadArgs {
  /** whenUnsatisfiable values considered; default ["DoNotSchedule"]. */
  constraints?: Array<"DoNotSchedule" | "ScheduleAnyway">;
  /** Only evict pods that fit a node in a below-average domain; default true. */
  topologyBalanceNodeFit?: boolean;
}

export interface DeschedulerPolicy {
  removeDuplicates?: boolean;
  /** Percentages (0–100) of node allocatable. */
  lowNodeUtilization?: { thresholds: ResourceThresholds; targetThresholds: ResourceThresholds };
  removePodsViolatingTopologySpreadConstraint?: boolean | TopologySpreadArgs;
  defaultEvictor?: DefaultEvictorArgs;
}

export interface Eviction {
  namespace: string;
  pod: string;
  node: string;
  /** The plugin name, which is also the real Event's reason. */
  strategy: string;
  reason: string;
}

export const REMOVE_DUPLICATES = "RemoveDuplicates";
export const LOW_NODE_UTILIZATION = "LowNodeUtilization";
export const TOPOLOGY_SPREAD = "RemovePodsViolatingTopologySpreadConstraint";

/** The simulator's own one-line description of an eviction. */
export function evictionMessage(e: Eviction): string {
  return `evicted ${e.pod} from ${e.node}: ${e.reason}`;
}

/**
 * The Event the real descheduler records on each evicted pod (evictions.go):
 * type Normal, reason = plugin name, action "Descheduled", note below, reportingController
 * "sigs.k8s.io/descheduler".
 */
export function descheduledEvent(e: Eviction): { type: "Normal"; reason: string; action: string; message: string; source: string } {
  return { type: "Normal", reason: e.strategy, action: "Descheduled", message: `pod eviction from ${e.node} node by sigs.k8s.io/descheduler`, source: "sigs.k8s.io/descheduler" };
}

/** Thrown for a policy the real descheduler rejects at validation. */
export class DeschedulerPolicyError extends Error {}

export const SYSTEM_CRITICAL_PRIORITY = 2000000000;
const CRITICAL_CLASSES: Record<string, number> = { "system-cluster-critical": 2000000000, "system-node-critical": 2000001000 };

// ---------------------------------------------------------------------------------------------
// Helpers: nodes, taints, affinity

type Taint = SchedTaint;
type Requirement = { key: string; operator: string; values?: string[] };
type Toleration = { key?: string; operator?: string; value?: string; effect?: string };

/** descheduler node.IsReady: false only if the Ready condition exists and is not True. */
export function isNodeReady(node: KubeObject): boolean {
  const c = (node.status?.conditions ?? []).find((x: { type: string }) => x.type === "Ready");
  return !c || c.status === "True";
}

function nodeTaints(node: KubeObject): Taint[] {
  return node.spec?.taints ?? [];
}

/** Every taint (with one of `effects`, or any effect) is tolerated by the pod (the scheduler's TaintToleration rule). */
function toleratesTaints(pod: Pod, taints: Taint[], effects?: string[]): boolean {
  const tols = (pod.spec?.tolerations ?? []) as Toleration[];
  return taints.filter((x) => !effects || effects.includes(x.effect)).every((x) => tols.some((t) => toleratesTaint(t, x)));
}

/** nodeSelector and required node affinity: the scheduler's NodeAffinity filter decides. */
function matchesNodeSelectorAndAffinity(pod: Pod, node: KubeObject): boolean {
  return requiredNodeAffinityMatches(pod, nodeInfoFromNode(node));
}

function allocatable(node: KubeObject): { cpu: number; memory: number; pods: number } {
  const a = node.status?.allocatable ?? node.status?.capacity ?? {};
  const q = (k: string) => {
    const v = parseQuantity(a[k] === undefined ? undefined : String(a[k]));
    return Number.isNaN(v) ? 0 : v;
  };
  return { cpu: Math.round(q("cpu") * 1000), memory: Math.round(q("memory")), pods: Math.round(q("pods")) };
}

/** Requests in milli-cpu, bytes and a pod count of 1. */
function requestsOf(pod: Pod): { cpu: number; memory: number; pods: number } {
  const r = podRequestsOf(pod);
  return { cpu: r.milliCPU, memory: r.memory, pods: 1 };
}

function isTerminal(pod: Pod): boolean {
  return pod.status?.phase === "Succeeded" || pod.status?.phase === "Failed";
}

function podPriority(pod: Pod): number | undefined {
  if (pod.spec?.priority !== undefined) return pod.spec.priority;
  const cls = pod.spec?.priorityClassName;
  return cls !== undefined ? own(CRITICAL_CLASSES, cls) : undefined;
}

const byAge = (a: Pod, b: Pod): number => {
  const ta = a.metadata?.creationTimestamp ?? "";
  const tb = b.metadata?.creationTimestamp ?? "";
  if (ta !== tb) return ta < tb ? -1 : 1;
  return (a.metadata?.name ?? "") < (b.metadata?.name ?? "") ? -1 : (a.metadata?.name ?? "") > (b.metadata?.name ?? "") ? 1 : 0;
};

// ---------------------------------------------------------------------------------------------
// DefaultEvictor

/** Why the DefaultEvictor refuses a pod, or undefined if it may be evicted. Models: defaultevictor.go. */
export function notEvictableReason(pod: Pod, args: DefaultEvictorArgs = {}): string | undefined {
  const ann = pod.metadata?.annotations ?? {};
  // The evict annotation overrides every check (the PDB would still apply through the API).
  if ("descheduler.alpha.kubernetes.io/evict" in ann) return undefined;
  const owners = pod.metadata?.ownerReferences ?? [];
  if ("kubernetes.io/config.mirror" in ann) return "pod is a mirror pod";
  const source = ann["kubernetes.io/config.source"];
  if ((source !== undefined && source !== "api") || owners.some((o) => o.kind === "Node")) return "pod is a static pod";
  if (pod.metadata?.deletionTimestamp) return "pod is terminating";
  const prio = podPriority(pod);
  if (!args.evictSystemCriticalPods && prio !== undefined && prio >= SYSTEM_CRITICAL_PRIORITY) return "pod has system critical priority";
  if (args.priorityThreshold !== undefined && prio !== undefined && prio >= args.priorityThreshold) return "pod has higher priority than specified priority class threshold";
  if (owners.length === 0) {
    if (!(args.evictFailedBarePods && pod.status?.phase === "Failed")) return "pod does not have any ownerRefs";
  }
  if (owners.some((o) => o.kind === "DaemonSet")) return "pod is related to daemonset";
  const vols = pod.spec?.volumes ?? [];
  if (!args.evictLocalStoragePods && vols.some((v) => v.emptyDir || v.hostPath)) return "pod has local storage and descheduler is not configured with evictLocalStoragePods";
  if (args.ignorePvcPods && vols.some((v) => v.persistentVolumeClaim)) return "pod has a PVC and descheduler is configured to ignore PVC pods";
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// The cycle

interface Cycle {
  nodes: KubeObject[];
  nodeByName: Map<string, KubeObject>;
  /** Non-terminal pods bound to a node of the cycle, by node name. */
  podsOn: Map<string, Pod[]>;
  evictable: (pod: Pod) => boolean;
  owners: (ns: string, ref: { kind: string; name: string }) => KubeObject | undefined;
}

/** One descheduler run over the cluster state (pure: does not delete anything). */
export function deschedule(nodes: KubeObject[], pods: Pod[], owners: (ns: string, ref: { kind: string; name: string }) => KubeObject | undefined, policy: DeschedulerPolicy): Eviction[] {
  const ready = nodes.filter(isNodeReady).sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0));
  // "The cluster size is 0 or 1 meaning eviction causes service disruption or degradation. So aborting.."
  if (ready.length < 2) return [];
  const nodeByName = new Map<string, KubeObject>(ready.map((n) => [n.metadata.name, n]));
  const podsOn = new Map<string, Pod[]>(ready.map((n) => [n.metadata.name, []]));
  for (const p of [...pods].sort(byAge)) {
    const n = p.spec?.nodeName;
    if (n && podsOn.has(n) && !isTerminal(p)) podsOn.get(n)!.push(p);
  }
  const args = policy.defaultEvictor ?? {};
  const cycle: Cycle = { nodes: ready, nodeByName, podsOn, evictable: (p) => notEvictableReason(p, args) === undefined, owners };

  const out: Eviction[] = [];
  const seen = new Set<string>();
  const add = (list: Eviction[]) => {
    // All plugins decide on the same snapshot; a pod already evicted this cycle is not evicted twice.
    for (const e of list) {
      const k = `${e.namespace}/${e.pod}`;
      if (seen.has(k)) continue;
      seen.add(k);
      out.push(e);
    }
  };
  // Balance plugins in the order of the policy's `balance.enabled` list as the integrator builds it.
  if (policy.removeDuplicates) add(removeDuplicates(cycle));
  if (policy.lowNodeUtilization) add(lowNodeUtilization(cycle, policy.lowNodeUtilization));
  const ts = policy.removePodsViolatingTopologySpreadConstraint;
  if (ts) add(topologySpread(cycle, ts === true ? {} : ts));
  return out;
}

// ---------------------------------------------------------------------------------------------
// RemoveDuplicates

function ownerText(cycle: Cycle, ns: string, ref: { kind: string; name: string }): string {
  const owner = cycle.owners(ns, ref);
  const parent = owner?.metadata?.ownerReferences?.find((o: { controller?: boolean }) => o.controller);
  return parent ? `${ref.kind} ${ref.name} (${parent.kind} ${parent.name})` : `${ref.kind} ${ref.name}`;
}

/** Models: removeduplicates.go Balance. */
function removeDuplicates(cycle: Cycle): Eviction[] {
  // group key -> node -> duplicate pods (the first pod of a key on a node is the original)
  const groups = new Map<string, { ns: string; ref: { kind: string; name: string }; pods: Pod[]; dups: Map<string, Pod[]> }>();
  for (const node of cycle.nodes) {
    const originals = new Set<string>();
    for (const pod of cycle.podsOn.get(node.metadata.name)!) {
      if (!cycle.evictable(pod)) continue;
      const ns = pod.metadata?.namespace ?? "default";
      const refs = pod.metadata?.ownerReferences ?? [];
      if (refs.length === 0) continue;
      const keys: string[] = [];
      for (const r of refs) for (const c of pod.spec?.containers ?? []) keys.push([ns, r.kind, r.name, c.image ?? ""].join("/"));
      keys.sort();
      const key = keys.join("\n");
      let g = groups.get(key);
      if (!g) {
        g = { ns, ref: { kind: refs[0].kind, name: refs[0].name }, pods: [], dups: new Map() };
        groups.set(key, g);
      }
      g.pods.push(pod);
      if (!originals.has(key)) {
        originals.add(key);
        continue;
      }
      const list = g.dups.get(node.metadata.name) ?? [];
      list.push(pod);
      g.dups.set(node.metadata.name, list);
    }
  }
  const out: Eviction[] = [];
  for (const g of groups.values()) {
    if (g.dups.size === 0) continue;
    const dupPods = [...g.dups.values()].flat();
    const targetNodes = cycle.nodes.filter((n) => dupPods.some((p) => matchesNodeSelectorAndAffinity(p, n) && toleratesTaints(p, nodeTaints(n), ["NoSchedule", "NoExecute"])));
    if (targetNodes.length < 2) continue;
    const upperAvg = Math.ceil(g.pods.length / targetNodes.length);
    for (const node of cycle.nodes) {
      const dups = g.dups.get(node.metadata.name);
      if (!dups || dups.length + 1 <= upperAvg) continue;
      for (const p of dups.slice(upperAvg - 1)) {
        out.push({
          namespace: g.ns,
          pod: p.metadata!.name!,
          node: node.metadata.name,
          strategy: REMOVE_DUPLICATES,
          reason: `duplicate of ${ownerText(cycle, g.ns, g.ref)} on ${node.metadata.name} (${dups.length + 1} there, at most ${upperAvg} per node over ${targetNodes.length} nodes)`,
        });
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// LowNodeUtilization

type Res = "cpu" | "memory" | "pods";
const RESOURCES: Res[] = ["cpu", "memory", "pods"];
type Amounts = Record<Res, number>;

/** Validation and defaulting as in nodeutilization/validation.go and lownodeutilization.go. */
export function validateLowNodeUtilization(args: { thresholds: ResourceThresholds; targetThresholds: ResourceThresholds }): { low: Amounts; high: Amounts } {
  const t = args.thresholds ?? {};
  const tt = args.targetThresholds ?? {};
  const keys = (x: ResourceThresholds) => RESOURCES.filter((r) => x[r] !== undefined);
  if (keys(t).length === 0) throw new DeschedulerPolicyError("no resource threshold is configured");
  if (keys(t).join() !== keys(tt).join()) throw new DeschedulerPolicyError("thresholds and targetThresholds configured different resources");
  for (const r of keys(t)) {
    for (const [name, v] of [["thresholds", t[r]!], ["targetThresholds", tt[r]!]] as const) {
      if (v < 0 || v > 100) throw new DeschedulerPolicyError(`${r} ${name} not in [0, 100] range`);
    }
    if (t[r]! > tt[r]!) throw new DeschedulerPolicyError(`thresholds' ${r} percentage is greater than targetThresholds'`);
  }
  // Resources not configured count as 100%.
  const fill = (x: ResourceThresholds): Amounts => ({ cpu: x.cpu ?? 100, memory: x.memory ?? 100, pods: x.pods ?? 100 });
  return { low: fill(t), high: fill(tt) };
}

interface NodeInfo {
  node: KubeObject;
  name: string;
  alloc: Amounts;
  usage: Amounts;
  low: Amounts;
  high: Amounts;
}

const pct = (n: NodeInfo, r: Res) => (n.alloc[r] > 0 ? (n.usage[r] * 100) / n.alloc[r] : 0);
const fmtPct = (v: number) => `${Math.round(v * 10) / 10}%`;

function usageText(n: NodeInfo): string {
  return RESOURCES.map((r) => `${r} ${fmtPct(pct(n, r))}`).join(", ");
}

function aboveTarget(n: NodeInfo): boolean {
  return RESOURCES.some((r) => n.usage[r] > n.high[r]);
}

/** Models: lownodeutilization.go Balance, nodeutilization.go evictPodsFromSourceNodes/evictPods. */
function lowNodeUtilization(cycle: Cycle, args: { thresholds: ResourceThresholds; targetThresholds: ResourceThresholds }): Eviction[] {
  const { low, high } = validateLowNodeUtilization(args);
  const infos: NodeInfo[] = cycle.nodes.map((node) => {
    const alloc = allocatable(node);
    const usage: Amounts = { cpu: 0, memory: 0, pods: 0 };
    // Requests of every non-terminal pod on the node, evictable or not (terminating included).
    for (const p of cycle.podsOn.get(node.metadata.name)!) {
      const r = requestsOf(p);
      for (const k of RESOURCES) usage[k] += r[k];
    }
    // Absolute thresholds, truncated to integers as resource.NewMilliQuantity/NewQuantity do.
    const abs = (p: Amounts): Amounts => ({ cpu: Math.trunc((p.cpu * alloc.cpu) / 100), memory: Math.trunc((p.memory * alloc.memory) / 100), pods: Math.trunc((p.pods * alloc.pods) / 100) });
    return { node, name: node.metadata.name, alloc, usage, low: abs(low), high: abs(high) };
  });
  const lowNodes = infos.filter((n) => !n.node.spec?.unschedulable && RESOURCES.every((r) => n.usage[r] <= n.low[r]));
  const highNodes = infos.filter((n) => aboveTarget(n));
  // Abort: no underutilized nodes, all nodes underutilized, or no overutilized nodes.
  if (lowNodes.length === 0 || lowNodes.length === infos.length || highNodes.length === 0) return [];

  // Headroom on the destinations: targetThreshold - usage, summed over underutilized nodes.
  const headroom: Amounts = { cpu: 0, memory: 0, pods: 0 };
  for (const n of lowNodes) for (const r of RESOURCES) headroom[r] += n.high[r] - n.usage[r];
  const lowTaints = lowNodes.map((n) => nodeTaints(n.node));
  const lowNames = lowNodes.map((n) => n.name).join(", ");

  // Source nodes by descending usage (sum of the percentages), then by name.
  const total = (n: NodeInfo) => RESOURCES.reduce((s, r) => s + pct(n, r), 0);
  highNodes.sort((a, b) => total(b) - total(a) || (a.name < b.name ? -1 : 1));
  const canContinue = (n: NodeInfo) => aboveTarget(n) && RESOURCES.every((r) => headroom[r] > 0);

  const out: Eviction[] = [];
  for (const n of highNodes) {
    if (!canContinue(n)) continue;
    const before = usageText(n);
    const candidates = cycle.podsOn
      .get(n.name)!
      .filter((p) => cycle.evictable(p))
      // The pod must tolerate the taints of some underutilized node.
      .filter((p) => lowTaints.some((t) => toleratesTaints(p, t)));
    sortPodsLowToHigh(candidates);
    for (const p of candidates) {
      if (!canContinue(n)) break;
      const r = requestsOf(p);
      for (const k of RESOURCES) {
        n.usage[k] -= r[k];
        headroom[k] -= r[k];
      }
      out.push({
        namespace: p.metadata?.namespace ?? "default",
        pod: p.metadata!.name!,
        node: n.name,
        strategy: LOW_NODE_UTILIZATION,
        reason: `${n.name} is overutilized (${before}; targetThresholds ${RESOURCES.map((k) => `${k} ${high[k]}%`).join(", ")}), underutilized: ${lowNames}`,
      });
    }
  }
  return out;
}

const QOS_RANK: Record<string, number> = { BestEffort: 0, Burstable: 1, Guaranteed: 2 };

/** podutil.SortPodsBasedOnPriorityLowToHigh: no priority first, then ascending priority, then BestEffort < Burstable < Guaranteed (stable, so list order breaks ties). */
export function sortPodsLowToHigh(pods: Pod[]): Pod[] {
  return pods.sort((a, b) => {
    const pa = a.spec?.priority;
    const pb = b.spec?.priority;
    if (pa === undefined && pb !== undefined) return -1;
    if (pb === undefined && pa !== undefined) return 1;
    if (pa !== undefined && pb !== undefined && pa !== pb) return pa - pb;
    return QOS_RANK[podQOSClass(a)] - QOS_RANK[podQOSClass(b)];
  });
}

// ---------------------------------------------------------------------------------------------
// RemovePodsViolatingTopologySpreadConstraint

interface Constraint {
  maxSkew: number;
  topologyKey: string;
  selector: { matchLabels?: Record<string, string>; matchExpressions?: Requirement[] };
  nodeAffinityPolicy: string;
  nodeTaintsPolicy: string;
  /** The pod that declared it: its node selection defines the eligible nodes. */
  owner: Pod;
}

/** Models: topologyspreadconstraint.go Balance and balanceDomains. */
function topologySpread(cycle: Cycle, args: TopologySpreadArgs): Eviction[] {
  const kinds = args.constraints ?? ["DoNotSchedule"];
  const nodeFit = args.topologyBalanceNodeFit ?? true;
  const allPods = [...cycle.podsOn.values()].flat();
  const namespaces = [...new Set(allPods.map((p) => p.metadata?.namespace ?? "default"))].sort();
  const out: Eviction[] = [];
  const evicted = new Set<Pod>();
  for (const ns of namespaces) {
    const nsPods = allPods.filter((p) => (p.metadata?.namespace ?? "default") === ns);
    // Unique constraints declared by the namespace's pods (with matchLabelKeys folded in).
    const constraints = new Map<string, Constraint>();
    for (const p of nsPods) {
      for (const c of p.spec?.topologySpreadConstraints ?? []) {
        if (!kinds.includes(c.whenUnsatisfiable as "DoNotSchedule")) continue;
        if (!c.labelSelector) continue;
        const selector = { matchLabels: { ...(c.labelSelector.matchLabels ?? {}) }, matchExpressions: [...((c.labelSelector.matchExpressions ?? []) as Requirement[])] };
        for (const k of c.matchLabelKeys ?? []) {
          const v = own(p.metadata?.labels, k);
          if (v !== undefined) selector.matchExpressions.push({ key: k, operator: "In", values: [v] });
        }
        const con: Constraint = {
          maxSkew: c.maxSkew,
          topologyKey: c.topologyKey,
          selector,
          nodeAffinityPolicy: c.nodeAffinityPolicy ?? "Honor",
          nodeTaintsPolicy: c.nodeTaintsPolicy ?? "Ignore",
          owner: p,
        };
        const key = JSON.stringify([con.maxSkew, con.topologyKey, selector, con.nodeAffinityPolicy, con.nodeTaintsPolicy, p.spec?.nodeSelector ?? null, p.spec?.affinity?.nodeAffinity ?? null, con.nodeTaintsPolicy === "Honor" ? (p.spec?.tolerations ?? null) : null]);
        if (!constraints.has(key)) constraints.set(key, con);
      }
    }
    for (const con of constraints.values()) {
      // Domains: values of topologyKey on the eligible nodes, each starting empty.
      const eligible = cycle.nodes.filter(
        (n) =>
          n.metadata?.labels?.[con.topologyKey] !== undefined &&
          (con.nodeAffinityPolicy !== "Honor" || matchesNodeSelectorAndAffinity(con.owner, n)) &&
          (con.nodeTaintsPolicy !== "Honor" || toleratesTaints(con.owner, nodeTaints(n), ["NoSchedule", "NoExecute"])),
      );
      const domains = new Map<string, Pod[]>();
      for (const n of eligible) domains.set(n.metadata.labels[con.topologyKey], []);
      const domainOfNode = new Map<string, string>(eligible.map((n) => [n.metadata.name, n.metadata.labels[con.topologyKey]]));
      for (const p of nsPods) {
        const d = domainOfNode.get(p.spec!.nodeName!);
        if (d === undefined || !labelsMatch(con.selector, p.metadata?.labels)) continue;
        domains.get(d)!.push(p);
      }
      if (domains.size < 2) continue;
      const sizes = [...domains.values()].map((x) => x.length);
      if (Math.max(...sizes) - Math.min(...sizes) <= con.maxSkew) continue;
      for (const p of balanceDomains(cycle, con, domains, eligible, nodeFit)) {
        if (evicted.has(p) || !cycle.evictable(p)) continue;
        evicted.add(p);
        out.push({
          namespace: ns,
          pod: p.metadata!.name!,
          node: p.spec!.nodeName!,
          strategy: TOPOLOGY_SPREAD,
          reason: `${con.topologyKey} domains ${[...domains.entries()]
            .sort(([a], [b]) => (a < b ? -1 : 1))
            .map(([d, ps]) => `${d}=${ps.length}`)
            .join(", ")} exceed maxSkew ${con.maxSkew}`,
        });
      }
    }
  }
  return out;
}

/** Chooses pods to move from domains above the average to domains below it. */
function balanceDomains(cycle: Cycle, con: Constraint, domains: Map<string, Pod[]>, eligible: KubeObject[], nodeFit: boolean): Pod[] {
  const total = [...domains.values()].reduce((s, x) => s + x.length, 0);
  const avg = total / domains.size;
  // Domains by size ascending (then name); inside a domain non-evictable pods first, then evictable
  // by priority descending, so the lowest-priority evictable pods are at the end and go first.
  const sorted = [...domains.entries()]
    .sort(([a, x], [b, y]) => x.length - y.length || (a < b ? -1 : 1))
    .map(([name, ps]) => ({
      name,
      pods: [...ps].sort((a, b) => {
        const ea = cycle.evictable(a) ? 1 : 0;
        const eb = cycle.evictable(b) ? 1 : 0;
        if (ea !== eb) return ea - eb;
        return (podPriority(b) ?? 0) - (podPriority(a) ?? 0);
      }),
    }));
  const belowAvgNodes = eligible.filter((n) => {
    const d = sorted.find((x) => x.name === n.metadata.labels[con.topologyKey]);
    return d !== undefined && d.pods.length < avg;
  });
  const chosen: Pod[] = [];
  let i = 0;
  let j = sorted.length - 1;
  while (i < j) {
    if (sorted[j].pods.length <= avg) {
      j--;
      continue;
    }
    if (sorted[i].pods.length >= avg) {
      i++;
      continue;
    }
    const skew = sorted[j].pods.length - sorted[i].pods.length;
    if (skew <= con.maxSkew) break;
    const aboveAvg = Math.ceil(sorted[j].pods.length - avg);
    const belowAvg = Math.ceil(avg - sorted[i].pods.length);
    const halfSkew = Math.ceil((skew - con.maxSkew) / 2);
    const move = Math.min(aboveAvg, belowAvg, halfSkew);
    if (move <= 0) break;
    const moved = sorted[j].pods.splice(sorted[j].pods.length - move, move);
    for (const p of moved) {
      if (nodeFit && !fitsAnotherNode(cycle, p, belowAvgNodes)) continue;
      chosen.push(p);
    }
    sorted[i].pods.push(...moved);
  }
  return chosen;
}

/** node.PodFitsAnyOtherNode: selector/affinity, NoSchedule/NoExecute taints, cordon and requests. */
function fitsAnotherNode(cycle: Cycle, pod: Pod, candidates: KubeObject[]): boolean {
  const req = requestsOf(pod);
  return candidates.some((n) => {
    if (n.metadata.name === pod.spec?.nodeName || n.spec?.unschedulable) return false;
    if (!matchesNodeSelectorAndAffinity(pod, n) || !toleratesTaints(pod, nodeTaints(n), ["NoSchedule", "NoExecute"])) return false;
    const alloc = allocatable(n);
    const used: Amounts = { cpu: 0, memory: 0, pods: 0 };
    for (const p of cycle.podsOn.get(n.metadata.name) ?? []) {
      const r = requestsOf(p);
      for (const k of RESOURCES) used[k] += r[k];
    }
    return RESOURCES.every((k) => used[k] + req[k] <= alloc[k]);
  });
}
