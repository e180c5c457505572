/**
 * InterPodAffinity.
 * Filter, in this order: (1) the pod's required affinity terms — every term's topology key must be
 * on the node and some pod matching ALL terms must sit in that domain (unless no such pod exists
 * anywhere and the pod matches its own terms: the first pod of a group); (2) the pod's required
 * anti-affinity terms — no matching pod in the node's domain; (3) existing pods' required
 * anti-affinity terms that match the incoming pod.
 * Score: Σ over existing pods of ± weights of matching preferred terms in both directions (plus
 * hardPodAffinityWeight 1 for existing pods' required affinity terms matching the pod), per
 * topology domain; min-max normalized to 0..100. Skipped when nothing contributes.
 * Models: pkg/scheduler/framework/plugins/interpodaffinity/{filtering,scoring,plugin}.go,
 * scheduler/framework/types.go AffinityTerm.
 */
import type { PodAffinityTerm } from "kubernetes-types/core/v1";
import type { Pod } from "../../api/types";
import type { Selector } from "./helpers";
import { labelsOf, nsOf, selectorMatches, toSelector } from "./helpers";
import type { Cycle, FilterPlugin, NodeInfo, ScorePlugin } from "./types";
import { MAX_NODE_SCORE } from "./types";

export const ERR_REASON_AFFINITY_RULES = "node(s) didn't match pod affinity rules";
export const ERR_REASON_ANTI_AFFINITY_RULES = "node(s) didn't match pod anti-affinity rules";
export const ERR_REASON_EXISTING_ANTI_AFFINITY = "node(s) didn't satisfy existing pods anti-affinity rules";
export const HARD_POD_AFFINITY_WEIGHT = 1;

interface Term {
  topologyKey: string;
  selector: Selector;
  namespaces: Set<string>;
  nsSelector: Selector;
}

/** AffinityTerm from a v1 term of `owner`: no namespaces and no namespaceSelector → owner's namespace. */
function parseTerm(owner: Pod, t: PodAffinityTerm): Term {
  const namespaces = new Set(t.namespaces ?? []);
  if (namespaces.size === 0 && !t.namespaceSelector) namespaces.add(nsOf(owner));
  return { topologyKey: t.topologyKey, selector: toSelector(t.labelSelector), namespaces, nsSelector: toSelector(t.namespaceSelector) };
}

function termMatches(term: Term, pod: Pod, c: Cycle): boolean {
  const ns = nsOf(pod);
  const nsOk = term.namespaces.has(ns) || selectorMatches(term.nsSelector, c.opts.namespaceLabels?.[ns] ?? {});
  return nsOk && selectorMatches(term.selector, labelsOf(pod));
}

const key = (k: string, v: string): string => `${k}\u0000${v}`;

function addCount(m: Map<string, number>, k: string, v: string, d: number): void {
  m.set(key(k, v), (m.get(key(k, v)) ?? 0) + d);
}

const required = (p: Pod, kind: "podAffinity" | "podAntiAffinity"): Term[] =>
  (p.spec?.affinity?.[kind]?.requiredDuringSchedulingIgnoredDuringExecution ?? []).map((t) => parseTerm(p, t));
const preferred = (p: Pod, kind: "podAffinity" | "podAntiAffinity"): Array<{ term: Term; weight: number }> =>
  (p.spec?.affinity?.[kind]?.preferredDuringSchedulingIgnoredDuringExecution ?? []).map((w) => ({ term: parseTerm(p, w.podAffinityTerm), weight: w.weight }));

export const interPodAffinityFilter: FilterPlugin = {
  name: "InterPodAffinity",
  preFilter: (c) => {
    const pod = c.pod;
    const affinityTerms = required(pod, "podAffinity");
    const antiTerms = required(pod, "podAntiAffinity");
    const own = affinityTerms.length > 0 || antiTerms.length > 0;
    // Without terms of its own, only bound pods' required anti-affinity counts: none, nothing to do.
    if (!own && c.podsOn.hasRequiredAntiAffinityPods?.() === false) return {};
    const affinityCounts = new Map<string, number>();
    const antiCounts = new Map<string, number>();
    const existingAntiCounts = new Map<string, number>();
    for (const node of c.nodes) {
      // Like NodeInfo.PodsWithRequiredAntiAffinity: most pods have no affinity and are skipped cheaply.
      const on = c.podsOn.on(node);
      const list = own ? on.pods : on.withRequiredAntiAffinity;
      // An index loop: for-of here made an iterator per node and cycle.
      for (let j = 0; j < list.length; j++) {
        const existing = list[j];
        if (affinityTerms.length > 0 && affinityTerms.every((t) => termMatches(t, existing, c))) {
          for (const t of affinityTerms) if (t.topologyKey in node.labels) addCount(affinityCounts, t.topologyKey, node.labels[t.topologyKey], 1);
        }
        for (const t of antiTerms) if (termMatches(t, existing, c) && t.topologyKey in node.labels) addCount(antiCounts, t.topologyKey, node.labels[t.topologyKey], 1);
        for (const t of required(existing, "podAntiAffinity")) {
          if (termMatches(t, pod, c) && t.topologyKey in node.labels) addCount(existingAntiCounts, t.topologyKey, node.labels[t.topologyKey], 1);
        }
      }
    }
    if (affinityTerms.length === 0 && antiTerms.length === 0 && existingAntiCounts.size === 0) return {};
    const selfMatch = affinityTerms.every((t) => termMatches(t, pod, c));
    const satisfyAffinity = (node: NodeInfo): boolean => {
      let podsExist = true;
      for (const t of affinityTerms) {
        if (!(t.topologyKey in node.labels)) return false;
        if ((affinityCounts.get(key(t.topologyKey, node.labels[t.topologyKey])) ?? 0) <= 0) podsExist = false;
      }
      return podsExist || (affinityCounts.size === 0 && selfMatch);
    };
    const satisfyAnti = (node: NodeInfo): boolean =>
      !antiTerms.some((t) => t.topologyKey in node.labels && (antiCounts.get(key(t.topologyKey, node.labels[t.topologyKey])) ?? 0) > 0);
    const satisfyExisting = (node: NodeInfo): boolean => !Object.entries(node.labels).some(([k, v]) => (existingAntiCounts.get(key(k, v)) ?? 0) > 0);
    return {
      filter: (node) => {
        if (!satisfyAffinity(node)) return { code: "UnschedulableAndUnresolvable", reasons: [ERR_REASON_AFFINITY_RULES] };
        if (!satisfyAnti(node)) return { code: "Unschedulable", reasons: [ERR_REASON_ANTI_AFFINITY_RULES] };
        if (!satisfyExisting(node)) return { code: "Unschedulable", reasons: [ERR_REASON_EXISTING_ANTI_AFFINITY] };
        return null;
      },
    };
  },
};

export const interPodAffinityScore: ScorePlugin = {
  name: "InterPodAffinity",
  weight: 2,
  preScore: (c) => {
    const pod = c.pod;
    const prefAff = preferred(pod, "podAffinity");
    const prefAnti = preferred(pod, "podAntiAffinity");
    const own = prefAff.length > 0 || prefAnti.length > 0;
    // Without terms of its own, only bound pods' affinity terms score: none, the plugin is skipped.
    if (!own && c.podsOn.hasAffinityPods?.() === false) return null;
    const topo = new Map<string, number>();
    const add = (node: NodeInfo, t: Term, w: number): void => {
      if (t.topologyKey in node.labels) addCount(topo, t.topologyKey, node.labels[t.topologyKey], w);
    };
    for (const node of c.nodes) {
      // Like NodeInfo.PodsWithAffinity: only pods with affinity terms can contribute.
      const on = c.podsOn.on(node);
      const list = own ? on.pods : on.withAffinity;
      for (let j = 0; j < list.length; j++) {
        const existing = list[j];
        for (const { term, weight } of prefAff) if (termMatches(term, existing, c)) add(node, term, weight);
        for (const { term, weight } of prefAnti) if (termMatches(term, existing, c)) add(node, term, -weight);
        for (const t of required(existing, "podAffinity")) if (termMatches(t, pod, c)) add(node, t, HARD_POD_AFFINITY_WEIGHT);
        for (const { term, weight } of preferred(existing, "podAffinity")) if (termMatches(term, pod, c)) add(node, term, weight);
        for (const { term, weight } of preferred(existing, "podAntiAffinity")) if (termMatches(term, pod, c)) add(node, term, -weight);
      }
    }
    if (topo.size === 0) return null;
    return {
      score: (node) => Object.entries(node.labels).reduce((s, [k, v]) => s + (topo.get(key(k, v)) ?? 0), 0),
      normalize: (scores) => {
        let min = Number.MAX_SAFE_INTEGER;
        let max = Number.MIN_SAFE_INTEGER;
        for (const s of scores) {
          min = Math.min(min, s.score);
          max = Math.max(max, s.score);
        }
        const diff = max - min;
        for (const s of scores) s.score = diff > 0 ? Math.trunc(MAX_NODE_SCORE * ((s.score - min) / diff)) : 0;
      },
    };
  },
};
