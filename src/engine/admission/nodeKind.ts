import { invalid, notSupported, required, duplicate, type FieldError } from "./fieldErrors";
import { FieldPath } from "./fieldPath";
import { isQualifiedName, isValidLabelValue, nameIsDNSSubdomain } from "./names";
import { validateObjectMeta } from "./objectMeta";
import { parseQuantity } from "./quantity";
import { validateResourceQuantityValue } from "./resources";

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const TAINT_EFFECTS = ["NoExecute", "NoSchedule", "PreferNoSchedule"];

/**
 * ValidateNode (pkg/apis/core/validation/validation.go) for what a Node document can carry here:
 * a DNS-subdomain name, taints (qualified key, label-value value, a known effect, unique by key and
 * effect: validateNodeTaints) and non-negative capacity/allocatable quantities.
 * The node strategy keeps status on create (the kubelet registers its node with it), so a Node
 * document's status.capacity is the machine the simulated kubelet reports.
 */
export function validateNode(node: Obj): FieldError[] {
  const errs = validateObjectMeta(node.metadata ?? {}, false, nameIsDNSSubdomain, FieldPath.root("metadata"));
  const taintsPath = FieldPath.root("spec", "taints");
  const seen = new Set<string>();
  ((node.spec?.taints ?? []) as Obj[]).forEach((t, i) => {
    const p = taintsPath.index(i);
    for (const msg of isQualifiedName(t.key ?? "")) errs.push(invalid(p.child("key"), t.key ?? "", msg));
    if (t.value) for (const msg of isValidLabelValue(t.value)) errs.push(invalid(p.child("value"), t.value, msg));
    if (!t.effect) errs.push(required(p.child("effect"), ""));
    else if (!TAINT_EFFECTS.includes(t.effect)) errs.push(notSupported(p.child("effect"), t.effect, TAINT_EFFECTS));
    const k = `${t.key}:${t.effect}`;
    if (seen.has(k)) errs.push({ ...duplicate(p, { raw: `core.Taint{Key:"${t.key}", Value:"${t.value ?? ""}", Effect:"${t.effect}", TimeAdded:<nil>}` }), detail: "taints must be unique by key and effect pair" });
    seen.add(k);
  });
  for (const field of ["capacity", "allocatable"] as const) {
    const list = (node.status?.[field] ?? {}) as Record<string, string>;
    for (const [name, value] of Object.entries(list)) errs.push(...validateResourceQuantityValue(name, parseQuantity(String(value)), FieldPath.root("status", field).key(name)));
  }
  return errs;
}
