import type { LimitRange, Pod } from "../api/types";
import { FieldPath } from "./fieldPath";
import { goFixed6 } from "./goText";
import { MAX_MILLI_VALUE, Quantity, parseQuantity } from "./quantity";
import { hasOwn, setOwn } from "../util/ownMap";

/**
 * The LimitRanger admission plugin (plugin/pkg/admission/limitranger/admission.go) for Pods: its
 * mutating half fills defaults from the namespace's LimitRanges, its validating half (which runs
 * after validation) enforces min, max and maxLimitRequestRatio.
 */

type Container = NonNullable<Pod["spec"]>["containers"][number];
type ResourceList = Record<string, string>;

/**
 * PodMutateLimitFunc for each LimitRange in turn: a Container item's `default` fills missing limits
 * and its `defaultRequest` missing requests, and the pod is annotated with what was set. A later
 * LimitRange's annotation replaces an earlier one's, as in Go.
 */
export function limitRangerMutate(pod: Pod, ranges: readonly LimitRange[]): void {
  for (const range of ranges) {
    const defaults = { limits: {} as ResourceList, requests: {} as ResourceList };
    for (const item of range.spec?.limits ?? []) {
      if (item.type !== "Container") continue;
      Object.assign(defaults.requests, item.defaultRequest ?? {});
      Object.assign(defaults.limits, item.default ?? {});
    }
    const notes: string[] = [];
    for (const c of pod.spec?.containers ?? []) notes.push(...mergeContainer(c, defaults, "container"));
    for (const c of pod.spec?.initContainers ?? []) notes.push(...mergeContainer(c, defaults, "init container"));
    if (notes.length) {
      pod.metadata ??= {};
      pod.metadata.annotations = { ...pod.metadata.annotations, "kubernetes.io/limit-ranger": "LimitRanger plugin set: " + notes.join("; ") };
    }
  }
}

function mergeContainer(c: Container, defaults: { limits: ResourceList; requests: ResourceList }, prefix: string): string[] {
  c.resources ??= {};
  const limits = (c.resources.limits ??= {}) as ResourceList;
  const requests = (c.resources.requests ??= {}) as ResourceList;
  const setLimits: string[] = [];
  const setRequests: string[] = [];
  for (const [k, v] of Object.entries(defaults.limits)) {
    if (!hasOwn(limits, k)) {
      setOwn(limits, k, v);
      setLimits.push(k);
    }
  }
  for (const [k, v] of Object.entries(defaults.requests)) {
    if (!hasOwn(requests, k)) {
      setOwn(requests, k, v);
      setRequests.push(k);
    }
  }
  const notes: string[] = [];
  if (setRequests.length) notes.push(`${setRequests.sort().join(", ")} request for ${prefix} ${c.name}`);
  if (setLimits.length) notes.push(`${setLimits.sort().join(", ")} limit for ${prefix} ${c.name}`);
  return notes;
}

export interface LimitViolation {
  /** The error text after `pods "name" is forbidden: `. */
  message: string;
  /** Where in the pod the offending value is. */
  path: FieldPath;
}

/**
 * PodValidateLimitFunc. The plugin stops at the first LimitRange that the pod violates and reports
 * every violation of that one.
 */
export function limitRangerValidate(pod: Pod, ranges: readonly LimitRange[]): LimitViolation[] {
  for (const range of ranges) {
    const out: LimitViolation[] = [];
    for (const item of range.spec?.limits ?? []) {
      const type = item.type;
      if (type === "Container") {
        for (const [list, name] of [
          [pod.spec?.containers, "containers"],
          [pod.spec?.initContainers, "initContainers"],
        ] as const) {
          (list ?? []).forEach((c, i) => {
            const at = FieldPath.root("spec", name).index(i).child("resources");
            const req = (c.resources?.requests ?? {}) as ResourceList;
            const lim = (c.resources?.limits ?? {}) as ResourceList;
            out.push(...checkItem(item, type, req, lim, at));
          });
        }
      } else if (type === "Pod") {
        out.push(...checkItem(item, type, podTotals(pod, "requests"), podTotals(pod, "limits"), FieldPath.root("spec")));
      }
    }
    if (out.length) return out;
  }
  return [];
}

type Item = NonNullable<LimitRange["spec"]>["limits"][number];

function checkItem(item: Item, type: string, req: ResourceList, lim: ResourceList, at: FieldPath): LimitViolation[] {
  const out: LimitViolation[] = [];
  const where = (which: "requests" | "limits", r: string) => (at.toString() === "spec" ? at : at.child(which).key(r));
  for (const [r, v] of Object.entries(item.min ?? {})) {
    const e = minConstraint(type, r, parseQuantity(String(v)), req, lim);
    if (e) out.push({ message: e.message, path: where(e.which, r) });
  }
  for (const [r, v] of Object.entries(item.max ?? {})) {
    const e = maxConstraint(type, r, parseQuantity(String(v)), req, lim);
    if (e) out.push({ message: e.message, path: where(e.which, r) });
  }
  for (const [r, v] of Object.entries(item.maxLimitRequestRatio ?? {})) {
    const e = ratioConstraint(type, r, parseQuantity(String(v)), req, lim);
    if (e) out.push({ message: e.message, path: where(e.which, r) });
  }
  return out;
}

/** requestLimitEnforcedValues: milli precision when nothing overflows, else whole units. */
function enforcedValues(req: Quantity, lim: Quantity, enforced: Quantity): [bigint, bigint, bigint] {
  const whole: [bigint, bigint, bigint] = [req.value(), lim.value(), enforced.value()];
  if (whole.every((v) => v <= MAX_MILLI_VALUE)) return [req.milliValue(), lim.milliValue(), enforced.milliValue()];
  return whole;
}

const zero = () => Quantity.zero();
const get = (rl: ResourceList, r: string) => (hasOwn(rl, r) ? parseQuantity(String(rl[r])) : undefined);

function minConstraint(type: string, r: string, enforced: Quantity, request: ResourceList, limit: ResourceList) {
  const req = get(request, r);
  const lim = get(limit, r);
  const [reqV, limV, enfV] = enforcedValues(req ?? zero(), lim ?? zero(), enforced);
  if (!req) return { which: "requests" as const, message: `minimum ${r} usage per ${type} is ${enforced}.  No request is specified` };
  if (reqV < enfV) return { which: "requests" as const, message: `minimum ${r} usage per ${type} is ${enforced}, but request is ${req}` };
  if (lim && limV < enfV) return { which: "limits" as const, message: `minimum ${r} usage per ${type} is ${enforced}, but limit is ${lim}` };
  return undefined;
}

function maxConstraint(type: string, r: string, enforced: Quantity, request: ResourceList, limit: ResourceList) {
  const req = get(request, r);
  const lim = get(limit, r);
  const [reqV, limV, enfV] = enforcedValues(req ?? zero(), lim ?? zero(), enforced);
  if (!lim) return { which: "limits" as const, message: `maximum ${r} usage per ${type} is ${enforced}.  No limit is specified` };
  if (limV > enfV) return { which: "limits" as const, message: `maximum ${r} usage per ${type} is ${enforced}, but limit is ${lim}` };
  if (req && reqV > enfV) return { which: "requests" as const, message: `maximum ${r} usage per ${type} is ${enforced}, but request is ${req}` };
  return undefined;
}

function ratioConstraint(type: string, r: string, enforced: Quantity, request: ResourceList, limit: ResourceList) {
  const req = get(request, r);
  const lim = get(limit, r);
  const [reqV, limV] = enforcedValues(req ?? zero(), lim ?? zero(), enforced);
  if (!req || reqV === 0n) {
    return { which: "requests" as const, message: `${r} max limit to request ratio per ${type} is ${enforced}, but no request is specified or request is 0` };
  }
  if (!lim || limV === 0n) {
    return { which: "limits" as const, message: `${r} max limit to request ratio per ${type} is ${enforced}, but no limit is specified or limit is 0` };
  }
  let observed = Number(limV) / Number(reqV);
  const display = observed;
  let max = Number(enforced.value());
  if (enforced.value() <= MAX_MILLI_VALUE) {
    observed *= 1000;
    max = Number(enforced.milliValue());
  }
  if (observed > max) {
    return { which: "limits" as const, message: `${r} max limit to request ratio per ${type} is ${enforced}, but provided ratio is ${goFixed6(display)}` };
  }
  return undefined;
}

/**
 * podRequests / podLimits of the plugin: regular containers and sidecars add up; a plain init
 * container (plus the sidecars started before it) only has to fit on its own, so the pod needs
 * the larger of the two.
 */
function podTotals(pod: Pod, which: "requests" | "limits"): ResourceList {
  const total = new Map<string, Quantity>();
  const addTo = (m: Map<string, Quantity>, rl: Record<string, unknown> | undefined) => {
    for (const [k, v] of Object.entries(rl ?? {})) {
      const q = parseQuantity(String(v));
      const prev = m.get(k);
      m.set(k, prev ? prev.add(q) : q);
    }
  };
  for (const c of pod.spec?.containers ?? []) addTo(total, c.resources?.[which]);
  const sidecars = new Map<string, Quantity>();
  const initMax = new Map<string, Quantity>();
  for (const c of pod.spec?.initContainers ?? []) {
    let own: Map<string, Quantity>;
    if (c.restartPolicy === "Always") {
      addTo(total, c.resources?.[which]);
      addTo(sidecars, c.resources?.[which]);
      own = sidecars;
    } else {
      own = new Map();
      addTo(own, c.resources?.[which]);
      addTo(own, Object.fromEntries([...sidecars].map(([k, q]) => [k, q.toString()])));
    }
    for (const [k, q] of own) if (!initMax.has(k) || q.cmp(initMax.get(k)!) > 0) initMax.set(k, q);
  }
  for (const [k, q] of initMax) if (!total.has(k) || q.cmp(total.get(k)!) > 0) total.set(k, q);
  return Object.fromEntries([...total].map(([k, q]) => [k, q.toString()]));
}
