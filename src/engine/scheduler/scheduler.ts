import type { Pod } from "../api/types";
import { parseQuantity } from "../printers/quantity";

export interface SchedNode {
  name: string;
  allocatable: { cpu: number; memory: number; pods: number };
  unschedulable?: boolean;
  taints?: Array<{ key: string; value?: string; effect: string }>;
  labels?: Record<string, string>;
}

export type Decision = { node: string } | { message: string; reasons: string[] };

/** Sum of a pod's requests as the scheduler counts them: max(sum of regular, each init) plus overhead. Models: pkg/api/v1/resource PodRequests. */
export function podRequests(pod: Pod): { cpu: number; memory: number } {
  const get = (r: Record<string, unknown> | undefined, k: string) => {
    const v = r?.[k];
    return v === undefined ? 0 : parseQuantity(String(v));
  };
  let cpu = 0;
  let memory = 0;
  for (const c of pod.spec?.containers ?? []) {
    cpu += get(c.resources?.requests, "cpu");
    memory += get(c.resources?.requests, "memory");
  }
  // Sidecars run alongside the regular containers; regular init containers run alone.
  let sideCpu = 0;
  let sideMem = 0;
  let initCpu = 0;
  let initMem = 0;
  for (const c of pod.spec?.initContainers ?? []) {
    const rc = get(c.resources?.requests, "cpu");
    const rm = get(c.resources?.requests, "memory");
    if (c.restartPolicy === "Always") {
      sideCpu += rc;
      sideMem += rm;
    } else {
      initCpu = Math.max(initCpu, sideCpu + rc);
      initMem = Math.max(initMem, sideMem + rm);
    }
  }
  return { cpu: Math.max(cpu + sideCpu, initCpu), memory: Math.max(memory + sideMem, initMem) };
}

/**
 * The default scheduler's filters that matter on a small cluster (NodeUnschedulable, NodeName,
 * NodeResourcesFit) and its "0/N nodes are available" message. Scoring among several feasible
 * nodes arrives with the cluster issue; until then the first feasible node in name order wins.
 * Models: pkg/scheduler/framework/plugins/noderesources/fit.go, schedule_one.go FitError.Error.
 */
export function schedule(pod: Pod, nodes: SchedNode[], used: Map<string, { cpu: number; memory: number; pods: number }>): Decision {
  const req = podRequests(pod);
  const counts = new Map<string, number>();
  const add = (r: string) => counts.set(r, (counts.get(r) ?? 0) + 1);
  const feasible: string[] = [];
  for (const n of [...nodes].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (pod.spec?.nodeName && pod.spec.nodeName !== n.name) {
      add("node(s) didn't match Pod's node affinity/selector");
      continue;
    }
    if (n.unschedulable) {
      add("node(s) were unschedulable");
      continue;
    }
    const untolerated = (n.taints ?? []).find(
      (t) => (t.effect === "NoSchedule" || t.effect === "NoExecute") && !(pod.spec?.tolerations ?? []).some((tol) => (tol.key ? tol.key === t.key : tol.operator === "Exists") && (!tol.effect || tol.effect === t.effect) && (tol.operator === "Exists" || (tol.value ?? "") === (t.value ?? ""))),
    );
    if (untolerated) {
      add(`node(s) had untolerated taint {${untolerated.key}: ${untolerated.value ?? ""}}`);
      continue;
    }
    const u = used.get(n.name) ?? { cpu: 0, memory: 0, pods: 0 };
    const reasons: string[] = [];
    if (u.pods + 1 > n.allocatable.pods) reasons.push("Too many pods");
    if (req.cpu > 0 && u.cpu + req.cpu > n.allocatable.cpu + 1e-9) reasons.push("Insufficient cpu");
    if (req.memory > 0 && u.memory + req.memory > n.allocatable.memory) reasons.push("Insufficient memory");
    if (reasons.length) reasons.forEach(add);
    else feasible.push(n.name);
  }
  if (feasible.length) return { node: feasible[0] };
  const reasons = [...counts.entries()].map(([r, n]) => `${n} ${r}`).sort();
  const total = nodes.length;
  const message =
    `0/${total} nodes are available: ${reasons.join(", ")}. ` +
    `preemption: 0/${total} nodes are available: ${total} No preemption victims found for incoming pod.`;
  return { message, reasons };
}
