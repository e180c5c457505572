/**
 * The `Containers:` / `Init Containers:` blocks of `kubectl describe pod`, ported from
 * describeContainers and its helpers in staging/src/k8s.io/kubectl/pkg/describe/describe.go.
 */
import type { Container, ContainerState, ContainerStatus, Pod, Probe, ResourceRequirements } from "../api/types";
import type { EnvVar } from "kubernetes-types/core/v1";
import { LEVEL_0, LEVEL_1, LEVEL_2, LEVEL_3, type PrefixWriter } from "./prefixWriter";
import { parseQuantity } from "./quantity";
import { rfc1123zOf } from "./time";

const printBool = (b: boolean | undefined): string => (b ? "True" : "False");
const stringOrNone = (s: string): string => (s.length > 0 ? s : "<none>");

export function describeContainers(label: string, containers: Container[], statuses: ContainerStatus[], pod: Pod, w: PrefixWriter): void {
  const byName = new Map(statuses.map((s) => [s.name, s]));
  w.write(LEVEL_0, `${label}:${containers.length === 0 ? " <none>" : ""}\n`);
  for (const container of containers) {
    const status = byName.get(container.name);
    describeBasicInfo(container, status, w);
    describeCommand(container, w);
    if (status) describeContainerState(status, w);
    describeResources(container.resources, w, LEVEL_2);
    describeProbes(container, w);
    if ((container.envFrom ?? []).length > 0) describeEnvFrom(container, w);
    describeEnvVars(container, pod, w);
    describeMounts(container, w);
  }
}

function describeBasicInfo(container: Container, status: ContainerStatus | undefined, w: PrefixWriter): void {
  w.write(LEVEL_1, `${container.name}:\n`);
  if (status) w.write(LEVEL_2, `Container ID:\t${status.containerID ?? ""}\n`);
  w.write(LEVEL_2, `Image:\t${container.image ?? ""}\n`);
  if (status) w.write(LEVEL_2, `Image ID:\t${status.imageID ?? ""}\n`);
  const ports = container.ports ?? [];
  const portString = ports.map((p) => `${p.containerPort}/${p.protocol ?? "TCP"}`).join(", ");
  if (portString.includes(",")) w.write(LEVEL_2, `Ports:\t${portString}\n`);
  else w.write(LEVEL_2, `Port:\t${stringOrNone(portString)}\n`);
  const hostPortString = ports.map((p) => `${p.hostPort ?? 0}/${p.protocol ?? "TCP"}`).join(", ");
  if (hostPortString.includes(",")) w.write(LEVEL_2, `Host Ports:\t${hostPortString}\n`);
  else w.write(LEVEL_2, `Host Port:\t${stringOrNone(hostPortString)}\n`);
  const seccomp = container.securityContext?.seccompProfile;
  if (seccomp) {
    w.write(LEVEL_2, `SeccompProfile:\t${seccomp.type}\n`);
    if (seccomp.type === "Localhost") w.write(LEVEL_3, `LocalhostProfile:\t${seccomp.localhostProfile ?? ""}\n`);
  }
}

function describeCommand(container: Container, w: PrefixWriter): void {
  for (const [title, items] of [
    ["Command", container.command ?? []],
    ["Args", container.args ?? []],
  ] as const) {
    if (items.length === 0) continue;
    w.write(LEVEL_2, `${title}:\n`);
    for (const item of items) for (const line of item.split("\n")) w.write(LEVEL_3, `${line}\n`);
  }
}

export function describeResources(resources: ResourceRequirements | undefined, w: PrefixWriter, level: number): void {
  if (!resources) return;
  for (const [title, list] of [
    ["Limits", resources.limits ?? {}],
    ["Requests", resources.requests ?? {}],
  ] as const) {
    const names = Object.keys(list).sort();
    if (names.length > 0) w.write(level, `${title}:\n`);
    for (const name of names) w.write(level + 1, `${name}:\t${String(list[name])}\n`);
  }
}

function describeContainerState(status: ContainerStatus, w: PrefixWriter): void {
  describeStatus("State", status.state ?? {}, w);
  if (status.lastState?.terminated) describeStatus("Last State", status.lastState, w);
  w.write(LEVEL_2, `Ready:\t${printBool(status.ready)}\n`);
  w.write(LEVEL_2, `Restart Count:\t${status.restartCount ?? 0}\n`);
}

function describeStatus(stateName: string, state: ContainerState, w: PrefixWriter): void {
  if (state.running) {
    w.write(LEVEL_2, `${stateName}:\tRunning\n`);
    w.write(LEVEL_3, `Started:\t${rfc1123zOf(state.running.startedAt)}\n`);
  } else if (state.waiting) {
    w.write(LEVEL_2, `${stateName}:\tWaiting\n`);
    if (state.waiting.reason) w.write(LEVEL_3, `Reason:\t${state.waiting.reason}\n`);
  } else if (state.terminated) {
    const t = state.terminated;
    w.write(LEVEL_2, `${stateName}:\tTerminated\n`);
    if (t.reason) w.write(LEVEL_3, `Reason:\t${t.reason}\n`);
    if (t.message) w.write(LEVEL_3, `Message:\t${t.message}\n`);
    w.write(LEVEL_3, `Exit Code:\t${t.exitCode ?? 0}\n`);
    if ((t.signal ?? 0) > 0) w.write(LEVEL_3, `Signal:\t${t.signal}\n`);
    w.write(LEVEL_3, `Started:\t${rfc1123zOf(t.startedAt)}\n`);
    w.write(LEVEL_3, `Finished:\t${rfc1123zOf(t.finishedAt)}\n`);
  } else {
    w.write(LEVEL_2, `${stateName}:\tWaiting\n`);
  }
}

function describeProbes(container: Container, w: PrefixWriter): void {
  if (container.livenessProbe) w.write(LEVEL_2, `Liveness:\t${describeProbe(container.livenessProbe)}\n`);
  if (container.readinessProbe) w.write(LEVEL_2, `Readiness:\t${describeProbe(container.readinessProbe)}\n`);
  if (container.startupProbe) w.write(LEVEL_2, `Startup:\t${describeProbe(container.startupProbe)}\n`);
}

/** Go's url.PathEscape rules for URL.Path: unreserved and `$&+,/:;=@` stay, `?` and the rest are %XX. */
function escapePath(path: string): string {
  let out = "";
  for (const ch of path) {
    if (/[A-Za-z0-9\-_.~$&+,/:;=@]/.test(ch)) out += ch;
    else if (ch.charCodeAt(0) < 0x80) out += `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`;
    else out += encodeURIComponent(ch);
  }
  return out;
}

/** net.JoinHostPort: brackets around hosts that contain a colon (IPv6). */
const joinHostPort = (host: string, port: string): string => (host.includes(":") ? `[${host}]:${port}` : `${host}:${port}`);

/**
 * DescribeProbe. Unset numeric fields print the API-server defaults (timeout 1, period 10,
 * success 1, failure 3), since a real Pod always has them defaulted.
 */
export function describeProbe(probe: Probe): string {
  const attrs =
    `delay=${probe.initialDelaySeconds ?? 0}s timeout=${probe.timeoutSeconds ?? 1}s period=${probe.periodSeconds ?? 10}s ` +
    `#success=${probe.successThreshold ?? 1} #failure=${probe.failureThreshold ?? 3}`;
  if (probe.exec) return `exec [${(probe.exec.command ?? []).join(" ")}] ${attrs}`;
  if (probe.httpGet) {
    const h = probe.httpGet;
    const scheme = (h.scheme ?? "HTTP").toLowerCase();
    const port = String(h.port ?? "");
    const host = port.length > 0 ? joinHostPort(h.host ?? "", port) : (h.host ?? "");
    let path = escapePath(h.path ?? "");
    if (path !== "" && !path.startsWith("/") && host !== "") path = `/${path}`;
    return `http-get ${scheme}://${host}${path} ${attrs}`;
  }
  if (probe.tcpSocket) return `tcp-socket ${probe.tcpSocket.host ?? ""}:${String(probe.tcpSocket.port)} ${attrs}`;
  if (probe.grpc) return `grpc <pod>:${probe.grpc.port} ${probe.grpc.service ?? ""} ${attrs}`;
  return `unknown ${attrs}`;
}

function describeEnvFrom(container: Container, w: PrefixWriter): void {
  w.write(LEVEL_2, "Environment Variables from:\n");
  for (const e of container.envFrom ?? []) {
    const [from, ref] = e.configMapRef ? ["ConfigMap", e.configMapRef] : e.secretRef ? ["Secret", e.secretRef] : ["", undefined];
    const optional = ref?.optional === true;
    const name = ref?.name ?? "";
    if (!e.prefix) w.write(LEVEL_3, `${name}\t${from}\tOptional: ${optional}\n`);
    else w.write(LEVEL_3, `${name}\t${from} with prefix '${e.prefix}'\tOptional: ${optional}\n`);
  }
}

/**
 * kubectl resolves fieldRef values through its client scheme, which only knows the generic
 * metadata.name / metadata.namespace field labels; every other path prints an empty value,
 * e.g. `NODE_NAME:   (v1:spec.nodeName)`.
 */
function resolveFieldRef(pod: Pod, fieldPath: string): string {
  if (fieldPath === "metadata.name") return pod.metadata?.name ?? "";
  if (fieldPath === "metadata.namespace") return pod.metadata?.namespace ?? "";
  return "";
}

/** resourcehelper.ExtractContainerResourceValue: ceil(value / divisor), divisor defaulting to 1. */
function resolveResourceFieldRef(container: Container, resource: string, divisorQ: string | number | undefined): string {
  const divisor = parseQuantity(divisorQ) || 1;
  const [kind, name] = resource.split(".");
  const list = kind === "limits" ? container.resources?.limits : kind === "requests" ? container.resources?.requests : undefined;
  if (!list || !name) return "";
  const value = parseQuantity(list[name] ?? "0");
  if (name === "cpu") return String(Math.ceil(Math.ceil(value * 1000) / Math.ceil(divisor * 1000)));
  return String(Math.ceil(Math.ceil(value) / Math.ceil(divisor)));
}

function describeEnvVars(container: Container, pod: Pod, w: PrefixWriter): void {
  const env: EnvVar[] = container.env ?? [];
  w.write(LEVEL_2, `Environment:${env.length === 0 ? "\t<none>" : ""}\n`);
  for (const e of env) {
    const from = e.valueFrom;
    if (!from) {
      (e.value ?? "").split("\n").forEach((line, i) => w.write(LEVEL_3, i === 0 ? `${e.name}:\t${line}\n` : `\t${line}\n`));
      continue;
    }
    if (from.fieldRef) {
      const apiVersion = from.fieldRef.apiVersion ?? "v1";
      w.write(LEVEL_3, `${e.name}:\t${resolveFieldRef(pod, from.fieldRef.fieldPath)} (${apiVersion}:${from.fieldRef.fieldPath})\n`);
    } else if (from.resourceFieldRef) {
      const r = from.resourceFieldRef.resource;
      let value = resolveResourceFieldRef(container, r, from.resourceFieldRef.divisor);
      if (value === "0" && (r === "limits.cpu" || r === "limits.memory")) value = "node allocatable";
      w.write(LEVEL_3, `${e.name}:\t${value} (${r})\n`);
    } else if (from.secretKeyRef) {
      const s = from.secretKeyRef;
      w.write(LEVEL_3, `${e.name}:\t<set to the key '${s.key}' in secret '${s.name ?? ""}'>\tOptional: ${s.optional === true}\n`);
    } else if (from.configMapKeyRef) {
      const c = from.configMapKeyRef;
      w.write(LEVEL_3, `${e.name}:\t<set to the key '${c.key}' of config map '${c.name ?? ""}'>\tOptional: ${c.optional === true}\n`);
    }
  }
}

function describeMounts(container: Container, w: PrefixWriter): void {
  const mounts = [...(container.volumeMounts ?? [])].sort((a, b) => (a.mountPath < b.mountPath ? -1 : a.mountPath > b.mountPath ? 1 : 0));
  w.write(LEVEL_2, `Mounts:${mounts.length === 0 ? "\t<none>" : ""}\n`);
  for (const m of mounts) {
    const flags = [m.readOnly ? "ro" : "rw"];
    if (m.subPath) flags.push(`path=${JSON.stringify(m.subPath)}`);
    w.write(LEVEL_3, `${m.mountPath} from ${m.name} (${flags.join(",")})\n`);
  }
  const devices = [...(container.volumeDevices ?? [])].sort((a, b) => (a.devicePath < b.devicePath ? -1 : 1));
  if (devices.length > 0) {
    // describe.go reuses the Mounts `<none>` suffix here.
    w.write(LEVEL_2, `Devices:${mounts.length === 0 ? "\t<none>" : ""}\n`);
    for (const d of devices) w.write(LEVEL_3, `${d.devicePath} from ${d.name}\n`);
  }
}
