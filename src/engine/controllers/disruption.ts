import type { Pod } from "../api/types";
import type { KubeObject } from "../api/store";
import { scaledValue } from "./intOrPercent";
import { isPodReady, labelsMatch } from "./pods";

/** What the disruption controller would have in a PodDisruptionBudget's status right now. */
export interface BudgetStatus {
  expectedPods: number;
  desiredHealthy: number;
  currentHealthy: number;
  disruptionsAllowed: number;
}

type Owner = (namespace: string, ref: { kind: string; name: string }) => KubeObject | undefined;


/**
 * The budget's status as pkg/controller/disruption/disruption.go computes it: the pods its
 * selector matches (an empty selector matches every pod of the namespace, policy/v1), healthy =
 * Ready and not being deleted (countHealthyPods); expected = the number of matched pods for an
 * integer minAvailable, else the summed scale of their controllers (getExpectedScale: a
 * ReplicaSet owned by a Deployment counts as the Deployment); disruptionsAllowed = healthy −
 * desired, never negative. podplay computes it when an eviction asks, where the real controller
 * keeps it up to date asynchronously; the eviction subresource's own decrement makes the two agree.
 */
export function budgetStatus(pdb: KubeObject, pods: readonly Pod[], owner: Owner): BudgetStatus {
  const ns = pdb.metadata.namespace ?? "default";
  const sel = pdb.spec?.selector;
  const matched = pods.filter((p) => (p.metadata?.namespace ?? "default") === ns && labelsMatch(sel, p.metadata?.labels));
  const expectedScale = () => {
    const seen = new Map<string, number>();
    for (const p of matched) {
      const ref = p.metadata?.ownerReferences?.find((o) => o.controller);
      if (!ref) continue;
      let ctl = owner(ns, ref);
      const parent = ctl?.metadata.ownerReferences?.find((o: { controller?: boolean }) => o.controller);
      if (ctl && ref.kind === "ReplicaSet" && parent?.kind === "Deployment") ctl = owner(ns, parent) ?? ctl;
      if (ctl) seen.set(`${ctl.kind}/${ctl.metadata.name}`, ctl.spec?.replicas ?? 1);
    }
    return [...seen.values()].reduce((a, b) => a + b, 0);
  };
  let expected = 0;
  let desired = 0;
  if (pdb.spec?.maxUnavailable !== undefined) {
    expected = expectedScale();
    desired = Math.max(0, expected - scaledValue(pdb.spec.maxUnavailable, expected, true));
  } else if (typeof pdb.spec?.minAvailable === "number") {
    expected = matched.length;
    desired = pdb.spec.minAvailable;
  } else if (pdb.spec?.minAvailable !== undefined) {
    expected = expectedScale();
    desired = scaledValue(pdb.spec.minAvailable, expected, true);
  }
  const healthy = matched.filter((p) => !p.metadata?.deletionTimestamp && isPodReady(p)).length;
  return { expectedPods: expected, desiredHealthy: desired, currentHealthy: healthy, disruptionsAllowed: Math.max(0, healthy - desired) };
}

export type EvictionVerdict = { allowed: true } | { allowed: false; code: 429 | 500; message: string; cause?: string };

export const PDB_VIOLATION = "Cannot evict pod as it would violate the pod's disruption budget.";

/**
 * The eviction subresource's decision (pkg/registry/core/pod/storage/eviction.go): pods that are
 * terminal, Pending or already being deleted are deleted without looking at budgets; a pod under
 * more than one budget is refused; a not-ready pod under an IfHealthyBudget budget (the default)
 * may go when the budget is already met, under AlwaysAllow always; otherwise the budget must allow
 * a disruption, or the answer is 429 TooManyRequests with the budget's numbers as the cause.
 */
export function evictionVerdict(pod: Pod, pdbs: readonly KubeObject[], pods: readonly Pod[], owner: Owner): EvictionVerdict {
  const phase = pod.status?.phase;
  if (pod.metadata?.deletionTimestamp || phase === "Succeeded" || phase === "Failed" || phase === "Pending") return { allowed: true };
  const ns = pod.metadata?.namespace ?? "default";
  const mine = pdbs.filter((b) => (b.metadata.namespace ?? "default") === ns && labelsMatch(b.spec?.selector, pod.metadata?.labels));
  if (!mine.length) return { allowed: true };
  if (mine.length > 1) return { allowed: false, code: 500, message: "This pod has more than one PodDisruptionBudget, which the eviction subresource does not support." };
  const pdb = mine[0];
  const s = budgetStatus(pdb, pods, owner);
  if (!isPodReady(pod)) {
    if (pdb.spec?.unhealthyPodEvictionPolicy === "AlwaysAllow") return { allowed: true };
    if (s.currentHealthy >= s.desiredHealthy && s.desiredHealthy > 0) return { allowed: true };
  }
  if (s.disruptionsAllowed > 0) return { allowed: true };
  return { allowed: false, code: 429, message: PDB_VIOLATION, cause: `The disruption budget ${pdb.metadata.name} needs ${s.desiredHealthy} healthy pods and has ${s.currentHealthy} currently` };
}
