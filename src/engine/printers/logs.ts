import type { Container, ContainerStatus, Pod } from "../api/types";
import type { LogLine } from "../trace/types";
import { parseTime } from "./time";

/** `kubectl logs POD [-c CONTAINER] [--previous] [--timestamps] [--tail N]`. */
export interface LogsRequest {
  pod: string;
  container?: string;
  previous?: boolean;
  timestamps?: boolean;
  /** Lines from the end; negative or absent: all (kubectl's --tail=-1). */
  tail?: number;
}

/** What the terminal shows: stdout, stderr (kubectl's notices and errors) and whether it succeeded. */
export interface LogsResult {
  out: string;
  err: string;
  ok: boolean;
}

const DEFAULT_CONTAINER_ANNOTATION = "kubectl.kubernetes.io/default-container";

/** podcmd.AllContainerNames (staging/src/k8s.io/kubectl/pkg/cmd/util/podcmd/podcmd.go). */
export function allContainerNames(pod: Pod): string {
  const spec = pod.spec;
  return [
    ...(spec?.containers ?? []).map((c) => c.name),
    ...(spec?.ephemeralContainers ?? []).map((c) => `${c.name} (ephem)`),
    ...(spec?.initContainers ?? []).map((c) => `${c.name} (init)`),
  ].join(", ");
}

function findContainer(pod: Pod, name: string): Container | undefined {
  return pod.spec?.containers?.find((c) => c.name === name) ?? pod.spec?.initContainers?.find((c) => c.name === name);
}

/**
 * kubectl's choice of container (polymorphichelpers/logsforobject.go logsForObjectWithClient):
 * `-c`, else the kubectl.kubernetes.io/default-container annotation, else the first container,
 * saying so on stderr when the pod has others.
 */
export function chooseContainer(pod: Pod, requested: string | undefined): { name: string; notice: string } | { error: string } {
  let notice = "";
  let name = requested ?? "";
  const annotated = pod.metadata?.annotations?.[DEFAULT_CONTAINER_ANNOTATION];
  if (!name && annotated) {
    if (findContainer(pod, annotated)) name = annotated;
    else notice += `Default container name "${annotated}" not found in pod ${pod.metadata?.name}\n`;
  }
  if (!name) {
    const spec = pod.spec;
    name = spec?.containers?.[0]?.name ?? "";
    if ((spec?.containers?.length ?? 0) > 1 || (spec?.initContainers?.length ?? 0) > 0 || (spec?.ephemeralContainers?.length ?? 0) > 0) {
      notice += `Defaulted container "${name}" out of: ${allContainerNames(pod)}\n`;
    }
  }
  if (!findContainer(pod, name)) return { error: `error: container ${name} is not valid for pod ${pod.metadata?.name} out of: ${allContainerNames(pod)}\n` };
  return { name, notice };
}

/**
 * Which instance's log the kubelet reads, from the container's status: the kubelet's
 * validateContainerLogStatus (pkg/kubelet/kubelet_pods.go). A waiting container that has run
 * before (CrashLoopBackOff) shows its last instance; `--previous` needs a last termination.
 * Instances are numbered by the restartCount they started with (LogLine.restart).
 */
/**
 * validateContainerLogStatus's choice as an instance number: the running or terminated instance;
 * lastState's while the container waits to restart and for --previous. lastState is the newest
 * instance itself while it waits to be restarted, else the one before it.
 */
export function logRestart(state: string | undefined, hasLast: boolean, lastIsNewest: boolean, restartCount: number, previous: boolean): number | undefined {
  const lastRestart = lastIsNewest ? restartCount : restartCount - 1;
  if (previous) return hasLast ? lastRestart : undefined;
  if (state === "running" || state === "terminated") return restartCount;
  return hasLast ? lastRestart : undefined;
}

export function instanceFor(status: ContainerStatus | undefined, podName: string, container: string, previous: boolean, initWaitingReason: string): { restart: number } | { error: string } {
  const q = `container "${container}" in pod "${podName}"`;
  if (!status) return { error: `${q} is waiting to start: ${initWaitingReason}` };
  const last = status.lastState?.terminated;
  const { waiting, running, terminated } = status.state ?? {};
  const count = status.restartCount ?? 0;
  const restart = (state: string | undefined) => ({ restart: logRestart(state, true, !!last?.containerID && last.containerID === status.containerID, count, previous)! });
  if (previous) {
    if (!last?.containerID) return { error: `previous terminated container "${container}" in pod "${podName}" not found` };
    return restart(undefined);
  }
  if (running) return restart("running");
  if (terminated) {
    if (terminated.containerID) return restart("terminated");
    if (last?.containerID) return restart("waiting");
    return { error: `${q} is terminated` };
  }
  if (last) {
    if (!last.containerID) return { error: `${q} is terminated` };
    return restart("waiting");
  }
  if (waiting) {
    if (waiting.reason === "ErrImagePull") return { error: `${q} is waiting to start: image can't be pulled` };
    if (waiting.reason === "ImagePullBackOff") return { error: `${q} is waiting to start: trying and failing to pull image` };
    return { error: `${q} is waiting to start: ${waiting.reason ?? ""}` };
  }
  return { error: `${q} is waiting to start - no logs yet` };
}

/** The kubelet's --timestamps prefix: time.RFC3339Nano (pkg/kubelet/kuberuntime/logs/logs.go), trailing zeros dropped. */
export function rfc3339Nano(ms: number): string {
  const whole = Math.floor(ms / 1000);
  const iso = new Date(whole * 1000).toISOString().slice(0, 19);
  // Microseconds are the most the simulated clock means; Go would print up to nanoseconds.
  const micros = Math.round((ms - whole * 1000) * 1000);
  const frac = micros ? "." + String(micros * 1000).padStart(9, "0").replace(/0+$/, "") : "";
  return `${iso}${frac}Z`;
}

/**
 * `kubectl logs` at simulated time `t`: what the API server, the kubelet and kubectl print, with
 * their own error texts. `lines` are the pod's log lines (any order of containers, time order).
 */
export function kubectlLogs(pod: Pod | undefined, lines: readonly LogLine[], t: number, epochMs: number, req: LogsRequest): LogsResult {
  if (!pod) return { out: "", err: `Error from server (NotFound): pods "${req.pod}" not found\n`, ok: false };
  const chosen = chooseContainer(pod, req.container);
  if ("error" in chosen) return { out: "", err: chosen.error, ok: false };
  // The API server answers an unscheduled pod with an empty stream (pkg/registry/core/pod/strategy.go LogLocation).
  if (!pod.spec?.nodeName) return { out: "", err: chosen.notice, ok: true };
  const isInit = !pod.spec.containers?.some((c) => c.name === chosen.name);
  const statuses = isInit ? pod.status?.initContainerStatuses : pod.status?.containerStatuses;
  const status = statuses?.find((s) => s.name === chosen.name);
  const creating = !isInit && pod.spec.initContainers?.length ? "PodInitializing" : "ContainerCreating";
  const inst = instanceFor(status, pod.metadata?.name ?? req.pod, chosen.name, !!req.previous, creating);
  if ("error" in inst) return { out: "", err: `${chosen.notice}Error from server (BadRequest): ${inst.error}\n`, ok: false };
  // A pod deleted and made again under the same name starts its own logs (creationTimestamp is whole seconds).
  const born = parseTime(pod.metadata?.creationTimestamp);
  const from = born === undefined ? -Infinity : Math.floor((born - epochMs) / 1000);
  let picked = lines.filter((l) => l.container === chosen.name && l.restart === inst.restart && l.t <= t && l.t >= from);
  if (req.tail !== undefined && req.tail >= 0) picked = req.tail === 0 ? [] : picked.slice(-req.tail);
  let out = "";
  for (const l of picked) out += (req.timestamps ? rfc3339Nano(epochMs + l.t * 1000) + " " : "") + l.text + "\n";
  return { out, err: chosen.notice, ok: true };
}
