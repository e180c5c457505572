import type { Service } from "../../engine/api/types";
import type { Trace } from "../../engine/trace/types";
import { stateAt } from "../../engine/trace/state";

export interface ServicePortRow {
  name: string;
  port: number;
  targetPort: string;
  protocol: string;
}

export type EndpointState = "ready" | "notReady" | "terminating";

export interface ServiceEndpointRow {
  pod: string;
  node: string;
  address: string;
  ready: boolean;
  serving: boolean;
  terminating: boolean;
  /** The badge: ready endpoints receive traffic; terminating wins over not ready. */
  state: EndpointState;
}

export interface ServiceRow {
  name: string;
  namespace: string;
  clusterIP: string;
  ports: ServicePortRow[];
  endpoints: ServiceEndpointRow[];
}

interface SliceEndpoint {
  addresses?: string[];
  nodeName?: string;
  conditions?: { ready?: boolean; serving?: boolean; terminating?: boolean };
  targetRef?: { name?: string };
}

export function endpointState(c: { ready: boolean; terminating: boolean }): EndpointState {
  if (c.ready) return "ready";
  return c.terminating ? "terminating" : "notReady";
}

/** Every Service at simulated time `t`, with the endpoints its EndpointSlices list then. */
export function servicesAt(trace: Trace, t: number): ServiceRow[] {
  const state = stateAt(trace, t);
  const services: Service[] = [];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const slices: any[] = [];
  for (const o of state.values()) {
    if (o.kind === "Service") services.push(o as Service);
    else if (o.kind === "EndpointSlice") slices.push(o);
  }
  const rows = services.map((svc): ServiceRow => {
    const name = svc.metadata?.name ?? "";
    const namespace = svc.metadata?.namespace ?? "default";
    const endpoints: ServiceEndpointRow[] = [];
    for (const s of slices) {
      if ((s.metadata?.namespace ?? "default") !== namespace || s.metadata?.labels?.["kubernetes.io/service-name"] !== name) continue;
      for (const e of (s.endpoints ?? []) as SliceEndpoint[]) {
        const c = { ready: !!e.conditions?.ready, serving: !!e.conditions?.serving, terminating: !!e.conditions?.terminating };
        endpoints.push({ pod: e.targetRef?.name ?? "", node: e.nodeName ?? "", address: e.addresses?.[0] ?? "", ...c, state: endpointState(c) });
      }
    }
    endpoints.sort((a, b) => (a.pod < b.pod ? -1 : a.pod > b.pod ? 1 : 0));
    return {
      name,
      namespace,
      clusterIP: svc.spec?.clusterIP ?? "",
      ports: (svc.spec?.ports ?? []).map((p) => ({ name: p.name ?? "", port: p.port, targetPort: String(p.targetPort ?? p.port), protocol: p.protocol ?? "TCP" })),
      endpoints,
    };
  });
  return rows.sort((a, b) => (a.namespace !== b.namespace ? (a.namespace < b.namespace ? -1 : 1) : a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Whether any Service exists at any time of the run (the panel hides otherwise). */
export function hasServices(trace: Trace): boolean {
  return trace.entries.some((e) => e.type === "write" && e.ref.kind === "Service");
}
