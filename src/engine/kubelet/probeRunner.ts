import type { Probe } from "../api/types";
import type { Instance } from "./runtime";

export interface ProbeOutcome {
  result: "success" | "failure" | "error";
  output: string;
}

/** Resolves a probe's port: a number, a numeric string, or a container port name. */
export function resolvePort(port: number | string | undefined, ports: Array<{ name?: string; containerPort: number }>): number | undefined {
  if (typeof port === "number") return port;
  if (port === undefined) return undefined;
  if (/^\d+$/.test(port)) return Number(port);
  return ports.find((p) => p.name === port)?.containerPort;
}

/**
 * Runs one probe attempt against the pod's containers at the current time and phrases the result
 * as the kubelet does. Models: pkg/kubelet/prober/prober.go runProbe; pkg/probe/{exec,http,tcp,grpc}.
 */
export function runProbe(probe: Probe, target: Instance, podInstances: Instance[], podIP: string, ports: Array<{ name?: string; containerPort: number }>, now: number): ProbeOutcome {
  const timeout = probe.timeoutSeconds ?? 1;
  const listener = (port: number) => podInstances.find((i) => i.state === "running" && (i.process.tcp(port, now) || i.process.grpc(port, "", now) !== "refused"));
  if (probe.exec) {
    const r = target.process.exec(probe.exec.command ?? [], timeout);
    if (r.timedOut) return { result: "failure", output: "" };
    return { result: r.code === 0 ? "success" : "failure", output: r.output };
  }
  if (probe.httpGet) {
    const port = resolvePort(probe.httpGet.port as number | string, ports);
    if (port === undefined) return { result: "error", output: `unable to resolve port "${probe.httpGet.port}"` };
    const host = probe.httpGet.host || podIP;
    const scheme = (probe.httpGet.scheme ?? "HTTP").toLowerCase();
    const path = probe.httpGet.path || "/";
    const url = `${scheme}://${host}:${port}${path.startsWith("/") ? path : "/" + path}`;
    const inst = listener(port);
    const answer = inst ? inst.process.http(port, path, now) : "refused";
    if (answer === "refused") return { result: "failure", output: `Get "${url}": dial tcp ${host}:${port}: connect: connection refused` };
    if (answer.status >= 200 && answer.status < 400) return { result: "success", output: "" };
    return { result: "failure", output: `HTTP probe failed with statuscode: ${answer.status}` };
  }
  if (probe.tcpSocket) {
    const port = resolvePort(probe.tcpSocket.port as number | string, ports);
    if (port === undefined) return { result: "error", output: `unable to resolve port "${probe.tcpSocket.port}"` };
    const host = probe.tcpSocket.host || podIP;
    if (listener(port)) return { result: "success", output: "" };
    return { result: "failure", output: `dial tcp ${host}:${port}: connect: connection refused` };
  }
  if (probe.grpc) {
    const port = probe.grpc.port;
    const inst = listener(port);
    const answer = inst ? inst.process.grpc(port, probe.grpc.service ?? "", now) : "refused";
    if (answer === "refused") return { result: "failure", output: `timeout: failed to connect service "${podIP}:${port}" within ${timeout}s: context deadline exceeded` };
    if (answer === "SERVING") return { result: "success", output: "" };
    if (answer === "NOT_SERVING") return { result: "failure", output: `service unhealthy (responded with "NOT_SERVING")` };
    return {
      result: "failure",
      output: "error: this server does not implement the grpc health protocol (grpc.health.v1.Health): unknown service grpc.health.v1.Health",
    };
  }
  return { result: "error", output: "missing probe handler" };
}

/** Probe answers of a pod cannot change before this time (earliest wake of any of its processes). */
export function podStableUntil(podInstances: Instance[], now: number): number {
  let until = Infinity;
  for (const i of podInstances) if (i.state === "running") until = Math.min(until, i.process.stableUntil(now));
  return until;
}
