import type { Namespace } from "../api/types";
import { invalid, type FieldError } from "./fieldErrors";
import { FieldPath } from "./fieldPath";
import { isQualifiedName, nameIsDNSLabel } from "./names";
import { validateObjectMeta } from "./objectMeta";

/**
 * SetDefaults_Namespace (the kubernetes.io/metadata.name label) and the namespace strategy's
 * PrepareForCreate: status Active and the "kubernetes" finalizer, which the API server adds itself.
 */
export function setNamespaceDefaults(ns: Namespace): void {
  const name = ns.metadata?.name;
  if (name) {
    ns.metadata!.labels = { ...ns.metadata!.labels, "kubernetes.io/metadata.name": name };
  }
  const finalizers = ns.spec?.finalizers ?? [];
  ns.spec = { ...ns.spec, finalizers: finalizers.includes("kubernetes") ? finalizers : [...finalizers, "kubernetes"] };
  ns.status = { phase: "Active" };
}

/** ValidateNamespace: a DNS-1123 label name; namespaces are cluster-scoped. */
export function validateNamespace(ns: Namespace): FieldError[] {
  const errs = validateObjectMeta(ns.metadata ?? {}, false, nameIsDNSLabel, FieldPath.root("metadata"));
  (ns.spec?.finalizers ?? []).forEach((f) => {
    const p = FieldPath.root("spec", "finalizers");
    for (const msg of isQualifiedName(f)) errs.push(invalid(p, f, msg));
    if (!f.includes("/") && f !== "kubernetes") errs.push(invalid(p, f, "name is neither a standard finalizer name nor is it fully qualified"));
  });
  return errs;
}
