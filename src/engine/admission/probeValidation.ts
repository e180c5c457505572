import type { Lifecycle } from "kubernetes-types/core/v1";
import type { LifecycleHandler, Probe } from "../api/types";
import { forbidden, invalid, notSupported, required, sortedSet, type FieldError } from "./fieldErrors";
import type { FieldPath } from "./fieldPath";
import { isHTTPHeaderName, isValidPortName, isValidPortNum } from "./names";

// Probe, handler and lifecycle checks of pkg/apis/core/validation/validation.go.

interface Handler {
  exec?: { command?: string[] };
  httpGet?: { path?: string; port?: number | string; scheme?: string; httpHeaders?: { name: string }[] };
  tcpSocket?: { port?: number | string };
  grpc?: { port?: number };
  sleep?: { seconds?: number };
}

export function validateLivenessProbe(probe: Probe | undefined, grace: number | undefined, path: FieldPath): FieldError[] {
  if (!probe) return [];
  const errs = validateProbe(probe, grace, path);
  if ((probe.successThreshold ?? 0) !== 1) errs.push(invalid(path.child("successThreshold"), probe.successThreshold ?? 0, "must be 1"));
  return errs;
}

export function validateReadinessProbe(probe: Probe | undefined, grace: number | undefined, path: FieldPath): FieldError[] {
  if (!probe) return [];
  const errs = validateProbe(probe, grace, path);
  if (probe.terminationGracePeriodSeconds !== undefined) {
    errs.push(invalid(path.child("terminationGracePeriodSeconds"), probe.terminationGracePeriodSeconds, "must not be set for readinessProbes"));
  }
  return errs;
}

export function validateStartupProbe(probe: Probe | undefined, grace: number | undefined, path: FieldPath): FieldError[] {
  return validateLivenessProbe(probe, grace, path);
}

function validateProbe(probe: Probe, grace: number | undefined, path: FieldPath): FieldError[] {
  const errs = validateHandler(probeHandler(probe), grace, path);
  for (const f of ["initialDelaySeconds", "timeoutSeconds", "periodSeconds", "successThreshold", "failureThreshold"] as const) {
    const v = probe[f] ?? 0;
    if (v < 0) errs.push(invalid(path.child(f), v, "must be greater than or equal to 0"));
  }
  if (probe.terminationGracePeriodSeconds !== undefined && probe.terminationGracePeriodSeconds <= 0) {
    errs.push(invalid(path.child("terminationGracePeriodSeconds"), probe.terminationGracePeriodSeconds, "must be greater than 0"));
  }
  return errs;
}

/** handlerFromProbe: probes have no sleep action (a `sleep` there is an unknown field). */
function probeHandler(p: Probe): Handler {
  return { exec: p.exec, httpGet: p.httpGet, tcpSocket: p.tcpSocket, grpc: p.grpc };
}

/** handlerFromLifecycle: hooks have no gRPC action. */
function lifecycleHandler(h: LifecycleHandler): Handler {
  return { exec: h.exec, httpGet: h.httpGet, tcpSocket: h.tcpSocket, sleep: h.sleep };
}

export function validateLifecycle(lifecycle: Lifecycle, grace: number | undefined, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  if (lifecycle.postStart) errs.push(...validateHandler(lifecycleHandler(lifecycle.postStart), grace, path.child("postStart")));
  if (lifecycle.preStop) errs.push(...validateHandler(lifecycleHandler(lifecycle.preStop), grace, path.child("preStop")));
  return errs;
}

/** validateHandler: exactly one of exec, httpGet, tcpSocket, grpc, sleep. */
function validateHandler(h: Handler, grace: number | undefined, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  let n = 0;
  const one = (name: keyof Handler, check: () => FieldError[]) => {
    if (h[name] === undefined) return;
    if (n > 0) errs.push(forbidden(path.child(name), "may not specify more than 1 handler type"));
    else {
      n++;
      errs.push(...check());
    }
  };
  one("exec", () => ((h.exec!.command ?? []).length === 0 ? [required(path.child("exec", "command"))] : []));
  one("httpGet", () => validateHTTPGet(h.httpGet!, path.child("httpGet")));
  one("tcpSocket", () => validatePortNumOrName(h.tcpSocket!.port ?? 0, path.child("tcpSocket", "port")));
  one("grpc", () => validatePortNumOrName(h.grpc!.port ?? 0, path.child("grpc", "port")));
  one("sleep", () => validateSleep(h.sleep!.seconds ?? 0, grace, path.child("sleep")));
  if (n === 0) errs.push(required(path, "must specify a handler type"));
  return errs;
}

function validateHTTPGet(http: NonNullable<Handler["httpGet"]>, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  if (!http.path) errs.push(required(path.child("path")));
  errs.push(...validatePortNumOrName(http.port ?? 0, path.child("port")));
  const scheme = http.scheme ?? "";
  if (scheme !== "HTTP" && scheme !== "HTTPS") errs.push(notSupported(path.child("scheme"), scheme, sortedSet(["HTTP", "HTTPS"])));
  for (const header of http.httpHeaders ?? []) {
    for (const msg of isHTTPHeaderName(header.name ?? "")) errs.push(invalid(path.child("httpHeaders"), header.name ?? "", msg));
  }
  return errs;
}

/** ValidatePortNumOrName: a number must be a port, a string an IANA_SVC_NAME. */
export function validatePortNumOrName(port: number | string, path: FieldPath): FieldError[] {
  if (typeof port === "number") return isValidPortNum(port).map((msg) => invalid(path, port, msg));
  return isValidPortName(port).map((msg) => invalid(path, port, msg));
}

/**
 * validateSleepAction with PodLifecycleSleepActionAllowZero (on by default since 1.33): zero is
 * allowed, and the sleep must fit in the pod's grace period.
 */
function validateSleep(seconds: number, grace: number | undefined, path: FieldPath): FieldError[] {
  if (grace !== undefined && (seconds < 0 || seconds > grace)) {
    return [invalid(path, seconds, `must be non-negative and less than terminationGracePeriodSeconds (${grace})`)];
  }
  return [];
}
