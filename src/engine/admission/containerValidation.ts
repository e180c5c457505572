import type { Container } from "../api/types";
import { duplicate, forbidden, invalid, notFound, notSupported, required, sortedSet, type FieldError } from "./fieldErrors";
import type { FieldPath } from "./fieldPath";
import { isDNS1123Label, isRelaxedEnvVarName, isValidPortName, isValidPortNum } from "./names";
import { validateLifecycle, validateLivenessProbe, validateReadinessProbe, validateStartupProbe } from "./probeValidation";
import { validateContainerResourceRequirements } from "./resources";

// Container checks of pkg/apis/core/validation/validation.go (validateContainers,
// validateInitContainers, validateContainerCommon and the per-field helpers).

export interface ContainerOptions {
  /** ContainerRestartRules (alpha in v1.34, off by default). */
  restartRules: boolean;
  gracePeriod: number | undefined;
  volumes: Set<string>;
}

/** Containers may carry fields newer than the kubernetes-types declarations. */
type AnyContainer = Container & { restartPolicyRules?: { action?: string; exitCodes?: { operator?: string; values?: number[] } }[] };

export function validateContainers(containers: AnyContainer[] | undefined, path: FieldPath, opts: ContainerOptions): FieldError[] {
  if (!containers || containers.length === 0) return [required(path)];
  const errs: FieldError[] = [];
  const names = new Set<string>();
  containers.forEach((c, i) => {
    const p = path.index(i);
    errs.push(...validateContainerCommon(c, p, opts));
    if (names.has(c.name)) errs.push(duplicate(p.child("name"), c.name));
    else names.add(c.name);
    if (c.lifecycle) errs.push(...validateLifecycle(c.lifecycle, opts.gracePeriod, p.child("lifecycle")));
    errs.push(...validateLivenessProbe(c.livenessProbe, opts.gracePeriod, p.child("livenessProbe")));
    errs.push(...validateReadinessProbe(c.readinessProbe, opts.gracePeriod, p.child("readinessProbe")));
    errs.push(...validateStartupProbe(c.startupProbe, opts.gracePeriod, p.child("startupProbe")));
    if (opts.restartRules) errs.push(...validateContainerRestartPolicy(c, p));
    else if (c.restartPolicy !== undefined) errs.push(forbidden(p.child("restartPolicy"), "may not be set for non-init containers"));
  });
  errs.push(...checkHostPortConflicts(containers, path));
  return errs;
}

export function validateInitContainers(containers: AnyContainer[] | undefined, regular: AnyContainer[] | undefined, path: FieldPath, opts: ContainerOptions): FieldError[] {
  const errs: FieldError[] = [];
  const names = new Set((regular ?? []).map((c) => c.name));
  (containers ?? []).forEach((c, i) => {
    const p = path.index(i);
    errs.push(...validateContainerCommon(c, p, opts));
    let restartAlways = false;
    if (opts.restartRules && c.restartPolicy !== "Always") {
      errs.push(...validateContainerRestartPolicy(c, p));
    } else if (c.restartPolicy !== undefined) {
      if (c.restartPolicy !== "Always") errs.push(notSupported(p.child("restartPolicy"), c.restartPolicy, ["Always"]));
      restartAlways = c.restartPolicy === "Always";
    }
    if (names.has(c.name)) errs.push(duplicate(p.child("name"), c.name));
    else if (c.name) names.add(c.name);
    errs.push(...checkHostPortConflicts([c], path));
    if (restartAlways) {
      if (c.lifecycle) errs.push(...validateLifecycle(c.lifecycle, opts.gracePeriod, p.child("lifecycle")));
      errs.push(...validateLivenessProbe(c.livenessProbe, opts.gracePeriod, p.child("livenessProbe")));
      errs.push(...validateReadinessProbe(c.readinessProbe, opts.gracePeriod, p.child("readinessProbe")));
      errs.push(...validateStartupProbe(c.startupProbe, opts.gracePeriod, p.child("startupProbe")));
    } else {
      const detail = "may not be set for init containers without restartPolicy=Always";
      if (c.lifecycle) errs.push(forbidden(p.child("lifecycle"), detail));
      if (c.livenessProbe) errs.push(forbidden(p.child("livenessProbe"), detail));
      if (c.readinessProbe) errs.push(forbidden(p.child("readinessProbe"), detail));
      if (c.startupProbe) errs.push(forbidden(p.child("startupProbe"), detail));
    }
  });
  return errs;
}

/**
 * ContainerRestartRules (KEP-5307, alpha in v1.34): a container-level restartPolicy of Always,
 * OnFailure or Never, with up to 20 rules that restart on listed exit codes. Reconstructed from the
 * KEP and the v1.34 API; the gate is off by default, so this only runs when a scenario enables it.
 */
function validateContainerRestartPolicy(c: AnyContainer, p: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  const rules = c.restartPolicyRules ?? [];
  if (c.restartPolicy === undefined) {
    if (rules.length > 0) errs.push(required(p.child("restartPolicy"), "must specify restartPolicy when restart rules are used"));
  } else if (!["Always", "OnFailure", "Never"].includes(c.restartPolicy)) {
    errs.push(notSupported(p.child("restartPolicy"), c.restartPolicy, sortedSet(["Always", "OnFailure", "Never"])));
  }
  if (rules.length > 20) errs.push({ type: "TooMany", path: p.child("restartPolicyRules"), value: rules.length, detail: "must have at most 20 items" });
  rules.forEach((rule, i) => {
    const rp = p.child("restartPolicyRules").index(i);
    if (rule.action !== "Restart") errs.push(notSupported(rp.child("action"), rule.action ?? "", ["Restart"]));
    if (!rule.exitCodes) errs.push(required(rp.child("exitCodes"), "must be specified"));
    else {
      const op = rule.exitCodes.operator ?? "";
      if (op !== "In" && op !== "NotIn") errs.push(notSupported(rp.child("exitCodes", "operator"), op, sortedSet(["In", "NotIn"])));
      const values = rule.exitCodes.values ?? [];
      if (values.length > 255) errs.push({ type: "TooMany", path: rp.child("exitCodes", "values"), value: values.length, detail: "must have at most 255 items" });
    }
  });
  return errs;
}

function validateContainerCommon(c: AnyContainer, p: FieldPath, opts: ContainerOptions): FieldError[] {
  const errs: FieldError[] = [];
  if (!c.name) errs.push(required(p.child("name")));
  else for (const msg of isDNS1123Label(c.name)) errs.push(invalid(p.child("name"), c.name, msg));
  if (!c.image) errs.push(required(p.child("image")));
  const tmp = c.terminationMessagePolicy ?? "";
  if (tmp === "") errs.push(required(p.child("terminationMessagePolicy")));
  else if (tmp !== "File" && tmp !== "FallbackToLogsOnError") {
    errs.push(notSupported(p.child("terminationMessagePolicy"), tmp, ["File", "FallbackToLogsOnError"]));
  }
  errs.push(...validateContainerPorts(c, p.child("ports")));
  errs.push(...validateEnv(c, p.child("env")));
  errs.push(...validateVolumeMounts(c, opts.volumes, p.child("volumeMounts")));
  const pull = c.imagePullPolicy ?? "";
  if (pull === "") errs.push(required(p.child("imagePullPolicy")));
  else if (pull !== "Always" && pull !== "IfNotPresent" && pull !== "Never") {
    errs.push(notSupported(p.child("imagePullPolicy"), pull, sortedSet(["Always", "IfNotPresent", "Never"])));
  }
  errs.push(...validateContainerResourceRequirements(c.resources, p.child("resources")));
  return errs;
}

function validateContainerPorts(c: Container, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  const names = new Set<string>();
  (c.ports ?? []).forEach((port, i) => {
    const p = path.index(i);
    if (port.name) {
      const msgs = isValidPortName(port.name);
      if (msgs.length) for (const msg of msgs) errs.push(invalid(p.child("name"), port.name, msg));
      else if (names.has(port.name)) errs.push(duplicate(p.child("name"), port.name));
      else names.add(port.name);
    }
    if (!port.containerPort) errs.push(required(p.child("containerPort")));
    else for (const msg of isValidPortNum(port.containerPort)) errs.push(invalid(p.child("containerPort"), port.containerPort, msg));
    if (port.hostPort) for (const msg of isValidPortNum(port.hostPort)) errs.push(invalid(p.child("hostPort"), port.hostPort, msg));
    const proto = port.protocol ?? "";
    if (proto === "") errs.push(required(p.child("protocol")));
    else if (!["TCP", "UDP", "SCTP"].includes(proto)) errs.push(notSupported(p.child("protocol"), proto, sortedSet(["TCP", "UDP", "SCTP"])));
  });
  return errs;
}

function validateEnv(c: Container, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  (c.env ?? []).forEach((ev, i) => {
    const p = path.index(i);
    if (!ev.name) errs.push(required(p.child("name")));
    else for (const msg of isRelaxedEnvVarName(ev.name)) errs.push(invalid(p.child("name"), ev.name, msg));
    const from = ev.valueFrom as Record<string, unknown> | undefined;
    if (!from) return;
    const vp = p.child("valueFrom");
    const sources = ["fieldRef", "resourceFieldRef", "configMapKeyRef", "secretKeyRef", "fileKeyRef"].filter((k) => from[k] !== undefined).length;
    if (sources === 0) errs.push(invalid(vp, "", "must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`"));
    else if (ev.value) errs.push(invalid(vp, "", "may not be specified when `value` is not empty"));
    else if (sources > 1) errs.push(invalid(vp, "", "may not have more than one field specified at a time"));
  });
  return errs;
}

function validateVolumeMounts(c: Container, volumes: Set<string>, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  const mountPoints = new Set<string>();
  (c.volumeMounts ?? []).forEach((m, i) => {
    const p = path.index(i);
    if (!m.name) errs.push(required(p.child("name")));
    if (!volumes.has(m.name ?? "")) errs.push(notFound(p.child("name"), m.name ?? ""));
    if (!m.mountPath) errs.push(required(p.child("mountPath")));
    if (mountPoints.has(m.mountPath ?? "")) errs.push(invalid(p.child("mountPath"), m.mountPath ?? "", "must be unique"));
    mountPoints.add(m.mountPath ?? "");
    if (m.subPath && m.subPathExpr) errs.push(invalid(p.child("subPathExpr"), m.subPathExpr, "subPathExpr and subPath are mutually exclusive"));
  });
  return errs;
}

/** AccumulateUniqueHostPorts: the same protocol/hostIP/hostPort twice is a duplicate. */
function checkHostPortConflicts(containers: Container[], path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  const seen = new Set<string>();
  containers.forEach((c, ci) => {
    (c.ports ?? []).forEach((port, pi) => {
      if (!port.hostPort) return;
      const key = `${port.protocol ?? ""}/${port.hostIP ?? ""}/${port.hostPort}`;
      if (seen.has(key)) errs.push(duplicate(path.index(ci).child("ports").index(pi).child("hostPort"), key));
      else seen.add(key);
    });
  });
  return errs;
}
