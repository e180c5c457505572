/**
 * Hand-built v1 Pod objects for the printer tests, shaped like what a v1.34 API server and
 * kubelet store (admission defaults included), so the tests exercise realistic input.
 */
import type { ContainerState, ContainerStatus, Pod, PodCondition } from "../api/types";
import { DEFAULT_EPOCH_MS, type SimEvent } from "../api/events";
import { formatRFC3339, simMs } from "./time";

/** The RFC 3339 timestamp of simulated second `t`. */
export const at = (t: number): string => formatRFC3339(simMs(t, DEFAULT_EPOCH_MS));

export const running = (startedT: number): ContainerState => ({ running: { startedAt: at(startedT) } });
export const waiting = (reason?: string, message?: string): ContainerState => ({
  waiting: { ...(reason ? { reason } : {}), ...(message ? { message } : {}) },
});
export const terminated = (reason: string | undefined, exitCode: number, startedT: number, finishedT: number, signal?: number): ContainerState => ({
  terminated: {
    ...(reason ? { reason } : {}),
    exitCode,
    ...(signal ? { signal } : {}),
    startedAt: at(startedT),
    finishedAt: at(finishedT),
    containerID: `containerd://${"c".repeat(64)}`,
  },
});

export interface StatusOptions {
  state: ContainerState;
  lastState?: ContainerState;
  ready?: boolean;
  started?: boolean;
  restartCount?: number;
  image?: string;
}

export function cstatus(name: string, o: StatusOptions): ContainerStatus {
  const image = o.image ?? "registry.k8s.io/busybox:1.27.2";
  // A container waiting in a back-off still reports the ID of its last instance.
  const created = !o.state.waiting || Boolean(o.lastState?.terminated);
  return {
    name,
    state: o.state,
    lastState: o.lastState ?? {},
    ready: o.ready ?? false,
    restartCount: o.restartCount ?? 0,
    image,
    imageID: created ? `${image.split(":")[0]}@sha256:${"a".repeat(64)}` : "",
    ...(created ? { containerID: `containerd://${name.padEnd(64, "0")}` } : {}),
    started: o.started ?? Boolean(o.state.running),
  };
}

export function conds(c: Partial<Record<"ready" | "initialized" | "containersReady" | "scheduled" | "sandbox", boolean>>): PodCondition[] {
  const mk = (type: string, v: boolean | undefined): PodCondition[] =>
    v === undefined ? [] : [{ type, status: v ? "True" : "False", lastProbeTime: null as unknown as string, lastTransitionTime: at(0) }];
  return [
    ...mk("PodReadyToStartContainers", c.sandbox),
    ...mk("Initialized", c.initialized),
    ...mk("Ready", c.ready),
    ...mk("ContainersReady", c.containersReady ?? c.ready),
    ...mk("PodScheduled", c.scheduled ?? true),
  ];
}

export interface PodOptions {
  name?: string;
  containers?: string[];
  initContainers?: { name: string; sidecar?: boolean }[];
  statuses?: ContainerStatus[];
  initStatuses?: ContainerStatus[];
  conditions?: PodCondition[];
  phase?: string;
  reason?: string;
  deletionT?: number;
}

export function mkPod(o: PodOptions = {}): Pod {
  const name = o.name ?? "web";
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: {
      name,
      namespace: "default",
      uid: "0b6f0c0e-1d57-4b7a-9a43-3c1c5f0e8d21",
      creationTimestamp: at(0),
      ...(o.deletionT !== undefined ? { deletionTimestamp: at(o.deletionT), deletionGracePeriodSeconds: 30 } : {}),
    },
    spec: {
      containers: (o.containers ?? ["app"]).map((c) => ({ name: c, image: "busybox:1.36" })),
      ...(o.initContainers
        ? {
            initContainers: o.initContainers.map((c) => ({
              name: c.name,
              image: "busybox:1.36",
              ...(c.sidecar ? { restartPolicy: "Always" } : {}),
            })),
          }
        : {}),
      nodeName: "node1",
    },
    status: {
      phase: o.phase ?? "Running",
      ...(o.reason ? { reason: o.reason } : {}),
      conditions: o.conditions ?? conds({ ready: false, initialized: true, sandbox: true }),
      hostIP: "172.18.0.2",
      podIP: "10.244.0.5",
      podIPs: [{ ip: "10.244.0.5" }],
      startTime: at(0),
      ...(o.initStatuses ? { initContainerStatuses: o.initStatuses } : {}),
      containerStatuses: o.statuses ?? [],
      qosClass: "BestEffort",
    },
  };
}

/** A kubelet event occurrence on `pod`'s container `container` (or the pod itself). */
export function kubeletEvent(t: number, type: SimEvent["type"], reason: string, message: string, pod: string, container?: string): SimEvent {
  return {
    t,
    type,
    reason,
    message,
    object: {
      kind: "Pod",
      namespace: "default",
      name: pod,
      uid: "0b6f0c0e-1d57-4b7a-9a43-3c1c5f0e8d21",
      ...(container ? { fieldPath: `spec.containers{${container}}` } : {}),
    },
    source: "kubelet",
    host: "node1",
  };
}

export function scheduledEvent(t: number, pod: string, node = "node1"): SimEvent {
  return {
    t,
    type: "Normal",
    reason: "Scheduled",
    message: `Successfully assigned default/${pod} to ${node}`,
    object: { kind: "Pod", namespace: "default", name: pod, uid: "0b6f0c0e-1d57-4b7a-9a43-3c1c5f0e8d21" },
    source: "default-scheduler",
  };
}

const BUSYBOX = "registry.k8s.io/busybox:1.27.2";

/**
 * kubelet.md worked timeline (a), the docs' exec-liveness Pod, as stored at t=80: restarted
 * once at t=75 after the liveness kill at t=45 and SIGKILL at the end of the 30 s grace.
 * Admission has added priority, service account, default tolerations and kube-api-access.
 */
export function livenessExecPod(): Pod {
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: {
      name: "liveness-exec",
      namespace: "default",
      uid: "0b6f0c0e-1d57-4b7a-9a43-3c1c5f0e8d21",
      creationTimestamp: at(0),
      labels: { test: "liveness" },
      annotations: { "kubectl.kubernetes.io/last-applied-configuration": '{"apiVersion":"v1","kind":"Pod"}\n' },
    },
    spec: {
      containers: [
        {
          name: "liveness",
          image: BUSYBOX,
          args: ["/bin/sh", "-c", "touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600"],
          livenessProbe: {
            exec: { command: ["cat", "/tmp/healthy"] },
            initialDelaySeconds: 5,
            periodSeconds: 5,
            timeoutSeconds: 1,
            successThreshold: 1,
            failureThreshold: 3,
          },
          volumeMounts: [{ name: "kube-api-access-7xk2p", mountPath: "/var/run/secrets/kubernetes.io/serviceaccount", readOnly: true }],
        },
      ],
      nodeName: "node1",
      priority: 0,
      serviceAccountName: "default",
      tolerations: [
        { key: "node.kubernetes.io/not-ready", operator: "Exists", effect: "NoExecute", tolerationSeconds: 300 },
        { key: "node.kubernetes.io/unreachable", operator: "Exists", effect: "NoExecute", tolerationSeconds: 300 },
      ],
      volumes: [
        {
          name: "kube-api-access-7xk2p",
          projected: {
            defaultMode: 420,
            sources: [
              { serviceAccountToken: { expirationSeconds: 3607, path: "token" } },
              { configMap: { name: "kube-root-ca.crt", items: [{ key: "ca.crt", path: "ca.crt" }] } },
              { downwardAPI: { items: [{ path: "namespace", fieldRef: { apiVersion: "v1", fieldPath: "metadata.namespace" } }] } },
            ],
          },
        },
      ],
    },
    status: {
      phase: "Running",
      conditions: conds({ sandbox: true, initialized: true, ready: true }),
      hostIP: "172.18.0.2",
      podIP: "10.244.0.5",
      podIPs: [{ ip: "10.244.0.5" }],
      startTime: at(0),
      qosClass: "BestEffort",
      containerStatuses: [
        cstatus("liveness", { state: running(75), lastState: terminated("Error", 137, 1, 75), ready: true, restartCount: 1, image: BUSYBOX }),
      ],
    },
  };
}

/** The event occurrences of timeline (a) up to t=75, with the v1.34 kubelet texts. */
export function livenessExecEvents(): SimEvent[] {
  const pod = "liveness-exec";
  const c = "liveness";
  const unhealthy = "Liveness probe failed: cat: can't open '/tmp/healthy': No such file or directory";
  return [
    scheduledEvent(0, pod),
    kubeletEvent(0, "Normal", "Pulling", `Pulling image "${BUSYBOX}"`, pod, c),
    kubeletEvent(1, "Normal", "Pulled", `Successfully pulled image "${BUSYBOX}" in 1s (1s including waiting). Image size: 1144394 bytes.`, pod, c),
    kubeletEvent(1, "Normal", "Created", "Created container: liveness", pod, c),
    kubeletEvent(1, "Normal", "Started", "Started container liveness", pod, c),
    ...[35, 40, 45].map((t) => kubeletEvent(t, "Warning", "Unhealthy", unhealthy, pod, c)),
    kubeletEvent(45, "Normal", "Killing", "Container liveness failed liveness probe, will be restarted", pod, c),
    kubeletEvent(75, "Normal", "Pulled", `Container image "${BUSYBOX}" already present on machine`, pod, c),
    kubeletEvent(75, "Normal", "Created", "Created container: liveness", pod, c),
    kubeletEvent(75, "Normal", "Started", "Started container liveness", pod, c),
  ];
}
