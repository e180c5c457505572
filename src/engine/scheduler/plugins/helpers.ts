/**
 * Shared scheduler helpers: label selectors, tolerations, node selector terms, pod requests and
 * the default score normalizer.
 * Models: apimachinery labels + metav1.LabelSelectorAsSelector, component-helpers
 * scheduling/corev1 (tolerations, nodeaffinity), pkg/api/v1/resource PodRequests,
 * pkg/scheduler/util (non-zero defaults), plugins/helper/normalize_score.go.
 */
import type { LabelSelector } from "kubernetes-types/meta/v1";
import type { NodeSelectorRequirement, NodeSelectorTerm, Toleration } from "kubernetes-types/core/v1";
import type { Pod } from "../../api/types";
import { parseQuantity } from "../../printers/quantity";
import type { NodeInfo, NodeScore, Taint } from "./types";
import { MAX_NODE_SCORE } from "./types";

export const LABEL_HOSTNAME = "kubernetes.io/hostname";
export const LABEL_ZONE = "topology.kubernetes.io/zone";

export const nsOf = (p: Pod): string => p.metadata?.namespace ?? "default";
export const labelsOf = (p: Pod): Record<string, string> => p.metadata?.labels ?? {};
export const priorityOf = (p: Pod): number => p.spec?.priority ?? 0;
export const isTerminating = (p: Pod): boolean => !!p.metadata?.deletionTimestamp;

// ---- label selectors --------------------------------------------------------------------------

/** A parsed selector; `null` stands for labels.Nothing() (a nil LabelSelector). */
export type Selector = { requirements: Array<{ key: string; operator: string; values: string[] }> } | null;

/** metav1.LabelSelectorAsSelector: nil → Nothing, {} → Everything. */
export function toSelector(ls: LabelSelector | undefined | null): Selector {
  if (!ls) return null;
  const requirements: Array<{ key: string; operator: string; values: string[] }> = [];
  for (const [k, v] of Object.entries(ls.matchLabels ?? {})) requirements.push({ key: k, operator: "In", values: [v] });
  for (const e of ls.matchExpressions ?? []) requirements.push({ key: e.key, operator: e.operator, values: e.values ?? [] });
  return { requirements };
}

export function selectorFromSet(set: Record<string, string>): Selector {
  return toSelector({ matchLabels: set });
}

export function selectorMatches(sel: Selector, labels: Record<string, string>): boolean {
  if (sel === null) return false;
  return sel.requirements.every((r) => {
    const has = Object.prototype.hasOwnProperty.call(labels, r.key);
    switch (r.operator) {
      case "In":
        return has && r.values.includes(labels[r.key]);
      case "NotIn":
        return !has || !r.values.includes(labels[r.key]);
      case "Exists":
        return has;
      case "DoesNotExist":
        return !has;
      default:
        return false;
    }
  });
}

export const selectorEmpty = (sel: Selector): boolean => sel !== null && sel.requirements.length === 0;

// ---- taints and tolerations -------------------------------------------------------------------

/** v1.Toleration.ToleratesTaint. */
export function toleratesTaint(t: Toleration, taint: Taint): boolean {
  if (t.effect && t.effect !== taint.effect) return false;
  if (t.key && t.key !== taint.key) return false;
  const op = t.operator ?? "Equal";
  if (op === "Exists") return true;
  if (op === "Equal") return (t.value ?? "") === (taint.value ?? "");
  return false;
}

export const tolerationsTolerate = (ts: Toleration[] | undefined, taint: Taint): boolean => (ts ?? []).some((t) => toleratesTaint(t, taint));

/** FindMatchingUntoleratedTaint over the taints the filter cares about. */
export function findUntoleratedTaint(taints: Taint[], tolerations: Toleration[] | undefined, effects: Taint["effect"][]): Taint | undefined {
  return taints.find((t) => effects.includes(t.effect) && !tolerationsTolerate(tolerations, t));
}

// ---- node selectors ---------------------------------------------------------------------------

function requirementMatches(r: NodeSelectorRequirement, value: string | undefined): boolean {
  const has = value !== undefined;
  const vals = r.values ?? [];
  switch (r.operator) {
    case "In":
      return has && vals.includes(value);
    case "NotIn":
      return !has || !vals.includes(value);
    case "Exists":
      return has;
    case "DoesNotExist":
      return !has;
    case "Gt":
    case "Lt": {
      if (!has || vals.length !== 1 || !/^-?\d+$/.test(value) || !/^-?\d+$/.test(vals[0])) return false;
      const a = BigInt(value);
      const b = BigInt(vals[0]);
      return r.operator === "Gt" ? a > b : a < b;
    }
    default:
      return false;
  }
}

/** One NodeSelectorTerm: its expressions and fields are ANDed; an empty term matches nothing. */
export function nodeSelectorTermMatches(term: NodeSelectorTerm, node: NodeInfo): boolean {
  const exprs = term.matchExpressions ?? [];
  const fields = term.matchFields ?? [];
  if (exprs.length === 0 && fields.length === 0) return false;
  for (const e of exprs) if (!requirementMatches(e, node.labels[e.key])) return false;
  for (const f of fields) {
    // Only metadata.name is a supported field selector for nodes.
    if (f.key !== "metadata.name" || !requirementMatches(f, node.name)) return false;
  }
  return true;
}

/** nodeaffinity.GetRequiredNodeAffinity(pod).Match(node): spec.nodeSelector AND required terms (ORed). */
export function requiredNodeAffinityMatches(pod: Pod, node: NodeInfo): boolean {
  const nodeSelector = pod.spec?.nodeSelector;
  if (nodeSelector) for (const k of Object.keys(nodeSelector)) if (node.labels[k] !== nodeSelector[k]) return false;
  const req = pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution;
  if (req) return (req.nodeSelectorTerms ?? []).some((t) => nodeSelectorTermMatches(t, node));
  return true;
}

// ---- requests ---------------------------------------------------------------------------------

/** cpu in millicores, memory in bytes. */
export interface Res {
  milliCPU: number;
  memory: number;
}

/** scheduler util DefaultMilliCPURequest / DefaultMemoryRequest (scoring only). */
export const DEFAULT_MILLI_CPU_REQUEST = 100;
export const DEFAULT_MEMORY_REQUEST = 200 * 1024 * 1024;

function containerReq(requests: Record<string, unknown> | undefined, nonZero: boolean): Res {
  const get = (k: string, dflt: number, scale: number): number => {
    if (!requests || requests[k] === undefined) return nonZero ? dflt : 0;
    const v = parseQuantity(requests[k] as string | number);
    return Number.isFinite(v) ? Math.round(v * scale) : 0;
  };
  return { milliCPU: get("cpu", DEFAULT_MILLI_CPU_REQUEST, 1000), memory: get("memory", DEFAULT_MEMORY_REQUEST, 1) };
}

/**
 * resource.PodRequests: Σ regular containers + Σ sidecars, max'ed with each regular init container
 * (plus the sidecars started before it), plus pod overhead. Pod-level `spec.resources.requests`
 * replace the container sums for cpu/memory when set. `nonZero` applies the scheduler's
 * 100m/200Mi defaults to containers with no request (NonMissingContainerRequests).
 */
export function podRequestsOf(pod: Pod, nonZero = false): Readonly<Res> {
  // Requests depend on the containers, init containers, pod-level resources and overhead alone,
  // and stored objects are immutable: a status write keeps the spec object, and binding copies
  // the spec but keeps those parts, so the sums are kept per containers list (checked against
  // the other three) and survive both. The kept sums are frozen and shared: callers read them.
  const spec = pod.spec as (Pod["spec"] & { resources?: unknown }) | undefined;
  if (!spec) return computePodRequests(pod, nonZero);
  let entry = spec === lastSpec ? lastEntry : undefined;
  if (!entry) {
    const containers = spec.containers as object | undefined;
    if (!containers || typeof containers !== "object") return computePodRequests(pod, nonZero);
    // Each pod has a containers list of its own (admission gives every container its own
    // volumeMounts), but the pods of a template share their containers' resources objects: a
    // lone container's sums are kept per resources object, read by nothing else.
    const only = spec.initContainers === undefined && spec.resources === undefined && spec.overhead === undefined ? loneContainerResources(containers) : undefined;
    if (only !== undefined) {
      entry = byResources.get(only);
      if (!entry) byResources.set(only, (entry = { initContainers: undefined, resources: undefined, overhead: undefined }));
    } else {
      entry = byContainers.get(containers);
      if (!entry || entry.initContainers !== spec.initContainers || entry.resources !== spec.resources || entry.overhead !== spec.overhead) {
        entry = { initContainers: spec.initContainers, resources: spec.resources, overhead: spec.overhead };
        byContainers.set(containers, entry);
      }
    }
    // A cycle asks for the same pod's sums several times in a row.
    lastSpec = spec;
    lastEntry = entry;
  }
  if (nonZero) return (entry.nonZero ??= Object.freeze(computePodRequests(pod, true)));
  return (entry.plain ??= Object.freeze(computePodRequests(pod, false)));
}

/** The sums kept for one containers list, valid while the other parts they read are these. */
interface RequestsEntry {
  initContainers: unknown;
  resources: unknown;
  overhead: unknown;
  plain?: Readonly<Res>;
  nonZero?: Readonly<Res>;
}

const byContainers = new WeakMap<object, RequestsEntry>();
const byResources = new WeakMap<object, RequestsEntry>();

/** What a container without a resources object is kept under. */
const NO_RESOURCES = {};

/**
 * The resources object (NO_RESOURCES when it has none) of a containers list of exactly one
 * container, the only part of it computePodRequests reads; undefined for any other list.
 */
function loneContainerResources(containers: object): object | undefined {
  if (!Array.isArray(containers) || containers.length !== 1) return undefined;
  const c: unknown = containers[0];
  if (!c || typeof c !== "object") return undefined;
  const res: unknown = (c as { resources?: unknown }).resources;
  if (res === undefined) return NO_RESOURCES;
  return res && typeof res === "object" ? res : undefined;
}
let lastSpec: object | undefined;
let lastEntry: RequestsEntry | undefined;

function computePodRequests(pod: Pod, nonZero: boolean): Res {
  const reqs: Res = { milliCPU: 0, memory: 0 };
  for (const c of pod.spec?.containers ?? []) {
    const r = containerReq(c.resources?.requests, nonZero);
    reqs.milliCPU += r.milliCPU;
    reqs.memory += r.memory;
  }
  const sidecars: Res = { milliCPU: 0, memory: 0 };
  const init: Res = { milliCPU: 0, memory: 0 };
  for (const c of pod.spec?.initContainers ?? []) {
    const r = containerReq(c.resources?.requests, nonZero);
    let candidate: Res;
    if (c.restartPolicy === "Always") {
      reqs.milliCPU += r.milliCPU;
      reqs.memory += r.memory;
      sidecars.milliCPU += r.milliCPU;
      sidecars.memory += r.memory;
      candidate = { ...sidecars };
    } else {
      candidate = { milliCPU: r.milliCPU + sidecars.milliCPU, memory: r.memory + sidecars.memory };
    }
    init.milliCPU = Math.max(init.milliCPU, candidate.milliCPU);
    init.memory = Math.max(init.memory, candidate.memory);
  }
  reqs.milliCPU = Math.max(reqs.milliCPU, init.milliCPU);
  reqs.memory = Math.max(reqs.memory, init.memory);
  const podLevel = (pod.spec as { resources?: { requests?: Record<string, string> } } | undefined)?.resources?.requests;
  if (podLevel) {
    if (podLevel.cpu !== undefined) reqs.milliCPU = Math.round(parseQuantity(podLevel.cpu) * 1000);
    if (podLevel.memory !== undefined) reqs.memory = Math.round(parseQuantity(podLevel.memory));
  }
  const overhead = pod.spec?.overhead as Record<string, string> | undefined;
  if (overhead) {
    if (overhead.cpu !== undefined) reqs.milliCPU += Math.round(parseQuantity(overhead.cpu) * 1000);
    if (overhead.memory !== undefined) reqs.memory += Math.round(parseQuantity(overhead.memory));
  }
  return reqs;
}

export function sumRequests(pods: readonly Pod[], nonZero: boolean): Res {
  const s: Res = { milliCPU: 0, memory: 0 };
  for (const p of pods) {
    const r = podRequestsOf(p, nonZero);
    s.milliCPU += r.milliCPU;
    s.memory += r.memory;
  }
  return s;
}

export const allocatableOf = (n: NodeInfo): Res => ({ milliCPU: Math.round(n.allocatable.cpu * 1000), memory: Math.round(n.allocatable.memory) });

// ---- normalization ----------------------------------------------------------------------------

/** helper.DefaultNormalizeScore: scale to 0..max by the highest score, optionally reversed. */
export function defaultNormalizeScore(scores: NodeScore[], reverse: boolean, maxPriority = MAX_NODE_SCORE): void {
  let maxCount = 0;
  for (const s of scores) maxCount = Math.max(maxCount, s.score);
  if (maxCount === 0) {
    if (reverse) for (const s of scores) s.score = maxPriority;
    return;
  }
  for (const s of scores) {
    let v = Math.trunc((maxPriority * s.score) / maxCount);
    if (reverse) v = maxPriority - v;
    s.score = v;
  }
}
