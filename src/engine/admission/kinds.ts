import type { Diagnostic, LimitRange, Namespace, Service } from "../api/types";
import type { SourceDoc } from "../input/yamlDocuments";
import { invalidDiagnostic } from "./apiErrors";
import type { FeatureGates } from "./featureGates";
import type { FieldError } from "./fieldErrors";
import { admitWorkload } from "./appsKinds";
import { admitJob } from "./batchKinds";
import { setLimitRangeDefaults, validateLimitRange } from "./limitRangeKind";
import { setNamespaceDefaults, validateNamespace } from "./namespaceKind";
import { validateNode } from "./nodeKind";
import { admitPodDisruptionBudget } from "./pdbKind";
import { admitPod } from "./podAdmission";
import { allocateService, setServiceDefaults, validateService, type ServiceAllocations } from "./serviceKind";

/** What the API server has stored so far, as far as admission of later objects depends on it. */
export interface ClusterState {
  limitRanges: Map<string, LimitRange[]>;
  services: ServiceAllocations;
}

export interface KindContext {
  doc: SourceDoc;
  gates: FeatureGates;
  cluster: ClusterState;
  uid: (name: string) => string;
}

export interface KindOutcome {
  object?: Record<string, unknown>;
  errors: Diagnostic[];
  infos: Diagnostic[];
}

/** One kind the API server serves and podplay admits. Add a row to support a new kind. */
export interface KindHandler {
  apiVersion: string;
  kind: string;
  /** The resource name errors use: `pods "web" is forbidden`, `deployments.apps "web" already exists`. */
  resource: string;
  namespaced: boolean;
  /** Defaulting, admission and validation of a strictly decoded object. */
  admit(obj: Record<string, unknown>, ctx: KindContext): KindOutcome;
  /** Bookkeeping once the object is stored. */
  stored?(obj: Record<string, unknown>, cluster: ClusterState): void;
}

function finish(kind: string, obj: Record<string, unknown>, ctx: KindContext, errs: FieldError[]): KindOutcome {
  const name = String((obj.metadata as { name?: string } | undefined)?.name ?? "");
  if (errs.length) return { errors: errs.map((e) => invalidDiagnostic(ctx.doc, kind, name, e)), infos: [] };
  return { object: obj, errors: [], infos: [] };
}

function stampUID(obj: Record<string, unknown>, ctx: KindContext): void {
  const meta = (obj.metadata ??= {}) as Record<string, unknown>;
  meta.uid = ctx.uid(String(meta.name ?? ""));
  for (const k of ["creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds", "managedFields", "selfLink", "generation"]) delete meta[k];
}

export const KINDS: readonly KindHandler[] = [
  {
    apiVersion: "v1",
    kind: "Pod",
    resource: "pods",
    namespaced: true,
    admit: (obj, ctx) => {
      const ns = String((obj.metadata as { namespace?: string }).namespace);
      return admitPod(obj, { doc: ctx.doc, gates: ctx.gates, limitRanges: ctx.cluster.limitRanges.get(ns) ?? [], uid: ctx.uid });
    },
  },
  {
    apiVersion: "v1",
    kind: "Service",
    resource: "services",
    namespaced: true,
    admit: (obj, ctx) => {
      const svc = obj as Service;
      setServiceDefaults(svc);
      stampUID(obj, ctx);
      const allocErrs = allocateService(svc, ctx.cluster.services);
      if (allocErrs.length) return finish("Service", obj, ctx, allocErrs);
      return finish("Service", obj, ctx, validateService(svc));
    },
  },
  {
    apiVersion: "v1",
    kind: "LimitRange",
    resource: "limitranges",
    namespaced: true,
    admit: (obj, ctx) => {
      setLimitRangeDefaults(obj as LimitRange);
      stampUID(obj, ctx);
      return finish("LimitRange", obj, ctx, validateLimitRange(obj as LimitRange));
    },
    stored: (obj, cluster) => {
      const ns = String((obj.metadata as { namespace?: string }).namespace);
      cluster.limitRanges.set(ns, [...(cluster.limitRanges.get(ns) ?? []), obj as LimitRange]);
    },
  },
  {
    apiVersion: "v1",
    kind: "Namespace",
    resource: "namespaces",
    namespaced: false,
    admit: (obj, ctx) => {
      setNamespaceDefaults(obj as Namespace);
      stampUID(obj, ctx);
      return finish("Namespace", obj, ctx, validateNamespace(obj as Namespace));
    },
  },
  {
    apiVersion: "v1",
    kind: "Node",
    resource: "nodes",
    namespaced: false,
    admit: (obj, ctx) => {
      stampUID(obj, ctx);
      return finish("Node", obj, ctx, validateNode(obj));
    },
  },
  {
    apiVersion: "policy/v1",
    kind: "PodDisruptionBudget",
    resource: "poddisruptionbudgets.policy",
    namespaced: true,
    admit: (obj, ctx) => {
      stampUID(obj, ctx);
      return finish("PodDisruptionBudget.policy", obj, ctx, admitPodDisruptionBudget(obj));
    },
  },
  {
    apiVersion: "apps/v1",
    kind: "Deployment",
    resource: "deployments.apps",
    namespaced: true,
    admit: (obj, ctx) => admitWorkload("Deployment", obj, ctx),
  },
  {
    apiVersion: "apps/v1",
    kind: "ReplicaSet",
    resource: "replicasets.apps",
    namespaced: true,
    admit: (obj, ctx) => admitWorkload("ReplicaSet", obj, ctx),
  },
  {
    apiVersion: "batch/v1",
    kind: "Job",
    resource: "jobs.batch",
    namespaced: true,
    admit: (obj, ctx) => admitJob(obj, ctx),
  },
];

/**
 * Built-in kinds a real cluster serves that podplay does not model yet, so the rejection can say
 * so instead of suggesting a missing CRD.
 */
export const UNMODELLED_BUILTIN_KINDS: Readonly<Record<string, string>> = {
  StatefulSet: "apps/v1",
  DaemonSet: "apps/v1",
  ControllerRevision: "apps/v1",
  CronJob: "batch/v1",
  ConfigMap: "v1",
  Secret: "v1",
  ServiceAccount: "v1",
  PersistentVolumeClaim: "v1",
  PersistentVolume: "v1",
  Endpoints: "v1",
  Event: "v1",
  ReplicationController: "v1",
  ResourceQuota: "v1",
  PodTemplate: "v1",
  EndpointSlice: "discovery.k8s.io/v1",
  Ingress: "networking.k8s.io/v1",
  IngressClass: "networking.k8s.io/v1",
  NetworkPolicy: "networking.k8s.io/v1",
  HorizontalPodAutoscaler: "autoscaling/v2",
  PriorityClass: "scheduling.k8s.io/v1",
  StorageClass: "storage.k8s.io/v1",
  Role: "rbac.authorization.k8s.io/v1",
  RoleBinding: "rbac.authorization.k8s.io/v1",
  ClusterRole: "rbac.authorization.k8s.io/v1",
  ClusterRoleBinding: "rbac.authorization.k8s.io/v1",
  CustomResourceDefinition: "apiextensions.k8s.io/v1",
  Lease: "coordination.k8s.io/v1",
};

export function findKind(apiVersion: string, kind: string): KindHandler | undefined {
  return KINDS.find((k) => k.apiVersion === apiVersion && k.kind === kind);
}
