/**
 * TaintToleration. Filter: the first NoSchedule/NoExecute taint (in the node's order) that no
 * toleration tolerates rejects the node. Score: the number of PreferNoSchedule taints not tolerated
 * by the pod's PreferNoSchedule (or effect-less) tolerations, reverse-normalized (fewer is better).
 * Models: pkg/scheduler/framework/plugins/tainttoleration/taint_toleration.go.
 */
import { defaultNormalizeScore, findUntoleratedTaint, tolerationsTolerate } from "./helpers";
import type { FilterPlugin, ScorePlugin, Taint } from "./types";

/** The reason before PR #134740 (v1.25–v1.34.1): names the first untolerated taint. */
export const keyedTaintReason = (t: Taint): string => `node(s) had untolerated taint {${t.key}: ${t.value ?? ""}}`;
/** The reason after PR #134740 (later v1.34 patches and v1.35+): no key or value in pod status. */
export const GENERIC_TAINT_REASON = "node(s) had untolerated taint(s)";

const FILTERED_EFFECTS: Taint["effect"][] = ["NoSchedule", "NoExecute"];

export const taintTolerationFilter: FilterPlugin = {
  name: "TaintToleration",
  preFilter: (c) => ({
    filter: (node) => {
      if (node.taints.length === 0) return null;
      const t = findUntoleratedTaint(node.taints, c.pod.spec?.tolerations, FILTERED_EFFECTS);
      if (!t) return null;
      const reason = c.opts.taintReason === "generic" ? GENERIC_TAINT_REASON : keyedTaintReason(t);
      return { code: "UnschedulableAndUnresolvable", reasons: [reason] };
    },
  }),
};

export const taintTolerationScore: ScorePlugin = {
  name: "TaintToleration",
  weight: 3,
  preScore: (c) => {
    const tols = (c.pod.spec?.tolerations ?? []).filter((t) => !t.effect || t.effect === "PreferNoSchedule");
    return {
      score: (node) => {
        let n = 0;
        for (const t of node.taints) if (t.effect === "PreferNoSchedule" && !tolerationsTolerate(tols, t)) n++;
        return n;
      },
      // Its own loop (see ScoreState.scoreAll): the call to score is the same function every time.
      scoreAll(nodes, out) {
        for (let i = 0; i < nodes.length; i++) out[i] = this.score(nodes[i]);
      },
      normalize: (scores) => defaultNormalizeScore(scores, true),
    };
  },
};
