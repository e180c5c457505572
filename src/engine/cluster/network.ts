import type { Pod, Service } from "../api/types";
import type { HttpResult } from "../workloads/shell/types";
import type { World } from "../workloads/world";
import type { HttpClient } from "../workloads/program";
import type { Instance } from "../kubelet/runtime";
import { fnv1a } from "../util/hash";

export const KUBERNETES_SERVICE_IP = "10.96.0.1";
export const DNS_SERVICE_IP = "10.96.0.10";

export interface NetworkView {
  now(): number;
  services(): Service[];
  pods(): Pod[];
  /** Running container instances of a pod, by pod IP. */
  podByIP(ip: string): { pod: Pod; instances: Instance[] } | undefined;
}

/**
 * Cluster DNS and the pod network as containers see them: Service names resolve to their
 * ClusterIP as soon as the Service exists (CoreDNS caching is not modelled), a ClusterIP forwards
 * to a ready endpoint, and names outside the cluster resolve (the docs assume connectivity).
 */
export class Network implements World {
  epoch = 0;
  private subscribers = new Set<() => void>();

  constructor(private view: NetworkView) {}

  subscribe(fn: () => void): () => void {
    this.subscribers.add(fn);
    return () => this.subscribers.delete(fn);
  }

  /** Something a container can observe changed (a Service, an endpoint's readiness). */
  changed(): void {
    this.epoch++;
    for (const fn of [...this.subscribers]) fn();
  }

  resolve(fqdn: string): string | null {
    const name = fqdn.replace(/\.$/, "").toLowerCase();
    if (name === "kubernetes.default.svc.cluster.local") return KUBERNETES_SERVICE_IP;
    if (name === "kube-dns.kube-system.svc.cluster.local") return DNS_SERVICE_IP;
    const m = /^([a-z0-9-]+)\.([a-z0-9-]+)\.svc\.cluster\.local$/.exec(name);
    if (m) {
      const svc = this.view.services().find((s) => s.metadata?.name === m[1] && (s.metadata?.namespace ?? "default") === m[2]);
      if (!svc) return null;
      return svc.spec?.clusterIP && svc.spec.clusterIP !== "None" ? svc.spec.clusterIP : this.endpoints(svc)[0]?.status?.podIP ?? null;
    }
    if (name.endsWith(".cluster.local") || !name.includes(".")) return null;
    if (/^\d+\.\d+\.\d+\.\d+$/.test(name)) return name;
    const h = fnv1a(name);
    return `93.184.${(h >>> 8) & 255}.${h & 255}`;
  }

  http(url: string, _timeoutSeconds: number, searchDomains: string[] = [], client?: HttpClient): HttpResult {
    const m = /^(?:https?:\/\/)?([^/:?#]+)(?::(\d+))?([^#]*)/.exec(url);
    if (!m) return { error: "unresolved" };
    const host = m[1];
    const port = m[2] ? Number(m[2]) : url.startsWith("https") ? 443 : 80;
    const path = m[3] || "/";
    let ip = this.resolve(host);
    if (!ip && !host.includes(".")) for (const d of searchDomains) if ((ip = this.resolve(`${host}.${d}`))) break;
    if (!ip && host.split(".").length === 2) for (const d of searchDomains) if ((ip = this.resolve(`${host}.${d}`))) break;
    if (!ip) return { error: "unresolved" };
    const svc = this.view.services().find((s) => s.spec?.clusterIP === ip);
    if (svc) {
      const sp = (svc.spec?.ports ?? []).find((p) => p.port === port);
      if (!sp) return { error: "refused", ip };
      for (const pod of this.endpoints(svc)) {
        const target = typeof sp.targetPort === "number" ? sp.targetPort : Number(sp.targetPort ?? sp.port) || sp.port;
        const r = this.podHttp(pod.status?.podIP ?? "", target, path, client);
        if (r) return r;
      }
      return { error: "refused", ip };
    }
    if (ip.startsWith("10.244.")) return this.podHttp(ip, port, path, client) ?? { error: "refused", ip };
    if (ip.startsWith("10.96.")) return { error: "refused", ip };
    return { status: 200, body: `<html><body>${host}</body></html>\n` };
  }

  /** Ready pods selected by a Service, by name (EndpointSlice order is not modelled). */
  endpoints(svc: Service): Pod[] {
    const sel = svc.spec?.selector;
    if (!sel || !Object.keys(sel).length) return [];
    const ns = svc.metadata?.namespace ?? "default";
    return this.view
      .pods()
      .filter((p) => (p.metadata?.namespace ?? "default") === ns && !p.metadata?.deletionTimestamp)
      .filter((p) => Object.entries(sel).every(([k, v]) => p.metadata?.labels?.[k] === v))
      .filter((p) => svc.spec?.publishNotReadyAddresses || p.status?.conditions?.some((c) => c.type === "Ready" && c.status === "True"))
      .sort((a, b) => (a.metadata!.name! < b.metadata!.name! ? -1 : 1));
  }

  private podHttp(ip: string, port: number, path: string, client?: HttpClient): HttpResult | undefined {
    const target = this.view.podByIP(ip);
    if (!target) return undefined;
    const now = this.view.now();
    for (const inst of target.instances) {
      if (inst.state !== "running") continue;
      const a = inst.process.http(port, path, now, client);
      if (a !== "refused") return a;
    }
    return { error: "refused", ip };
  }
}
