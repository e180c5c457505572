/**
 * podplay's own limits on what one run may create, where the API server has none (docs/limits.md
 * lists every limit and its message). They keep any input to a bounded time and memory: a real
 * cluster is bounded by its nodes, quotas and etcd; a simulation in a browser tab needs its own.
 */

/**
 * Most pods that may exist at once in one run. 10,000 pods (100 nodes of 100) is the largest
 * scale the benchmarks cover; creating that many takes a few seconds. A create past it is refused
 * the way a ResourceQuota refuses one: `pods "x" is forbidden: …`, so controllers report
 * FailedCreate and stop that reconcile, as their slow-start batches stop at the first error.
 */
export const MAX_PODS = 10_000;

/** The refusal a pod create gets once MAX_PODS pods exist. */
export function podLimitMessage(name: string, max = MAX_PODS): string {
  return `pods ${JSON.stringify(name)} is forbidden: podplay limit: at most ${max.toLocaleString("en-US")} pods may exist at once in a simulation (see docs/limits.md)`;
}
