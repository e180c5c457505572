/**
 * `kubectl get` tables for the kinds besides Pods and Events: nodes, deployments, replicasets,
 * services and endpointslices, alone or several kinds in one command.
 *
 * Models: the column definitions and printNode, printDeployment, printReplicaSet, printService,
 * printEndpointSlice (formatDiscoveryPorts, formatDiscoveryEndpoints, listWithMoreString) in
 * kubernetes/kubernetes pkg/printers/internalversion/printers.go, and kubectl's get.go for several
 * kinds: each kind is its own table (widths are not shared), a blank line between tables, and
 * names as `kind.group/name` when more than one kind is printed.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- the stored objects are the API's JSON shapes */
import type { Pod } from "../api/types";
import { podRow } from "./podRow";
import { tableTabWriter } from "./tabwriter";
import { noResourcesFound, writeTableHeader, writeTableRow } from "./table";
import { translateTimestampSince } from "./time";

/** The kinds podplay prints as tables, by the resource name kubectl resolves them to. */
export type TableKind = "pods" | "nodes" | "deployments" | "replicasets" | "services" | "endpointslices";

interface KindPrinter {
  /** The object's Kind as stored. */
  kind: string;
  /** What kubectl prefixes names with when several kinds are printed (`deployment.apps`). */
  prefix: string;
  namespaced: boolean;
  columns(wide: boolean): string[];
  cells(obj: any, nowMs: number, wide: boolean, epochMs: number): string[];
}

const age = (obj: any, nowMs: number) => translateTimestampSince(obj?.metadata?.creationTimestamp, nowMs);

/** layoutContainerCells: the template's container names and images, comma-joined. */
function containerCells(template: any): [string, string] {
  const cs: any[] = template?.spec?.containers ?? [];
  return [cs.map((c) => c.name).join(","), cs.map((c) => c.image).join(",")];
}

/** metav1.LabelSelectorAsSelector(...).String(): matchLabels sorted by key, then expressions. */
export function formatLabelSelector(sel: any): string {
  if (!sel) return "<none>";
  const parts: string[] = [];
  for (const k of Object.keys(sel.matchLabels ?? {}).sort()) parts.push(`${k}=${sel.matchLabels[k]}`);
  for (const e of sel.matchExpressions ?? []) {
    const values = [...(e.values ?? [])].sort().join(",");
    if (e.operator === "In") parts.push(`${e.key} in (${values})`);
    else if (e.operator === "NotIn") parts.push(`${e.key} notin (${values})`);
    else if (e.operator === "Exists") parts.push(e.key);
    else if (e.operator === "DoesNotExist") parts.push(`!${e.key}`);
  }
  return parts.join(",");
}

/** labels.FormatLabels: `k=v,…` sorted by key, `<none>` when empty. */
function formatLabels(labels: Record<string, string> | undefined): string {
  const keys = Object.keys(labels ?? {}).sort();
  return keys.length ? keys.map((k) => `${k}=${labels![k]}`).join(",") : "<none>";
}

/** listWithMoreString: at most 3 items, then `+ N more...`; `<unset>` when empty. */
function listWithMore(items: string[], max = 3): string {
  const shown = items.slice(0, max).join(",");
  if (items.length > max) return `${shown} + ${items.length - max} more...`;
  return shown || "<unset>";
}

/** findNodeRoles: `node-role.kubernetes.io/<role>` labels and a non-empty `kubernetes.io/role`, sorted. */
function nodeRoles(labels: Record<string, string> | undefined): string {
  const roles = new Set<string>();
  for (const [k, v] of Object.entries(labels ?? {})) {
    if (k.startsWith("node-role.kubernetes.io/")) {
      const role = k.slice("node-role.kubernetes.io/".length);
      if (role) roles.add(role);
    } else if (k === "kubernetes.io/role" && v !== "") roles.add(v);
  }
  return [...roles].sort().join(",") || "<none>";
}

function nodeAddress(node: any, type: string): string {
  return (node?.status?.addresses ?? []).find((a: any) => a.type === type)?.address ?? "<none>";
}

/** getServiceExternalIP for the Service types the simulation admits. */
function serviceExternalIP(svc: any): string {
  const ips: string[] = svc?.spec?.externalIPs ?? [];
  switch (svc?.spec?.type ?? "ClusterIP") {
    case "ClusterIP":
    case "NodePort":
      return ips.length ? ips.join(",") : "<none>";
    case "LoadBalancer": {
      const lb: string[] = (svc?.status?.loadBalancer?.ingress ?? []).map((i: any) => i.ip || i.hostname).filter(Boolean);
      const all = [...lb, ...ips];
      return all.length ? all.join(",") : "<pending>";
    }
    case "ExternalName":
      return svc.spec.externalName ?? "";
  }
  return "<unknown>";
}

const PRINTERS: Record<TableKind, KindPrinter> = {
  pods: {
    kind: "Pod",
    prefix: "pod",
    namespaced: true,
    columns: (wide) => ["Name", "Ready", "Status", "Restarts", "Age", ...(wide ? ["IP", "Node", "Nominated Node", "Readiness Gates"] : [])],
    cells(obj, nowMs, wide, epochMs) {
      const r = podRow(obj as Pod, (nowMs - epochMs) / 1000, epochMs);
      return [r.name, r.ready, r.status, r.restartsText, r.age, ...(wide ? [r.ip, r.node, r.nominatedNode, r.readinessGates] : [])];
    },
  },
  nodes: {
    kind: "Node",
    prefix: "node",
    namespaced: false,
    columns: (wide) => ["Name", "Status", "Roles", "Age", "Version", ...(wide ? ["Internal-IP", "External-IP", "OS-Image", "Kernel-Version", "Container-Runtime"] : [])],
    cells(obj, nowMs, wide) {
      const ready = (obj.status?.conditions ?? []).find((c: any) => c.type === "Ready");
      const status = [ready ? (ready.status === "True" ? "Ready" : "NotReady") : "Unknown"];
      if (obj.spec?.unschedulable) status.push("SchedulingDisabled");
      const info = obj.status?.nodeInfo ?? {};
      const cells = [obj.metadata.name, status.join(","), nodeRoles(obj.metadata.labels), age(obj, nowMs), info.kubeletVersion ?? ""];
      if (wide) cells.push(nodeAddress(obj, "InternalIP"), nodeAddress(obj, "ExternalIP"), info.osImage || "<unknown>", info.kernelVersion || "<unknown>", info.containerRuntimeVersion || "<unknown>");
      return cells;
    },
  },
  deployments: {
    kind: "Deployment",
    prefix: "deployment.apps",
    namespaced: true,
    columns: (wide) => ["Name", "Ready", "Up-to-date", "Available", "Age", ...(wide ? ["Containers", "Images", "Selector"] : [])],
    cells(obj, nowMs, wide) {
      const s = obj.status ?? {};
      const cells = [obj.metadata.name, `${s.readyReplicas ?? 0}/${obj.spec?.replicas ?? 1}`, String(s.updatedReplicas ?? 0), String(s.availableReplicas ?? 0), age(obj, nowMs)];
      if (wide) cells.push(...containerCells(obj.spec?.template), formatLabelSelector(obj.spec?.selector));
      return cells;
    },
  },
  replicasets: {
    kind: "ReplicaSet",
    prefix: "replicaset.apps",
    namespaced: true,
    columns: (wide) => ["Name", "Desired", "Current", "Ready", "Age", ...(wide ? ["Containers", "Images", "Selector"] : [])],
    cells(obj, nowMs, wide) {
      const s = obj.status ?? {};
      const cells = [obj.metadata.name, String(obj.spec?.replicas ?? 1), String(s.replicas ?? 0), String(s.readyReplicas ?? 0), age(obj, nowMs)];
      if (wide) cells.push(...containerCells(obj.spec?.template), formatLabelSelector(obj.spec?.selector));
      return cells;
    },
  },
  services: {
    kind: "Service",
    prefix: "service",
    namespaced: true,
    columns: (wide) => ["Name", "Type", "Cluster-IP", "External-IP", "Port(s)", "Age", ...(wide ? ["Selector"] : [])],
    cells(obj, nowMs, wide) {
      const ports = (obj.spec?.ports ?? []).map((p: any) => (p.nodePort > 0 ? `${p.port}:${p.nodePort}/${p.protocol ?? "TCP"}` : `${p.port}/${p.protocol ?? "TCP"}`)).join(",");
      const cells = [obj.metadata.name, obj.spec?.type ?? "", obj.spec?.clusterIPs?.[0] ?? "<none>", serviceExternalIP(obj), ports || "<none>", age(obj, nowMs)];
      if (wide) cells.push(formatLabels(obj.spec?.selector));
      return cells;
    },
  },
  endpointslices: {
    kind: "EndpointSlice",
    prefix: "endpointslice.discovery.k8s.io",
    namespaced: true,
    // No wide columns: `-o wide` prints the same table.
    columns: () => ["Name", "AddressType", "Ports", "Endpoints", "Age"],
    cells(obj, nowMs) {
      const ports = (obj.ports ?? []).map((p: any) => (p.port != null ? String(p.port) : p.name != null ? p.name : "*"));
      const addresses = (obj.endpoints ?? []).flatMap((e: any) => e.addresses ?? []);
      return [obj.metadata.name, obj.addressType ?? "", listWithMore(ports), listWithMore(addresses), age(obj, nowMs)];
    },
  },
};

/** The stored Kind of a table kind (what the trace's writes name). */
export function storedKind(kind: TableKind): string {
  return PRINTERS[kind].kind;
}

/** Whether the kind lives in a namespace (nodes do not). */
export function isNamespaced(kind: TableKind): boolean {
  return PRINTERS[kind].namespaced;
}

/** `deployment.apps/web`: the name kubectl prints for an object when several kinds are listed. */
export function kindPrefixed(kind: TableKind, name: string): string {
  return `${PRINTERS[kind].prefix}/${name}`;
}

export interface GetTablesOptions {
  /** Simulated seconds of the playhead: ages are computed at this moment. */
  t: number;
  epochMs: number;
  wide?: boolean;
  noHeaders?: boolean;
  /** The namespace named in "No resources found in … namespace." (omitted for cluster-scoped lists). */
  namespace?: string;
  /** -A: a leading NAMESPACE column on namespaced kinds. */
  allNamespaces?: boolean;
}

/** What kubectl writes: the tables on stdout, "No resources found" on stderr when nothing was listed. */
export interface Printed {
  out: string;
  err: string;
}

/**
 * `kubectl get KIND[,KIND…]` for the objects given per kind (in list order). With objects of more
 * than one kind, names carry their `kind.group/` prefix and a blank line separates the tables.
 */
export function printGetTables(groups: Array<{ kind: TableKind; objects: readonly unknown[] }>, opts: GetTablesOptions): Printed {
  const nowMs = opts.epochMs + opts.t * 1000;
  const present = groups.filter((g) => g.objects.length);
  const withKind = new Set(present.map((g) => g.kind)).size > 1;
  const tables: string[] = [];
  for (const g of present) {
    const p = PRINTERS[g.kind];
    const wide = !!opts.wide;
    const nsColumn = !!opts.allNamespaces && p.namespaced;
    const tw = tableTabWriter();
    if (!opts.noHeaders) writeTableHeader(tw, [...(nsColumn ? ["Namespace"] : []), ...p.columns(wide)]);
    for (const obj of g.objects) {
      const cells = p.cells(obj, nowMs, wide, opts.epochMs);
      if (withKind) cells[0] = kindPrefixed(g.kind, cells[0]);
      writeTableRow(tw, nsColumn ? [(obj as any).metadata?.namespace ?? "", ...cells] : cells);
    }
    tw.flush();
    tables.push(tw.output());
  }
  if (!tables.length) {
    const clusterScoped = groups.every((g) => !PRINTERS[g.kind].namespaced);
    return { out: "", err: noResourcesFound(opts.allNamespaces || clusterScoped ? undefined : (opts.namespace ?? "default")) };
  }
  // kubectl separates the tables by a blank line only when headers are printed.
  return { out: tables.join(opts.noHeaders ? "" : "\n"), err: "" };
}
