/**
 * NodeAffinity. PreFilter: when every required term pins `metadata.name` with In, only those nodes
 * are evaluated; the others read "node(s) didn't satisfy plugin(s) [NodeAffinity]". Filter:
 * spec.nodeSelector and the required terms (ORed; expressions ANDed). Score: Σ weights of matching
 * preferred terms, normalized by the maximum; skipped when the pod has no preferred terms.
 * Models: pkg/scheduler/framework/plugins/nodeaffinity/node_affinity.go,
 * component-helpers/scheduling/corev1/nodeaffinity.
 */
import type { NodeSelectorTerm } from "kubernetes-types/core/v1";
import { defaultNormalizeScore, nodeSelectorTermMatches, requiredNodeAffinityMatches } from "./helpers";
import type { FilterPlugin, ScorePlugin } from "./types";

export const ERR_REASON_POD_AFFINITY = "node(s) didn't match Pod's node affinity/selector";

/** The node names a term restricts the pod to through matchFields metadata.name In, or undefined. */
function termNodeNames(term: NodeSelectorTerm): Set<string> | undefined {
  let names: Set<string> | undefined;
  for (const f of term.matchFields ?? []) {
    if (f.key !== "metadata.name" || f.operator !== "In") continue;
    const vals = new Set(f.values ?? []);
    names = names ? new Set([...names].filter((n) => vals.has(n))) : vals;
  }
  return names;
}

export const nodeAffinityFilter: FilterPlugin = {
  name: "NodeAffinity",
  preFilter: (c) => {
    const terms = c.pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms ?? [];
    let nodeNames: Set<string> | undefined;
    if (terms.length > 0) {
      const perTerm = terms.map(termNodeNames);
      if (perTerm.every((s) => s !== undefined)) nodeNames = new Set(perTerm.flatMap((s) => [...(s as Set<string>)]));
    }
    return {
      nodeNames,
      filter: (node) => (requiredNodeAffinityMatches(c.pod, node) ? null : { code: "UnschedulableAndUnresolvable", reasons: [ERR_REASON_POD_AFFINITY] }),
    };
  },
};

export const nodeAffinityScore: ScorePlugin = {
  name: "NodeAffinity",
  weight: 2,
  preScore: (c) => {
    const preferred = c.pod.spec?.affinity?.nodeAffinity?.preferredDuringSchedulingIgnoredDuringExecution ?? [];
    if (preferred.length === 0) return null;
    return {
      score: (node) => preferred.reduce((s, t) => (t.weight !== 0 && nodeSelectorTermMatches(t.preference, node) ? s + t.weight : s), 0),
      normalize: (scores) => defaultNormalizeScore(scores, false),
    };
  },
};
