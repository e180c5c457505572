import type { Pod } from "../api/types";
import { parseQuantity, type Quantity } from "./quantity";

type QOSClass = "Guaranteed" | "Burstable" | "BestEffort";

/**
 * ComputePodQOS (pkg/apis/core/helper/qos/qos.go), as the pod strategy's PrepareForCreate runs it
 * on the admitted pod. Requests and limits are summed over all containers, init containers too;
 * Guaranteed needs every container to set cpu and memory limits and the summed requests to equal
 * the summed limits. With PodLevelResources (on in v1.34), a pod-level `resources` decides instead.
 */
export function computePodQOS(pod: Pod): QOSClass {
  const requests = new Map<string, Quantity>();
  const limits = new Map<string, Quantity>();
  let guaranteed = true;
  const add = (into: Map<string, Quantity>, rl: Record<string, unknown> | undefined): Set<string> => {
    const found = new Set<string>();
    for (const [name, text] of Object.entries(rl ?? {})) {
      if (name !== "cpu" && name !== "memory") continue;
      const q = parseQuantity(String(text));
      if (q.sign() <= 0) continue;
      found.add(name);
      const prev = into.get(name);
      into.set(name, prev ? q.add(prev) : q);
    }
    return found;
  };
  const podResources = (pod.spec as { resources?: { requests?: Record<string, unknown>; limits?: Record<string, unknown> } } | undefined)?.resources;
  if (podResources) {
    add(requests, podResources.requests);
    const found = add(limits, podResources.limits);
    if (!found.has("cpu") || !found.has("memory")) guaranteed = false;
  } else {
    for (const c of [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])]) {
      add(requests, c.resources?.requests);
      const found = add(limits, c.resources?.limits);
      if (!found.has("cpu") || !found.has("memory")) guaranteed = false;
    }
  }
  if (requests.size === 0 && limits.size === 0) return "BestEffort";
  if (guaranteed) {
    for (const [name, req] of requests) {
      const lim = limits.get(name);
      if (!lim || lim.cmp(req) !== 0) {
        guaranteed = false;
        break;
      }
    }
  }
  return guaranteed && requests.size === limits.size ? "Guaranteed" : "Burstable";
}
