import type { Toleration } from "kubernetes-types/core/v1";
import type { Container, Diagnostic, ObjectMeta, Pod, PodSpec } from "../api/types";
import type { SourceDoc } from "../input/yamlDocuments";
import { jsonEqual } from "../api/patch";
import { invalidDiagnostic } from "./apiErrors";
import { dropDisabledPodFields, featureGates } from "./featureGates";
import { errorText, forbidden, invalid, required, type FieldError } from "./fieldErrors";
import { FieldPath } from "./fieldPath";
import { kubeSchema } from "./fieldSchema";
import { sortMapKeys } from "./mapOrder";
import { inclusiveRangeError } from "./names";
import { validateAnnotations, validateLabels, validateKubeFinalizerName } from "./objectMeta";
import { setPodDefaults } from "./podDefaults";
import { validatePodMetadataAndSpec, validateTolerations, type PodValidationOptions } from "./podValidation";
import { decode, issueDiagnostic } from "./strictDecode";

type Obj = Record<string, unknown>;

/** The fields a pod update may change, in the order of updatablePodSpecFields (pkg/apis/core/validation/validation.go, v1.34). */
export const UPDATABLE_POD_SPEC_FIELDS = [
  "`spec.containers[*].image`",
  "`spec.initContainers[*].image`",
  "`spec.activeDeadlineSeconds`",
  "`spec.tolerations` (only additions to existing tolerations)",
  "`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)",
] as const;

/** The first line of the Forbidden error of a pod update that changes anything else. */
export const POD_UPDATE_FORBIDDEN = `pod updates may not change fields other than ${UPDATABLE_POD_SPEC_FIELDS.join(",")}`;

const MAX_INT32 = 2147483647;

/**
 * ValidatePodUpdate (pkg/apis/core/validation/validation.go, v1.34): the metadata update rules,
 * the new pod as a whole, then what may change: containers and init containers keep their number
 * and have an image; activeDeadlineSeconds may be set or lowered, never unset or raised;
 * tolerations may only be added to (an existing one may change its tolerationSeconds);
 * scheduling gates may only be removed; a gated pod's nodeSelector may only gain entries; with
 * those fields taken from the old pod, the specs must be equal.
 *
 * The Forbidden error's text ends, upstream, with go-cmp's Diff of the internal PodSpec, whose
 * output go-cmp keeps unstable on purpose (it randomly swaps spaces). podplay ends it instead with
 * one line per changed field: `- path: old value` and `+ path: new value`, as JSON.
 * Gated pods' node affinity additions are not modelled: any node affinity change is forbidden.
 * Identical errors are reported once, as the API server's aggregate does.
 */
export function validatePodUpdate(newPod: Pod, oldPod: Pod, opts: PodValidationOptions): FieldError[] {
  const meta = FieldPath.root("metadata");
  const specPath = FieldPath.root("spec");
  const errs = validateObjectMetaUpdate(newPod.metadata ?? {}, oldPod.metadata ?? {}, meta);
  errs.push(...validatePodMetadataAndSpec(newPod, opts));
  const ns = newPod.spec ?? ({} as PodSpec);
  const os = oldPod.spec ?? ({} as PodSpec);
  const done = () => dedupe(errs);

  for (const [key, path] of [
    ["containers", specPath.child("containers")],
    ["initContainers", specPath.child("initContainers")],
  ] as const) {
    const { errs: cErrs, stop } = validateContainerUpdates(ns[key] ?? [], os[key] ?? [], path);
    errs.push(...cErrs);
    if (stop) return done();
  }

  const ads = ns.activeDeadlineSeconds;
  if (ads !== undefined && ads !== null) {
    if (ads < 0 || ads > MAX_INT32) {
      errs.push(invalid(specPath.child("activeDeadlineSeconds"), ads, inclusiveRangeError(0, MAX_INT32)));
      return done();
    }
    if (os.activeDeadlineSeconds !== undefined && os.activeDeadlineSeconds !== null && os.activeDeadlineSeconds < ads) {
      errs.push(invalid(specPath.child("activeDeadlineSeconds"), ads, "must be less than or equal to previous value"));
      return done();
    }
  } else if (os.activeDeadlineSeconds !== undefined && os.activeDeadlineSeconds !== null) {
    errs.push(invalid(specPath.child("activeDeadlineSeconds"), null, "must not update from a positive integer to nil value"));
  }

  errs.push(...validateOnlyAddedTolerations(ns.tolerations ?? [], os.tolerations ?? [], specPath.child("tolerations")));
  errs.push(...validateOnlyDeletedSchedulingGates(ns.schedulingGates ?? [], os.schedulingGates ?? [], specPath.child("schedulingGates")));

  if (jsonEqual(ns, os)) return done();

  const munged = JSON.parse(JSON.stringify(ns)) as PodSpec & Obj;
  munged.containers = (munged.containers ?? []).map((c, i) => ({ ...c, image: os.containers?.[i]?.image }));
  if (munged.initContainers) munged.initContainers = munged.initContainers.map((c, i) => ({ ...c, image: os.initContainers?.[i]?.image }));
  setOrDelete(munged, "activeDeadlineSeconds", os.activeDeadlineSeconds);
  setOrDelete(munged, "schedulingGates", os.schedulingGates);
  setOrDelete(munged, "tolerations", os.tolerations);
  if ((os.terminationGracePeriodSeconds ?? 0) < 0 && munged.terminationGracePeriodSeconds === 1) munged.terminationGracePeriodSeconds = os.terminationGracePeriodSeconds;
  if ((os.schedulingGates ?? []).length > 0 && !jsonEqual(munged.nodeSelector, os.nodeSelector)) {
    const added = munged.nodeSelector ?? {};
    const old = os.nodeSelector ?? {};
    if (Object.entries(old).some(([k, v]) => added[k] !== v)) {
      errs.push(invalid(specPath.child("nodeSelector"), { raw: JSON.stringify(added) }, "only additions to spec.nodeSelector are allowed (no mutations or deletions)"));
    }
    setOrDelete(munged, "nodeSelector", os.nodeSelector);
  }
  if (!jsonEqual(munged, os)) errs.push(forbidden(specPath, `${POD_UPDATE_FORBIDDEN}\n${specDiff(os, munged)}`));
  return done();
}

function setOrDelete(o: Obj, key: string, value: unknown): void {
  if (value === undefined || value === null) delete o[key];
  else o[key] = JSON.parse(JSON.stringify(value));
}

/**
 * ValidateObjectMetaUpdate: core's (pkg/apis/core/validation) over apimachinery's
 * (pkg/api/validation/objectmeta.go). A pod being deleted gains no finalizer; name, namespace and
 * uid do not change; labels and annotations are valid; each finalizer has a standard or qualified
 * name. The API server's own fields (resourceVersion, creationTimestamp, deletionTimestamp,
 * generation) are the stored object's in podplay, so their checks never fire.
 */
export function validateObjectMetaUpdate(newMeta: ObjectMeta, oldMeta: ObjectMeta, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  if (oldMeta.deletionTimestamp) {
    const old = new Set(oldMeta.finalizers ?? []);
    const extra = [...new Set((newMeta.finalizers ?? []).filter((f) => !old.has(f)))].sort();
    if (extra.length) errs.push(forbidden(path.child("finalizers"), `no new finalizers can be added if the object is being deleted, found new finalizers []string{${extra.map((f) => JSON.stringify(f)).join(", ")}}`));
  }
  for (const k of ["name", "namespace", "uid"] as const) {
    if ((newMeta[k] ?? "") !== (oldMeta[k] ?? "")) errs.push(invalid(path.child(k), newMeta[k] ?? "", "field is immutable"));
  }
  errs.push(...validateLabels(newMeta.labels, path.child("labels")));
  errs.push(...validateAnnotations(newMeta.annotations, path.child("annotations")));
  (newMeta.finalizers ?? []).forEach((f, i) => errs.push(...validateKubeFinalizerName(f, path.child("finalizers").index(i))));
  return errs;
}

/** ValidateContainerUpdates: the same number of containers, each with an image without surrounding whitespace. */
function validateContainerUpdates(next: Container[], old: Container[], path: FieldPath): { errs: FieldError[]; stop: boolean } {
  if (next.length !== old.length) return { errs: [forbidden(path, "pod updates may not add or remove containers")], stop: true };
  const errs: FieldError[] = [];
  next.forEach((c, i) => {
    const image = c.image ?? "";
    if (!image) errs.push(required(path.index(i).child("image")));
    if (image.trim().length !== image.length) errs.push(invalid(path.index(i).child("image"), image, "must not have leading or trailing whitespace"));
  });
  return { errs, stop: false };
}

/** validateOnlyAddedTolerations: every old toleration is still there (its tolerationSeconds may change), then the new list is valid. */
function validateOnlyAddedTolerations(next: Toleration[], old: Toleration[], path: FieldPath): FieldError[] {
  const strip = (t: Toleration) => {
    const c: Toleration = { ...t };
    delete c.tolerationSeconds;
    return c;
  };
  for (const o of old) {
    if (!next.some((n) => jsonEqual(strip(o), strip(n)))) return [forbidden(path, "existing toleration can not be modified except its tolerationSeconds")];
  }
  return next.length ? validateTolerations(next, path) : [];
}

/** validateOnlyDeletedSchedulingGates: a gate the old pod lacks is an addition. */
function validateOnlyDeletedSchedulingGates(next: Array<{ name: string }>, old: Array<{ name: string }>, path: FieldPath): FieldError[] {
  if (!next.length) return [];
  const had = new Set(old.map((g) => g.name));
  return next.flatMap((g, i) => (had.has(g.name) ? [] : [forbidden(path.index(i).child("name"), `only deletion is allowed, but found new scheduling gate '${g.name}'`)]));
}

function dedupe(errs: FieldError[]): FieldError[] {
  const seen = new Set<string>();
  return errs.filter((e) => {
    const t = errorText(e);
    if (seen.has(t)) return false;
    seen.add(t);
    return true;
  });
}

/** The fields that differ between two specs, `-` the old value and `+` the new one, in path order. */
export function specDiff(old: unknown, next: unknown): string {
  const lines: string[] = [];
  const walk = (a: unknown, b: unknown, path: string) => {
    if (jsonEqual(a, b)) return;
    const bothObj = a !== null && b !== null && typeof a === "object" && typeof b === "object" && Array.isArray(a) === Array.isArray(b);
    if (bothObj && !(Array.isArray(a) && (a as unknown[]).length !== (b as unknown[]).length)) {
      const keys = Array.isArray(a) ? a.map((_, i) => i) : [...new Set([...Object.keys(a as Obj), ...Object.keys(b as Obj)])].sort();
      for (const k of keys) walk((a as Obj)[k as string], (b as Obj)[k as string], typeof k === "number" ? `${path}[${k}]` : `${path}.${k}`);
      return;
    }
    if (a !== undefined) lines.push(`- ${path}: ${JSON.stringify(a)}`);
    if (b !== undefined) lines.push(`+ ${path}: ${JSON.stringify(b)}`);
  };
  walk(old, next, "spec");
  return lines.join("\n");
}

export interface PodUpdateOptions {
  featureGates?: Record<string, boolean>;
  /** Where errors are shown: the applied document, or the action that changed the pod. */
  doc: SourceDoc;
}

/**
 * An update (PUT or PATCH) of a pod with `candidate`, the whole new object, against the stored
 * `live` one, in the API server's order: strict decoding; the system fields are the stored
 * object's; v1 defaulting; the pod strategy's PrepareForUpdate (the status is the stored one,
 * disabled fields dropped, metadata.generation bumped when the spec changes: KEP-5067);
 * ValidatePodUpdate. No admission plugin changes a pod on update (LimitRanger skips pod updates).
 * Models: pkg/registry/core/pod/strategy.go (PrepareForUpdate, ValidateUpdate).
 */
export function admitPodUpdate(candidate: unknown, live: Pod, opts: PodUpdateOptions): { object?: Pod; errors: Diagnostic[] } {
  const schema = kubeSchema("Pod");
  const decoded = decode(candidate, schema);
  if (decoded.issues.length) return { errors: decoded.issues.map((i) => issueDiagnostic(i, opts.doc, "Pod", "v1")) };
  const pod = decoded.value as Pod & Obj;
  const meta = (pod.metadata ??= {}) as ObjectMeta & Obj;
  const lm = (live.metadata ?? {}) as ObjectMeta & Obj;
  for (const k of ["resourceVersion", "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds", "generation", "managedFields", "selfLink"]) {
    if (lm[k] === undefined) delete meta[k];
    else meta[k] = lm[k];
  }
  meta.namespace ||= lm.namespace;
  pod.apiVersion = "v1";
  pod.kind = "Pod";
  setPodDefaults(pod);
  const spec = pod.spec as PodSpec & Obj;
  // The v1 conversion keeps the deprecated serviceAccount in step with serviceAccountName.
  if (spec.serviceAccountName) spec.serviceAccount = spec.serviceAccountName;
  const gates = featureGates(opts.featureGates);
  dropDisabledPodFields(pod, gates);
  (pod as Obj).status = live.status;
  const errs = validatePodUpdate(pod, live, { restartRules: gates("ContainerRestartRules") });
  if (errs.length) return { errors: errs.map((e) => invalidDiagnostic(opts.doc, "Pod", lm.name ?? "", e)) };
  if (!jsonEqual(pod.spec, live.spec) && typeof lm.generation === "number") (meta as Obj).generation = lm.generation + 1;
  sortMapKeys(pod, schema);
  return { object: pod, errors: [] };
}
