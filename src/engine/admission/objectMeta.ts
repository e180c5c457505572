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
  (meta.finalizers ?? []).forEach((f, i) => errs.push(...validateFinalizerName(f, path.child("finalizers").index(i))));
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

function validateFinalizerName(name: string, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  for (const msg of isQualifiedName(name)) errs.push(invalid(path, name, msg));
  if (!name.includes("/") && !STANDARD_FINALIZERS.has(name)) {
    errs.push(invalid(path, name, "name is neither a standard finalizer name nor is it fully qualified"));
  }
  return errs;
}
