import type { SimEvent } from "../api/events";

/**
 * Why a change happened, in machine-readable form: which rule fired (`rule`, a stable id the UI
 * translates), the numbers it used (`data`), and the earlier trace entries that led to it
 * (`after`, entry ids). The explain panel renders these in English or Korean.
 */
export interface Cause {
  rule: string;
  data?: Record<string, string | number | boolean | number[] | string[] | null>;
  after?: number[];
}

export interface ObjectRef {
  kind: string;
  namespace: string;
  name: string;
  uid: string;
}

/** An API write: the stored object after the write (immutable snapshot), or null once deleted. */
export interface WriteEntry {
  id: number;
  t: number;
  type: "write";
  verb: "create" | "update" | "delete";
  ref: ObjectRef;
  resourceVersion: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  object: any | null;
  cause: Cause;
}

export interface EventEntry {
  id: number;
  t: number;
  type: "event";
  event: SimEvent;
  cause: Cause;
}

/**
 * What happened in the container runtime at its exact time (API timestamps only keep whole
 * seconds): a container instance started or exited. Not an API write; the kubelet reports it
 * in the next status.
 */
export interface RuntimeEntry {
  id: number;
  t: number;
  type: "runtime";
  what: "exited";
  pod: ObjectRef;
  container: string;
  restartCount: number;
  exitCode: number;
  reason: string;
  cause: Cause;
}

export type TraceEntry = WriteEntry | EventEntry | RuntimeEntry;

export type ProbeKind = "liveness" | "readiness" | "startup";

/**
 * Probe attempts of one worker, run-length encoded: `count` attempts at `start`, `start+period`, …
 * with the same result. Steady runs cost one record however long they last (DESIGN: cost grows
 * with state changes, not clock ticks). `consecutive` is the worker's counter after the first
 * attempt of the run; it grows by one per attempt.
 */
export interface ProbeRun {
  podUid: string;
  pod: string;
  namespace: string;
  container: string;
  probe: ProbeKind;
  start: number;
  period: number;
  count: number;
  result: "success" | "failure";
  consecutive: number;
  threshold: number;
  /** The probe's output for failures (the Unhealthy event text after "probe failed: "). */
  output?: string;
}

/** Something the learner should know about how the run was simulated (unknown image, runaway script…). */
export interface Note {
  t: number;
  code: string;
  message: string;
  object?: ObjectRef;
}

/** One scheduling cycle: where the pod went (or not) and each node's filter verdict and scores. */
export interface SchedulingRecord {
  t: number;
  namespace: string;
  pod: string;
  node?: string;
  nodes: Array<{ node: string; filter: { ok: true } | { ok: false; plugin: string; reason: string }; scores?: Record<string, { raw: number; normalized: number; weight: number }>; total?: number }>;
}

/** One line a container instance wrote, as its runtime log keeps it (`kubectl logs`). */
export interface LogLine {
  t: number;
  namespace: string;
  pod: string;
  container: string;
  /** The instance: its restartCount when it started. */
  restart: number;
  stream: "stdout" | "stderr";
  text: string;
}

export interface Trace {
  format: 1;
  kubernetesVersion: string;
  until: number;
  epochMs: number;
  entries: TraceEntry[];
  probes: ProbeRun[];
  notes: Note[];
  /** What every container instance wrote, in time order (the kubelet keeps each instance's log while the pod exists). */
  logs?: LogLine[];
  /** Scheduling decisions, for the UI's "why this node" view. */
  scheduling?: SchedulingRecord[];
}
