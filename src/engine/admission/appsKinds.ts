import type { Deployment, DeploymentSpec, ReplicaSet, ReplicaSetSpec } from "kubernetes-types/apps/v1";
import type { PodTemplateSpec } from "kubernetes-types/core/v1";
import type { Diagnostic, Pod } from "../api/types";
import { invalidDiagnostic, plainDiagnostic } from "./apiErrors";
import { deterministicSuffix } from "./deterministic";
import { dropDisabledPodFields } from "./featureGates";
import { forbidden, invalid, notSupported, required, type FieldError } from "./fieldErrors";
import { FieldPath } from "./fieldPath";
import { goQuote } from "./goText";
import type { KindContext, KindOutcome } from "./kinds";
import { goLabelSelector, goStringMap, labelSelectorAsSelector, validateLabelSelector } from "./labelSelector";
import { isDNS1123Label, nameIsDNSSubdomain, regexError } from "./names";
import { validateObjectMeta } from "./objectMeta";
import { setPodSpecDefaults } from "./podDefaults";
import { validatePodTemplateSpec, type PodValidationOptions } from "./podValidation";
import { podWarnings } from "./podWarnings";

type Obj = Record<string, unknown>;
type IntOrString = number | string;

const NONNEGATIVE = "must be greater than or equal to 0";

/** SetDefaults_Deployment (pkg/apis/apps/v1/defaults.go), then the template's pod spec defaults. */
export function setDeploymentDefaults(d: Deployment): void {
  const spec = (d.spec ??= {} as DeploymentSpec);
  spec.replicas ??= 1;
  const strategy = (spec.strategy ??= {});
  if (!strategy.type) strategy.type = "RollingUpdate";
  if (strategy.type === "RollingUpdate") {
    const ru = (strategy.rollingUpdate ??= {});
    ru.maxUnavailable ??= "25%";
    ru.maxSurge ??= "25%";
  }
  spec.revisionHistoryLimit ??= 10;
  spec.progressDeadlineSeconds ??= 600;
  setTemplateDefaults(spec as unknown as Obj);
}

/** SetDefaults_ReplicaSet, then the template's pod spec defaults. */
export function setReplicaSetDefaults(rs: ReplicaSet): void {
  const spec = (rs.spec ??= {} as ReplicaSetSpec);
  spec.replicas ??= 1;
  setTemplateDefaults(spec as unknown as Obj);
}

/**
 * The generated SetObjectDefaults_Deployment / _ReplicaSet run SetDefaults_PodSpec and the nested
 * defaulters on `spec.template.spec` (a struct, so defaulted even when the manifest has none), but
 * not SetDefaults_Pod.
 */
function setTemplateDefaults(spec: Obj): void {
  const template = (spec.template ??= {}) as Obj;
  setPodSpecDefaults((template.spec ??= {}) as Obj);
}

/** fmt's %#v of an intstr.IntOrString (its String method has a pointer receiver). */
export function goIntOrString(v: IntOrString | undefined): string {
  if (typeof v === "string") return `intstr.IntOrString{Type:1, IntVal:0, StrVal:${goQuote(v)}}`;
  return `intstr.IntOrString{Type:0, IntVal:${v ?? 0}, StrVal:""}`;
}

const PERCENT = /^[0-9]+%$/;
const PERCENT_ERROR = regexError("a valid percent string must be a numeric string followed by an ending '%'", "[0-9]+%", "1%", "93%");

/** ValidatePositiveIntOrPercent (pkg/apis/apps/validation/validation.go). */
export function validatePositiveIntOrPercent(v: IntOrString | undefined, path: FieldPath): FieldError[] {
  if (typeof v === "string") return PERCENT.test(v) ? [] : [invalid(path, { raw: goIntOrString(v) }, PERCENT_ERROR)];
  const n = v ?? 0;
  return n < 0 ? [invalid(path, n, NONNEGATIVE)] : [];
}

/** getIntOrPercentValue: a percent's number, else IntValue() (strconv.Atoi of a string, 0 when it fails). */
export function intOrPercentValue(v: IntOrString | undefined): number {
  if (typeof v === "number") return v;
  if (v === undefined) return 0;
  if (PERCENT.test(v)) return parseInt(v.slice(0, -1), 10);
  return /^[+-]?[0-9]+$/.test(v) ? parseInt(v, 10) : 0;
}

/** ValidateDeploymentStrategy and ValidateRollingUpdateDeployment. */
function validateStrategy(strategy: NonNullable<DeploymentSpec["strategy"]>, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  const ru = strategy.rollingUpdate;
  switch (strategy.type) {
    case "Recreate":
      if (ru) errs.push(forbidden(path.child("rollingUpdate"), "may not be specified when strategy `type` is 'Recreate'"));
      break;
    case "RollingUpdate": {
      if (!ru) {
        errs.push(required(path.child("rollingUpdate"), "this should be defaulted and never be nil"));
        break;
      }
      const p = path.child("rollingUpdate");
      errs.push(...validatePositiveIntOrPercent(ru.maxUnavailable, p.child("maxUnavailable")));
      errs.push(...validatePositiveIntOrPercent(ru.maxSurge, p.child("maxSurge")));
      if (intOrPercentValue(ru.maxUnavailable) === 0 && intOrPercentValue(ru.maxSurge) === 0) {
        errs.push(invalid(p.child("maxUnavailable"), { raw: goIntOrString(ru.maxUnavailable) }, "may not be 0 when `maxSurge` is 0"));
      }
      if (typeof ru.maxUnavailable === "string" && PERCENT.test(ru.maxUnavailable) && intOrPercentValue(ru.maxUnavailable) > 100) {
        errs.push(invalid(p.child("maxUnavailable"), { raw: goIntOrString(ru.maxUnavailable) }, "must not be greater than 100%"));
      }
      break;
    }
    default: {
      // The internal apps.DeploymentStrategy printed with %#v; a set RollingUpdate pointer prints
      // as an address in Go, which podplay cannot reproduce.
      const ptr = ru ? "(*apps.RollingUpdateDeployment)(0xc000000000)" : "(*apps.RollingUpdateDeployment)(nil)";
      errs.push(notSupported(path, { raw: `apps.DeploymentStrategy{Type:${goQuote(strategy.type ?? "")}, RollingUpdate:${ptr}}` }, ["Recreate", "RollingUpdate"]));
    }
  }
  return errs;
}

const nonNegative = (v: number | undefined, path: FieldPath): FieldError[] => ((v ?? 0) < 0 ? [invalid(path, v ?? 0, NONNEGATIVE)] : []);

/**
 * The selector half of ValidateDeploymentSpec / ValidateReplicaSetSpec, then
 * ValidatePodTemplateSpecForReplicaSet. Both say "empty selector is invalid for deployment", the
 * ReplicaSet one included, as the source does.
 */
function validateSelectorAndTemplate(spec: DeploymentSpec | ReplicaSetSpec, path: FieldPath, opts: PodValidationOptions): FieldError[] {
  const errs: FieldError[] = [];
  const sel = spec.selector as DeploymentSpec["selector"] | undefined;
  if (!sel) errs.push(required(path.child("selector")));
  else {
    errs.push(...validateLabelSelector(sel, path.child("selector")));
    if (Object.keys(sel.matchLabels ?? {}).length + (sel.matchExpressions ?? []).length === 0) {
      errs.push(invalid(path.child("selector"), { raw: goLabelSelector(sel) }, "empty selector is invalid for deployment"));
    }
  }
  const selector = labelSelectorAsSelector(sel);
  if (!selector) {
    errs.push(invalid(path.child("selector"), { raw: sel ? goLabelSelector(sel) : "null" }, "invalid label selector"));
    return errs;
  }
  const template = (spec.template ?? {}) as PodTemplateSpec;
  const tpath = path.child("template");
  const labels = template.metadata?.labels;
  // A missing selector is labels.Nothing(), which is not Empty and matches nothing.
  if (!selector.empty && !selector.matches(labels)) {
    errs.push(invalid(tpath.child("metadata", "labels"), { raw: goStringMap(labels) }, "`selector` does not match template `labels`"));
  }
  errs.push(...validatePodTemplateSpec(template, tpath, opts));
  const rp = template.spec?.restartPolicy ?? "";
  if (rp !== "Always") errs.push(notSupported(tpath.child("spec", "restartPolicy"), rp, ["Always"]));
  if (template.spec?.activeDeadlineSeconds !== undefined) {
    errs.push(forbidden(tpath.child("spec", "activeDeadlineSeconds"), "activeDeadlineSeconds in ReplicaSet is not Supported"));
  }
  return errs;
}

/** ValidateDeployment (pkg/apis/apps/validation/validation.go) on the defaulted object. */
export function validateDeployment(d: Deployment, opts: PodValidationOptions): FieldError[] {
  const errs = validateObjectMeta(d.metadata ?? {}, true, nameIsDNSSubdomain, FieldPath.root("metadata"));
  const spec = d.spec ?? ({} as DeploymentSpec);
  const path = FieldPath.root("spec");
  errs.push(...nonNegative(spec.replicas, path.child("replicas")));
  errs.push(...validateSelectorAndTemplate(spec, path, opts));
  errs.push(...validateStrategy(spec.strategy ?? {}, path.child("strategy")));
  errs.push(...nonNegative(spec.minReadySeconds, path.child("minReadySeconds")));
  if (spec.revisionHistoryLimit !== undefined) errs.push(...nonNegative(spec.revisionHistoryLimit, path.child("revisionHistoryLimit")));
  if (spec.progressDeadlineSeconds !== undefined) {
    const pds = spec.progressDeadlineSeconds;
    errs.push(...nonNegative(pds, path.child("progressDeadlineSeconds")));
    if (pds <= (spec.minReadySeconds ?? 0)) errs.push(invalid(path.child("progressDeadlineSeconds"), pds, "must be greater than minReadySeconds"));
  }
  return errs;
}

/** ValidateReplicaSet on the defaulted object. */
export function validateReplicaSet(rs: ReplicaSet, opts: PodValidationOptions): FieldError[] {
  const errs = validateObjectMeta(rs.metadata ?? {}, true, nameIsDNSSubdomain, FieldPath.root("metadata"));
  const spec = rs.spec ?? ({} as ReplicaSetSpec);
  const path = FieldPath.root("spec");
  errs.push(...nonNegative(spec.replicas, path.child("replicas")));
  errs.push(...nonNegative(spec.minReadySeconds, path.child("minReadySeconds")));
  errs.push(...validateSelectorAndTemplate(spec, path, opts));
  return errs;
}

/**
 * A Deployment or ReplicaSet create, in the API server's order: v1 defaulting (the template's pod
 * spec included); no admission plugin changes either kind (LimitRanger, ServiceAccount, Priority
 * and DefaultTolerationSeconds act on the pods the controllers make later, see
 * admitPodFromTemplate); BeforeCreate (generateName, uid, the strategy's PrepareForCreate: status
 * reset, generation 1, template fields of disabled gates dropped); validation (422); warnings.
 */
export function admitWorkload(kind: "Deployment" | "ReplicaSet", obj: Obj, ctx: KindContext): KindOutcome {
  const infos: Diagnostic[] = [];
  const { doc } = ctx;
  if (kind === "Deployment") setDeploymentDefaults(obj as Deployment);
  else setReplicaSetDefaults(obj as ReplicaSet);

  const meta = (obj.metadata ??= {}) as Obj & { name?: string; generateName?: string; namespace?: string };
  if (!meta.name && meta.generateName) {
    meta.name = meta.generateName.slice(0, 58) + deterministicSuffix(`${meta.namespace ?? ""}/${meta.generateName}/${doc.index}`);
  }
  meta.uid = ctx.uid(meta.name ?? "");
  for (const k of ["creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds", "managedFields", "selfLink"]) delete meta[k];
  meta.generation = 1;
  // ReplicaSetStatus.replicas has no omitempty: a new ReplicaSet is stored with `replicas: 0`.
  obj.status = kind === "ReplicaSet" ? { replicas: 0 } : {};
  const spec = obj.spec as Obj;
  const template = spec.template as Obj;
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

  const opts = { restartRules: ctx.gates("ContainerRestartRules") };
  const errs = kind === "Deployment" ? validateDeployment(obj as Deployment, opts) : validateReplicaSet(obj as ReplicaSet, opts);
  const name = meta.name ?? "";
  if (errs.length) return { errors: errs.map((e) => invalidDiagnostic(doc, `${kind}.apps`, name, e)), infos };

  // WarningsOnCreate: the name becomes part of pod names, then GetWarningsForPodTemplate.
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
