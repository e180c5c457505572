import type { ProbeKind, ProbeRun } from "../../engine/trace/types";

/**
 * The timeline's model: what buildTimeline derives from a Trace, with no DOM and no language.
 * Times are simulated seconds since the manifests were applied (the trace's clock). Every span
 * and mark lists the trace entry ids that caused it (`ids`, the main one first) so the UI can
 * select and highlight it.
 */

export type PodPhase = "Pending" | "Running" | "Succeeded" | "Failed" | "Unknown";
export type ConditionType = "PodScheduled" | "Initialized" | "ContainersReady" | "Ready";
export const CONDITION_TYPES: readonly ConditionType[] = ["PodScheduled", "Initialized", "ContainersReady", "Ready"];

/** init: runs to completion before the app; sidecar: an init container with restartPolicy Always; regular: spec.containers. */
export type ContainerKind = "init" | "sidecar" | "regular";

interface Interval {
  start: number;
  end: number;
  /** True when the span is still going at the end of the trace (its end is `trace.until`). */
  open: boolean;
  ids: number[];
}

/** The pod's phase; `terminating` once metadata.deletionTimestamp is set (kubectl shows "Terminating"). */
export interface PhaseSpan extends Interval {
  kind: "phase";
  phase: PodPhase;
  terminating: boolean;
}

export interface ConditionSpan extends Interval {
  kind: "condition";
  condition: ConditionType;
  status: "True" | "False" | "Unknown";
  reason?: string;
}

export interface WaitingSpan extends Interval {
  kind: "waiting";
  reason: string;
  message?: string;
  /** The crash-loop delay from the message ("back-off 20s restarting…"), seconds. */
  delaySeconds?: number;
  restartCount: number;
}

export interface RunningSpan extends Interval {
  kind: "running";
  ready: boolean;
  /** containerStatuses[].started (false while a startup probe has not passed). */
  started: boolean;
  restartCount: number;
}

export interface TerminatedSpan extends Interval {
  kind: "terminated";
  reason: string;
  exitCode: number;
  restartCount: number;
}

export type StateSpan = WaitingSpan | RunningSpan | TerminatedSpan;

/** From a Killing event to the container's exit; `deadline` is when SIGKILL is due. */
export interface GraceSpan extends Interval {
  kind: "grace";
  gracePeriodSeconds: number;
  deadline: number;
  /** The Killing event's message ("Container app failed liveness probe, will be restarted"). */
  message: string;
}

/** The kubelet waiting before it retries: a crash-loop restart or an image pull. */
export interface BackoffSpan extends Interval {
  kind: "backoff";
  what: "restart" | "image";
  delaySeconds?: number;
}

/** Pulling → Pulled (or a failed pull). */
export interface PullSpan extends Interval {
  kind: "pull";
  image: string;
  outcome: "pulled" | "failed" | "pulling";
  message?: string;
}

export type OverlaySpan = GraceSpan | BackoffSpan | PullSpan;

/**
 * The four conditions folded into one lane: the pod's conditions are gates passed in order
 * (PodScheduled, Initialized, ContainersReady, Ready), so one span says how far the pod got.
 * `blocking` is the first condition that is not True (undefined: all four True, the pod is Ready);
 * `passed` counts the conditions before it that are True. `ids` is the write that changed it.
 */
export interface SummarySpan extends Interval {
  kind: "conditions";
  blocking?: ConditionType;
  status: "True" | "False" | "Unknown" | "absent";
  reason?: string;
  passed: number;
}

export type TimelineSpan = PhaseSpan | ConditionSpan | StateSpan | OverlaySpan | SummarySpan;

interface MarkBase {
  t: number;
  /** The trace entry this mark stands for (an Event, or the write that set or removed the pod). */
  id: number;
}

/** A Kubernetes Event (every one becomes exactly one mark: "event", "restart" or "hook"). */
export interface EventMark extends MarkBase {
  kind: "event";
  type: "Normal" | "Warning";
  reason: string;
  message: string;
}

/** A Started event after the container's first start. */
export interface RestartMark extends MarkBase {
  kind: "restart";
  type: "Normal" | "Warning";
  reason: string;
  message: string;
  restartCount: number;
}

/** Killing, FailedPostStartHook, FailedPreStopHook events. `preStop` when the container has a preStop hook that runs now. */
export interface HookMark extends MarkBase {
  kind: "hook";
  type: "Normal" | "Warning";
  reason: string;
  message: string;
  hook: "kill" | "postStart" | "preStop";
  failed: boolean;
  preStop?: boolean;
}

/** The delete request (deletionTimestamp set) and the object's removal from the API. */
export interface DeletionMark extends MarkBase {
  kind: "deletion" | "removed";
  gracePeriodSeconds?: number;
}

export type ContainerMark = EventMark | RestartMark | HookMark;
export type PodMark = EventMark | DeletionMark;
export type TimelineMark = ContainerMark | PodMark;

/**
 * One probe worker's attempts, kept run-length encoded (an hour of 1 s probes stays a handful of
 * records); expand with the helpers in probes.ts. `failures` are the Unhealthy events, by time.
 */
export interface ProbeTrack {
  probe: ProbeKind;
  runs: ProbeRun[];
  attempts: number;
  failures: { t: number; id: number }[];
}

export interface ContainerLane {
  name: string;
  kind: ContainerKind;
  /** Position in its spec list (init containers and regular ones counted separately). */
  index: number;
  states: StateSpan[];
  overlays: OverlaySpan[];
  marks: ContainerMark[];
  probes: ProbeTrack[];
}

export interface PodLane {
  uid: string;
  name: string;
  namespace: string;
  created: number;
  /** When the object left the API (undefined: it still exists at the end). */
  removed?: number;
  phases: PhaseSpan[];
  conditions: Record<ConditionType, ConditionSpan[]>;
  /** The conditions folded into one lane (see SummarySpan), in time order. */
  summary: SummarySpan[];
  marks: PodMark[];
  containers: ContainerLane[];
}

export interface TimelineModel {
  until: number;
  pods: PodLane[];
  /** Marks in total, probe attempts included (sizing hint). */
  markCount: number;
}
