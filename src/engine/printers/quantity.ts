/**
 * Just enough of resource.Quantity for the printers: numeric value of a quantity string and
 * the QoS class kubectl shows when status.qosClass is absent.
 */
import type { Pod, ResourceRequirements } from "../api/types";

const BINARY: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };
const DECIMAL: Record<string, number> = { n: 1e-9, u: 1e-6, m: 1e-3, "": 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18 };

/** The quantity in base units (cores, bytes); NaN if it does not parse. */
export function parseQuantity(q: string | number | undefined): number {
  if (q === undefined) return NaN;
  if (typeof q === "number") return q;
  // A run parses the same few strings over and over (every pod's requests, every node's capacity).
  const hit = parsed.get(q);
  if (hit !== undefined) return hit;
  const v = parseQuantityText(q);
  if (parsed.size < 10_000) parsed.set(q, v);
  return v;
}

const parsed = new Map<string, number>();

function parseQuantityText(q: string): number {
  const m = /^([+-]?(?:\d+\.?\d*|\.\d+))(?:([eE][+-]?\d+)|(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E)?)$/.exec(q.trim());
  if (!m) return NaN;
  const [, num, exp, suffix = ""] = m;
  const base = Number(num);
  if (exp) return base * 10 ** Number(exp.slice(1));
  return base * (BINARY[suffix] ?? DECIMAL[suffix]);
}

/** Compare in milli-units so that sums of CPU strings like "100m" compare exactly. */
const milli = (q: string | number | undefined): number => Math.round(parseQuantity(q) * 1000);

const QOS_RESOURCES = ["cpu", "memory"];

/** kubectl's qos.GetPodQOS: status.qosClass if set, else ComputePodQOS over all containers. */
export function podQOSClass(pod: Pod): string {
  if (pod.status?.qosClass) return pod.status.qosClass;
  const requests = new Map<string, number>();
  const limits = new Map<string, number>();
  let isGuaranteed = true;
  const containers = [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])];
  const add = (into: Map<string, number>, name: string, value: number): void => {
    into.set(name, (into.get(name) ?? 0) + value);
  };
  for (const c of containers) {
    const res: ResourceRequirements = c.resources ?? {};
    for (const [name, q] of Object.entries(res.requests ?? {})) {
      if (QOS_RESOURCES.includes(name) && milli(q) > 0) add(requests, name, milli(q));
    }
    const limitsFound = new Set<string>();
    for (const [name, q] of Object.entries(res.limits ?? {})) {
      if (QOS_RESOURCES.includes(name) && milli(q) > 0) {
        limitsFound.add(name);
        add(limits, name, milli(q));
      }
    }
    if (!limitsFound.has("memory") || !limitsFound.has("cpu")) isGuaranteed = false;
  }
  if (requests.size === 0 && limits.size === 0) return "BestEffort";
  if (isGuaranteed) {
    for (const [name, req] of requests) {
      if (limits.get(name) !== req) {
        isGuaranteed = false;
        break;
      }
    }
  }
  return isGuaranteed && requests.size === limits.size ? "Guaranteed" : "Burstable";
}
