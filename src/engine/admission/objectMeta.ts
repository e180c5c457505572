import type { ObjectMeta } from "../api/types";
import { forbidden, invalid, required, tooLong, type FieldError } from "./fieldErrors";
import type { FieldPath } from "./fieldPath";
import { isQualifiedName, isValidLabelValue, nameIsDNSLabel } from "./names";

export type NameFn = (name: string, prefix: boolean) => string[];

const TOTAL_ANNOTATION_SIZE_LIMIT_B = 256 * 1024;
const STANDARD_FINALIZERS = new Set(["kubernetes", "orphan", "foregroundDeletion"]);

/**
 * ValidateObjectMeta (apimachinery/pkg/api/validation/objectmeta.go, plus the core finalizer-name
 * check of pkg/apis/core/validation). Run after generateName has produced the name.
 */
export function validateObjectMeta(meta: ObjectMeta, requiresNamespace: boolean, nameFn: NameFn, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  if (meta.generateName) {
    for (const msg of nameFn(meta.generateName, true)) errs.push(invalid(path.child("generateName"), meta.generateName, msg));
  }
  if (!meta.name) errs.push(required(path.child("name"), "name or generateName is required"));
  else for (const msg of nameFn(meta.name, false)) errs.push(invalid(path.child("name"), meta.name, msg));
  if (requiresNamespace) {
    if (!meta.namespace) errs.push(required(path.child("namespace")));
    else for (const msg of nameIsDNSLabel(meta.namespace, false)) errs.push(invalid(path.child("namespace"), meta.namespace, msg));
  } else if (meta.namespace) {
    errs.push(forbidden(path.child("namespace"), "not allowed on this type"));
  }
  if (meta.generation !== undefined && meta.generation < 0) errs.push(invalid(path.child("generation"), meta.generation, "must be greater than or equal to 0"));
  errs.push(...validateLabels(meta.labels, path.child("labels")));
  errs.push(...validateAnnotations(meta.annotations, path.child("annotations")));
  errs.push(...validateFinalizers(meta.finalizers ?? [], path.child("finalizers")));
  // pkg/apis/core/validation ValidateObjectMeta: then the core check of each finalizer's name.
  (meta.finalizers ?? []).forEach((f, i) => errs.push(...validateKubeFinalizerName(f, path.child("finalizers").index(i))));
  return errs;
}

/**
 * apimachinery ValidateFinalizers (pkg/api/validation/objectmeta.go): each name is a qualified
 * name (errors at the list's path, not the item's), and orphan and foregroundDeletion exclude
 * each other. Names under kubernetes.io/ are not reserved here: the API server accepts any
 * qualified name on a Pod (the custom-resource warning about unqualified names is not sent for
 * built-in kinds).
 */
export function validateFinalizers(finalizers: readonly string[], path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  for (const f of finalizers) for (const msg of isQualifiedName(f)) errs.push(invalid(path, f, msg));
  if (finalizers.includes("orphan") && finalizers.includes("foregroundDeletion")) {
    errs.push(invalid(path, { raw: `[]string{${finalizers.map((f) => JSON.stringify(f)).join(", ")}}` }, "finalizer orphan and foregroundDeletion cannot be both set"));
  }
  return errs;
}

/** metav1 validation ValidateLabels: errors name the map (`metadata.labels`), not the key. */
export function validateLabels(labels: Record<string, string> | undefined, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  for (const [k, v] of Object.entries(labels ?? {})) {
    for (const msg of isQualifiedName(k)) errs.push(invalid(path, k, msg));
    for (const msg of isValidLabelValue(v)) errs.push(invalid(path, v, msg));
  }
  return errs;
}

export function validateAnnotations(annotations: Record<string, string> | undefined, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  let size = 0;
  for (const [k, v] of Object.entries(annotations ?? {})) {
    // qualified names, except that case does not matter
    for (const msg of isQualifiedName(k.toLowerCase())) errs.push(invalid(path, k, msg));
    size += k.length + v.length;
  }
  if (size > TOTAL_ANNOTATION_SIZE_LIMIT_B) errs.push(tooLong(path, TOTAL_ANNOTATION_SIZE_LIMIT_B));
  return errs;
}

/** validateKubeFinalizerName (pkg/apis/core/validation/validation.go): a name without a "/" must be a standard one. */
export function validateKubeFinalizerName(name: string, path: FieldPath): FieldError[] {
  if (name.split("/").length === 1 && !STANDARD_FINALIZERS.has(name)) return [invalid(path, name, "name is neither a standard finalizer name nor is it fully qualified")];
  return [];
}
