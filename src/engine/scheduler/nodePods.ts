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
import { isTerminating, labelsOf, nsOf, selectorMatches, sumRequests, type Res, type Selector } from "./plugins/helpers";

/** The pods bound to one node, in binding order, with aggregates cached until the set changes. */
export class NodePods {
  private readonly byKey = new Map<string, Pod>();
  /** Bumped on every change; cached aggregates remember the version they were computed for. */
  private version = 0;
  private cachedList?: Pod[];
  private cachedVersion = -1;
  private requestedPlain?: Res;
  private requestedNonZero?: Res;
  private affinity?: Pod[];
  private requiredAnti?: Pod[];
  private ports?: HostPort[];
  private readonly matching = new Map<number, number>();

  /** A fixed set of pods (tests, preemption's dry run). */
  static of(pods: Iterable<Pod>): NodePods {
    const s = new NodePods();
    let i = 0;
    for (const p of pods) s.set(String(i++), p);
    return s;
  }

  set(key: string, pod: Pod): void {
    this.byKey.set(key, pod);
    this.version++;
  }

  delete(key: string): boolean {
    const had = this.byKey.delete(key);
    if (had) this.version++;
    return had;
  }

  get size(): number {
    return this.byKey.size;
  }

  /** The pods in binding order. Callers must not change the array. */
  get pods(): readonly Pod[] {
    this.fresh();
    return (this.cachedList ??= [...this.byKey.values()]);
  }

  /** Σ requests of the pods (resource.PodRequests; `nonZero` with the scheduler's defaults). */
  requested(nonZero: boolean): Res {
    this.fresh();
    if (nonZero) return (this.requestedNonZero ??= sumRequests(this.pods, true));
    return (this.requestedPlain ??= sumRequests(this.pods, false));
  }

  /** NodeInfo.PodsWithAffinity: pods with a podAffinity or podAntiAffinity. */
  get withAffinity(): readonly Pod[] {
    this.fresh();
    return (this.affinity ??= this.pods.filter((p) => p.spec?.affinity?.podAffinity || p.spec?.affinity?.podAntiAffinity));
  }

  /** NodeInfo.PodsWithRequiredAntiAffinity. */
  get withRequiredAntiAffinity(): readonly Pod[] {
    this.fresh();
    return (this.requiredAnti ??= this.pods.filter((p) => p.spec?.affinity?.podAntiAffinity?.requiredDuringSchedulingIgnoredDuringExecution));
  }

  /** NodeInfo.UsedPorts: the host ports of every pod. */
  get hostPorts(): readonly HostPort[] {
    this.fresh();
    return (this.ports ??= this.pods.flatMap(hostPortsOf));
  }

  /**
   * countPodsMatchSelector: pods in namespace `ns`, not terminating, whose labels match. `key`
   * names the selector and namespace (selectorKey) so the count is kept until the set changes.
   */
  countMatching(sel: Selector, ns: string, key: number): number {
    this.fresh();
    const hit = this.matching.get(key);
    if (hit !== undefined) return hit;
    let n = 0;
    for (const p of this.pods) if (!isTerminating(p) && nsOf(p) === ns && selectorMatches(sel, labelsOf(p))) n++;
    this.matching.set(key, n);
    return n;
  }

  private fresh(): void {
    if (this.cachedVersion === this.version) return;
    this.cachedVersion = this.version;
    this.cachedList = undefined;
    this.requestedPlain = undefined;
    this.requestedNonZero = undefined;
    this.affinity = undefined;
    this.requiredAnti = undefined;
    this.ports = undefined;
    this.matching.clear();
  }
}

const selectorIds = new Map<string, number>();

/** A small number naming a selector in a namespace, for NodePods.countMatching (equal selectors share it). */
export function selectorKey(sel: Selector, ns: string): number {
  const text = `${ns}\u0000${JSON.stringify(sel)}`;
  let id = selectorIds.get(text);
  if (id === undefined) selectorIds.set(text, (id = selectorIds.size));
  return id;
}

const EMPTY = new NodePods();

/** Bound pods by node name: the scheduler cache. Pods are keyed by namespace/name. */
export class PodsByNode {
  private readonly nodes = new Map<string, NodePods>();
  private readonly nodeOf = new Map<string, string>();

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
    if (was !== undefined && was !== node) this.delete(key);
    this.nodeOf.set(key, node);
    let s = this.nodes.get(node);
    if (!s) this.nodes.set(node, (s = new NodePods()));
    s.set(key, pod);
  }

  delete(key: string): void {
    const node = this.nodeOf.get(key);
    if (node === undefined) return;
    this.nodeOf.delete(key);
    this.nodes.get(node)?.delete(key);
  }

  /** The pods on a node (an empty set for a node with none). */
  on(node: string): NodePods {
    return this.nodes.get(node) ?? EMPTY;
  }
}
