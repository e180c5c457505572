/**
 * The node map's data: which pods sit on which node at the playhead, each node's state and how
 * much of it the pods request. Pure; no React.
 *
 * Cost model: `indexTrace` walks the trace once and keeps, per Node and per Pod, the list of its
 * stored versions (time, object). `nodeMapAt(trace, t)` then finds each object's version at `t`
 * with a binary search, so a playhead move costs O((nodes + pods) · log versions), never a full
 * `stateAt` replay. What is derived from one stored version (kubectl STATUS, requests) is computed
 * once per version and cached.
 */
import type { Pod } from "../../engine/api/types";
import type { KubeObject } from "../../engine/api/store";
import { podRow } from "../../engine/printers/podRow";
import { parseQuantity } from "../../engine/printers/quantity";
import { podRequestsOf } from "../../engine/scheduler/plugins/helpers";
import type { Trace } from "../../engine/trace/types";

/** Colour class of a pod chip, from kubectl's STATUS and READY columns. */
export type PodClass = "ready" | "notReady" | "waiting" | "error" | "terminating" | "completed";

export const POD_CLASSES: readonly PodClass[] = ["ready", "notReady", "waiting", "error", "terminating", "completed"];

export interface PodChip {
  uid: string;
  namespace: string;
  name: string;
  /** kubectl STATUS, e.g. `Running`, `CrashLoopBackOff`, `Terminating`. */
  status: string;
  /** kubectl READY, e.g. `1/1`. */
  ready: string;
  cls: PodClass;
  /** spec.nodeName, or undefined while unscheduled. */
  node: string | undefined;
  /** First-seen order of the pod in the trace (stable chip order inside a box). */
  order: number;
  cpu: number;
  memory: number;
  /** Deleted moments ago (kept so the chip can fade out where it was); not counted. */
  leaving?: boolean;
}

export interface Usage {
  /** Sum of the requests of the non-terminal pods on the node (cores or bytes). */
  requested: number;
  /** status.allocatable (cores or bytes); NaN if absent. */
  allocatable: number;
}

export interface NodeCard {
  name: string;
  /** Ready condition status: True, False or Unknown. */
  readyCondition: "True" | "False" | "Unknown";
  ready: boolean;
  /** spec.unschedulable (kubectl shows `SchedulingDisabled`). */
  cordoned: boolean;
  /** spec.taints as `key=value:Effect` (or `key:Effect`). */
  taints: string[];
  /** kubectl get nodes STATUS: `Ready`, `NotReady`, `Ready,SchedulingDisabled`… */
  statusText: string;
  cpu: Usage;
  memory: Usage;
  /** Pods bound to this node, in first-seen order. */
  pods: PodChip[];
  /** Position of the node in the whole run's node list (fixed grid slot). */
  slot: number;
}

export interface NodeMapState {
  t: number;
  nodes: NodeCard[];
  /** Pods with no spec.nodeName (Pending, waiting for the scheduler). */
  unscheduled: PodChip[];
  counts: { nodes: number; readyNodes: number; pods: number; unscheduled: number; byClass: Record<PodClass, number> };
}

/** One object's stored versions in time order; `objs[i]` is null after a delete. */
interface Versions {
  times: number[];
  objs: Array<KubeObject | null>;
  /** Per-version derived info, filled lazily. */
  info: Array<PodInfo | NodeInfo | undefined>;
  order: number;
}

interface PodInfo {
  chip: PodChip;
  /** Counts against the node's allocation (not Succeeded/Failed). */
  active: boolean;
}

interface NodeInfo {
  card: Omit<NodeCard, "cpu" | "memory" | "pods" | "slot">;
  cpu: number;
  memory: number;
}

export interface NodeMapIndex {
  trace: Trace;
  /** Every node that ever existed, in first-seen order. */
  nodeNames: string[];
  nodes: Map<string, Versions>;
  pods: Versions[];
  /** Most pods bound to each node at once over the run (for a layout that does not jump). */
  peakPods: Map<string, number>;
  /** Most pods unscheduled at once over the run. */
  peakUnscheduled: number;
  /** Distinct entry times at which a Node or Pod changed, ascending. */
  changeTimes: number[];
}

/** The version index in force at `t` (-1 before the first). */
function versionAt(times: number[], t: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (times[mid] <= t + 1e-9) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Walks the trace once: per-object version lists and each node's peak pod count. */
export function indexTrace(trace: Trace): NodeMapIndex {
  const nodes = new Map<string, Versions>();
  const podsByKey = new Map<string, Versions>();
  const nodeNames: string[] = [];
  const changeTimes: number[] = [];
  for (const e of trace.entries) {
    if (e.type !== "write") continue;
    const kind = e.ref.kind;
    if (kind !== "Node" && kind !== "Pod") continue;
    const map = kind === "Node" ? nodes : podsByKey;
    const key = kind === "Node" ? e.ref.name : `${e.ref.namespace}/${e.ref.name}`;
    let v = map.get(key);
    if (!v) {
      v = { times: [], objs: [], info: [], order: map.size };
      map.set(key, v);
      if (kind === "Node") nodeNames.push(key);
    }
    const obj = e.verb === "delete" ? null : e.object;
    // Several writes at one instant: only the last is ever visible.
    if (v.times.length && v.times[v.times.length - 1] === e.t) v.objs[v.objs.length - 1] = obj;
    else {
      v.times.push(e.t);
      v.objs.push(obj);
    }
    if (changeTimes[changeTimes.length - 1] !== e.t) changeTimes.push(e.t);
  }
  const pods = [...podsByKey.values()];

  // Peaks: sweep +1/-1 of every interval during which a pod is bound to a node (or unbound).
  const deltas: Array<[number, string, number]> = [];
  for (const v of pods) {
    for (let i = 0; i < v.objs.length; i++) {
      const o = v.objs[i];
      if (!o) continue;
      const where: string = o.spec?.nodeName || "";
      const end = i + 1 < v.times.length ? v.times[i + 1] : Infinity;
      deltas.push([v.times[i], where, 1], [end, where, -1]);
    }
  }
  deltas.sort((a, b) => a[0] - b[0] || a[2] - b[2]);
  const cur = new Map<string, number>();
  const peak = new Map<string, number>();
  for (const [, where, d] of deltas) {
    const n = (cur.get(where) ?? 0) + d;
    cur.set(where, n);
    if (n > (peak.get(where) ?? 0)) peak.set(where, n);
  }
  const peakUnscheduled = peak.get("") ?? 0;
  peak.delete("");
  return { trace, nodeNames, nodes, pods, peakPods: peak, peakUnscheduled, changeTimes };
}

const ERROR_STATUS = /Err|Error|BackOff|OOMKilled|ExitCode|Signal|Failed|Evicted|Invalid|Unknown|DeadlineExceeded|ContainerStatusUnknown/;

/** The chip colour class for a kubectl STATUS / READY pair and the pod's phase. */
export function podClass(status: string, ready: string, phase: string | undefined): PodClass {
  if (status === "Terminating") return "terminating";
  if (status === "Completed" || phase === "Succeeded") return "completed";
  if (phase === "Failed" || ERROR_STATUS.test(status)) return "error";
  if (status === "Running") {
    const [r, n] = ready.split("/").map(Number);
    return n > 0 && r === n ? "ready" : "notReady";
  }
  if (status === "NotReady") return "notReady";
  return "waiting";
}

function podInfo(v: Versions, i: number, epochMs: number): PodInfo {
  const cached = v.info[i] as PodInfo | undefined;
  if (cached) return cached;
  const pod = v.objs[i] as Pod;
  // STATUS and READY do not depend on `now` (only AGE and the restart age do).
  const row = podRow(pod, v.times[i], epochMs);
  const phase = pod.status?.phase;
  const req = podRequestsOf(pod);
  const info: PodInfo = {
    chip: {
      uid: pod.metadata?.uid ?? `${row.namespace}/${row.name}`,
      namespace: row.namespace,
      name: row.name,
      status: row.status,
      ready: row.ready,
      cls: podClass(row.status, row.ready, phase),
      node: pod.spec?.nodeName || undefined,
      order: v.order,
      cpu: req.milliCPU / 1000,
      memory: req.memory,
    },
    active: phase !== "Succeeded" && phase !== "Failed",
  };
  v.info[i] = info;
  return info;
}

function formatTaint(t: { key?: string; value?: string; effect?: string }): string {
  return `${t.key ?? ""}${t.value ? `=${t.value}` : ""}:${t.effect ?? ""}`;
}

function nodeInfo(v: Versions, i: number): NodeInfo {
  const cached = v.info[i] as NodeInfo | undefined;
  if (cached) return cached;
  const node = v.objs[i];
  const cond = (node.status?.conditions ?? []).find((c: { type: string }) => c.type === "Ready");
  const readyCondition: NodeCard["readyCondition"] = cond?.status === "True" ? "True" : cond?.status === "False" ? "False" : "Unknown";
  const ready = readyCondition === "True";
  const cordoned = node.spec?.unschedulable === true;
  const taints = ((node.spec?.taints ?? []) as Array<{ key?: string; value?: string; effect?: string }>).map(formatTaint);
  const info: NodeInfo = {
    card: {
      name: node.metadata?.name ?? "",
      readyCondition,
      ready,
      cordoned,
      taints,
      statusText: (ready ? "Ready" : "NotReady") + (cordoned ? ",SchedulingDisabled" : ""),
    },
    cpu: parseQuantity(node.status?.allocatable?.cpu),
    memory: parseQuantity(node.status?.allocatable?.memory),
  };
  v.info[i] = info;
  return info;
}

const indexes = new WeakMap<Trace, NodeMapIndex>();

/** The index for `trace`, built once and shared (WeakMap keyed by the trace). */
export function nodeMapIndex(trace: Trace): NodeMapIndex {
  let ix = indexes.get(trace);
  if (!ix) indexes.set(trace, (ix = indexTrace(trace)));
  return ix;
}

/** How many Node/Pod change instants are at or before `t`: the map only changes when this does. */
export function changeIndex(ix: NodeMapIndex, t: number): number {
  return versionAt(ix.changeTimes, t) + 1;
}

/** Every node and pod at simulated time `t`. */
export function nodeMapAt(trace: Trace, t: number, leavingWindow = 0): NodeMapState {
  return nodeMapFromIndex(nodeMapIndex(trace), t, leavingWindow);
}

/**
 * The map at `t`. Pods deleted in the last `leavingWindow` simulated seconds come back as
 * `leaving` chips in their old place (the view fades them out); they count nowhere.
 */
export function nodeMapFromIndex(ix: NodeMapIndex, t: number, leavingWindow = 0): NodeMapState {
  const epochMs = ix.trace.epochMs;
  const cards = new Map<string, NodeCard>();
  const nodes: NodeCard[] = [];
  ix.nodeNames.forEach((name, slot) => {
    const v = ix.nodes.get(name)!;
    const i = versionAt(v.times, t);
    if (i < 0 || !v.objs[i]) return;
    const info = nodeInfo(v, i);
    const card: NodeCard = { ...info.card, cpu: { requested: 0, allocatable: info.cpu }, memory: { requested: 0, allocatable: info.memory }, pods: [], slot };
    cards.set(name, card);
    nodes.push(card);
  });
  const byClass = Object.fromEntries(POD_CLASSES.map((c) => [c, 0])) as Record<PodClass, number>;
  let pods = 0;
  const unscheduled: PodChip[] = [];
  for (const v of ix.pods) {
    const i = versionAt(v.times, t);
    if (i < 0) continue;
    if (!v.objs[i]) {
      if (i > 0 && v.objs[i - 1] && v.times[i] > t - leavingWindow) {
        const gone: PodChip = { ...podInfo(v, i - 1, epochMs).chip, leaving: true };
        const card = gone.node ? cards.get(gone.node) : undefined;
        (card ? card.pods : unscheduled).push(gone);
      }
      continue;
    }
    const { chip, active } = podInfo(v, i, epochMs);
    pods++;
    byClass[chip.cls]++;
    if (!chip.node) {
      unscheduled.push(chip);
      continue;
    }
    const card = cards.get(chip.node);
    if (!card) {
      // Bound to a node object that does not exist (deleted node): show it as unscheduled-like.
      unscheduled.push(chip);
      continue;
    }
    card.pods.push(chip);
    if (active) {
      card.cpu.requested += chip.cpu;
      card.memory.requested += chip.memory;
    }
  }
  const readyNodes = nodes.reduce((n, c) => n + (c.ready ? 1 : 0), 0);
  const waiting = unscheduled.reduce((n, c) => n + (c.leaving ? 0 : 1), 0);
  return { t, nodes, unscheduled, counts: { nodes: nodes.length, readyNodes, pods, unscheduled: waiting, byClass } };
}
