/**
 * NodeResourcesFit. Filter: pod count + 1 must not exceed allocatable pods; cpu and memory
 * requests must fit into allocatable − Σ requests of the node's pods (actual requests, no
 * defaults). A pod requesting nothing only gets the pod-count check. A request larger than the
 * node's whole allocatable is UnschedulableAndUnresolvable (preemption cannot help).
 * Score (LeastAllocated, cpu and memory weight 1): per resource ((alloc − req) × 100) / alloc with
 * req = Σ non-zero requests of the node's pods + the pod's non-zero request (100m/200Mi for a
 * container with no request), then the weighted integer mean. No NormalizeScore.
 * Models: pkg/scheduler/framework/plugins/noderesources/fit.go, least_allocated.go,
 * resource_allocation.go.
 */
import { allocatableOf, podRequestsOf } from "./helpers";
import type { FilterPlugin, ScorePlugin, Status } from "./types";
import { MAX_NODE_SCORE } from "./types";

export const REASON_TOO_MANY_PODS = "Too many pods";

export const nodeResourcesFitFilter: FilterPlugin = {
  name: "NodeResourcesFit",
  preFilter: (c) => {
    const req = podRequestsOf(c.pod);
    return {
      filter: (node): Status | null => {
        const pods = c.podsOn.on(node);
        const tooMany = pods.size + 1 > node.allocatable.pods;
        if (req.milliCPU === 0 && req.memory === 0) return tooMany ? { code: "Unschedulable", reasons: [REASON_TOO_MANY_PODS] } : null;
        const used = pods.requested(false);
        const allocCPU = Math.round(node.allocatable.cpu * 1000);
        const allocMemory = Math.round(node.allocatable.memory);
        // The common case, checked without building anything: the pod fits.
        if (!tooMany && !(req.milliCPU > 0 && req.milliCPU > allocCPU - used.milliCPU) && !(req.memory > 0 && req.memory > allocMemory - used.memory)) return null;
        const alloc = allocatableOf(node);
        const reasons: string[] = [];
        let unresolvable = false;
        if (tooMany) reasons.push(REASON_TOO_MANY_PODS);
        if (req.milliCPU > 0 && req.milliCPU > alloc.milliCPU - used.milliCPU) {
          reasons.push("Insufficient cpu");
          if (req.milliCPU > alloc.milliCPU) unresolvable = true;
        }
        if (req.memory > 0 && req.memory > alloc.memory - used.memory) {
          reasons.push("Insufficient memory");
          if (req.memory > alloc.memory) unresolvable = true;
        }
        if (reasons.length === 0) return null;
        return { code: unresolvable ? "UnschedulableAndUnresolvable" : "Unschedulable", reasons };
      },
    };
  },
};

/** leastRequestedScore: ((capacity − requested) × 100) / capacity, 0 when over capacity. */
export function leastRequestedScore(requested: number, capacity: number): number {
  if (capacity === 0 || requested > capacity) return 0;
  return Math.floor(((capacity - requested) * MAX_NODE_SCORE) / capacity);
}

export const nodeResourcesFitScore: ScorePlugin = {
  name: "NodeResourcesFit",
  weight: 1,
  preScore: (c) => {
    const req = podRequestsOf(c.pod, true);
    return {
      score: (node) => {
        const used = c.podsOn.on(node).requested(true);
        const cpu = leastRequestedScore(used.milliCPU + req.milliCPU, Math.round(node.allocatable.cpu * 1000));
        const mem = leastRequestedScore(used.memory + req.memory, Math.round(node.allocatable.memory));
        return Math.floor((cpu * 1 + mem * 1) / 2);
      },
      // Its own loop (see ScoreState.scoreAll): the call to score is the same function every time.
      scoreAll(nodes, out) {
        for (let i = 0; i < nodes.length; i++) out[i] = this.score(nodes[i]);
      },
    };
  },
};
