/**
 * NodePorts: a requested hostPort conflicts with one already used on the node when the protocol
 * and port match and the host IPs overlap (equal, or either is 0.0.0.0/unset).
 * Models: pkg/scheduler/framework/plugins/nodeports/node_ports.go, framework/types.go HostPortInfo.
 */
import type { Pod } from "../../api/types";
import type { FilterPlugin } from "./types";

export const ERR_REASON_NODE_PORTS = "node(s) didn't have free ports for the requested pod ports";

export interface HostPort {
  ip: string;
  protocol: string;
  port: number;
}

export function hostPortsOf(pod: Pod): HostPort[] {
  const out: HostPort[] = [];
  for (const c of [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? [])]) {
    for (const p of c.ports ?? []) {
      if (!p.hostPort || p.hostPort <= 0) continue;
      out.push({ ip: p.hostIP || "0.0.0.0", protocol: p.protocol || "TCP", port: p.hostPort });
    }
  }
  return out;
}

const conflicts = (a: HostPort, b: HostPort): boolean => a.port === b.port && a.protocol === b.protocol && (a.ip === b.ip || a.ip === "0.0.0.0" || b.ip === "0.0.0.0");

export const nodePorts: FilterPlugin = {
  name: "NodePorts",
  preFilter: (c) => {
    const want = hostPortsOf(c.pod);
    if (want.length === 0) return {};
    return {
      filter: (node) => {
        const used = c.podsOn.on(node).hostPorts;
        return want.some((w) => used.some((u) => conflicts(w, u))) ? { code: "Unschedulable", reasons: [ERR_REASON_NODE_PORTS] } : null;
      },
    };
  },
};
