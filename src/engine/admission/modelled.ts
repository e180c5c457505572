import type { Diagnostic } from "../api/types";
import type { SourceDoc } from "../input/yamlDocuments";
import { own } from "../util/ownMap";

/**
 * The fields the simulator acts on, per kind. A field in this tree is modelled with everything
 * under it (`true`) or down to the listed children (a nested tree). Lists are transparent: the tree
 * under `containers` describes each container. Everything else that strict decoding accepted is
 * valid Kubernetes that podplay stores but does not simulate, which admitAll reports as an info.
 * Grow this table as the simulator learns a field.
 */
export type Modelled = true | { [field: string]: Modelled };

const METADATA: Modelled = { name: true, namespace: true, labels: true, annotations: true, generateName: true };
/** A Pod's finalizers keep it after its deletion until an action removes them. */
const POD_METADATA: Modelled = { ...METADATA, finalizers: true };

const PROBE: Modelled = {
  exec: true,
  httpGet: { path: true, port: true, scheme: true, host: true, httpHeaders: true },
  tcpSocket: { port: true, host: true },
  grpc: { port: true, service: true },
  initialDelaySeconds: true,
  periodSeconds: true,
  timeoutSeconds: true,
  successThreshold: true,
  failureThreshold: true,
  terminationGracePeriodSeconds: true,
};

const HANDLER: Modelled = { exec: true, httpGet: { path: true, port: true, scheme: true, host: true, httpHeaders: true }, tcpSocket: true, sleep: true };

const CONTAINER: Modelled = {
  name: true,
  image: true,
  command: true,
  args: true,
  env: { name: true, value: true },
  ports: { containerPort: true, name: true, protocol: true },
  resources: { limits: true, requests: true },
  livenessProbe: PROBE,
  readinessProbe: PROBE,
  startupProbe: PROBE,
  lifecycle: { postStart: HANDLER, preStop: HANDLER },
  restartPolicy: true,
  restartPolicyRules: true,
  imagePullPolicy: true,
  terminationMessagePath: true,
  terminationMessagePolicy: true,
  volumeMounts: { name: true, mountPath: true, readOnly: true },
};

const POD_SPEC: Modelled = {
  containers: CONTAINER,
  initContainers: CONTAINER,
  restartPolicy: true,
  terminationGracePeriodSeconds: true,
  volumes: { name: true, emptyDir: true },
  nodeName: true,
  dnsPolicy: true,
  activeDeadlineSeconds: true,
  readinessGates: true,
  tolerations: true,
};

const TEMPLATE: Modelled = { metadata: { labels: true, annotations: true, finalizers: true }, spec: POD_SPEC };

export const MODELLED: Record<string, Modelled> = {
  Pod: {
    apiVersion: true,
    kind: true,
    metadata: POD_METADATA,
    spec: POD_SPEC,
  },
  Deployment: {
    apiVersion: true,
    kind: true,
    metadata: METADATA,
    spec: { replicas: true, selector: true, template: TEMPLATE, strategy: true, minReadySeconds: true, revisionHistoryLimit: true, progressDeadlineSeconds: true },
  },
  ReplicaSet: {
    apiVersion: true,
    kind: true,
    metadata: METADATA,
    spec: { replicas: true, selector: true, template: TEMPLATE, minReadySeconds: true },
  },
  Job: {
    apiVersion: true,
    kind: true,
    metadata: METADATA,
    spec: { completions: true, parallelism: true, backoffLimit: true, activeDeadlineSeconds: true, selector: true, manualSelector: true, template: TEMPLATE, podReplacementPolicy: true },
  },
  Service: {
    apiVersion: true,
    kind: true,
    metadata: METADATA,
    spec: { selector: true, ports: true, clusterIP: true, type: true, publishNotReadyAddresses: true },
  },
  LimitRange: true,
  Namespace: { apiVersion: true, kind: true, metadata: METADATA },
  Node: { apiVersion: true, kind: true, metadata: METADATA, spec: { taints: { key: true, value: true, effect: true }, unschedulable: true }, status: { capacity: true, allocatable: true } },
  PodDisruptionBudget: { apiVersion: true, kind: true, metadata: METADATA, spec: { minAvailable: true, maxUnavailable: true, selector: true, unhealthyPodEvictionPolicy: true } },
};

/**
 * Infos for the valid fields of `value` that the simulator does not act on, one per outermost such
 * field, at its key. `status` is answered separately: the API server replaces it on create.
 */
export function unmodelledFields(kind: string, value: unknown, doc: SourceDoc): Diagnostic[] {
  const out: Diagnostic[] = [];
  const info = (path: (string | number)[], message: string) => {
    const pos = doc.keyAt(path);
    out.push({ message, path: pathText(path), line: pos.line, column: pos.column, document: doc.index, severity: "info" });
  };
  const path: (string | number)[] = [];
  const walk = (v: unknown, tree: Modelled) => {
    if (tree === true || v === null || typeof v !== "object") return;
    if (Array.isArray(v)) {
      v.forEach((item, i) => {
        path.push(i);
        walk(item, tree);
        path.pop();
      });
      return;
    }
    for (const key in v as Record<string, unknown>) {
      const sub = tree[key];
      path.push(key);
      if (path.length === 1 && key === "status" && sub === undefined) info([...path], "status is set by the API server and the kubelet; podplay ignores it in input, as the API server does");
      else if (sub === undefined) info([...path], `${pathText(path)} is valid Kubernetes but podplay does not simulate it`);
      else walk((v as Record<string, unknown>)[key], sub);
      path.pop();
    }
  };
  const tree = own(MODELLED, kind);
  if (tree) walk(value, tree);
  return out;
}

/** `spec.containers[0].securityContext`: what infos and errors print as their path. */
function pathText(path: (string | number)[]): string {
  let s = "";
  for (const seg of path) s += typeof seg === "number" ? `[${seg}]` : s ? `.${seg}` : seg;
  return s;
}
