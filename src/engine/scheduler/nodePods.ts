/**
 * The scheduler's cache of bound pods per node, kept as pods change instead of rebuilt for every
 * scheduling cycle: the aggregates a cycle asks for (request sums, pods with affinity terms, host
 * ports, how many pods match a selector) are computed once per change of the node's pod set.
 * Models: pkg/scheduler/backend/cache (the scheduler cache and its snapshot) and
 * pkg/scheduler/framework/types.go NodeInfo (Requested, NonZeroRequested, PodsWithAffinity,
 * PodsWithRequiredAntiAffinity, UsedPorts), which kube-scheduler updates per pod add/remove.
 */
import type { Pod } from "../api/types";
import { hostPortsOf, type HostPort } from "./plugins/nodePorts";
import { isTerminating, labelsOf, nsOf, podRequestsOf, selectorMatches, sumRequests, type Res, type Selector } from "./plugins/helpers";

/**
 * The pods bound to one node, in binding order. Request sums, the pods with affinity terms and
 * selector counts are updated as pods come and go (like NodeInfo.AddPod/RemovePod); the list of
 * pods and the host ports are rebuilt when next asked for after a change.
 */
export class NodePods {
  private readonly byKey = new Map<string, Pod>();
  private cachedList?: Pod[];
  private ports?: HostPort[];
  private readonly plain: Res = { milliCPU: 0, memory: 0 };
  private readonly nonZero: Res = { milliCPU: 0, memory: 0 };
  /** False once a sum stopped being exact (a non-integer or huge request): sums are then recounted. */
  private sumsExact = true;
  private readonly affinityPods = new Map<string, Pod>();
  private readonly requiredAntiPods = new Map<string, Pod>();
  private affinity?: Pod[];
  private requiredAnti?: Pod[];
  /** Pods matching a selector in a namespace (not terminating), per selectorKey, once asked for. */
  private readonly matching = new Map<number, { sel: Selector; ns: string; n: number }>();

  /** A fixed set of pods (tests, preemption's dry run). */
  static of(pods: Iterable<Pod>): NodePods {
    const s = new NodePods();
    let i = 0;
    for (const p of pods) s.set(String(i++), p);
    return s;
  }

  set(key: string, pod: Pod): void {
    const old = this.byKey.get(key);
    this.byKey.set(key, pod);
    this.cachedList = undefined;
    // A status write keeps the spec, labels and deletion mark: every aggregate still holds, only
    // the lists must hand out the new object.
    if (old && sameForScheduling(old, pod)) {
      if (this.affinityPods.has(key)) this.affinityPods.set(key, pod);
      if (this.requiredAntiPods.has(key)) this.requiredAntiPods.set(key, pod);
      this.affinity = this.requiredAnti = undefined;
      return;
    }
    if (old) this.remove(key, old);
    this.add(key, pod);
  }

  delete(key: string): boolean {
    const old = this.byKey.get(key);
    if (!old) return false;
    this.byKey.delete(key);
    this.cachedList = undefined;
    this.remove(key, old);
    return true;
  }

  private add(key: string, pod: Pod): void {
    this.ports = undefined;
    this.adjustSums(pod, 1);
    const aff = pod.spec?.affinity;
    if (aff?.podAffinity || aff?.podAntiAffinity) {
      this.affinityPods.set(key, pod);
      this.affinity = undefined;
    }
    if (aff?.podAntiAffinity?.requiredDuringSchedulingIgnoredDuringExecution) {
      this.requiredAntiPods.set(key, pod);
      this.requiredAnti = undefined;
    }
    for (const m of this.matching.values()) if (matches(pod, m.sel, m.ns)) m.n++;
  }

  private remove(key: string, pod: Pod): void {
    this.ports = undefined;
    this.adjustSums(pod, -1);
    if (this.affinityPods.delete(key)) this.affinity = undefined;
    if (this.requiredAntiPods.delete(key)) this.requiredAnti = undefined;
    for (const m of this.matching.values()) if (matches(pod, m.sel, m.ns)) m.n--;
  }

  private adjustSums(pod: Pod, sign: 1 | -1): void {
    if (!this.sumsExact) return;
    const a = podRequestsOf(pod, false);
    const b = podRequestsOf(pod, true);
    this.plain.milliCPU += sign * a.milliCPU;
    this.plain.memory += sign * a.memory;
    this.nonZero.milliCPU += sign * b.milliCPU;
    this.nonZero.memory += sign * b.memory;
    // Integer sums are exact in any order; anything else is summed again in binding order.
    const exact = (x: number) => Number.isSafeInteger(x);
    if (![this.plain.milliCPU, this.plain.memory, this.nonZero.milliCPU, this.nonZero.memory].every(exact)) this.sumsExact = false;
  }

  get size(): number {
    return this.byKey.size;
  }

  /** The pods in binding order. Callers must not change the array. */
  get pods(): readonly Pod[] {
    return (this.cachedList ??= [...this.byKey.values()]);
  }

  /** Σ requests of the pods (resource.PodRequests; `nonZero` with the scheduler's defaults). */
  requested(nonZero: boolean): Res {
    if (!this.sumsExact) return sumRequests(this.pods, nonZero);
    return nonZero ? this.nonZero : this.plain;
  }

  /** NodeInfo.PodsWithAffinity: pods with a podAffinity or podAntiAffinity. */
  get withAffinity(): readonly Pod[] {
    if (this.affinityPods.size === 0) return NONE;
    return (this.affinity ??= [...this.affinityPods.values()]);
  }

  /** How many of the pods have a podAffinity or podAntiAffinity, and a required anti-affinity. */
  get affinityCount(): number {
    return this.affinityPods.size;
  }
  get requiredAntiCount(): number {
    return this.requiredAntiPods.size;
  }

  /** NodeInfo.PodsWithRequiredAntiAffinity. */
  get withRequiredAntiAffinity(): readonly Pod[] {
    if (this.requiredAntiPods.size === 0) return NONE;
    return (this.requiredAnti ??= [...this.requiredAntiPods.values()]);
  }

  /** NodeInfo.UsedPorts: the host ports of every pod. */
  get hostPorts(): readonly HostPort[] {
    return (this.ports ??= this.pods.flatMap(hostPortsOf));
  }

  /**
   * countPodsMatchSelector: pods in namespace `ns`, not terminating, whose labels match. `key`
   * names the selector and namespace (selectorKey); the count is kept up to date from then on.
   */
  countMatching(sel: Selector, ns: string, key: number): number {
    const hit = this.matching.get(key);
    if (hit) return hit.n;
    let n = 0;
    for (const p of this.byKey.values()) if (matches(p, sel, ns)) n++;
    this.matching.set(key, { sel, ns, n });
    return n;
  }
}

const NONE: readonly Pod[] = Object.freeze([]);

const selectorIds = new Map<string, number>();

/** A small number naming a selector in a namespace, for NodePods.countMatching (equal selectors share it). */
export function selectorKey(sel: Selector, ns: string): number {
  const known = sel ? keysBySelector.get(sel) : undefined;
  const hit = known?.get(ns);
  if (hit !== undefined) return hit;
  const text = `${ns}\u0000${JSON.stringify(sel)}`;
  let id = selectorIds.get(text);
  if (id === undefined) selectorIds.set(text, (id = selectorIds.size));
  if (sel) {
    if (known) known.set(ns, id);
    else keysBySelector.set(sel, new Map([[ns, id]]));
  }
  return id;
}

/** Keys already worked out, by selector object (selectors are not changed once built). */
const keysBySelector = new WeakMap<object, Map<string, number>>();

const matches = (p: Pod, sel: Selector, ns: string): boolean => !isTerminating(p) && nsOf(p) === ns && selectorMatches(sel, labelsOf(p));

/**
 * Whether two versions of a pod look the same to every aggregate: requests, host ports and
 * affinity come from the spec, selector counts from the namespace, labels and deletion mark.
 */
function sameForScheduling(a: Pod, b: Pod): boolean {
  return (
    a.spec === b.spec &&
    a.metadata?.labels === b.metadata?.labels &&
    a.metadata?.namespace === b.metadata?.namespace &&
    a.metadata?.deletionTimestamp === b.metadata?.deletionTimestamp
  );
}

/** Where PodsByNode.on keeps a node's entry on the node's view: which cache it belongs to, and the entry. */
const PODS_SLOT = Symbol("podsByNode");
type Slot = { owner: PodsByNode; pods: NodePods };

/** Bound pods by node name: the scheduler cache. Pods are keyed by namespace/name. */
export class PodsByNode {
  private readonly nodes = new Map<string, NodePods>();
  /** Each placed pod's node and that node's entry: one lookup per write of a pod. */
  private readonly nodeOf = new Map<string, { node: string; pods: NodePods }>();
  /** NodePods by NodeInfo object: a node's entry, once made, is never replaced. */
  private readonly byInfo = new WeakMap<object, NodePods>();
  /** Pods with affinity terms, and with a required anti-affinity, over every node (see hasAffinityPods). */
  private affinityTotal = 0;
  private requiredAntiTotal = 0;

  /** Whether any placed pod has a podAffinity or podAntiAffinity (InterPodAffinity skips its walk when none). */
  hasAffinityPods(): boolean {
    return this.affinityTotal > 0;
  }

  /** Whether any placed pod has a required pod anti-affinity. */
  hasRequiredAntiAffinityPods(): boolean {
    return this.requiredAntiTotal > 0;
  }

  /** Sets or deletes (pod undefined) one pod of a node, keeping the totals of pods with affinity terms. */
  private change(s: NodePods, key: string, pod: Pod | undefined): void {
    const a = s.affinityCount;
    const r = s.requiredAntiCount;
    if (pod) s.set(key, pod);
    else s.delete(key);
    this.affinityTotal += s.affinityCount - a;
    this.requiredAntiTotal += s.requiredAntiCount - r;
  }

  /** How many pods are placed on nodes. */
  get size(): number {
    return this.nodeOf.size;
  }

  /** Group a list of bound pods by spec.nodeName, in list order. */
  static of(pods: Iterable<Pod>): PodsByNode {
    const s = new PodsByNode();
    let i = 0;
    for (const p of pods) if (p.spec?.nodeName) s.set(String(i++), p);
    return s;
  }

  /** Adds or replaces a bound pod (its spec.nodeName says where). */
  set(key: string, pod: Pod): void {
    const node = pod.spec!.nodeName!;
    const was = this.nodeOf.get(key);
    // Most writes of a placed pod are status writes on the same node.
    if (was !== undefined && was.node === node) {
      this.change(was.pods, key, pod);
      return;
    }
    if (was !== undefined) this.delete(key);
    let s = this.nodes.get(node);
    if (!s) this.nodes.set(node, (s = new NodePods()));
    this.nodeOf.set(key, { node, pods: s });
    this.change(s, key, pod);
  }

  delete(key: string): void {
    const was = this.nodeOf.get(key);
    if (was === undefined) return;
    this.nodeOf.delete(key);
    this.change(was.pods, key, undefined);
  }

  /** The pods on a node, found by the node's scheduler view (one lookup per NodeInfo object). */
  on(node: { name: string }): NodePods {
    // Plugins ask for every node several times a cycle: the answer is also kept on the node's
    // view itself (hidden, for this cache only), which is quicker to read than the WeakMap.
    const slot = (node as { [PODS_SLOT]?: Slot })[PODS_SLOT];
    if (slot && slot.owner === this) return slot.pods;
    let s = this.byInfo.get(node);
    if (!s) {
      s = this.nodes.get(node.name);
      if (!s) this.nodes.set(node.name, (s = new NodePods()));
      this.byInfo.set(node, s);
    }
    if (slot) {
      slot.owner = this;
      slot.pods = s;
    } else if (Object.isExtensible(node)) {
      Object.defineProperty(node, PODS_SLOT, { value: { owner: this, pods: s }, enumerable: false, writable: false, configurable: true });
    }
    return s;
  }
}
