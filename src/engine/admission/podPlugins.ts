import { deterministicSuffix } from "./deterministic";
import { own } from "../util/ownMap";

type Obj = Record<string, unknown>;
const list = (v: unknown): Obj[] => (Array.isArray(v) ? (v as Obj[]) : []);

// The mutating admission plugins a v1.34 API server runs on every new Pod after LimitRanger,
// in the order of the plugin chain: ServiceAccount, Priority, DefaultTolerationSeconds.

const TOKEN_MOUNT_PATH = "/var/run/secrets/kubernetes.io/serviceaccount";

/**
 * plugin/pkg/admission/serviceaccount: the pod runs as "default" unless it names another account,
 * and every container (init ones too) mounts a projected token volume `kube-api-access-<5 chars>`.
 * The suffix is random in Kubernetes; here it is a hash of namespace/name, so it is stable.
 * podplay has no ServiceAccount objects: any named account is taken to exist.
 */
export function admitServiceAccount(pod: Obj, namespace: string, name: string): void {
  const spec = pod.spec as Obj;
  if (!spec.serviceAccountName) spec.serviceAccountName = "default";
  if (spec.automountServiceAccountToken === false) return;

  const volumes = list(spec.volumes);
  const existing = volumes.find((v) => String(v.name ?? "").startsWith("kube-api-access-"));
  const volumeName = existing ? String(existing.name) : `kube-api-access-${deterministicSuffix(`${namespace}/${name}`)}`;
  let needed = false;
  for (const c of [...list(spec.initContainers), ...list(spec.containers)]) {
    const mounts = list(c.volumeMounts);
    if (mounts.some((m) => m.mountPath === TOKEN_MOUNT_PATH)) continue;
    c.volumeMounts = [...mounts, { mountPath: TOKEN_MOUNT_PATH, name: volumeName, readOnly: true }];
    needed = true;
  }
  if (!existing && needed) {
    spec.volumes = [
      ...volumes,
      {
        name: volumeName,
        projected: {
          defaultMode: 420,
          sources: [
            { serviceAccountToken: { expirationSeconds: 3607, path: "token" } },
            { configMap: { items: [{ key: "ca.crt", path: "ca.crt" }], name: "kube-root-ca.crt" } },
            { downwardAPI: { items: [{ fieldRef: { apiVersion: "v1", fieldPath: "metadata.namespace" }, path: "namespace" }] } },
          ],
        },
      },
    ];
  }
}

/** The PriorityClasses every cluster has. */
const SYSTEM_PRIORITY_CLASSES: Record<string, number> = {
  "system-cluster-critical": 2000000000,
  "system-node-critical": 2000001000,
};

/**
 * plugin/pkg/admission/priority: the priority comes from the PriorityClass (0 and
 * PreemptLowerPriority when none is named and no class is the global default). A pod may not
 * state a different priority itself. Returns the Forbidden reason, if any.
 */
export function admitPriority(pod: Obj): string | undefined {
  const spec = pod.spec as Obj;
  const className = spec.priorityClassName as string | undefined;
  let priority = 0;
  if (className) {
    const known = own(SYSTEM_PRIORITY_CLASSES, className);
    if (known === undefined) return `no PriorityClass with name ${className} was found`;
    priority = known;
  }
  if (spec.priority !== undefined && spec.priority !== priority) {
    return `the integer value of priority (${spec.priority}) must not be provided in pod spec; priority admission controller computed ${priority} from the given PriorityClass name`;
  }
  spec.priority = priority;
  const policy = "PreemptLowerPriority";
  if (spec.preemptionPolicy !== undefined && spec.preemptionPolicy !== policy) {
    return `the string value of PreemptionPolicy (${String(spec.preemptionPolicy)}) must not be provided in pod spec; priority admission controller computed ${policy} from the given PriorityClass name`;
  }
  spec.preemptionPolicy = policy;
  return undefined;
}

/**
 * plugin/pkg/admission/defaulttolerationseconds: tolerate not-ready and unreachable nodes for
 * 300 s unless the pod already tolerates them (an empty key or effect matches).
 */
export function admitDefaultTolerationSeconds(pod: Obj): void {
  const spec = pod.spec as Obj;
  const tolerations = list(spec.tolerations);
  const tolerates = (key: string) => tolerations.some((t) => (t.key === key || !t.key) && (t.effect === "NoExecute" || !t.effect));
  const add: Obj[] = [];
  for (const key of ["node.kubernetes.io/not-ready", "node.kubernetes.io/unreachable"]) {
    if (!tolerates(key)) add.push({ effect: "NoExecute", key, operator: "Exists", tolerationSeconds: 300 });
  }
  if (add.length) spec.tolerations = [...tolerations, ...add];
}
