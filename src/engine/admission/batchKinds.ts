import type { Job, JobSpec } from "kubernetes-types/batch/v1";
import type { PodTemplateSpec } from "kubernetes-types/core/v1";
import type { Diagnostic, Pod } from "../api/types";
import { invalidDiagnostic, plainDiagnostic } from "./apiErrors";
import { deterministicSuffix } from "./deterministic";
import { dropDisabledPodFields } from "./featureGates";
import { invalid, notSupported, required, type FieldError } from "./fieldErrors";
import { FieldPath } from "./fieldPath";
import { goQuote } from "./goText";
import type { KindContext, KindOutcome } from "./kinds";
import { goLabelSelector, goStringMap, labelSelectorAsSelector, validateLabelSelector } from "./labelSelector";
import { isDNS1123Label, nameIsDNSSubdomain } from "./names";
import { validateObjectMeta } from "./objectMeta";
import { setPodSpecDefaults } from "./podDefaults";
import { validatePodTemplateSpec, type PodValidationOptions } from "./podValidation";
import { podWarnings } from "./podWarnings";

type Obj = Record<string, unknown>;

/** The labels the API server puts on a Job's pod template (pkg/apis/batch/types.go). */
export const JOB_NAME_LABEL = "batch.kubernetes.io/job-name";
export const CONTROLLER_UID_LABEL = "batch.kubernetes.io/controller-uid";
export const LEGACY_JOB_NAME_LABEL = "job-name";
export const LEGACY_CONTROLLER_UID_LABEL = "controller-uid";

const NONNEGATIVE = "must be greater than or equal to 0";
/** apivalidation.ValidateNonnegativeField. */
const nonNegative = (v: number | undefined, path: FieldPath): FieldError[] => (v !== undefined && v < 0 ? [invalid(path, v, NONNEGATIVE)] : []);

/**
 * SetDefaults_Job (pkg/apis/batch/v1/defaults.go) as v1.34 runs it, then the template's pod spec
 * defaults (SetObjectDefaults_Job runs SetDefaults_PodSpec, not SetDefaults_Pod). The copy of the
 * template labels into empty Job labels is done later, in admitJob: the defaulter runs again on
 * every read from etcd, by when the template carries the generated labels, so that is what a
 * client sees.
 */
export function setJobDefaults(job: Job): void {
  const spec = (job.spec ??= {} as JobSpec);
  if (spec.completions === undefined && spec.parallelism === undefined) {
    spec.completions = 1;
    spec.parallelism = 1;
  }
  spec.parallelism ??= 1;
  // A backoffLimitPerIndex job defaults backoffLimit to MaxInt32.
  spec.backoffLimit ??= spec.backoffLimitPerIndex !== undefined ? 2147483647 : 6;
  spec.completionMode ??= "NonIndexed";
  spec.suspend ??= false;
  for (const rule of spec.podFailurePolicy?.rules ?? []) for (const p of rule.onPodConditions ?? []) if (!p.status) p.status = "True";
  // JobPodReplacementPolicy is GA in v1.34.
  spec.podReplacementPolicy ??= spec.podFailurePolicy ? "Failed" : "TerminatingOrFailed";
  spec.manualSelector ??= false;
  const template = (spec.template ??= {} as PodTemplateSpec) as Obj;
  setPodSpecDefaults((template.spec ??= {}) as Obj);
}

/**
 * generateSelector (pkg/registry/batch/job/strategy.go): the legacy and prefixed job-name and
 * controller-uid labels on the template, unless already there, and `controller-uid` in the selector.
 */
export function generateJobSelector(job: Job): void {
  const spec = job.spec!;
  const template = spec.template;
  const labels = ((template.metadata ??= {}).labels ??= {});
  const name = job.metadata?.name ?? "";
  const uid = job.metadata?.uid ?? "";
  for (const k of [LEGACY_JOB_NAME_LABEL, JOB_NAME_LABEL]) if (!(k in labels)) labels[k] = name;
  for (const k of [LEGACY_CONTROLLER_UID_LABEL, CONTROLLER_UID_LABEL]) if (!(k in labels)) labels[k] = uid;
  const sel = (spec.selector ??= {});
  const ml = (sel.matchLabels ??= {});
  if (!(CONTROLLER_UID_LABEL in ml)) ml[CONTROLLER_UID_LABEL] = uid;
}

/** apivalidation.ValidateHasLabel. */
function validateHasLabel(labels: Record<string, string> | undefined, path: FieldPath, key: string, expected: string): FieldError[] {
  const p = path.child("labels").key(key);
  if (!labels || !(key in labels)) return [required(p, expected)];
  if (labels[key] !== expected) return [invalid(p, { raw: goStringMap(labels) }, `must be '${expected}'`)];
  return [];
}

/** validateGeneratedSelector (pkg/apis/batch/validation/validation.go), with RequirePrefixedLabels on create. */
function validateGeneratedSelector(job: Job): FieldError[] {
  const spec = job.spec!;
  if (spec.manualSelector || !spec.selector) return [];
  const errs: FieldError[] = [];
  const uid = job.metadata?.uid ?? "";
  const name = job.metadata?.name ?? "";
  if (!uid) errs.push(required(FieldPath.root("metadata", "uid")));
  const tmeta = FieldPath.root("spec", "template", "metadata");
  const labels = spec.template.metadata?.labels;
  errs.push(...validateHasLabel(labels, tmeta, LEGACY_CONTROLLER_UID_LABEL, uid));
  errs.push(...validateHasLabel(labels, tmeta, LEGACY_JOB_NAME_LABEL, name));
  errs.push(...validateHasLabel(labels, tmeta, CONTROLLER_UID_LABEL, uid));
  errs.push(...validateHasLabel(labels, tmeta, JOB_NAME_LABEL, name));
  const expected = { [CONTROLLER_UID_LABEL]: uid, [JOB_NAME_LABEL]: name, [LEGACY_CONTROLLER_UID_LABEL]: uid, [LEGACY_JOB_NAME_LABEL]: name };
  const selector = labelSelectorAsSelector(spec.selector);
  if (selector && !selector.matches(expected)) errs.push(invalid(FieldPath.root("spec", "selector"), { raw: goLabelSelector(spec.selector) }, "`selector` not auto-generated"));
  return errs;
}

/** validateJobSpec: counts, completion mode, replacement policy, the template and its restartPolicy. */
function validateJobSpecFields(spec: JobSpec, path: FieldPath, opts: PodValidationOptions): FieldError[] {
  const errs: FieldError[] = [];
  errs.push(...nonNegative(spec.parallelism, path.child("parallelism")));
  errs.push(...nonNegative(spec.completions, path.child("completions")));
  errs.push(...nonNegative(spec.activeDeadlineSeconds, path.child("activeDeadlineSeconds")));
  errs.push(...nonNegative(spec.backoffLimit, path.child("backoffLimit")));
  errs.push(...nonNegative(spec.ttlSecondsAfterFinished, path.child("ttlSecondsAfterFinished")));
  errs.push(...nonNegative(spec.backoffLimitPerIndex, path.child("backoffLimitPerIndex")));
  if (spec.maxFailedIndexes !== undefined) {
    errs.push(...nonNegative(spec.maxFailedIndexes, path.child("maxFailedIndexes")));
    if (spec.backoffLimitPerIndex === undefined) errs.push(required(path.child("backoffLimitPerIndex"), "when maxFailedIndexes is specified"));
  }
  const mode = spec.completionMode;
  if (mode !== undefined && mode !== "NonIndexed" && mode !== "Indexed") {
    // The value is a *CompletionMode, which %#v... prints as a pointer; podplay shows the string.
    errs.push(notSupported(path.child("completionMode"), mode, ["NonIndexed", "Indexed"]));
  }
  if (mode === "Indexed") {
    if (spec.completions === undefined) errs.push(required(path.child("completions"), "when completion mode is Indexed"));
    if (spec.parallelism !== undefined && spec.parallelism > 100000) errs.push(invalid(path.child("parallelism"), spec.parallelism, "must be less than or equal to 100000 when completion mode is Indexed"));
  }
  if (mode === undefined || mode === "NonIndexed") {
    if (spec.backoffLimitPerIndex !== undefined) errs.push(invalid(path.child("backoffLimitPerIndex"), spec.backoffLimitPerIndex, "requires indexed completion mode"));
    if (spec.maxFailedIndexes !== undefined) errs.push(invalid(path.child("maxFailedIndexes"), spec.maxFailedIndexes, "requires indexed completion mode"));
  }
  const rpp = spec.podReplacementPolicy;
  if (rpp !== undefined) {
    if (spec.podFailurePolicy) {
      if (rpp !== "Failed") errs.push(notSupported(path.child("podReplacementPolicy"), rpp, ["Failed"]));
    } else if (rpp !== "Failed" && rpp !== "TerminatingOrFailed") {
      errs.push(notSupported(path.child("podReplacementPolicy"), rpp, ["Failed", "TerminatingOrFailed"]));
    }
  }
  const template = spec.template ?? ({} as PodTemplateSpec);
  const tpath = path.child("template");
  errs.push(...validatePodTemplateSpec(template, tpath, opts));
  // The template's restartPolicy is defaulted to Always when unset, so Always and "" are both "Required".
  const rp = template.spec?.restartPolicy ?? "";
  const rpPath = tpath.child("spec", "restartPolicy");
  if (rp === "Always" || rp === "") errs.push(required(rpPath, `valid values: ${goQuote("OnFailure")}, ${goQuote("Never")}`));
  else if (rp !== "OnFailure" && rp !== "Never") errs.push(notSupported(rpPath, rp, ["OnFailure", "Never"]));
  else if (spec.podFailurePolicy && rp !== "Never") errs.push(invalid(rpPath, rp, `only ${goQuote("Never")} is supported when podFailurePolicy is specified`));
  return errs;
}

/** ValidateJob on the defaulted object whose selector was generated. */
export function validateJob(job: Job, opts: PodValidationOptions): FieldError[] {
  const errs = validateObjectMeta(job.metadata ?? {}, true, nameIsDNSSubdomain, FieldPath.root("metadata"));
  errs.push(...validateGeneratedSelector(job));
  const spec = job.spec ?? ({} as JobSpec);
  const path = FieldPath.root("spec");
  errs.push(...validateJobSpecFields(spec, path, opts));
  if (!spec.selector) errs.push(required(path.child("selector")));
  else errs.push(...validateLabelSelector(spec.selector, path.child("selector")));
  const selector = labelSelectorAsSelector(spec.selector);
  const labels = spec.template?.metadata?.labels;
  if (selector && !selector.matches(labels)) {
    errs.push(invalid(path.child("template", "metadata", "labels"), { raw: goStringMap(labels) }, "`selector` does not match template `labels`"));
  }
  const name = job.metadata?.name ?? "";
  if (spec.completionMode === "Indexed" && spec.completions !== undefined && spec.completions > 0) {
    const host = `${name}-${spec.completions - 1}`;
    if (isDNS1123Label(host).length) errs.push(invalid(FieldPath.root("metadata", "name"), name, `will not able to create pod with invalid DNS label: ${host}`));
  }
  return errs;
}

/**
 * A batch/v1 Job create, in the API server's order: v1 defaulting (SetDefaults_Job and the
 * template's pod spec); BeforeCreate (generateName, uid, the strategy's PrepareForCreate: the
 * generated selector and template labels, status reset, generation 1, template fields of disabled
 * gates dropped); validation (422); warnings. The stored Job's labels are the template's when the
 * manifest gives none (SetDefaults_Job on read).
 */
export function admitJob(obj: Obj, ctx: KindContext): KindOutcome {
  const infos: Diagnostic[] = [];
  const { doc } = ctx;
  const job = obj as Job;
  setJobDefaults(job);

  const meta = (obj.metadata ??= {}) as Obj & { name?: string; generateName?: string; namespace?: string; labels?: Record<string, string> };
  if (!meta.name && meta.generateName) {
    meta.name = meta.generateName.slice(0, 58) + deterministicSuffix(`${meta.namespace ?? ""}/${meta.generateName}/${doc.index}`);
  }
  meta.uid = ctx.uid(meta.name ?? "");
  for (const k of ["creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds", "managedFields", "selfLink"]) delete meta[k];
  meta.generation = 1;
  if (!job.spec!.manualSelector) generateJobSelector(job);
  obj.status = {};
  const template = job.spec!.template as unknown as Obj;
  for (const d of dropDisabledPodFields(template, ctx.gates, ["spec", "template"])) {
    const pos = doc.keyAt(d.path);
    infos.push({
      message: `${d.pathText} was dropped: the ${d.gate} feature gate is off, so the API server does not store it`,
      path: d.pathText,
      line: pos.line,
      column: pos.column,
      document: doc.index,
      severity: "info",
    });
  }

  const errs = validateJob(job, { restartRules: ctx.gates("ContainerRestartRules") });
  const name = meta.name ?? "";
  if (errs.length) return { errors: errs.map((e) => invalidDiagnostic(doc, "Job.batch", name, e)), infos };

  const templateLabels = job.spec!.template.metadata?.labels;
  if (templateLabels && Object.keys(meta.labels ?? {}).length === 0) meta.labels = { ...templateLabels };

  const dns = isDNS1123Label(name);
  if (dns.length) {
    const msg = `metadata.name: this is used in Pod names and hostnames, which can result in surprising behavior; a DNS label is recommended: [${dns.join(" ")}]`;
    infos.push(plainDiagnostic(doc, `Warning: ${msg}`, FieldPath.root("metadata", "name"), "info"));
  }
  for (const w of podWarnings(template as unknown as Pod, FieldPath.root("spec", "template", "spec"))) {
    infos.push(plainDiagnostic(doc, `Warning: ${w.message}`, w.path, "info"));
  }
  return { object: obj, errors: [], infos };
}
