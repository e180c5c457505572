/**
 * NodeResourcesBalancedAllocation: favours nodes whose cpu and memory fractions stay close.
 * f = min(1, (Σ actual requests on the node + the pod's actual request) / allocatable) per
 * resource; with two resources std = |f_cpu − f_mem| / 2; score = int((1 − std) × 100).
 * Skipped (PreScore Skip) for a pod whose cpu and memory requests are all zero (issue #129138).
 * Models: pkg/scheduler/framework/plugins/noderesources/balanced_allocation.go.
 */
import { podRequestsOf } from "./helpers";
import type { ScorePlugin } from "./types";
import { MAX_NODE_SCORE } from "./types";

/** balancedResourceScorer over parallel arrays of requested and allocatable amounts. */
export function balancedResourceScore(requested: number[], allocatable: number[]): number {
  const fractions: number[] = [];
  let total = 0;
  for (let i = 0; i < requested.length; i++) {
    if (allocatable[i] === 0) continue;
    const f = Math.min(1, requested[i] / allocatable[i]);
    total += f;
    fractions.push(f);
  }
  let std = 0;
  if (fractions.length === 2) std = Math.abs((fractions[0] - fractions[1]) / 2);
  else if (fractions.length > 2) {
    const mean = total / fractions.length;
    std = Math.sqrt(fractions.reduce((s, f) => s + (f - mean) * (f - mean), 0) / fractions.length);
  }
  return Math.trunc((1 - std) * MAX_NODE_SCORE);
}

/** balancedResourceScore for cpu and memory, without building arrays (the same arithmetic). */
export function balancedResourceScore2(cpuRequested: number, cpuAllocatable: number, memRequested: number, memAllocatable: number): number {
  let std = 0;
  if (cpuAllocatable !== 0 && memAllocatable !== 0) {
    const f0 = Math.min(1, cpuRequested / cpuAllocatable);
    const f1 = Math.min(1, memRequested / memAllocatable);
    std = Math.abs((f0 - f1) / 2);
  }
  return Math.trunc((1 - std) * MAX_NODE_SCORE);
}

export const nodeResourcesBalancedAllocation: ScorePlugin = {
  name: "NodeResourcesBalancedAllocation",
  weight: 1,
  preScore: (c) => {
    const req = podRequestsOf(c.pod, false);
    if (req.milliCPU === 0 && req.memory === 0) return null;
    return {
      score: (node) => {
        const used = c.podsOn.on(node).requested(false);
        return balancedResourceScore2(used.milliCPU + req.milliCPU, Math.round(node.allocatable.cpu * 1000), used.memory + req.memory, Math.round(node.allocatable.memory));
      },
      // Its own loop (see ScoreState.scoreAll): the call to score is the same function every time.
      scoreAll(nodes, out) {
        for (let i = 0; i < nodes.length; i++) out[i] = this.score(nodes[i]);
      },
    };
  },
};
