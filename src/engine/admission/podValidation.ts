import type { PodTemplateSpec, Toleration } from "kubernetes-types/core/v1";
import type { Pod, PodSpec } from "../api/types";
import { validateContainers, validateInitContainers } from "./containerValidation";
import { duplicate, forbidden, invalid, notSupported, required, type FieldError } from "./fieldErrors";
import { FieldPath } from "./fieldPath";
import { inclusiveRangeError, isDNS1123Label, isQualifiedName, isValidLabelValue, nameIsDNSSubdomain } from "./names";
import { validateAnnotations, validateLabels, validateObjectMeta } from "./objectMeta";
import { validatePodResourceRequirements } from "./resources";

export interface PodValidationOptions {
  restartRules: boolean;
  /**
   * The spec is a pod template's (ValidatePodSpec with no pod metadata): with hostNetwork a
   * hostPort may be left 0, since only the Pod defaulting copies containerPort into it.
   */
  template?: boolean;
}

/** ValidatePodCreate (pkg/apis/core/validation/validation.go), on the defaulted, admitted pod. */
export function validatePodCreate(pod: Pod, opts: PodValidationOptions): FieldError[] {
  const spec = FieldPath.root("spec");
  const s = pod.spec ?? ({} as PodSpec);
  const errs = validatePodMetadataAndSpec(pod, opts);
  if ((s.ephemeralContainers ?? []).length > 0) errs.push(forbidden(spec.child("ephemeralContainers"), "cannot be set on create"));
  if (s.nodeName && (s.schedulingGates ?? []).length > 0) errs.push(forbidden(spec.child("nodeName"), "cannot be set until all schedulingGates have been cleared"));
  return errs;
}

/**
 * validatePodMetadataAndSpec (pkg/apis/core/validation/validation.go): what a pod must be on
 * create and after every update: its metadata, its spec, no service account token without a
 * service account, images without surrounding whitespace (validateContainersOnlyForPod).
 */
export function validatePodMetadataAndSpec(pod: Pod, opts: PodValidationOptions): FieldError[] {
  const meta = FieldPath.root("metadata");
  const spec = FieldPath.root("spec");
  const s = pod.spec ?? ({} as PodSpec);
  const errs = validateObjectMeta(pod.metadata ?? {}, true, nameIsDNSSubdomain, meta);
  errs.push(...validatePodSpec(s, spec, opts));
  if (!s.serviceAccountName) {
    (s.volumes ?? []).forEach((v, vi) => {
      (v.projected?.sources ?? []).forEach((src, si) => {
        if (src.serviceAccountToken) {
          errs.push(forbidden(spec.child("volumes").index(vi).child("projected", "sources").index(si).child("serviceAccountToken"), "must not be specified when serviceAccountName is not set"));
        }
      });
    });
  }
  for (const [list, name] of [
    [s.containers, "containers"],
    [s.initContainers, "initContainers"],
  ] as const) {
    (list ?? []).forEach((c, i) => {
      if (c.image && c.image !== c.image.trim()) errs.push(invalid(spec.child(name).index(i).child("image"), c.image, "must not have leading or trailing whitespace"));
    });
  }
  return errs;
}

/**
 * ValidatePodTemplateSpec (pkg/apis/core/validation/validation.go): the template's labels and
 * annotations (at `<path>.labels`, not `<path>.metadata.labels`, as the source has it), its pod spec
 * under `<path>.spec`, and no ephemeral containers. The Pod-only checks of ValidatePodCreate
 * (object metadata, the service account token volume, image whitespace) are not run.
 */
export function validatePodTemplateSpec(template: PodTemplateSpec, path: FieldPath, opts: PodValidationOptions): FieldError[] {
  const meta = template.metadata ?? {};
  const errs = validateLabels(meta.labels, path.child("labels"));
  errs.push(...validateAnnotations(meta.annotations, path.child("annotations")));
  const s = template.spec ?? ({} as PodSpec);
  errs.push(...validatePodSpec(s, path.child("spec"), { ...opts, template: true }));
  if ((s.ephemeralContainers ?? []).length > 0) errs.push(forbidden(path.child("spec", "ephemeralContainers"), "ephemeral containers not allowed in pod template"));
  return errs;
}

function validatePodSpec(s: PodSpec, path: FieldPath, opts: PodValidationOptions): FieldError[] {
  const errs: FieldError[] = [];
  if (s.terminationGracePeriodSeconds === undefined) errs.push(required(path.child("terminationGracePeriodSeconds")));
  const grace = s.terminationGracePeriodSeconds;
  const { volumes, errs: volErrs } = validateVolumes(s, path.child("volumes"));
  errs.push(...volErrs);
  const copts = { restartRules: opts.restartRules, gracePeriod: grace, volumes };
  errs.push(...validateContainers(s.containers, path.child("containers"), copts));
  errs.push(...validateInitContainers(s.initContainers, s.containers, path.child("initContainers"), copts));
  const podResources = (s as PodSpec & { resources?: PodSpec["containers"][number]["resources"] }).resources;
  if (podResources) errs.push(...validatePodResourceRequirements(podResources, path.child("resources")));
  if (s.hostNetwork) {
    (s.containers ?? []).forEach((c, ci) =>
      (c.ports ?? []).forEach((port, pi) => {
        const hostPort = port.hostPort ?? 0;
        if (hostPort !== port.containerPort && !(opts.template && hostPort === 0)) {
          errs.push(invalid(path.child("containers").index(ci).child("ports").index(pi).child("hostPort"), port.hostPort ?? 0, "must match `containerPort` when `hostNetwork` is true"));
        }
      }),
    );
  }
  const rp = s.restartPolicy ?? "";
  if (rp === "") errs.push(required(path.child("restartPolicy")));
  else if (!["Always", "OnFailure", "Never"].includes(rp)) errs.push(notSupported(path.child("restartPolicy"), rp, ["Always", "OnFailure", "Never"]));
  const dns = s.dnsPolicy ?? "";
  const dnsValues = ["ClusterFirstWithHostNet", "ClusterFirst", "Default", "None"];
  if (dns === "") errs.push(required(path.child("dnsPolicy")));
  else if (!dnsValues.includes(dns)) errs.push(notSupported(path.child("dnsPolicy"), dns, dnsValues));
  errs.push(...validateLabels(s.nodeSelector, path.child("nodeSelector")));
  (s.imagePullSecrets ?? []).forEach((ref, i) => {
    if (Object.keys(ref).some((k) => k !== "name")) errs.push(invalid(path.child("imagePullSecrets").index(i), { raw: `core.LocalObjectReference{Name:${JSON.stringify(ref.name ?? "")}}` }, "only name may be set"));
  });
  if (dns === "None" && !s.dnsConfig) errs.push(required(path.child("dnsConfig"), "must provide `dnsConfig` when `dnsPolicy` is None"));
  else if (dns === "None" && (s.dnsConfig?.nameservers ?? []).length === 0) {
    errs.push(required(path.child("dnsConfig", "nameservers"), "must provide at least one DNS nameserver when `dnsPolicy` is None"));
  }
  (s.readinessGates ?? []).forEach((g, i) => {
    for (const msg of isQualifiedName(g.conditionType)) errs.push(invalid(path.child("readinessGates").index(i).child("conditionType"), g.conditionType, msg));
  });
  const gates = new Set<string>();
  (s.schedulingGates ?? []).forEach((g, i) => {
    for (const msg of isQualifiedName(g.name)) errs.push(invalid(path.child("schedulingGates").index(i), g.name, msg));
    if (gates.has(g.name)) errs.push(duplicate(path.child("schedulingGates").index(i), g.name));
    gates.add(g.name);
  });
  if (s.serviceAccountName) for (const msg of nameIsDNSSubdomain(s.serviceAccountName, false)) errs.push(invalid(path.child("serviceAccountName"), s.serviceAccountName, msg));
  if (s.nodeName) for (const msg of nameIsDNSSubdomain(s.nodeName, false)) errs.push(invalid(path.child("nodeName"), s.nodeName, msg));
  if (s.activeDeadlineSeconds !== undefined && (s.activeDeadlineSeconds < 1 || s.activeDeadlineSeconds > 2147483647)) {
    errs.push(invalid(path.child("activeDeadlineSeconds"), s.activeDeadlineSeconds, inclusiveRangeError(1, 2147483647)));
  }
  if (s.hostname) for (const msg of isDNS1123Label(s.hostname)) errs.push(invalid(path.child("hostname"), s.hostname, msg));
  if (s.subdomain) for (const msg of isDNS1123Label(s.subdomain)) errs.push(invalid(path.child("subdomain"), s.subdomain, msg));
  if ((s.tolerations ?? []).length > 0) errs.push(...validateTolerations(s.tolerations!, path.child("tolerations")));
  if (s.priorityClassName) for (const msg of nameIsDNSSubdomain(s.priorityClassName, false)) errs.push(invalid(path.child("priorityClassName"), s.priorityClassName, msg));
  if (s.preemptionPolicy !== undefined && s.preemptionPolicy !== "PreemptLowerPriority" && s.preemptionPolicy !== "Never") {
    errs.push(notSupported(path.child("preemptionPolicy"), s.preemptionPolicy, ["PreemptLowerPriority", "Never"]));
  }
  return errs;
}

/** ValidateVolumes: DNS-1123 label names, unique, each with exactly one source type. */
function validateVolumes(s: PodSpec, path: FieldPath): { volumes: Set<string>; errs: FieldError[] } {
  const names = new Set<string>();
  const errs: FieldError[] = [];
  (s.volumes ?? []).forEach((v, i) => {
    const p = path.index(i);
    const el: FieldError[] = [];
    const sources = Object.keys(v).filter((k) => k !== "name");
    sources.slice(1).forEach((k) => el.push(forbidden(p.child(k), "may not specify more than 1 volume type")));
    if (sources.length === 0) el.push(required(p, "must specify a volume type"));
    const size = v.emptyDir?.sizeLimit;
    if (size !== undefined && String(size).startsWith("-")) el.push(forbidden(p.child("emptyDir", "sizeLimit"), "SizeLimit field must be a valid resource quantity"));
    if (!v.name) el.push(required(p.child("name")));
    else for (const msg of isDNS1123Label(v.name)) el.push(invalid(p.child("name"), v.name, msg));
    if (names.has(v.name)) el.push(duplicate(p.child("name"), v.name));
    if (el.length === 0) names.add(v.name);
    else errs.push(...el);
  });
  return { volumes: names, errs };
}

/** ValidateTolerations. */
export function validateTolerations(tolerations: Toleration[], path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  tolerations.forEach((t, i) => {
    const p = path.index(i);
    if (t.key) for (const msg of isQualifiedName(t.key)) errs.push(invalid(p.child("key"), t.key, msg));
    if (!t.key && t.operator !== "Exists") {
      errs.push(invalid(p.child("operator"), t.operator ?? "", 'operator must be Exists when `key` is empty, which means "match all values and all keys"'));
    }
    if (t.tolerationSeconds !== undefined && t.effect !== "NoExecute") {
      errs.push(invalid(p.child("effect"), t.effect ?? "", "effect must be 'NoExecute' when `tolerationSeconds` is set"));
    }
    switch (t.operator ?? "") {
      case "Equal":
      case "": {
        const msgs = isValidLabelValue(t.value ?? "");
        if (msgs.length) errs.push(invalid(p.child("operator"), t.value ?? "", msgs.join(";")));
        break;
      }
      case "Exists":
        if (t.value) errs.push(invalid(p.child("operator"), t.value, "value must be empty when `operator` is 'Exists'"));
        break;
      default:
        errs.push(notSupported(p.child("operator"), t.operator!, ["Equal", "Exists"]));
    }
    if (t.effect && !["NoSchedule", "PreferNoSchedule", "NoExecute"].includes(t.effect)) {
      errs.push(notSupported(p.child("effect"), t.effect, ["NoSchedule", "PreferNoSchedule", "NoExecute"]));
    }
  });
  return errs;
}
