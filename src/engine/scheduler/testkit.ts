/**
 * Builders for the scheduler's tests: nodes and pods in the shapes scheduleOne takes.
 * Not used by the engine itself.
 */
import type { Container, Pod, PodSpec } from "../api/types";
import type { NodeInfo, Taint } from "./plugins/types";

export const Gi = 1024 ** 3;
export const Mi = 1024 ** 2;

export function mkNode(
  name: string,
  o: { cpu?: number; memory?: number; pods?: number; labels?: Record<string, string>; taints?: Taint[]; unschedulable?: boolean; images?: string[]; imageSizes?: Record<string, number> } = {},
): NodeInfo {
  return {
    name,
    labels: { "kubernetes.io/hostname": name, ...(o.labels ?? {}) },
    taints: o.taints ?? [],
    unschedulable: o.unschedulable ?? false,
    allocatable: { cpu: o.cpu ?? 2, memory: o.memory ?? 4 * Gi, pods: o.pods ?? 110 },
    images: o.images,
    imageSizes: o.imageSizes,
  };
}

export interface PodOpts {
  namespace?: string;
  labels?: Record<string, string>;
  /** Requests of the single container, e.g. { cpu: "500m", memory: "1Gi" }. */
  requests?: Record<string, string>;
  image?: string;
  node?: string;
  /** Controlling ReplicaSet name; adds app/pod-template-hash labels unless labels are given. */
  rs?: string;
  terminating?: boolean;
  priority?: number;
  spec?: Partial<PodSpec>;
}

export function mkPod(name: string, o: PodOpts = {}): Pod {
  const container: Container = { name: "app", image: o.image ?? "nginx", ...(o.requests ? { resources: { requests: o.requests } } : {}) };
  const labels = o.labels ?? (o.rs ? { app: o.rs.split("-")[0], "pod-template-hash": o.rs.split("-").slice(1).join("-") || "h1" } : undefined);
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: {
      name,
      namespace: o.namespace ?? "default",
      uid: `uid-${name}`,
      ...(labels ? { labels } : {}),
      ...(o.rs ? { ownerReferences: [{ apiVersion: "apps/v1", kind: "ReplicaSet", name: o.rs, uid: `uid-${o.rs}`, controller: true, blockOwnerDeletion: true }] } : {}),
      ...(o.terminating ? { deletionTimestamp: "2025-01-01T00:00:00Z" } : {}),
    },
    spec: {
      containers: [container],
      ...(o.node ? { nodeName: o.node } : {}),
      ...(o.priority !== undefined ? { priority: o.priority } : {}),
      ...(o.spec ?? {}),
    },
  };
}
