import { KUBERNETES_VERSION, type Probe } from "../api/types";
import type { HttpAnswer, HttpClient } from "../workloads/program";
import type { Repeat } from "../workloads/process";
import type { Instance } from "./runtime";

export interface ProbeOutcome {
  /** "warning": a success the kubelet reports with a ProbeWarning event (an unfollowed redirect). */
  result: "success" | "failure" | "error" | "warning";
  output: string;
  /** For an error: the result the prober reports it resulted in (prober.go: "… errored and resulted in <state> state"). */
  state?: "unknown" | "failure";
}

/**
 * The User-Agent the kubelet's probes and lifecycle hooks send unless httpHeaders set one:
 * `kube-<purpose>/<major>.<minor>` (pkg/probe/http/request.go userAgent).
 */
export function kubeUserAgent(purpose: "probe" | "lifecycle"): string {
  return `kube-${purpose}/${KUBERNETES_VERSION.replace(/^v/, "")}`;
}

/** The client a kubelet HTTP request appears as: the node's address and the probe's User-Agent, or the one its httpHeaders set ("" sends none). */
export function kubeletClient(nodeIP: string, headers: Array<{ name: string; value: string }> | undefined, purpose: "probe" | "lifecycle"): HttpClient {
  const ua = headers?.find((h) => h.name.toLowerCase() === "user-agent");
  return { ip: nodeIP, userAgent: ua ? ua.value || undefined : kubeUserAgent(purpose) };
}

/** Resolves a probe's port: a number, a numeric string, or a container port name. */
export function resolvePort(port: number | string | undefined, ports: Array<{ name?: string; containerPort: number }>): number | undefined {
  if (typeof port === "number") return port;
  if (port === undefined) return undefined;
  if (/^\d+$/.test(port)) return Number(port);
  return ports.find((p) => p.name === port)?.containerPort;
}

/** The most of a response body the prober reads (pkg/probe/http/http.go maxRespBodyLength, 10 KiB). */
const MAX_BODY = 10 * 1024;
/** Go's http.Client follows 301, 302, 303, 307 and 308 (net/http client.go redirectBehavior). */
const FOLLOWED = new Set([301, 302, 303, 307, 308]);

/**
 * Runs one probe attempt against the pod's containers at the current time and phrases the result
 * as the kubelet does. `client` is who the HTTP and gRPC servers see asking (the node); `repeat`
 * runs the same attempt again at each skipped tick of a steady run (only the servers' logs see it).
 * Models: pkg/kubelet/prober/prober.go runProbe; pkg/probe/{exec,http,tcp,grpc}.
 */
export function runProbe(
  probe: Probe,
  target: Instance,
  podInstances: Instance[],
  podIP: string,
  ports: Array<{ name?: string; containerPort: number }>,
  now: number,
  nodeIP = "",
  repeat?: Repeat,
): ProbeOutcome {
  const timeout = probe.timeoutSeconds ?? 1;
  // podInstances are the ones running at `now` (the caller's choice); their processes say what listened then.
  const listener = (port: number) => podInstances.find((i) => i.process.tcp(port, now) || i.process.grpc(port, "", now) !== "refused");
  if (probe.exec) {
    const argv = probe.exec.command ?? [];
    const r = target.process.exec(argv, timeout);
    // pkg/probe/exec/exec.go: with ExecProbeTimeout (on since 1.20) a timeout is a failure whose
    // output is the runtime's TimeoutError text (cri-client remote_runtime.go ExecSync).
    if (r.timedOut) return { result: "failure", output: `command ${goQuote(argv.join(" "))} timed out` };
    return { result: r.code === 0 ? "success" : "failure", output: r.output };
  }
  if (probe.httpGet) {
    const port = resolvePort(probe.httpGet.port as number | string, ports);
    if (port === undefined) return { result: "error", output: `unable to resolve port "${probe.httpGet.port}"` };
    const host = probe.httpGet.host || podIP;
    const scheme = (probe.httpGet.scheme ?? "HTTP").toLowerCase();
    const path = probe.httpGet.path || "/";
    const client = kubeletClient(nodeIP, probe.httpGet.httpHeaders, "probe");
    const hostHeader = probe.httpGet.httpHeaders?.find((h) => h.name.toLowerCase() === "host")?.value;
    return httpGet(scheme, host, port, path.startsWith("/") ? path : "/" + path, timeout, (p, target, urlHost) => {
      const inst = listener(p);
      return inst ? inst.process.http(p, target, now, { ...client, host: hostHeader || urlHost }, repeat) : "refused";
    });
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
    const answer = inst ? inst.process.grpc(port, probe.grpc.service ?? "", now, { ip: nodeIP }, repeat) : "refused";
    if (answer === "refused") return { result: "failure", output: `timeout: failed to connect service "${podIP}:${port}" within ${timeout}s: context deadline exceeded` };
    if (answer === "SERVING") return { result: "success", output: "" };
    if (answer === "NOT_SERVING") return { result: "failure", output: `service unhealthy (responded with "NOT_SERVING")` };
    // pkg/probe/grpc/grpc.go: any other RPC error is "error: health rpc probe failed: <status error>".
    if (answer === "NOT_FOUND") return { result: "failure", output: "error: health rpc probe failed: rpc error: code = NotFound desc = unknown service" };
    return {
      result: "failure",
      output: "error: this server does not implement the grpc health protocol (grpc.health.v1.Health): unknown service grpc.health.v1.Health",
    };
  }
  return { result: "error", output: "missing probe handler" };
}

/**
 * An HTTP GET as the prober's client makes it: redirects to the same hostname are followed (at most
 * 10), a redirect elsewhere ends the request with its 3xx answer (a warning), 200–399 succeeds.
 * Models: pkg/probe/http/http.go DoHTTPProbe and redirectChecker (followNonLocalRedirects false,
 * prober.go newProber); net/http client.go (which codes are followed, the Location resolved against
 * the request's URL, the error naming the Location when the checker refuses).
 */
export function httpGet(
  scheme: string,
  host: string,
  port: number,
  target: string,
  timeout: number,
  serve: (port: number, target: string, hostHeader: string) => HttpAnswer | "refused",
): ProbeOutcome {
  let url = { host, port, target };
  let spent = 0;
  for (let via = 1; ; via++) {
    const hp = hostPort(url.host, url.port);
    const answer = serve(url.port, url.target, hp);
    if (answer === "refused") return { result: "failure", output: `Get "${scheme}://${hp}${url.target}": dial tcp ${hp}: connect: connection refused` };
    // The client's timeout covers the whole exchange, redirects included (net/http Client.Timeout).
    if (answer.disconnect === "headers") return { result: "failure", output: `Get "${scheme}://${hp}${url.target}": EOF` };
    spent += answer.delay ?? 0;
    if (spent >= timeout) return { result: "failure", output: `Get "${scheme}://${hp}${url.target}": context deadline exceeded (Client.Timeout exceeded while awaiting headers)` };
    // http.go: an error reading the body is returned as the prober's error (probe errored, failure state).
    if (answer.disconnect === "body") return { result: "error", state: "failure", output: "unexpected EOF" };
    spent += answer.bodyDelay ?? 0;
    if (spent >= timeout) return { result: "error", state: "failure", output: "context deadline exceeded (Client.Timeout or context cancellation while reading body)" };
    const body = answer.body.slice(0, MAX_BODY);
    if (FOLLOWED.has(answer.status) && answer.location) {
      const next = resolveLocation(scheme, url, answer.location);
      if (next.host !== host) return { result: "warning", output: `Probe terminated redirects, Response body: ${body}` };
      if (via >= 10) return { result: "failure", output: `Get "${answer.location}": stopped after 10 redirects` };
      if (next.scheme === scheme) {
        url = next;
        continue;
      }
    }
    if (answer.status >= 200 && answer.status < 400) {
      if (answer.status >= 300) return { result: "warning", output: `Probe terminated redirects, Response body: ${body}` };
      return { result: "success", output: body };
    }
    // http.go: the failure message must not contain the response body (issue 99425).
    return { result: "failure", output: `HTTP probe failed with statuscode: ${answer.status}` };
  }
}

/** A Location header resolved against the URL it answered (RFC 3986 reference resolution, the cases servers write). */
function resolveLocation(scheme: string, base: { host: string; port: number; target: string }, loc: string): { scheme: string; host: string; port: number; target: string } {
  const abs = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\/(\[[^\]]*\]|[^/:?#]*)(?::(\d+))?([^#]*)/.exec(loc);
  if (abs) {
    const s = abs[1].toLowerCase();
    return { scheme: s, host: abs[2].replace(/^\[|\]$/g, ""), port: abs[3] ? Number(abs[3]) : s === "https" ? 443 : 80, target: abs[4] || "/" };
  }
  const proto = /^\/\/(\[[^\]]*\]|[^/:?#]*)(?::(\d+))?([^#]*)/.exec(loc);
  if (proto) return { scheme, host: proto[1].replace(/^\[|\]$/g, ""), port: proto[2] ? Number(proto[2]) : scheme === "https" ? 443 : 80, target: proto[3] || "/" };
  const ref = loc.replace(/#.*/, "");
  if (ref.startsWith("/")) return { scheme, host: base.host, port: base.port, target: ref };
  const basePath = base.target.replace(/[?#].*/, "");
  if (ref.startsWith("?")) return { scheme, host: base.host, port: base.port, target: basePath + ref };
  return { scheme, host: base.host, port: base.port, target: basePath.slice(0, basePath.lastIndexOf("/") + 1) + ref };
}

function hostPort(host: string, port: number): string {
  return host.includes(":") ? `[${host}]:${port}` : `${host}:${port}`;
}

/** Go's %q of a string: double quotes, with backslash escapes for quotes, backslashes and control characters. */
export function goQuote(s: string): string {
  const esc: Record<string, string> = { '"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r" };
  let out = '"';
  for (const c of s) {
    const code = c.charCodeAt(0);
    out += esc[c] ?? (code < 0x20 || code === 0x7f ? `\\x${code.toString(16).padStart(2, "0")}` : c);
  }
  return out + '"';
}

/** Probe answers of a pod cannot change before this time (earliest wake of any of its processes). */
export function podStableUntil(podInstances: Instance[], now: number): number {
  let until = Infinity;
  for (const i of podInstances) if (i.state === "running") until = Math.min(until, i.process.stableUntil(now));
  return until;
}
