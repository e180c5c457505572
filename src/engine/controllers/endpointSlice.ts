import type { Endpoint, EndpointPort, EndpointSlice } from "kubernetes-types/discovery/v1";
import type { Pod, Service } from "../api/types";
import type { KubeObject } from "../api/store";
import { deterministicUID } from "../admission/deterministic";
import type { Cause } from "../trace/types";
import type { ControllerContext } from "./context";
import { nameSuffix } from "./naming";
import { WorkQueue } from "./workqueue";
import { isPodReady } from "./pods";

export const SERVICE_NAME_LABEL = "kubernetes.io/service-name";
export const MANAGED_BY_LABEL = "endpointslice.kubernetes.io/managed-by";
export const CONTROLLER_NAME = "endpointslice-controller.k8s.io";
const ZONE_LABEL = "topology.kubernetes.io/zone";

/**
 * The EndpointSlice controller: for every Service with a selector it keeps one
 * `discovery.k8s.io/v1` EndpointSlice listing the selected pods that have an IP and are not
 * terminal, terminating pods included, with ready/serving/terminating conditions. It reacts to
 * Pod and Service writes in the same tick (no batching: --endpointslice-updates-batch-period=0).
 * Models: pkg/controller/endpointslice (syncService, reconciler) and
 * staging/src/k8s.io/endpointslice/utils.go (podToEndpoint, ShouldPodBeInEndpoints).
 * Simplification: one slice per Service (no 100-endpoint split, no per-port-set slices); named
 * target ports are resolved against the first listed pod that defines them.
 */
export class EndpointSliceController {
  private queue: WorkQueue;
  /** Trace entries that triggered a pending sync, per service key (the cause's `after`). */
  private triggers = new Map<string, number[]>();
  /** The store's EndpointSlices by namespace/service label, in store order: a pod event looks up its services' slices without listing them all. */
  private slicesByService = new Map<string, Map<string, KubeObject>>();

  constructor(private ctx: ControllerContext) {
    this.queue = new WorkQueue(ctx.clock, (k) => this.sync(k));
    ctx.store.watch("Service", (_verb, obj, entry) => this.enqueue(key(obj), entry.id));
    ctx.store.watch("EndpointSlice", (verb, obj) => {
      const k = `${obj.metadata.namespace ?? ""}/${obj.metadata.labels?.[SERVICE_NAME_LABEL] ?? ""}`;
      const slices = this.slicesByService.get(k) ?? new Map<string, KubeObject>();
      this.slicesByService.set(k, slices);
      if (verb === "delete") slices.delete(obj.metadata.name);
      else slices.set(obj.metadata.name, obj);
    });
    ctx.store.watch("Pod", (_verb, obj, entry) => {
      const pod = obj as Pod;
      const ns = pod.metadata?.namespace ?? "default";
      const services = ctx.store.list("Service", ns) as Service[];
      // Every pod event looks at every Service of its namespace: work for the run's limit.
      ctx.clock.work += services.length;
      for (const svc of services)
        if (selects(svc, pod) || this.listed(svc, pod)) this.enqueue(key(svc), entry.id);
    });
  }

  private enqueue(k: string, entryId: number): void {
    const list = this.triggers.get(k) ?? [];
    if (!list.includes(entryId)) list.push(entryId);
    this.triggers.set(k, list);
    this.queue.add(k);
  }

  /** Whether the Service's slice lists this pod now (so a pod whose labels changed is removed). */
  private listed(svc: Service, pod: Pod): boolean {
    return this.slicesOf(svc.metadata?.namespace ?? "default", svc.metadata!.name!).some((s) =>
      (s.endpoints as Endpoint[] | undefined)?.some((e) => e.targetRef?.name === pod.metadata?.name),
    );
  }

  private slicesOf(ns: string, service: string): KubeObject[] {
    const slices = this.slicesByService.get(`${ns}/${service}`);
    return slices ? [...slices.values()].filter((s) => s.metadata.labels?.[MANAGED_BY_LABEL] === CONTROLLER_NAME) : [];
  }

  private sync(k: string): void {
    const [ns, name] = k.split("/");
    const after = this.triggers.get(k) ?? [];
    this.triggers.delete(k);
    const svc = this.ctx.store.get("Service", ns, name) as Service | undefined;
    const existing = this.slicesOf(ns, name);
    const pods = svc && hasSelector(svc) && svc.spec?.type !== "ExternalName" ? (this.ctx.store.list("Pod", ns) as Pod[]) : undefined;
    this.ctx.clock.work += pods?.length ?? 0;
    const wanted = svc && pods ? desiredSlice(svc, pods, (n) => this.ctx.store.get("Node", undefined, n)) : undefined;
    const cause = (ready: number, total: number): Cause => ({ rule: "endpointslice.sync", data: { service: name, ready, total }, ...(after.length ? { after } : {}) });

    for (const s of existing)
      if (!wanted || s.metadata.name !== wanted.metadata!.name) this.ctx.store.delete(s, cause(0, 0));
    if (!wanted) return;
    const endpoints = wanted.endpoints ?? [];
    const c = cause(endpoints.filter((e) => e.conditions?.ready).length, endpoints.length);
    const current = existing.find((s) => s.metadata.name === wanted.metadata!.name);
    if (!current) {
      this.ctx.store.create(wanted, c);
      return;
    }
    const same = (o: KubeObject) => JSON.stringify([o.metadata.labels, o.metadata.ownerReferences, o.addressType, o.ports, o.endpoints]);
    if (same(current) === same(wanted)) return;
    this.ctx.store.update(current, { ...current, metadata: { ...current.metadata, labels: wanted.metadata!.labels, ownerReferences: wanted.metadata!.ownerReferences }, ports: wanted.ports, endpoints: wanted.endpoints }, c);
  }
}

function key(obj: KubeObject): string {
  return `${obj.metadata.namespace ?? "default"}/${obj.metadata.name}`;
}

function hasSelector(svc: Service): boolean {
  return !!svc.spec?.selector && Object.keys(svc.spec.selector).length > 0;
}

function selects(svc: Service, pod: Pod): boolean {
  if (!hasSelector(svc)) return false;
  return Object.entries(svc.spec!.selector!).every(([k, v]) => pod.metadata?.labels?.[k] === v);
}

/** ShouldPodBeInEndpoints with includeTerminating=true: an IP, and not Succeeded/Failed. */
export function podInSlice(pod: Pod): boolean {
  if (!pod.status?.podIP && !pod.status?.podIPs?.length) return false;
  return pod.status?.phase !== "Succeeded" && pod.status?.phase !== "Failed";
}

/** podToEndpoint's conditions (§4): serving = Ready, terminating = deletionTimestamp set. */
export function endpointConditions(pod: Pod, publishNotReadyAddresses: boolean): { ready: boolean; serving: boolean; terminating: boolean } {
  const serving = isPodReady(pod);
  const terminating = !!pod.metadata?.deletionTimestamp;
  return { ready: publishNotReadyAddresses || (serving && !terminating), serving, terminating };
}

/** The slice's name: `<service>-<5 chars>`, stable for one Service object. */
export function sliceName(svc: Service): string {
  return `${svc.metadata!.name}-${nameSuffix(`EndpointSlice/${svc.metadata?.namespace ?? "default"}/${svc.metadata!.name}/${svc.metadata?.uid ?? ""}`)}`;
}

/** The Service's ports as the endpoints expose them (targetPort, named ones looked up on the pod). */
export function endpointPorts(svc: Service, pod: Pod | undefined): EndpointPort[] {
  const out: EndpointPort[] = [];
  for (const sp of svc.spec?.ports ?? []) {
    const protocol = sp.protocol ?? "TCP";
    const target = sp.targetPort ?? sp.port;
    let port: number | undefined;
    if (typeof target === "number") port = target;
    else if (/^\d+$/.test(target)) port = Number(target);
    else
      for (const c of pod?.spec?.containers ?? [])
        for (const cp of c.ports ?? []) if (port === undefined && cp.name === target && (cp.protocol ?? "TCP") === protocol) port = cp.containerPort;
    if (port === undefined) continue;
    out.push({ name: sp.name ?? "", port, protocol, ...(sp.appProtocol ? { appProtocol: sp.appProtocol } : {}) });
  }
  return out;
}

/** The one EndpointSlice the Service should have, from the pods in its namespace. */
export function desiredSlice(svc: Service, pods: Pod[], node: (name: string) => KubeObject | undefined = () => undefined): EndpointSlice {
  const ns = svc.metadata?.namespace ?? "default";
  const publish = !!svc.spec?.publishNotReadyAddresses;
  const members = pods
    .filter((p) => (p.metadata?.namespace ?? "default") === ns && selects(svc, p) && podInSlice(p))
    .sort((a, b) => (a.metadata!.name! < b.metadata!.name! ? -1 : a.metadata!.name! > b.metadata!.name! ? 1 : 0));
  const endpoints: Endpoint[] = members.map((p) => {
    const zone = p.spec?.nodeName ? node(p.spec.nodeName)?.metadata?.labels?.[ZONE_LABEL] : undefined;
    return {
      addresses: [p.status?.podIP || p.status?.podIPs?.[0]?.ip || ""],
      conditions: endpointConditions(p, publish),
      ...(p.spec?.nodeName ? { nodeName: p.spec.nodeName } : {}),
      ...(zone ? { zone } : {}),
      targetRef: { kind: "Pod", namespace: ns, name: p.metadata!.name!, uid: p.metadata?.uid ?? "" },
    };
  });
  // A slice with no endpoints is the placeholder: it carries no ports (reconciler.go).
  const portSource = members.find((p) => endpointPorts(svc, p).length === (svc.spec?.ports ?? []).length) ?? members[0];
  const name = sliceName(svc);
  return {
    apiVersion: "discovery.k8s.io/v1",
    kind: "EndpointSlice",
    metadata: {
      name,
      generateName: `${svc.metadata!.name}-`,
      namespace: ns,
      uid: deterministicUID(`EndpointSlice/${ns}/${name}`),
      labels: { [SERVICE_NAME_LABEL]: svc.metadata!.name!, [MANAGED_BY_LABEL]: CONTROLLER_NAME },
      ownerReferences: [{ apiVersion: "v1", kind: "Service", name: svc.metadata!.name!, uid: svc.metadata?.uid ?? "", controller: true, blockOwnerDeletion: true }],
    },
    addressType: "IPv4",
    ports: members.length ? endpointPorts(svc, portSource) : [],
    endpoints,
  };
}
