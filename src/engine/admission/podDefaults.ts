import { defaultPullPolicy } from "./imageRef";
import { parseQuantity } from "./quantity";
import { hasOwn, setOwn } from "../util/ownMap";

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => v as Obj;
const list = (v: unknown): Obj[] => (Array.isArray(v) ? (v as Obj[]) : []);

/**
 * SetObjectDefaults_Pod: pkg/apis/core/v1/defaults.go and the +default tags of
 * k8s.io/api/core/v1/types.go, applied in the generated order (SetDefaults_Pod, then the spec,
 * volumes, init containers, containers). Mutates the decoded pod.
 */
export function setPodDefaults(pod: Obj): void {
  pod.spec ??= {};
  const spec = obj(pod.spec);

  // SetDefaults_Pod: a limit without a request makes the request equal to it (R15a).
  for (const c of [...list(spec.containers), ...list(spec.initContainers)]) {
    const res = c.resources as { limits?: Obj; requests?: Obj } | undefined;
    if (!res?.limits) continue;
    res.requests ??= {};
    for (const [k, v] of Object.entries(res.limits)) if (!hasOwn(res.requests, k)) setOwn(res.requests, k, v);
  }
  spec.enableServiceLinks ??= true;
  if (spec.hostNetwork) {
    for (const c of [...list(spec.containers), ...list(spec.initContainers)]) {
      for (const p of list(c.ports)) if (!p.hostPort) p.hostPort = p.containerPort;
    }
  }
  setPodSpecDefaults(spec);
}

/**
 * SetDefaults_PodSpec and the defaulters of everything inside a PodSpec, without SetDefaults_Pod:
 * what the generated SetObjectDefaults_Deployment / _ReplicaSet (pkg/apis/apps/v1/
 * zz_generated.defaults.go) run on `spec.template.spec`. So a template keeps a limit without a
 * request, and gets no enableServiceLinks and no hostPort (DefaultHostNetworkHostPortsInPodTemplates
 * is off); the pods a controller makes from it get those from the Pod defaulting.
 */
export function setPodSpecDefaults(spec: Obj): void {
  // SetDefaults_PodSpec
  if (!spec.dnsPolicy) spec.dnsPolicy = "ClusterFirst";
  if (!spec.restartPolicy) spec.restartPolicy = "Always";
  spec.securityContext ??= {};
  spec.terminationGracePeriodSeconds ??= 30;
  if (!spec.schedulerName) spec.schedulerName = "default-scheduler";

  for (const v of list(spec.volumes)) setVolumeDefaults(v);
  for (const c of list(spec.initContainers)) setContainerDefaults(c);
  for (const c of list(spec.containers)) setContainerDefaults(c);
  for (const c of list(spec.ephemeralContainers)) setContainerDefaults(c);
  roundResourceList(spec.overhead);
  if (spec.resources) {
    roundResourceList(obj(spec.resources).limits);
    roundResourceList(obj(spec.resources).requests);
  }
}

/** SetDefaults_ResourceList: every quantity rounded up to milli units. */
export function roundResourceList(rl: unknown): void {
  if (!rl || typeof rl !== "object") return;
  const m = rl as Obj;
  for (const [k, v] of Object.entries(m)) m[k] = parseQuantity(String(v)).roundUp(-3).toString();
}

function setContainerDefaults(c: Obj): void {
  // SetDefaults_Container
  if (!c.imagePullPolicy) c.imagePullPolicy = defaultPullPolicy(String(c.image ?? ""));
  if (!c.terminationMessagePath) c.terminationMessagePath = "/dev/termination-log";
  if (!c.terminationMessagePolicy) c.terminationMessagePolicy = "File";
  for (const p of list(c.ports)) if (!p.protocol) p.protocol = "TCP"; // +default="TCP"
  for (const e of list(c.env)) setFieldRefDefaults(obj(e.valueFrom)?.fieldRef);
  if (c.resources) {
    roundResourceList(obj(c.resources).limits);
    roundResourceList(obj(c.resources).requests);
  } else {
    // ResourceRequirements is a struct, not a pointer, in v1.Container: the API server stores and
    // returns `resources: {}` for a container that named none (json omitempty never drops a struct).
    c.resources = {};
  }
  for (const probe of ["livenessProbe", "readinessProbe", "startupProbe"]) if (c[probe]) setProbeDefaults(obj(c[probe]));
  const lifecycle = c.lifecycle as Obj | undefined;
  for (const hook of ["postStart", "preStop"]) {
    const h = lifecycle?.[hook] as Obj | undefined;
    if (h?.httpGet) setHTTPGetDefaults(obj(h.httpGet));
  }
}

/** SetDefaults_Probe: a zero (or absent) timeout, period or threshold takes its default. */
function setProbeDefaults(p: Obj): void {
  if (!p.timeoutSeconds) p.timeoutSeconds = 1;
  if (!p.periodSeconds) p.periodSeconds = 10;
  if (!p.successThreshold) p.successThreshold = 1;
  if (!p.failureThreshold) p.failureThreshold = 3;
  if (p.httpGet) setHTTPGetDefaults(obj(p.httpGet));
  // GRPCAction.Service carries +default="": stored pods show `service: ""`.
  if (p.grpc) obj(p.grpc).service ??= "";
}

function setHTTPGetDefaults(h: Obj): void {
  if (!h.path) h.path = "/";
  if (!h.scheme) h.scheme = "HTTP";
}

function setFieldRefDefaults(ref: unknown): void {
  if (ref && typeof ref === "object" && !(ref as Obj).apiVersion) (ref as Obj).apiVersion = "v1";
}

const VOLUME_NON_SOURCE_FIELDS = new Set(["name"]);

/** SetDefaults_Volume and the defaults of the volume sources podplay keeps. */
function setVolumeDefaults(v: Obj): void {
  if (Object.keys(v).every((k) => VOLUME_NON_SOURCE_FIELDS.has(k))) v.emptyDir = {};
  const withMode = (src: unknown) => {
    if (src && typeof src === "object") (src as Obj).defaultMode ??= 420;
  };
  withMode(v.secret);
  withMode(v.configMap);
  withMode(v.downwardAPI);
  withMode(v.projected);
  for (const item of list(obj(v.downwardAPI)?.items)) setFieldRefDefaults(item.fieldRef);
  for (const src of list(obj(v.projected)?.sources)) {
    if (src.serviceAccountToken) obj(src.serviceAccountToken).expirationSeconds ??= 3600;
    for (const item of list(obj(src.downwardAPI)?.items)) setFieldRefDefaults(item.fieldRef);
  }
  if (v.hostPath) obj(v.hostPath).type ??= "";
}
