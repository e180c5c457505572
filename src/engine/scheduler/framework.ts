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
  const sorted = opts.nodesSorted || isSortedByName(nodes) ? (nodes as NodeInfo[]) : [...nodes].sort(byName);
  return { pod, nodes: sorted, podsOn: podsOnNodes instanceof PodsByNode ? podsOnNodes : PodsByNode.of(podsOnNodes), opts };
}

/**
 * findNodesThatFitPod: PreFilter, then each node through the filters; returns each node's
 * rejection (null when it fits), in the order of `nodes`.
 */
function runFilters(c: Cycle, nodes: readonly NodeInfo[] = c.nodes): Array<Rejection | null> {
  const plugins: FilterPlugin[] = [];
  const filters: Array<(node: NodeInfo) => Status | null> = [];
  let allowed: Set<string> | undefined;
  const restricting: string[] = [];
  for (const pl of FILTER_PLUGINS) {
    const r = pl.preFilter(c);
    if (r.nodeNames) {
      const names = r.nodeNames;
      restricting.push(pl.name);
      allowed = allowed ? new Set([...allowed].filter((n) => names.has(n))) : new Set(names);
    }
    if (r.filter) {
      plugins.push(pl);
      filters.push(r.filter);
    }
  }
  const out = new Array<Rejection | null>(nodes.length);
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (allowed && !allowed.has(node.name)) {
      const reason = `node(s) didn't satisfy plugin(s) [${[...restricting].sort().join(" ")}]`;
      out[i] = { plugin: restricting.join(","), status: { code: "UnschedulableAndUnresolvable", reasons: [reason] } };
      continue;
    }
    let rejection: Rejection | null = null;
    for (let k = 0; k < filters.length; k++) {
      const st = filters[k](node);
      if (st) {
        rejection = { plugin: plugins[k].name, status: st };
        break;
      }
    }
    out[i] = rejection;
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
function preempt(c: Cycle, rejections: Array<Rejection | null>): { message: string; candidates: string[] } {
  if (c.pod.spec?.preemptionPolicy === "Never") return { message: "preemption: not eligible due to preemptionPolicy=Never.", candidates: [] };
  const statuses: Status[] = [];
  const candidates: string[] = [];
  const prio = priorityOf(c.pod);
  c.nodes.forEach((node, i) => {
    const rej = rejections[i];
    if (!rej) return;
    if (rej.status.code === "UnschedulableAndUnresolvable") {
      statuses.push({ code: "UnschedulableAndUnresolvable", reasons: [PREEMPTION_NOT_HELPFUL] });
      return;
    }
    const pods = c.podsOn.on(node).pods;
    const victims = pods.filter((p) => priorityOf(p) < prio);
    if (victims.length === 0) {
      statuses.push({ code: "UnschedulableAndUnresolvable", reasons: [NO_PREEMPTION_VICTIMS] });
      return;
    }
    const remaining = NodePods.of(pods.filter((p) => !victims.includes(p)));
    const podsOn = { on: (n: NodeInfo) => (n.name === node.name ? remaining : c.podsOn.on(n)) };
    const again = runFilters({ ...c, podsOn }, [node])[0];
    if (again) statuses.push(again.status);
    else candidates.push(node.name);
  });
  if (candidates.length) return { message: "", candidates };
  return { message: `preemption: ${fitErrorMessage(c.nodes.length, statuses)}`, candidates };
}

type PluginScore = { raw: number; normalized: number; weight: number };
type NodeResult = ScheduleResult["nodes"][number];

/**
 * The scores of one cycle, compact (the cluster keeps one per scheduling record): the active score
 * plugins (a shared list), and per plugin and feasible node (plugin-major) the index of its
 * score record in `recordTable`. Totals are Σ normalized × weight in plugin order, as selectHost saw them.
 */
export interface Scored {
  plugins: readonly ScorePlugin[];
  feasible: number;
  records: Uint32Array;
}

/** NodeScore records lent to NormalizeScore; prioritize copies the scores out before the next plugin. */
const scratch: NodeScore[] = [];

/**
 * Record ids are kept in views of large shared blocks rather than one small buffer per cycle
 * (each buffer of its own costs an allocation outside the heap).
 */
const ID_BLOCK = 1 << 18;
let idBlock = new Uint32Array(0);
let idBlockUsed = 0;

/** The active plugin lists seen so far (by the bit mask of their indices), so that cycles share them. */
const pluginLists = new Map<number, readonly ScorePlugin[]>();

/**
 * Per-cycle number buffers, reused: a cycle's raw scores and totals are read before the next
 * cycle starts, and 10,000 cycles over 100 nodes would otherwise allocate two arrays each.
 */
let rawScratch = new Float64Array(0);
let normScratch = new Float64Array(0);
let totalsScratch = new Float64Array(0);

/** prioritizeNodes: every score plugin's raw score, NormalizeScore, × weight, summed; returns the totals too. */
function prioritize(c: Cycle, feasible: NodeInfo[]): { scored: Scored; totals: Float64Array } {
  const n = feasible.length;
  if (totalsScratch.length < n) {
    totalsScratch = new Float64Array(n);
    rawScratch = new Float64Array(n);
    normScratch = new Float64Array(n);
  }
  const totals = totalsScratch.fill(0, 0, n);
  let mask = 0;
  while (scratch.length < n) scratch.push({ node: "", score: 0 });
  // The ids are written straight into the shared block, after what earlier cycles keep there.
  if (idBlockUsed + n * SCORE_PLUGINS.length > idBlock.length) {
    idBlock = new Uint32Array(Math.max(ID_BLOCK, n * SCORE_PLUGINS.length));
    idBlockUsed = 0;
  }
  const ids = idBlock;
  const start = idBlockUsed;
  let used = 0;
  const norm = n === scratch.length ? scratch : scratch.slice(0, n);
  const raw = rawScratch;
  // The node of each slot is the same for every plugin (normalize reads it, never writes it).
  for (let i = 0; i < n; i++) norm[i].node = feasible[i].name;
  for (let p = 0; p < SCORE_PLUGINS.length; p++) {
    const pl = SCORE_PLUGINS[p];
    const st = pl.preScore(c, feasible);
    if (!st) continue;
    if (st.scoreAll) st.scoreAll(feasible, raw);
    else for (let i = 0; i < n; i++) raw[i] = st.score(feasible[i]);
    // The normalized scores: the raw ones when the plugin has no NormalizeScore (no copy through
    // the NodeScore records then), else what its normalize left in them.
    let normalized = raw;
    if (st.normalize) {
      for (let i = 0; i < n; i++) norm[i].score = raw[i];
      st.normalize(norm);
      normalized = normScratch;
      for (let i = 0; i < n; i++) normalized[i] = norm[i].score;
    }
    const table = recordIdsOf(pl);
    // Neighbouring nodes mostly score alike: the last pair's id is reused without a lookup. The
    // pair is the same when both numbers are, -0 apart from 0 (NaN never is, and is looked up).
    // (The first node always looks up: nothing equals the NaN it starts from. Whether a zero is -0
    // is kept with the last pair rather than worked out again for each node.)
    let lastRaw = NaN;
    let lastNorm = NaN;
    let lastRawNeg = false;
    let lastNormNeg = false;
    let lastId = -1;
    const weight = pl.weight;
    let w = start + used;
    for (let i = 0; i < n; i++) {
      const s = normalized[i];
      const r = raw[i];
      if (r !== lastRaw || s !== lastNorm || (r === 0 && Object.is(r, -0) !== lastRawNeg) || (s === 0 && Object.is(s, -0) !== lastNormNeg)) {
        lastId = scoreRecordId(table, pl, r, s);
        lastRaw = r;
        lastNorm = s;
        lastRawNeg = Object.is(r, -0);
        lastNormNeg = Object.is(s, -0);
      }
      ids[w++] = lastId;
      totals[i] += s * weight;
    }
    used = w - start;
    mask |= 1 << p;
  }
  let shared = pluginLists.get(mask);
  if (!shared) pluginLists.set(mask, (shared = SCORE_PLUGINS.filter((_, p) => mask & (1 << p))));
  idBlockUsed = start + used;
  return { scored: { plugins: shared, feasible: n, records: ids.subarray(start, start + used) }, totals };
}

/**
 * One shared, frozen record per plugin and (raw, normalized) pair: a cluster's cycles repeat the
 * same few scores, and the trace keeps every node's scores of every cycle. Records are numbered.
 */
const recordTable: PluginScore[] = [];
const recordIds = new Map<ScorePlugin, RecordIds>();

type RecordIds = { small: Map<number, number>; other: Map<string, number> };

function recordIdsOf(pl: ScorePlugin): RecordIds {
  let table = recordIds.get(pl);
  if (!table) recordIds.set(pl, (table = { small: new Map(), other: new Map() }));
  return table;
}

function scoreRecordId(table: RecordIds, pl: ScorePlugin, raw: number, normalized: number): number {
  // Scores are integers, normalized ones 0..100: one number names the pair. (A -0 would read as 0.)
  const small = (raw | 0) === raw && (normalized | 0) === normalized && normalized >= 0 && normalized < 128 && raw > -(2 ** 20) && raw < 2 ** 20 && !Object.is(raw, -0) && !Object.is(normalized, -0);
  const key = small ? raw * 128 + normalized : `${Object.is(raw, -0) ? "-0" : raw}/${Object.is(normalized, -0) ? "-0" : normalized}`;
  let id = small ? table.small.get(key as number) : table.other.get(key as string);
  if (id === undefined) {
    id = recordTable.length;
    recordTable.push(Object.freeze({ raw, normalized, weight: pl.weight }));
    if (small) table.small.set(key as number, id);
    else table.other.set(key as string, id);
  }
  return id;
}

const FILTER_OK: FilterVerdict = Object.freeze({ ok: true });
const filterVerdicts = new Map<string, FilterVerdict>();

/** One shared, frozen verdict per plugin and reason (the trace keeps every node's verdict of every cycle). */
function rejectedVerdict(plugin: string, reason: string): FilterVerdict {
  const k = `${plugin}\u0000${reason}`;
  let v = filterVerdicts.get(k);
  if (!v) {
    v = Object.freeze({ ok: false, plugin, reason });
    if (filterVerdicts.size < 10_000) filterVerdicts.set(k, v);
  }
  return v;
}

/** What ScheduleResult.nodes is built from: the cycle's nodes, rejections (null: none) and scores. */
interface NodeResultsData {
  nodes: readonly NodeInfo[];
  rejections: Array<Rejection | null> | null;
  scored?: Scored;
}

/** ScheduleResult.nodes: each node's verdict and, for feasible nodes when scoring ran, its scores and total. */
function nodeResults({ nodes, rejections, scored }: NodeResultsData): NodeResult[] {
  const out = new Array<NodeResult>(nodes.length);
  const feasible = scored ? scored.feasible : 0;
  for (let i = 0, f = 0; i < nodes.length; i++) {
    const r = rejections?.[i];
    if (r) out[i] = { node: nodes[i].name, filter: rejectedVerdict(r.plugin, r.status.reasons.join(", ")) };
    else if (!scored) out[i] = { node: nodes[i].name, filter: FILTER_OK };
    else {
      const scores: Record<string, PluginScore> = {};
      let total = 0;
      for (let p = 0; p < scored.plugins.length; p++) {
        const rec = recordTable[scored.records[p * feasible + f]];
        scores[scored.plugins[p].name] = rec;
        total += rec.normalized * rec.weight;
      }
      out[i] = { node: nodes[i].name, filter: FILTER_OK, scores, total };
      f++;
    }
  }
  return out;
}

/**
 * The cycle data of results and records whose `nodes` are not built yet (a WeakMap rather than a
 * hidden property: defining one per object was a slow path of its own).
 */
const lazyData = new WeakMap<object, NodeResultsData>();

/** The lazy `nodes` accessor, one pair shared by every record so that they keep one shape. */
function getLazyNodes(this: object): NodeResult[] {
  const value = nodeResults(lazyData.get(this)!);
  setLazyNodes.call(this, value);
  return value;
}

function setLazyNodes(this: object, value: NodeResult[]): void {
  Object.defineProperty(this, "nodes", { value, enumerable: true, configurable: true, writable: true });
  lazyData.delete(this);
}

/** One descriptor object: every record's accessor is the same pair, so records share their map. */
const LAZY_NODES_PROPERTY: PropertyDescriptor = { get: getLazyNodes, set: setLazyNodes, enumerable: true, configurable: true };

function defineLazyNodes(target: object, data: NodeResultsData): void {
  lazyData.set(target, data);
  Object.defineProperty(target, "nodes", LAZY_NODES_PROPERTY);
}

/**
 * A result made with `lazyNodes` (it only lives until the caller takes its nodes with
 * transferNodes): `nodes` is an accessor of the class, built on first read, so no property is
 * defined per cycle.
 */
class LazyResult {
  get nodes(): NodeResult[] {
    return getLazyNodes.call(this);
  }
  set nodes(value: NodeResult[]) {
    setLazyNodes.call(this, value);
  }
}

/**
 * Gives `target` the `nodes` of a result without building them when the result was made with
 * `lazyNodes`: they are built when first read (serializing reads them) and then kept.
 */
export function transferNodes(result: ScheduleResult, target: object): void {
  const data = lazyData.get(result);
  if (data) defineLazyNodes(target, data);
  else (target as { nodes?: NodeResult[] }).nodes = result.nodes;
}

/** A result's node verdicts as the cycle left them, for packers that read millions (src/worker). */
export interface CompactNodes {
  nodes: readonly NodeInfo[];
  /** Per node, its shared frozen verdict when a filter rejected it (null: none rejected). */
  rejected: ReadonlyArray<FilterVerdict | undefined> | null;
  /** The scores: plugin-major record ids over the feasible nodes (see scoreRecord). */
  scored?: Scored;
}

/**
 * The node verdicts of a result (or of a record given them by transferNodes) without building
 * them, while they are still unread; undefined once `nodes` was read (read `nodes` then).
 * Equal to `nodes`: the same verdicts, and score records whose Σ normalized × weight in plugin
 * order is each node's total.
 */
export function compactNodesOf(result: object): CompactNodes | undefined {
  const data = lazyData.get(result);
  if (!data) return undefined;
  const rej = data.rejections;
  return {
    nodes: data.nodes,
    rejected: rej ? rej.map((r) => (r ? rejectedVerdict(r.plugin, r.status.reasons.join(", ")) : undefined)) : null,
    scored: data.scored,
  };
}

/** The shared frozen score record a CompactNodes record id names. */
export function scoreRecord(id: number): Readonly<PluginScore> {
  return recordTable[id];
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
  // When every node fits (most cycles), the feasible nodes are the snapshot itself: plugins only read it.
  const feasible = rejections.some((r) => r !== null) ? c.nodes.filter((_, i) => !rejections[i]) : c.nodes;
  const result = (opts.lazyNodes ? new LazyResult() : { nodes: [] }) as ScheduleResult;
  const setNodes = (data: NodeResultsData) => (opts.lazyNodes ? lazyData.set(result, data) : (result.nodes = nodeResults(data)));
  const anyRejected = feasible.length < c.nodes.length ? rejections : null;
  if (feasible.length === 0) {
    setNodes({ nodes: c.nodes, rejections });
    const statuses = rejections.map((r) => r!.status);
    const pf = preempt(c, rejections);
    const postFilter = pf.message && opts.dynamicResources ? `no new claims to deallocate, ${pf.message}` : pf.message;
    result.message = fitErrorMessage(c.nodes.length, statuses, postFilter);
    if (pf.candidates.length) result.preemptionCandidates = pf.candidates;
    return result;
  }
  // A single feasible node is chosen without scoring (schedulePod).
  if (feasible.length === 1) {
    setNodes({ nodes: c.nodes, rejections: anyRejected });
    result.node = feasible[0].name;
    return result;
  }
  const { scored, totals } = prioritize(c, feasible);
  setNodes({ nodes: c.nodes, rejections: anyRejected, scored });
  // selectHost: kube-scheduler picks uniformly at random among the nodes with the top score
  // (reservoir sampling). podplay is deterministic: the first node in name order among the top
  // scores wins (feasible is sorted by name, and only a strictly higher total replaces the pick).
  let best = feasible[0].name;
  let bestTotal = totals[0];
  for (let i = 0; i < feasible.length; i++) {
    const t = totals[i];
    if (t > bestTotal) {
      best = feasible[i].name;
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
