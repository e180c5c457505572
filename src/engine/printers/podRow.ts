/**
 * One `kubectl get pods` row, ported from printPod in
 * kubernetes/kubernetes pkg/printers/internalversion/printers.go as shipped in v1.34.
 *
 * The row is computed server-side in a real cluster (Table conversion) at the moment the list
 * or watch event is served, so ages are those of `now`.
 *
 * v1.34 specifics kept on purpose:
 * - Regular containers are walked from last to first, so the FIRST container's state wins; a
 *   `Completed` container can hide a later `Error` (issue #121563). The `errorReason` fix
 *   (PR #124766) merged after v1.34 was cut and ships in v1.35, so it is not applied here.
 * - `Completed` becomes `Running`/`NotReady` only if some container is Running AND Ready.
 * - `Terminating` needs a deletionTimestamp and a non-terminal phase (PR #122038, v1.31+).
 */
import type { Container, ContainerStatus, Pod, PodCondition } from "../api/types";
import { DEFAULT_EPOCH_MS } from "../api/events";
import { humanDuration } from "./humanDuration";
import { parseTime, simMs, translateTimestampSince } from "./time";

export interface PodRow {
  name: string;
  namespace: string;
  /** `ready/total`, e.g. `1/2`. */
  ready: string;
  status: string;
  restarts: number;
  /** The RESTARTS cell: `3 (41s ago)` or `0`. */
  restartsText: string;
  age: string;
  /** Wide columns, `<none>` when unset. */
  ip: string;
  node: string;
  nominatedNode: string;
  readinessGates: string;
}

/** `NodeUnreachablePodReason` from k8s.io/kubernetes/pkg/util/node. */
const NODE_LOST = "NodeLost";

function isRestartableInitContainer(c: Container | undefined): boolean {
  return c?.restartPolicy === "Always";
}

function isPodInitializedConditionTrue(conditions: PodCondition[] | undefined): boolean {
  for (const c of conditions ?? []) {
    if (c.type !== "Initialized") continue;
    return c.status === "True";
  }
  return false;
}

function hasPodReadyCondition(conditions: PodCondition[] | undefined): boolean {
  return (conditions ?? []).some((c) => c.type === "Ready" && c.status === "True");
}

/** Latest lastState.terminated.finishedAt, compared like metav1.Time.Before (zero time is oldest). */
function laterFinish(current: number | undefined, status: ContainerStatus): number | undefined {
  const finished = status.lastState?.terminated ? parseTime(status.lastState.terminated.finishedAt) : undefined;
  if (finished === undefined) return current;
  return current === undefined || current < finished ? finished : current;
}

export function podRow(pod: Pod, now: number, epochMs: number = DEFAULT_EPOCH_MS): PodRow {
  const nowMs = simMs(now, epochMs);
  const spec = pod.spec;
  const status = pod.status ?? {};
  let restarts = 0;
  let restartableInitContainerRestarts = 0;
  let totalContainers = spec?.containers?.length ?? 0;
  let readyContainers = 0;
  let lastRestartDate: number | undefined;
  let lastRestartableInitContainerRestartDate: number | undefined;

  const podPhase = status.phase ?? "";
  let reason: string = podPhase;
  if (status.reason) reason = status.reason;

  for (const condition of status.conditions ?? []) {
    if (condition.type === "PodScheduled" && condition.reason === "SchedulingGated") reason = "SchedulingGated";
  }

  const initContainers = new Map<string, Container>();
  for (const c of spec?.initContainers ?? []) {
    initContainers.set(c.name, c);
    if (isRestartableInitContainer(c)) totalContainers++;
  }

  let initializing = false;
  const initStatuses = status.initContainerStatuses ?? [];
  for (let i = 0; i < initStatuses.length; i++) {
    const container = initStatuses[i];
    restarts += container.restartCount ?? 0;
    lastRestartDate = laterFinish(lastRestartDate, container);
    const sidecar = isRestartableInitContainer(initContainers.get(container.name));
    if (sidecar) {
      restartableInitContainerRestarts += container.restartCount ?? 0;
      lastRestartableInitContainerRestartDate = laterFinish(lastRestartableInitContainerRestartDate, container);
    }
    const terminated = container.state?.terminated;
    const waiting = container.state?.waiting;
    if (terminated && (terminated.exitCode ?? 0) === 0) continue;
    if (sidecar && container.started === true) {
      if (container.ready) readyContainers++;
      continue;
    }
    if (terminated) {
      if (!terminated.reason) {
        reason = terminated.signal ? `Init:Signal:${terminated.signal}` : `Init:ExitCode:${terminated.exitCode ?? 0}`;
      } else {
        reason = `Init:${terminated.reason}`;
      }
    } else if (waiting && waiting.reason && waiting.reason !== "PodInitializing") {
      reason = `Init:${waiting.reason}`;
    } else {
      reason = `Init:${i}/${spec?.initContainers?.length ?? 0}`;
    }
    initializing = true;
    break;
  }

  if (!initializing || isPodInitializedConditionTrue(status.conditions)) {
    restarts = restartableInitContainerRestarts;
    lastRestartDate = lastRestartableInitContainerRestartDate;
    let hasRunning = false;
    const statuses = status.containerStatuses ?? [];
    for (let i = statuses.length - 1; i >= 0; i--) {
      const container = statuses[i];
      restarts += container.restartCount ?? 0;
      lastRestartDate = laterFinish(lastRestartDate, container);
      const waiting = container.state?.waiting;
      const terminated = container.state?.terminated;
      if (waiting && waiting.reason) {
        reason = waiting.reason;
      } else if (terminated && terminated.reason) {
        reason = terminated.reason;
      } else if (terminated) {
        reason = terminated.signal ? `Signal:${terminated.signal}` : `ExitCode:${terminated.exitCode ?? 0}`;
      } else if (container.ready && container.state?.running) {
        hasRunning = true;
        readyContainers++;
      }
    }
    if (reason === "Completed" && hasRunning) {
      reason = hasPodReadyCondition(status.conditions) ? "Running" : "NotReady";
    }
  }

  const deleting = Boolean(pod.metadata?.deletionTimestamp);
  if (deleting && status.reason === NODE_LOST) {
    reason = "Unknown";
  } else if (deleting && podPhase !== "Succeeded" && podPhase !== "Failed") {
    reason = "Terminating";
  }

  let restartsText = String(restarts);
  if (restarts !== 0 && lastRestartDate !== undefined) {
    restartsText = `${restarts} (${humanDuration((nowMs - lastRestartDate) / 1000)} ago)`;
  }

  return {
    name: pod.metadata?.name ?? "",
    namespace: pod.metadata?.namespace ?? "default",
    ready: `${readyContainers}/${totalContainers}`,
    status: reason,
    restarts,
    restartsText,
    age: translateTimestampSince(pod.metadata?.creationTimestamp, nowMs),
    ...wideColumns(pod),
  };
}

function wideColumns(pod: Pod): Pick<PodRow, "ip" | "node" | "nominatedNode" | "readinessGates"> {
  const gates = pod.spec?.readinessGates ?? [];
  let readinessGates = "<none>";
  if (gates.length > 0) {
    let trueConditions = 0;
    for (const gate of gates) {
      const condition = pod.status?.conditions?.find((c) => c.type === gate.conditionType);
      if (condition?.status === "True") trueConditions++;
    }
    readinessGates = `${trueConditions}/${gates.length}`;
  }
  return {
    ip: pod.status?.podIPs?.[0]?.ip || "<none>",
    node: pod.spec?.nodeName || "<none>",
    nominatedNode: pod.status?.nominatedNodeName || "<none>",
    readinessGates,
  };
}
