import type { TableKind } from "../../../engine/printers/resourceTables";

/** A resource type as kubectl's discovery knows it (v1.34, the built-in API groups). */
export interface ResourceType {
  /** The plural resource name (`deployments`). */
  plural: string;
  /** The API group ("" for the core group). */
  group: string;
  /** The names kubectl resolves to it: singular, short names. */
  aliases: string[];
  /** How podplay prints it: a table kind, the Events table, or not at all (a real kind podplay does not show). */
  shown?: TableKind | "events";
}

// Models: `kubectl api-resources` of a v1.34 cluster (names and SHORTNAMES) for the kinds a
// learner is likely to type. Only the `shown` ones are in podplay's runs.
export const RESOURCE_TYPES: ResourceType[] = [
  { plural: "pods", group: "", aliases: ["pod", "po"], shown: "pods" },
  { plural: "nodes", group: "", aliases: ["node", "no"], shown: "nodes" },
  { plural: "deployments", group: "apps", aliases: ["deployment", "deploy"], shown: "deployments" },
  { plural: "replicasets", group: "apps", aliases: ["replicaset", "rs"], shown: "replicasets" },
  { plural: "services", group: "", aliases: ["service", "svc"], shown: "services" },
  { plural: "endpointslices", group: "discovery.k8s.io", aliases: ["endpointslice"], shown: "endpointslices" },
  { plural: "events", group: "", aliases: ["event", "ev"], shown: "events" },
  { plural: "namespaces", group: "", aliases: ["namespace", "ns"] },
  { plural: "configmaps", group: "", aliases: ["configmap", "cm"] },
  { plural: "secrets", group: "", aliases: ["secret"] },
  { plural: "serviceaccounts", group: "", aliases: ["serviceaccount", "sa"] },
  { plural: "endpoints", group: "", aliases: ["ep"] },
  { plural: "limitranges", group: "", aliases: ["limitrange", "limits"] },
  { plural: "resourcequotas", group: "", aliases: ["resourcequota", "quota"] },
  { plural: "persistentvolumeclaims", group: "", aliases: ["persistentvolumeclaim", "pvc"] },
  { plural: "persistentvolumes", group: "", aliases: ["persistentvolume", "pv"] },
  { plural: "jobs", group: "batch", aliases: ["job"] },
  { plural: "cronjobs", group: "batch", aliases: ["cronjob", "cj"] },
  { plural: "daemonsets", group: "apps", aliases: ["daemonset", "ds"] },
  { plural: "statefulsets", group: "apps", aliases: ["statefulset", "sts"] },
  { plural: "poddisruptionbudgets", group: "policy", aliases: ["poddisruptionbudget", "pdb"] },
  { plural: "horizontalpodautoscalers", group: "autoscaling", aliases: ["horizontalpodautoscaler", "hpa"] },
  { plural: "ingresses", group: "networking.k8s.io", aliases: ["ingress", "ing"] },
  { plural: "networkpolicies", group: "networking.k8s.io", aliases: ["networkpolicy", "netpol"] },
  { plural: "storageclasses", group: "storage.k8s.io", aliases: ["storageclass", "sc"] },
  { plural: "priorityclasses", group: "scheduling.k8s.io", aliases: ["priorityclass", "pc"] },
  { plural: "leases", group: "coordination.k8s.io", aliases: ["lease"] },
  { plural: "roles", group: "rbac.authorization.k8s.io", aliases: ["role"] },
  { plural: "rolebindings", group: "rbac.authorization.k8s.io", aliases: ["rolebinding"] },
  { plural: "clusterroles", group: "rbac.authorization.k8s.io", aliases: ["clusterrole"] },
  { plural: "clusterrolebindings", group: "rbac.authorization.k8s.io", aliases: ["clusterrolebinding"] },
  { plural: "customresourcedefinitions", group: "apiextensions.k8s.io", aliases: ["customresourcedefinition", "crd", "crds"] },
];

/** The resource a typed name means (`po`, `deploy`, `deployments.apps`), or undefined (kubectl: "the server doesn't have a resource type"). */
export function resolveResource(typed: string): ResourceType | undefined {
  const name = typed.toLowerCase();
  for (const r of RESOURCE_TYPES) {
    for (const n of [r.plural, ...r.aliases]) {
      if (name === n || (r.group && name === `${n}.${r.group}`)) return r;
    }
  }
  return undefined;
}

/** `deployments.apps`: how the API server names the resource in its NotFound message. */
export function qualified(r: ResourceType): string {
  return r.group ? `${r.plural}.${r.group}` : r.plural;
}

/** What kubectl prints when the object does not exist. */
export function notFound(r: ResourceType, name: string): string {
  return `Error from server (NotFound): ${qualified(r)} "${name}" not found\n`;
}

/** The resource types podplay prints, for completion. */
export const SHOWN_NAMES: string[] = RESOURCE_TYPES.filter((r) => r.shown).flatMap((r) => [r.plural, ...r.aliases]);
