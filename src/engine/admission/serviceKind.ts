import type { Service } from "../api/types";
import { fnv1a } from "./deterministic";
import { duplicate, forbidden, invalid, notSupported, required, sortedSet, type FieldError } from "./fieldErrors";
import { FieldPath } from "./fieldPath";
import { isDNS1123Label, isValidPortNum, nameIsDNS1035Label } from "./names";
import { validateLabels, validateObjectMeta } from "./objectMeta";
import { validatePortNumOrName } from "./probeValidation";

type Spec = NonNullable<Service["spec"]>;
type Port = NonNullable<Spec["ports"]>[number];

/** The cluster's Service CIDR (kubeadm's and kind's default) and the NodePort range. */
export const SERVICE_CIDR = "10.96.0.0/12";
const CIDR_BASE = (10 << 24) | (96 << 16);
const CIDR_SIZE = 1 << 20;
/** The `kubernetes` Service takes the first address and kube-dns conventionally the tenth. */
const RESERVED = new Set(["10.96.0.0", "10.96.0.1", "10.96.0.10", "10.111.255.255"]);
const NODE_PORT_MIN = 30000;
const NODE_PORT_SIZE = 2768;

/** What the Service IP and NodePort allocators have handed out so far. */
export interface ServiceAllocations {
  ips: Set<string>;
  nodePorts: Set<number>;
}

export function newServiceAllocations(): ServiceAllocations {
  return { ips: new Set(), nodePorts: new Set() };
}

/** SetDefaults_Service (pkg/apis/core/v1/defaults.go). */
export function setServiceDefaults(svc: Service): void {
  const spec = (svc.spec ??= {} as Spec);
  if (!spec.sessionAffinity) spec.sessionAffinity = "None";
  if (spec.sessionAffinity === "None") delete spec.sessionAffinityConfig;
  if (spec.sessionAffinity === "ClientIP" && spec.sessionAffinityConfig?.clientIP?.timeoutSeconds === undefined) {
    spec.sessionAffinityConfig = { clientIP: { timeoutSeconds: 10800 } };
  }
  if (!spec.type) spec.type = "ClusterIP";
  for (const p of spec.ports ?? []) {
    if (!p.protocol) p.protocol = "TCP";
    if (p.targetPort === undefined || p.targetPort === 0 || p.targetPort === "") p.targetPort = p.port;
  }
  const external = spec.type === "NodePort" || spec.type === "LoadBalancer" || (spec.externalIPs ?? []).length > 0;
  if (external && !spec.externalTrafficPolicy) spec.externalTrafficPolicy = "Cluster";
  if (spec.internalTrafficPolicy === undefined && ["NodePort", "LoadBalancer", "ClusterIP"].includes(spec.type)) spec.internalTrafficPolicy = "Cluster";
  if (spec.type === "LoadBalancer") spec.allocateLoadBalancerNodePorts ??= true;
  (svc as { status?: unknown }).status = { loadBalancer: {} };
}

const ipToString = (n: number) => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join(".");

function ipToNumber(ip: string): number | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(ip);
  if (!m) return undefined;
  const parts = m.slice(1).map(Number);
  if (parts.some((p) => p > 255)) return undefined;
  return ((parts[0] << 24) | (parts[1] << 16) | (parts[2] << 8) | parts[3]) >>> 0;
}

/**
 * The Service REST storage's allocation, which runs before validation: a ClusterIP from the
 * Service CIDR (random in Kubernetes; here a hash of namespace/name, probing for a free one), one
 * IPv4 family, SingleStack, and NodePorts for NodePort and LoadBalancer Services.
 */
export function allocateService(svc: Service, alloc: ServiceAllocations): FieldError[] {
  const spec = svc.spec!;
  if (spec.type === "ExternalName") return [];
  const key = `${svc.metadata?.namespace}/${svc.metadata?.name}`;
  const requested = spec.clusterIP ?? spec.clusterIPs?.[0] ?? "";
  if (requested === "None") {
    spec.clusterIP = "None";
    spec.clusterIPs = ["None"];
  } else if (requested) {
    const n = ipToNumber(requested);
    const path = FieldPath.root("spec", "clusterIPs");
    const raw = { raw: `[]string{${JSON.stringify(requested)}}` };
    if (n === undefined) return [invalid(path.index(0), requested, "must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)")];
    const offset = (n - CIDR_BASE) >>> 0;
    if (offset === 0 || offset >= CIDR_SIZE - 1) {
      return [invalid(path, raw, `failed to allocate IP ${requested}: the provided IP (${requested}) is not in the valid range. The range of valid IPs is ${SERVICE_CIDR}`)];
    }
    if (alloc.ips.has(requested) || RESERVED.has(requested)) return [invalid(path, raw, `failed to allocate IP ${requested}: provided IP is already allocated`)];
    alloc.ips.add(requested);
    spec.clusterIP = requested;
    spec.clusterIPs = [requested];
  } else {
    let offset = fnv1a(key) % CIDR_SIZE;
    for (;;) {
      const ip = ipToString((CIDR_BASE + offset) >>> 0);
      if (!RESERVED.has(ip) && !alloc.ips.has(ip)) {
        alloc.ips.add(ip);
        spec.clusterIP = ip;
        spec.clusterIPs = [ip];
        break;
      }
      offset = (offset + 1) % CIDR_SIZE;
    }
  }
  spec.ipFamilies ??= ["IPv4"];
  spec.ipFamilyPolicy ??= "SingleStack";
  if (spec.type === "NodePort" || (spec.type === "LoadBalancer" && spec.allocateLoadBalancerNodePorts !== false)) {
    (spec.ports ?? []).forEach((p, i) => {
      if (p.nodePort) {
        alloc.nodePorts.add(p.nodePort);
        return;
      }
      let offset = fnv1a(`${key}/${i}`) % NODE_PORT_SIZE;
      while (alloc.nodePorts.has(NODE_PORT_MIN + offset)) offset = (offset + 1) % NODE_PORT_SIZE;
      p.nodePort = NODE_PORT_MIN + offset;
      alloc.nodePorts.add(p.nodePort);
    });
  }
  return [];
}

/** ValidateService (pkg/apis/core/validation/validation.go), the parts that apply on create. */
export function validateService(svc: Service): FieldError[] {
  const errs = validateObjectMeta(svc.metadata ?? {}, true, nameIsDNS1035Label, FieldPath.root("metadata"));
  const spec = svc.spec!;
  const sp = FieldPath.root("spec");
  const headless = spec.clusterIP === "None";
  const ports = spec.ports ?? [];
  if (ports.length === 0 && !headless && spec.type !== "ExternalName") errs.push(required(sp.child("ports")));
  if (spec.type === "ExternalName") {
    const cname = (spec.externalName ?? "").replace(/\.$/, "");
    if (!cname) errs.push(required(sp.child("externalName")));
  }
  const names = new Set<string>();
  ports.forEach((p, i) => errs.push(...validateServicePort(p, ports.length > 1, names, sp.child("ports").index(i))));
  if (spec.selector) errs.push(...validateLabels(spec.selector, sp.child("selector")));
  const affinity = spec.sessionAffinity ?? "";
  if (!affinity) errs.push(required(sp.child("sessionAffinity")));
  else if (affinity !== "ClientIP" && affinity !== "None") errs.push(notSupported(sp.child("sessionAffinity"), affinity, sortedSet(["ClientIP", "None"])));
  const types = sortedSet(["ClusterIP", "NodePort", "LoadBalancer", "ExternalName"]);
  if (!spec.type) errs.push(required(sp.child("type")));
  else if (!types.includes(spec.type)) errs.push(notSupported(sp.child("type"), spec.type, types));
  if (spec.type === "ClusterIP") {
    ports.forEach((p, i) => {
      if (p.nodePort) errs.push(forbidden(sp.child("ports").index(i).child("nodePort"), "may not be used when `type` is 'ClusterIP'"));
    });
  }
  const nodePorts = new Set<string>();
  const seen = new Set<string>();
  ports.forEach((p, i) => {
    const pp = sp.child("ports").index(i);
    if (p.nodePort) {
      const k = `${p.protocol}/${p.nodePort}`;
      if (nodePorts.has(k)) errs.push(duplicate(pp.child("nodePort"), p.nodePort));
      nodePorts.add(k);
    }
    const k = `${p.protocol}/${p.port}`;
    if (seen.has(k)) errs.push(duplicate(pp, { raw: servicePortGoSyntax(p) }));
    seen.add(k);
  });
  const itp = spec.internalTrafficPolicy;
  if (itp === undefined && ["NodePort", "LoadBalancer", "ClusterIP"].includes(spec.type ?? "")) errs.push(required(sp.child("internalTrafficPolicy")));
  else if (itp !== undefined && itp !== "Cluster" && itp !== "Local") errs.push(notSupported(sp.child("internalTrafficPolicy"), itp, sortedSet(["Cluster", "Local"])));
  return errs;
}

function validateServicePort(p: Port, requireName: boolean, names: Set<string>, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  if (requireName && !p.name) errs.push(required(path.child("name")));
  else if (p.name) {
    for (const msg of isDNS1123Label(p.name)) errs.push(invalid(path.child("name"), p.name, msg));
    if (names.has(p.name)) errs.push(duplicate(path.child("name"), p.name));
    else names.add(p.name);
  }
  for (const msg of isValidPortNum(p.port)) errs.push(invalid(path.child("port"), p.port, msg));
  const proto = p.protocol ?? "";
  if (!proto) errs.push(required(path.child("protocol")));
  else if (!["TCP", "UDP", "SCTP"].includes(proto)) errs.push(notSupported(path.child("protocol"), proto, sortedSet(["TCP", "UDP", "SCTP"])));
  errs.push(...validatePortNumOrName(p.targetPort ?? 0, path.child("targetPort")));
  return errs;
}

/** The %#v of the core.ServicePort key that the duplicate-port check reports. */
function servicePortGoSyntax(p: Port): string {
  return `core.ServicePort{Name:"", Protocol:${JSON.stringify(p.protocol ?? "")}, AppProtocol:(*string)(nil), Port:${p.port}, TargetPort:intstr.IntOrString{Type:0, IntVal:0, StrVal:""}, NodePort:0}`;
}
