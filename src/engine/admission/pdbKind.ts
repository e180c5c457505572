import { invalid, type FieldError } from "./fieldErrors";
import { FieldPath } from "./fieldPath";
import { validateLabelSelector } from "./labelSelector";
import { nameIsDNSSubdomain } from "./names";
import { validateObjectMeta } from "./objectMeta";
import { goIntOrString, intOrPercentValue, validatePositiveIntOrPercent } from "./appsKinds";
import { notSupported } from "./fieldErrors";

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * ValidatePodDisruptionBudget (pkg/apis/policy/validation/validation.go): minAvailable and
 * maxUnavailable are exclusive, each a non-negative int or a percent of at most 100%, and the
 * selector is a valid label selector. The strategy's PrepareForCreate resets status.
 */
export function admitPodDisruptionBudget(pdb: Obj): FieldError[] {
  pdb.status = { disruptionsAllowed: 0, currentHealthy: 0, desiredHealthy: 0, expectedPods: 0 };
  const errs = validateObjectMeta(pdb.metadata ?? {}, true, nameIsDNSSubdomain, FieldPath.root("metadata"));
  const spec = (pdb.spec ?? {}) as Obj;
  const p = FieldPath.root("spec");
  if (spec.minAvailable !== undefined && spec.maxUnavailable !== undefined) {
    // Go prints the spec with %#v: its pointers as addresses, which podplay cannot reproduce.
    const ptr = (set: boolean, type: string) => (set ? `(*${type})(0xc000000000)` : `(*${type})(nil)`);
    const raw = `policy.PodDisruptionBudgetSpec{MinAvailable:${ptr(true, "intstr.IntOrString")}, Selector:${ptr(!!spec.selector, "v1.LabelSelector")}, MaxUnavailable:${ptr(true, "intstr.IntOrString")}, UnhealthyPodEvictionPolicy:${ptr(!!spec.unhealthyPodEvictionPolicy, "policy.UnhealthyPodEvictionPolicyType")}}`;
    errs.push(invalid(p, { raw }, "minAvailable and maxUnavailable cannot be both set"));
  }
  for (const f of ["minAvailable", "maxUnavailable"] as const) {
    const v = spec[f];
    if (v === undefined) continue;
    errs.push(...validatePositiveIntOrPercent(v, p.child(f)));
    if (typeof v === "string" && v.endsWith("%") && intOrPercentValue(v) > 100) errs.push(invalid(p.child(f), { raw: goIntOrString(v) }, "must not be greater than 100%"));
  }
  errs.push(...validateLabelSelector(spec.selector, p.child("selector")));
  const policy = spec.unhealthyPodEvictionPolicy;
  if (policy !== undefined && policy !== "IfHealthyBudget" && policy !== "AlwaysAllow") errs.push(notSupported(p.child("unhealthyPodEvictionPolicy"), policy, ["AlwaysAllow", "IfHealthyBudget"]));
  return errs;
}
