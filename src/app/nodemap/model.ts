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
  /** The workload the pod belongs to: `Deployment/web`, `ReplicaSet/rs`, `Job/pi`, or `Pod/name` for a bare pod. */
  workload: string;
  /** Position of the workload in the run's first-seen order (its colour). */
  workloadIndex: number;
  /** Characters at the end of the name the controller generated (`-7d9f8c6b5-x2k4q`); 0 for a bare pod. */
  suffix: number;
  /** The pod's Ready condition (status.conditions), which the node controller sets False on a lost node. */
  podReady: "True" | "False" | "Unknown" | undefined;
  /**
   * kubectl's READY column counts every container ready, but the pod's Ready condition is not True
   * (MarkPodsNotReady on a NotReady node): the chip shows the condition, not the stale containers.
   */
  readyMismatch: boolean;
  /** Counts against the node's allocation (phase not Succeeded or Failed). */
  active: boolean;
}

/** A workload of the run: the owner its pods are coloured by. */
export interface Workload {
  /** `Deployment/web`, `Job/pi`, `Pod/name`… (namespace-qualified when not `default`). */
  key: string;
  kind: string;
  name: string;
  namespace: string;
  /** When its first pod appeared (simulated seconds). */
  first: number;
  index: number;
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
  /** Pods only: their workload (fixed for the pod's life). */
  workload?: Workload;
  /** Pods only: the version index where the chip's current look began (filled lazily). */
  since?: number[];
}

/** One stretch of a pod version's life at one place (a node, or "" while unscheduled). */
interface Interval {
  start: number;
  /** When the next version replaced it (Infinity for the last). */
  end: number;
  v: Versions;
  i: number;
  /** The next version is the delete: the chip lingers as `leaving` for a moment after `end`. */
  gone: boolean;
}

/** A running maximum over time: `vals[k]` holds from `times[k]` on. */
interface Peaks {
  times: number[];
  vals: number[];
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
  /** Pod versions by namespace/name. */
  podsByKey: Map<string, Versions>;
  /** Each place's (node name, or "" for unscheduled) pod intervals, in pod order then time. */
  places: Map<string, Interval[]>;
  /** Each place's peak pod count over time (for a layout revealed as it happens). */
  peaks: Map<string, Peaks>;
  /** Times at which any place's peak grew, ascending (the layout changes only then). */
  peakTimes: number[];
  /** Times at which a node appeared or disappeared, ascending. */
  nodeSetTimes: number[];
  /** Workloads in first-seen order (colour order); `workloadTimes[k]` = `workloads[k].first`. */
  workloads: Workload[];
  workloadTimes: number[];
  /** Longest pod name of the run (chip width). */
  longestName: number;
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
  const steps = indexTraceSteps(trace);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Entries walked between two yields of indexTraceSteps. */
const ENTRIES_PER_STEP = 4096;

/**
 * indexTrace as steps: it yields every few thousand entries and between its passes, so a view
 * can build the index of a 10,000-pod trace in slices of a few milliseconds (buildIndexSliced).
 */
export function* indexTraceSteps(trace: Trace): Generator<void, NodeMapIndex, void> {
  const nodes = new Map<string, Versions>();
  const podsByKey = new Map<string, Versions>();
  const nodeNames: string[] = [];
  const changeTimes: number[] = [];
  const rsOwner = new Map<string, string>();
  const entries = trace.entries;
  for (let k = 0; k < entries.length; k++) {
    if (k % ENTRIES_PER_STEP === ENTRIES_PER_STEP - 1) yield;
    const e = entries[k];
    if (e.type !== "write") continue;
    const kind = e.ref.kind;
    if (kind === "ReplicaSet") {
      const owner = e.verb === "delete" ? undefined : controllerOf(e.object);
      if (owner?.kind === "Deployment") rsOwner.set(`${e.ref.namespace}/${e.ref.name}`, owner.name);
      continue;
    }
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
  yield;

  // Places: every non-deleted version is one interval at its node (or "").
  const places = new Map<string, Interval[]>();
  let longestName = 0;
  for (let k = 0; k < pods.length; k++) {
    if (k % 2048 === 2047) yield;
    const v = pods[k];
    for (let i = 0; i < v.objs.length; i++) {
      const o = v.objs[i];
      if (!o) continue;
      const where: string = o.spec?.nodeName || "";
      const last = i + 1 >= v.times.length;
      let list = places.get(where);
      if (!list) places.set(where, (list = []));
      list.push({ start: v.times[i], end: last ? Infinity : v.times[i + 1], v, i, gone: !last && !v.objs[i + 1] });
      longestName = Math.max(longestName, (o.metadata?.name ?? "").length);
    }
  }
  yield;

  // Peaks: per place, sweep the sorted starts (+1) and ends (-1, first at a tie) of its intervals.
  const peak = new Map<string, number>();
  const peakSeries = new Map<string, Peaks>();
  const peakTimeSet = new Set<number>();
  let swept = 0;
  for (const [where, list] of places) {
    const starts = Float64Array.from(list, (iv) => iv.start).sort();
    const ends = Float64Array.from(list, (iv) => iv.end).sort();
    const p: Peaks = { times: [], vals: [] };
    let n = 0;
    let best = 0;
    for (let i = 0, j = 0; i < starts.length; i++) {
      while (j < ends.length && ends[j] <= starts[i]) {
        n--;
        j++;
      }
      n++;
      if (n > best) {
        best = n;
        if (p.times[p.times.length - 1] === starts[i]) p.vals[p.vals.length - 1] = n;
        else {
          p.times.push(starts[i]);
          p.vals.push(n);
        }
        peakTimeSet.add(starts[i]);
      }
    }
    peak.set(where, best);
    peakSeries.set(where, p);
    swept += list.length;
    if (swept > 8192) {
      swept = 0;
      yield;
    }
  }
  const peakUnscheduled = peak.get("") ?? 0;
  peak.delete("");
  yield;

  // Nodes appearing and disappearing.
  const nodeSet = new Set<number>();
  for (const v of nodes.values())
    for (let i = 0; i < v.objs.length; i++) if (!!v.objs[i] !== (i > 0 && !!v.objs[i - 1])) nodeSet.add(v.times[i]);
  const nodeSetTimes = [...nodeSet].sort((a, b) => a - b);

  yield;
  const { workloads, workloadTimes } = indexWorkloads(rsOwner, pods);
  return {
    trace,
    nodeNames,
    nodes,
    pods,
    peakPods: peak,
    peakUnscheduled,
    changeTimes,
    podsByKey,
    places,
    peaks: peakSeries,
    peakTimes: [...peakTimeSet].sort((a, b) => a - b),
    nodeSetTimes,
    workloads,
    workloadTimes,
    longestName,
  };
}

/** The controller reference of an object (ownerReferences[controller=true]). */
function controllerOf(o: KubeObject | null | undefined): { kind: string; name: string } | undefined {
  const refs = (o?.metadata?.ownerReferences ?? []) as Array<{ kind: string; name: string; controller?: boolean }>;
  return refs.find((r) => r.controller) ?? refs[0];
}

/** Each pod's workload (a ReplicaSet owned by a Deployment counts as the Deployment), in first-seen order. */
function indexWorkloads(rsOwner: Map<string, string>, pods: Versions[]): { workloads: Workload[]; workloadTimes: number[] } {
  const byKey = new Map<string, Workload>();
  const workloads: Workload[] = [];
  // Pods are in first-seen order, so workloads are too.
  for (const v of pods) {
    const i = v.objs.findIndex((o) => o !== null);
    if (i < 0) continue;
    const o = v.objs[i]!;
    const namespace: string = o.metadata?.namespace ?? "default";
    let owner = controllerOf(o);
    if (owner?.kind === "ReplicaSet") {
      const d = rsOwner.get(`${namespace}/${owner.name}`);
      if (d) owner = { kind: "Deployment", name: d };
    }
    const kind = owner?.kind ?? "Pod";
    const name: string = owner?.name ?? o.metadata?.name ?? "";
    const key = `${kind}/${namespace === "default" ? "" : namespace + "/"}${name}`;
    let w = byKey.get(key);
    if (!w) {
      w = { key, kind, name, namespace, first: v.times[i], index: workloads.length };
      byKey.set(key, w);
      workloads.push(w);
    }
    v.workload = w;
  }
  return { workloads, workloadTimes: workloads.map((w) => w.first) };
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
  const cond = (pod.status?.conditions ?? []).find((c) => c.type === "Ready")?.status;
  const podReady = cond === "True" || cond === "False" || cond === "Unknown" ? cond : undefined;
  let cls = podClass(row.status, row.ready, phase);
  // Models: node lifecycle controller MarkPodsNotReady. kubectl's READY counts the containers'
  // last reported state, which a lost node can no longer update; the Ready condition is the truth.
  const readyMismatch = cls === "ready" && podReady !== undefined && podReady !== "True";
  if (readyMismatch) cls = "notReady";
  const w = v.workload;
  const generated = w && w.kind !== "Pod" && row.name.startsWith(w.name + "-") ? row.name.length - w.name.length : 0;
  const info: PodInfo = {
    chip: {
      uid: pod.metadata?.uid ?? `${row.namespace}/${row.name}`,
      namespace: row.namespace,
      name: row.name,
      status: row.status,
      ready: row.ready,
      cls,
      node: pod.spec?.nodeName || undefined,
      order: v.order,
      cpu: req.milliCPU / 1000,
      memory: req.memory,
      workload: w?.key ?? `Pod/${row.name}`,
      workloadIndex: w?.index ?? 0,
      suffix: generated,
      podReady,
      readyMismatch,
      active: phase !== "Succeeded" && phase !== "Failed",
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

/** The index for `trace` if it is built already. */
export function cachedIndex(trace: Trace): NodeMapIndex | undefined {
  return indexes.get(trace);
}

/**
 * Builds the index for `trace` in slices of about `sliceMs` of main-thread time (a 10,000-pod
 * trace never blocks a frame for long), then calls `done`. Returns a cancel function.
 */
export function buildIndexSliced(trace: Trace, sliceMs: number, done: (ix: NodeMapIndex) => void): () => void {
  const steps = indexTraceSteps(trace);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const slice = () => {
    const until = performance.now() + sliceMs;
    for (;;) {
      const r = steps.next();
      if (r.done) {
        const ix = indexes.get(trace) ?? r.value;
        indexes.set(trace, ix);
        done(ix);
        return;
      }
      if (performance.now() > until) break;
    }
    timer = setTimeout(slice, 0);
  };
  timer = setTimeout(slice, 0);
  return () => {
    if (timer !== undefined) clearTimeout(timer);
  };
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

// ---- Queries by place and time: the view asks only for the nodes in view, never the whole map. ----

/** The intervals at `place` alive at `t` (or deleted less than `leavingWindow` ago), in pod order. Cheap: no chip is built. */
function intervalsAt(ix: NodeMapIndex, place: string, t: number, leavingWindow: number, out: Array<{ iv: Interval; leaving: boolean }> = []) {
  const list = ix.places.get(place);
  if (!list) return out;
  for (const iv of list) {
    if (iv.start > t + 1e-9) continue;
    if (iv.end > t + 1e-9) out.push({ iv, leaving: false });
    else if (iv.gone && leavingWindow > 0 && iv.end > t - leavingWindow) {
      // Still gone at t (not re-created under the same name since).
      const next = iv.i + 2;
      if (next >= iv.v.times.length || iv.v.times[next] > t + 1e-9) out.push({ iv, leaving: true });
    }
  }
  return out;
}

function chipOf(ix: NodeMapIndex, { iv, leaving }: { iv: Interval; leaving: boolean }): PodChip {
  const chip = podInfo(iv.v, iv.i, ix.trace.epochMs).chip;
  return leaving ? { ...chip, leaving: true } : chip;
}

function nodeExistsAt(ix: NodeMapIndex, name: string, t: number): boolean {
  const v = ix.nodes.get(name);
  if (!v) return false;
  const i = versionAt(v.times, t);
  return i >= 0 && !!v.objs[i];
}

/** Names of the nodes that exist at `t`, in first-seen order. */
export function nodeNamesAt(ix: NodeMapIndex, t: number): string[] {
  return ix.nodeNames.filter((n) => nodeExistsAt(ix, n, t));
}

/** How many node appearances/disappearances happened up to `t`: the node list only changes when this does. */
export function nodeSetIndex(ix: NodeMapIndex, t: number): number {
  return versionAt(ix.nodeSetTimes, t) + 1;
}

/** One node's card at `t` (undefined when the node does not exist then). */
export function nodeCardAt(ix: NodeMapIndex, name: string, t: number, leavingWindow = 0): NodeCard | undefined {
  const v = ix.nodes.get(name);
  if (!v) return undefined;
  const i = versionAt(v.times, t);
  if (i < 0 || !v.objs[i]) return undefined;
  const info = nodeInfo(v, i);
  const pods = intervalsAt(ix, name, t, leavingWindow).map((x) => chipOf(ix, x));
  let cpu = 0;
  let memory = 0;
  for (const p of pods) {
    if (!p.leaving && p.active) {
      cpu += p.cpu;
      memory += p.memory;
    }
  }
  return { ...info.card, cpu: { requested: cpu, allocatable: info.cpu }, memory: { requested: memory, allocatable: info.memory }, pods, slot: ix.nodeNames.indexOf(name) };
}

/**
 * The pods without a node at `t` (and those bound to a node that does not exist then), in pod
 * order: the first `limit` as chips (10,000 pending pods cost 10,000 cheap checks, not 10,000
 * chips), and how many there are (leaving ones not counted).
 */
export function unscheduledAt(ix: NodeMapIndex, t: number, leavingWindow = 0, limit = Infinity): { pods: PodChip[]; count: number } {
  const found = intervalsAt(ix, "", t, leavingWindow);
  let merged = false;
  for (const place of ix.places.keys())
    if (place && !nodeExistsAt(ix, place, t)) {
      const before = found.length;
      intervalsAt(ix, place, t, leavingWindow, found);
      merged ||= found.length > before;
    }
  if (merged) found.sort((a, b) => a.iv.v.order - b.iv.v.order);
  let count = 0;
  for (const x of found) if (!x.leaving) count++;
  const pods = (found.length > limit ? found.slice(0, limit) : found).map((x) => chipOf(ix, x));
  return { pods, count };
}

function peakIn(p: Peaks | undefined, t: number): number {
  if (!p) return 0;
  const i = versionAt(p.times, t);
  return i < 0 ? 0 : p.vals[i];
}

/** The most pods `place` held at once up to `t` (Infinity: over the whole run). */
export function peakAt(ix: NodeMapIndex, place: string, t: number): number {
  return peakIn(ix.peaks.get(place), t);
}

/** How many peak increases happened up to `t`: a layout sized by peaks up to `t` only changes when this does. */
export function peakIndex(ix: NodeMapIndex, t: number): number {
  return versionAt(ix.peakTimes, t) + 1;
}

/** The workloads whose first pod appeared by `t` (Infinity: all of them), in colour order. */
export function workloadsUntil(ix: NodeMapIndex, t: number): Workload[] {
  return ix.workloads.slice(0, versionAt(ix.workloadTimes, t) + 1);
}

/** What a chip looks like: a change to any of these is a moment worth seeking to. */
const look = (c: PodChip) => `${c.status}|${c.ready}|${c.cls}|${c.node ?? ""}`;

/**
 * When the pod's chip took the look it has at `t`: the earliest time, at or before `t`, since
 * which its STATUS, READY, colour class and node have not changed (its creation for a pod that
 * has not changed since). Undefined when the pod does not exist at `t`.
 */
export function lookSince(ix: NodeMapIndex, namespace: string, name: string, t: number): number | undefined {
  const v = ix.podsByKey.get(`${namespace}/${name}`);
  if (!v) return undefined;
  const i = versionAt(v.times, t);
  if (i < 0 || !v.objs[i]) return undefined;
  if (!v.since) v.since = [];
  const epochMs = ix.trace.epochMs;
  const sinceOf = (k: number): number => {
    const cached = v.since![k];
    if (cached !== undefined) return cached;
    let j = k;
    // Walk back while the look stays the same; earlier versions' answers are reused.
    while (j > 0 && v.objs[j - 1] && look(podInfo(v, j - 1, epochMs).chip) === look(podInfo(v, k, epochMs).chip)) {
      if (v.since![j - 1] !== undefined) {
        j = v.since![j - 1];
        break;
      }
      j--;
    }
    v.since![k] = j;
    return j;
  };
  return v.times[sinceOf(i)];
}

export type MapCounts = NodeMapState["counts"];

/** A count of the whole map at `t` that can be done in slices (a screen-reader summary of 10,000 pods must not block a frame). */
export interface CountJob {
  t: number;
  /** Next pod (index into ix.pods) to count. */
  next: number;
  counts: MapCounts;
}

export function startCounts(ix: NodeMapIndex, t: number): CountJob {
  const byClass = Object.fromEntries(POD_CLASSES.map((c) => [c, 0])) as Record<PodClass, number>;
  const counts: MapCounts = { nodes: 0, readyNodes: 0, pods: 0, unscheduled: 0, byClass };
  for (const name of ix.nodeNames) {
    const v = ix.nodes.get(name)!;
    const i = versionAt(v.times, t);
    if (i < 0 || !v.objs[i]) continue;
    counts.nodes++;
    if (nodeInfo(v, i).card.ready) counts.readyNodes++;
  }
  return { t, next: 0, counts };
}

/** Counts pods until `enough()` says stop (checked every 64 pods); true when the whole map is counted. */
export function stepCounts(ix: NodeMapIndex, job: CountJob, enough: () => boolean): boolean {
  const epochMs = ix.trace.epochMs;
  const c = job.counts;
  while (job.next < ix.pods.length) {
    const v = ix.pods[job.next++];
    const i = versionAt(v.times, job.t);
    if (i >= 0 && v.objs[i]) {
      const chip = podInfo(v, i, epochMs).chip;
      c.pods++;
      c.byClass[chip.cls]++;
      if (!chip.node || !nodeExistsAt(ix, chip.node, job.t)) c.unscheduled++;
    }
    if ((job.next & 63) === 0 && enough()) break;
  }
  return job.next >= ix.pods.length;
}
