import type { Container, ContainerState, ContainerStatus, Pod, PodCondition, PodStatus } from "../api/types";
import { toTimestamp } from "../api/time";
import { isSidecar, shouldRestart } from "./containers";
import type { Instance, PodRuntime } from "./runtime";
import type { Shape } from "../util/shapes";

export interface StatusInputs {
  pod: Pod;
  rt: PodRuntime;
  reasonCache: ReadonlyMap<string, { reason: string; message: string }>;
  /** Readiness result of the container's current instance (true without a readiness probe). */
  readinessOk(name: string): boolean;
  /** Startup result of the current instance (true without a startup probe). */
  startupOk(name: string): boolean;
  /** Some regular container has started once: Initialized stays True from then on. */
  everStartedRegular: boolean;
  /** The pod worker is terminating the pod (deletion, or all containers done): phase is final. */
  podIsTerminal: boolean;
  podIP: string | undefined;
  hostIP: string;
  startTime: number;
  now: number;
  epochMs: number;
  /** A pod sync handler asks for the pod to fail (the active deadline): phase Failed with this reason and message. */
  evict?: { reason: string; message: string };
}

/**
 * The API status the kubelet writes at the start of each sync, from the runtime's view and the
 * reason cache of the previous sync. Models: pkg/kubelet/kubelet_pods.go generateAPIPodStatus,
 * convertToAPIContainerStatuses, getPhase; pkg/kubelet/status/generate.go.
 */
export function generatePodStatus(inp: StatusInputs): PodStatus {
  const { pod, epochMs } = inp;
  const spec = pod.spec!;
  const inits = spec.initContainers ?? [];
  const hasInit = inits.length > 0;
  const ts = (t: number) => toTimestamp(t, epochMs);

  const build = (c: Container, isInit: boolean): ContainerStatus => {
    const list = inp.rt.instances.get(c.name) ?? [];
    const newest = list[list.length - 1];
    const prev = list.length > 1 ? list[list.length - 2] : undefined;
    let state: ContainerState;
    let lastState: ContainerState = NO_STATE;
    if (!newest) state = hasInit ? WAITING_INITIALIZING : WAITING_CREATING;
    else if (newest.state === "running") state = { running: { startedAt: ts(newest.startedAt) } };
    else if (newest.state === "created") state = { waiting: {} };
    else state = { terminated: terminated(newest, ts) };
    if (prev && prev.state === "exited") lastState = { terminated: terminated(prev, ts) };
    const cached = inp.reasonCache.get(c.name);
    const completedInit = isInit && !isSidecar(c) && newest?.state === "exited" && newest.exitCode === 0;
    if (cached && !completedInit && shouldRestart(pod, c, isInit, newest)) {
      if (newest?.state === "exited") lastState = { terminated: terminated(newest, ts) };
      state = { waiting: { reason: cached.reason, message: cached.message } };
    }
    const running = newest?.state === "running";
    const started = running && inp.startupOk(c.name);
    let ready: boolean;
    if (isInit && !isSidecar(c)) ready = completedInit;
    else ready = started && inp.readinessOk(c.name);
    // One literal each way: a containerID added afterwards would sit outside the object, in a property array of its own.
    // (The image is the runtime's: a changed spec image shows once its container is created.)
    if (newest) return { name: c.name, state, lastState, ready, restartCount: newest.restartCount, image: newest.image, imageID: newest.imageID, started, containerID: newest.containerID ?? `containerd://${newest.id}` };
    return { name: c.name, state, lastState, ready, restartCount: 0, image: c.image ?? "", imageID: "", started };
  };

  const initStatuses = inits.map((c) => build(c, true));
  const statuses = (spec.containers ?? []).map((c) => build(c, false));
  if (inp.podIsTerminal) terminatePod(inits, initStatuses, statuses);
  const initialized = isInitialized(inits, initStatuses, inp.everStartedRegular);
  let phase = getPhase(pod, initStatuses, statuses, inp.podIsTerminal, initialized);
  const prevPhase = pod.status?.phase;
  if (prevPhase === "Succeeded" || prevPhase === "Failed") phase = prevPhase;
  // TerminatePod: a terminated pod's phase is terminal.
  else if (inp.podIsTerminal && phase !== "Succeeded") phase = "Failed";
  // The reason and message belong to the phase: kept while it stays; an eviction sets them.
  let reason = phase === prevPhase ? pod.status?.reason : undefined;
  let message = phase === prevPhase ? pod.status?.message : undefined;
  if (inp.evict && prevPhase !== "Succeeded") {
    phase = "Failed";
    reason = inp.evict.reason;
    message = inp.evict.message;
  }

  // The sidecars' statuses (in order), then the regular containers': the Ready condition's scope.
  const unready: string[] = [];
  for (let i = 0; i < inits.length; i++) if (isSidecar(inits[i]) && !initStatuses[i].ready) unready.push(initStatuses[i].name);
  for (const s of statuses) if (!s.ready) unready.push(s.name);
  // The init containers not done yet, named only when the pod is not initialized.
  const incomplete = () =>
    inits.filter((c, i) => {
      const s = initStatuses[i];
      return isSidecar(c) ? !s.started : !(s.state?.terminated && s.state.terminated.exitCode === 0);
    }).map((c) => c.name);

  const prev = pod.status?.conditions ?? [];
  // The time a condition that changed now shows (a pure, cached formatting).
  const now = ts(inp.now);
  const sandboxReady = !!inp.rt.sandbox?.ready && !inp.podIsTerminal && phase !== "Succeeded" && phase !== "Failed";
  const readyToStart = podCondition(prev, "PodReadyToStartContainers", sandboxReady, undefined, undefined, now);
  let initializedCond: PodCondition;
  if (phase === "Succeeded") initializedCond = podCondition(prev, "Initialized", true, "PodCompleted", undefined, now);
  else if (initialized) initializedCond = podCondition(prev, "Initialized", true, undefined, undefined, now);
  else initializedCond = podCondition(prev, "Initialized", false, "ContainersNotInitialized", `containers with incomplete status: [${incomplete().join(" ")}]`, now);
  const ready = readyConditions(pod, prev, unready, phase);
  const readyCond = podCondition(prev, "Ready", ready.ready.ok, ready.ready.reason, ready.ready.message, now);
  const containersReady = podCondition(prev, "ContainersReady", ready.containers.ok, ready.containers.reason, ready.containers.message, now);
  const scheduled = prev.find((p) => p.type === "PodScheduled");
  // One array literal: pushed one by one, the list would keep room for 17 (the trace keeps every status's).
  const conds: PodCondition[] = [
    readyToStart,
    initializedCond,
    readyCond,
    containersReady,
    scheduled ?? { type: "PodScheduled", status: "True", lastProbeTime: null as unknown as string, lastTransitionTime: ts(inp.startTime) },
  ];

  // Keys in this order (the order JSON writes them): phase, reason, message, conditions, …
  // The usual shapes as one literal each: keys added afterwards sit outside the object, in a property array of its own.
  const hostIP = inp.hostIP;
  const startTime = ts(inp.startTime);
  const qosClass = pod.status?.qosClass;
  if (!reason && !message && !inits.length) {
    const podIP = inp.podIP;
    if (podIP) return { phase, conditions: conds, hostIP, hostIPs: hostIPsOf(hostIP), startTime, podIP, podIPs: [{ ip: podIP }], containerStatuses: statuses, qosClass };
    return { phase, conditions: conds, hostIP, hostIPs: hostIPsOf(hostIP), startTime, containerStatuses: statuses, qosClass };
  }
  const status: PodStatus = { phase };
  if (reason) status.reason = reason;
  if (message) status.message = message;
  status.conditions = conds;
  status.hostIP = hostIP;
  status.hostIPs = hostIPsOf(hostIP);
  status.startTime = startTime;
  if (inp.podIP) {
    status.podIP = inp.podIP;
    status.podIPs = [{ ip: inp.podIP }];
  }
  if (inits.length) status.initContainerStatuses = initStatuses;
  status.containerStatuses = statuses;
  status.qosClass = qosClass;
  return status;
}

/*
 * Parts of a status that say the same for many pods are one object each (the trace keeps every
 * status of every pod). Nothing changes a stored status's parts; sortMapKeys writes struct fields
 * back with the values they hold.
 */
const NO_STATE: ContainerState = {};
const WAITING_CREATING: ContainerState = { waiting: { reason: "ContainerCreating" } };
const WAITING_INITIALIZING: ContainerState = { waiting: { reason: "PodInitializing" } };

/** status.hostIPs per host IP. */
const hostIPLists = new Map<string, Array<{ ip: string }>>();

function hostIPsOf(ip: string): Array<{ ip: string }> {
  let list = hostIPLists.get(ip);
  if (list === undefined) {
    if (hostIPLists.size >= 10_000) hostIPLists.clear();
    hostIPLists.set(ip, (list = [{ ip }]));
  }
  return list;
}

/** One condition the kubelet writes: its lastTransitionTime is the previous one's while the status stays. */
function podCondition(prev: readonly PodCondition[], type: string, ok: boolean, reason: string | undefined, message: string | undefined, now: string): PodCondition {
  const status = ok ? "True" : "False";
  let old: PodCondition | undefined;
  for (let i = 0; i < prev.length; i++)
    if (prev[i].type === type) {
      old = prev[i];
      break;
    }
  const lastTransitionTime = old && old.status === status ? old.lastTransitionTime : now;
  const lastProbeTime = null as unknown as string;
  // Each shape as one literal: a reason or message added afterwards would sit outside the object, in a property array of its own.
  if (reason && message) return { type, status, lastProbeTime, lastTransitionTime, reason, message };
  if (reason) return { type, status, lastProbeTime, lastTransitionTime, reason };
  if (message) return { type, status, lastProbeTime, lastTransitionTime, message };
  return { type, status, lastProbeTime, lastTransitionTime };
}

type Verdict = { ok: boolean; reason?: string; message?: string };

/**
 * The ContainersReady and Ready conditions: ContainersReady is True when every regular container
 * and started sidecar is ready; Ready also needs every readiness gate's condition (set by someone
 * else in the pod's status) to be True, else it is False with ReadinessGatesNotReady. A terminal
 * phase makes both False (PodCompleted, PodFailed).
 * Models: pkg/kubelet/status/generate.go GenerateContainersReadyCondition, GeneratePodReadyCondition.
 */
export function readyConditions(pod: Pod, conditions: readonly PodCondition[], unready: readonly string[], phase: string | undefined): { ready: Verdict; containers: Verdict } {
  let containers: Verdict;
  if (phase === "Succeeded") containers = { ok: false, reason: "PodCompleted" };
  else if (phase === "Failed") containers = { ok: false, reason: "PodFailed" };
  else if (unready.length) containers = { ok: false, reason: "ContainersNotReady", message: unreadyMessage(unready.join(" ")) };
  else containers = { ok: true };
  if (!containers.ok) return { ready: containers, containers };
  const unreadyGates: string[] = [];
  for (const g of pod.spec?.readinessGates ?? []) {
    const c = conditions.find((x) => x.type === g.conditionType);
    if (!c) unreadyGates.push(`corresponding condition of pod readiness gate ${JSON.stringify(g.conditionType)} does not exist.`);
    else if (c.status !== "True") unreadyGates.push(`the status of pod readiness gate ${JSON.stringify(g.conditionType)} is not "True", but ${c.status}`);
  }
  if (unreadyGates.length) return { ready: { ok: false, reason: "ReadinessGatesNotReady", message: unreadyGates.join(", ") }, containers };
  return { ready: { ok: true }, containers };
}

/** The ContainersNotReady message for the unready containers' names, one string per list (every starting pod's statuses say it). */
function unreadyMessage(names: string): string {
  let m = unreadyMessages.get(names);
  if (m === undefined) {
    m = `containers with unready status: [${names}]`;
    if (unreadyMessages.size >= 1000) unreadyMessages.clear();
    unreadyMessages.set(names, m);
  }
  return m;
}

const unreadyMessages = new Map<string, string>();

/** Pod conditions the kubelet owns and writes itself; the others (readiness gates' among them) it keeps as the API has them. Models: pkg/kubelet/types/pod_status.go PodConditionByKubelet. */
export const KUBELET_CONDITIONS: ReadonlySet<string> = new Set(["PodScheduled", "Ready", "Initialized", "ContainersReady", "PodReadyToStartContainers", "PodResizePending", "PodResizeInProgress"]);

/** The state TerminatePod gives a container whose end the kubelet never saw. */
export const STATUS_UNKNOWN = { exitCode: 137, reason: "ContainerStatusUnknown", message: "The container could not be located when the pod was terminated" } as const;

/**
 * The final status of a terminated pod: every container without a terminated state is reported
 * as failed (ContainerStatusUnknown, exit code 137), regular containers once the pod has
 * initialized and init containers up to the last one with evidence of a start.
 * Models: pkg/kubelet/status/status_manager.go TerminatePod, hasPodInitialized, initializedContainers.
 */
function terminatePod(inits: Container[], initStatuses: ContainerStatus[], statuses: ContainerStatus[]): void {
  const started = (s: ContainerStatus) => !!s.lastState?.terminated || !s.state?.waiting;
  const last = initStatuses.length ? initStatuses[initStatuses.length - 1] : undefined;
  const initialized = !inits.length || statuses.some(started) || (!!last?.state?.terminated && last.state.terminated.exitCode === 0);
  const unknown = (s: ContainerStatus) => {
    if (!s.state?.terminated) s.state = { terminated: { ...STATUS_UNKNOWN } };
  };
  if (initialized) statuses.forEach(unknown);
  let lastStarted = -1;
  initStatuses.forEach((s, i) => {
    if (started(s)) lastStarted = i;
  });
  initStatuses.slice(0, lastStarted + 1).forEach(unknown);
}

function terminated(i: Instance, ts: (t: number) => string) {
  const t: NonNullable<ContainerState["terminated"]> = {
    exitCode: i.exitCode,
    reason: i.reason,
    startedAt: ts(i.startedAt),
    finishedAt: ts(i.finishedAt),
    containerID: i.containerID ?? `containerd://${i.id}`,
  };
  if (i.message) t.message = i.message;
  return t;
}

function isInitialized(inits: Container[], statuses: ContainerStatus[], everStartedRegular: boolean): boolean {
  if (everStartedRegular) return true;
  return inits.every((c, i) => {
    const s = statuses[i];
    return isSidecar(c) ? !!s.started : !!(s.state?.terminated && s.state.terminated.exitCode === 0);
  });
}

/** Models: pkg/kubelet/kubelet_pods.go getPhase (v1.34). */
export function getPhase(pod: Pod, initStatuses: ContainerStatus[], statuses: ContainerStatus[], podIsTerminal: boolean, podHasInitialized: boolean): string {
  const spec = pod.spec!;
  const inits = spec.initContainers ?? [];
  let pendingRegularInit = 0;
  let pendingSidecar = 0;
  let failedInit = 0;
  let failedInitNotRestartable = false;
  inits.forEach((c, i) => {
    if (isSidecar(c)) return;
    const s = initStatuses[i];
    const failed = () => {
      failedInit++;
      const policy = c.restartPolicy ?? spec.restartPolicy ?? "Always";
      if (policy === "Never") failedInitNotRestartable = true;
    };
    if (s.state?.running) pendingRegularInit++;
    else if (s.state?.terminated) {
      if (s.state.terminated.exitCode !== 0) failed();
    } else if (s.state?.waiting) {
      if (s.lastState?.terminated) {
        if (s.lastState.terminated.exitCode !== 0) failed();
      } else pendingRegularInit++;
    } else pendingRegularInit++;
  });
  let unknown = 0;
  let running = 0;
  let waiting = 0;
  let stopped = 0;
  let succeeded = 0;
  inits.forEach((c, i) => {
    if (!isSidecar(c)) return;
    const s = initStatuses[i];
    if (s.state?.running) {
      if (!s.started) pendingSidecar++;
      running++;
    } else if (s.state?.waiting && !s.lastState?.terminated) {
      pendingSidecar++;
      waiting++;
    }
  });
  for (const s of statuses) {
    if (s.state?.running) running++;
    else if (s.state?.terminated) {
      stopped++;
      if (s.state.terminated.exitCode === 0) succeeded++;
    } else if (s.state?.waiting) {
      if (s.lastState?.terminated) stopped++;
      else waiting++;
    } else unknown++;
  }
  if (failedInit > 0 && failedInitNotRestartable) return "Failed";
  if (pendingRegularInit > 0 || (pendingSidecar > 0 && !podHasInitialized)) return "Pending";
  if (waiting > 0) return "Pending";
  if (running > 0 && unknown === 0) return "Running";
  if (running === 0 && stopped > 0 && unknown === 0) {
    if (podIsTerminal) return stopped === succeeded ? "Succeeded" : "Failed";
    const policy = spec.restartPolicy ?? "Always";
    if (policy === "Always") return "Running";
    if (stopped === succeeded) return "Succeeded";
    if (policy === "Never") return "Failed";
    return "Running";
  }
  return "Pending";
}

/**
 * The shapes generatePodStatus usually makes (a running or starting pod without init containers,
 * reason or message; a container status with and without an instance), for shareUnchanged's
 * copies of them (see util/shapes.ts).
 */
export const STATUS_SHAPES: readonly Shape[] = [
  {
    keys: ["phase", "conditions", "hostIP", "hostIPs", "startTime", "podIP", "podIPs", "containerStatuses", "qosClass"],
    copy: (o) => ({ phase: o.phase, conditions: o.conditions, hostIP: o.hostIP, hostIPs: o.hostIPs, startTime: o.startTime, podIP: o.podIP, podIPs: o.podIPs, containerStatuses: o.containerStatuses, qosClass: o.qosClass }),
  },
  {
    keys: ["phase", "conditions", "hostIP", "hostIPs", "startTime", "containerStatuses", "qosClass"],
    copy: (o) => ({ phase: o.phase, conditions: o.conditions, hostIP: o.hostIP, hostIPs: o.hostIPs, startTime: o.startTime, containerStatuses: o.containerStatuses, qosClass: o.qosClass }),
  },
  {
    keys: ["name", "state", "lastState", "ready", "restartCount", "image", "imageID", "started", "containerID"],
    copy: (o) => ({ name: o.name, state: o.state, lastState: o.lastState, ready: o.ready, restartCount: o.restartCount, image: o.image, imageID: o.imageID, started: o.started, containerID: o.containerID }),
  },
  {
    keys: ["name", "state", "lastState", "ready", "restartCount", "image", "imageID", "started"],
    copy: (o) => ({ name: o.name, state: o.state, lastState: o.lastState, ready: o.ready, restartCount: o.restartCount, image: o.image, imageID: o.imageID, started: o.started }),
  },
];
