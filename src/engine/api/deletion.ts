import type { Pod } from "./types";
import { fromTimestamp, toTimestamp } from "./time";

/**
 * What one DELETE of a pod does to the stored object, as the API server decides it:
 * - `delete`: the object leaves storage now;
 * - `update`: it is written back with its deletionTimestamp and deletionGracePeriodSeconds (a
 *   graceful deletion, or finalizers that keep it);
 * - `pending`: a graceful deletion with an equal or shorter grace is already under way, nothing
 *   changes.
 */
export type PodDeleteOutcome = { kind: "delete" } | { kind: "update"; object: Pod } | { kind: "pending" };

/**
 * A DELETE of a pod with an optional grace period (DeleteOptions.gracePeriodSeconds), at simulated
 * time `now`. Models, in this order:
 * - rest.BeforeDelete (staging/src/k8s.io/apiserver/pkg/registry/rest/delete.go): a pod already
 *   being deleted may only have its grace shortened (the deletionTimestamp moves back by the
 *   difference); with a grace of 0 or none it is deleted at once; otherwise the deletion is pending.
 *   A first deletion sets deletionTimestamp = now + grace, deletionGracePeriodSeconds = grace and
 *   bumps metadata.generation;
 * - podStrategy.CheckGracefulDelete (pkg/registry/core/pod/strategy.go): the grace is the request's,
 *   else spec.terminationGracePeriodSeconds; 0 for a pod that is not scheduled or already
 *   Succeeded/Failed;
 * - Store.Delete / updateForGracefulDeletionAndFinalizers / markAsDeleting
 *   (staging/src/k8s.io/apiserver/pkg/registry/generic/registry/store.go): a pod with finalizers is
 *   never deleted by a DELETE, it keeps (or gets) its deletionTimestamp with a grace of 0 once the
 *   grace is exhausted; without finalizers a grace of 0 deletes it.
 */
export function podDelete(pod: Pod, gracePeriodSeconds: number | undefined, now: number, epochMs: number): PodDeleteOutcome {
  const meta = pod.metadata ?? {};
  const finalizers = (meta.finalizers ?? []).length > 0;
  if (meta.deletionTimestamp) {
    const current = meta.deletionGracePeriodSeconds;
    if (current === undefined || current === null || current === 0) {
      if (!finalizers) return { kind: "delete" };
      // markAsDeleting: the timestamp only moves back to now, the grace becomes 0.
      const ts = fromTimestamp(meta.deletionTimestamp, epochMs) > now ? toTimestamp(now, epochMs) : meta.deletionTimestamp;
      if (ts === meta.deletionTimestamp && current === 0) return { kind: "pending" };
      return { kind: "update", object: { ...pod, metadata: { ...meta, deletionTimestamp: ts, deletionGracePeriodSeconds: 0 } } };
    }
    if (gracePeriodSeconds === undefined || gracePeriodSeconds >= current) return { kind: "pending" };
    const ts = toTimestamp(fromTimestamp(meta.deletionTimestamp, epochMs) - current + gracePeriodSeconds, epochMs);
    const object = { ...pod, metadata: { ...meta, deletionTimestamp: ts, deletionGracePeriodSeconds: gracePeriodSeconds } };
    if (finalizers || gracePeriodSeconds > 0) return { kind: "update", object };
    return { kind: "delete" };
  }
  let period = gracePeriodSeconds ?? pod.spec?.terminationGracePeriodSeconds ?? 0;
  if (!pod.spec?.nodeName) period = 0;
  const phase = pod.status?.phase;
  if (phase === "Failed" || phase === "Succeeded") period = 0;
  if (period < 0) period = 1;
  if (!finalizers && period === 0) return { kind: "delete" };
  const generation = meta.generation !== undefined && meta.generation > 0 ? { generation: meta.generation + 1 } : {};
  return { kind: "update", object: { ...pod, metadata: { ...meta, ...generation, deletionTimestamp: toTimestamp(now + period, epochMs), deletionGracePeriodSeconds: period } } };
}

/**
 * Whether an update of an object deletes it instead: the new object has no finalizers, and the
 * stored one is being deleted with no grace left (deletionGracePeriodSeconds 0 or unset), which
 * only an object kept by finalizers can be. Models: ShouldDeleteDuringUpdate in
 * staging/src/k8s.io/apiserver/pkg/registry/generic/registry/store.go.
 */
export function deletesOnUpdate(old: { metadata?: { deletionTimestamp?: string; deletionGracePeriodSeconds?: number; finalizers?: string[] } }, next: { metadata?: { finalizers?: string[] } }): boolean {
  const o = old.metadata ?? {};
  if ((next.metadata?.finalizers ?? []).length > 0) return false;
  if (!o.deletionTimestamp) return false;
  return o.deletionGracePeriodSeconds === undefined || o.deletionGracePeriodSeconds === null || o.deletionGracePeriodSeconds === 0;
}
