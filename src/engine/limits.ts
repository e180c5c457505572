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

/**
 * Most work one run may do: timer callbacks, plus trace entries, plus Clock.work (pods a
 * reconcile scanned, nodes a scheduling cycle looked at, KiB a script expanded). Time and memory
 * follow it closely on this machine; the benchmarks' largest run (10,000 pods on 100 nodes for
 * 10 minutes) uses about half of it (1.2 million). A run that reaches it stops early with a one-line reason
 * (SimulationResult.truncated) and keeps what it simulated so far.
 */
export const MAX_WORK = 2_500_000;

/** What one scheduling cycle adds to the run's work besides one unit per node it filters. */
export const SCHEDULING_WORK = 30;

/** What admitting one object applied by a scripted action adds to the run's work (it costs about as much as scanning 50 pods). */
export const ADMISSION_WORK = 50;

/** Most notes one run keeps (each once); a script of 100,000 actions on a missing pod would otherwise note each. */
export const MAX_NOTES = 1_000;

/** The refusal a pod create gets once MAX_PODS pods exist. */
export function podLimitMessage(name: string, max = MAX_PODS): string {
  return `pods ${JSON.stringify(name)} is forbidden: podplay limit: at most ${max.toLocaleString("en-US")} pods may exist at once in a simulation (see docs/limits.md)`;
}

/**
 * podplay limit (docs/limits.md): the most container log lines one run keeps, all containers
 * together (each line is an object the page holds); past it lines are dropped and the run notes
 * it once (logsLimit). One instance keeps at most MAX_LOG_LINES (kubelet/containerLog.ts).
 */
export const MAX_RUN_LOG_LINES = 200_000;
