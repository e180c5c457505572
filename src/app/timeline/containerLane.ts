import type { EventEntry, RuntimeEntry } from "../../engine/trace/types";
import type { BackoffSpan, ContainerKind, ContainerLane, OverlaySpan, PullSpan, StateSpan, WaitingSpan } from "./types";

/** The parts of a v1 ContainerStatus the timeline reads. */
export interface ContainerStatusLike {
  name: string;
  ready?: boolean;
  started?: boolean;
  restartCount?: number;
  state?: {
    waiting?: { reason?: string; message?: string };
    running?: { startedAt?: string };
    terminated?: { reason?: string; exitCode?: number };
  };
}


/** Parses a Go duration as the kubelet prints it ("10s", "1m20s", "5m0s", "1.5s") into seconds. */
export function parseGoDuration(s: string): number | undefined {
  const re = /(\d+(?:\.\d+)?)(h|ms|m|s)/g;
  let total = 0;
  let matched = "";
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const v = Number(m[1]);
    total += m[2] === "h" ? v * 3600 : m[2] === "m" ? v * 60 : m[2] === "s" ? v : v / 1000;
    matched += m[0];
  }
  return matched && matched === s ? total : undefined;
}

/** The delay of a CrashLoopBackOff waiting message: "back-off 20s restarting failed container=…". */
export function backoffDelayFromMessage(message: string | undefined): number | undefined {
  const m = message ? /^back-off (\S+) restarting/.exec(message) : null;
  return m ? parseGoDuration(m[1]) : undefined;
}

function num(v: unknown): number | undefined {
  return typeof v === "number" && Number.isFinite(v) ? v : undefined;
}

/**
 * Builds one container's lane from the trace in time order. Runtime facts win over API status:
 * a Started event or a runtime exit gives the exact time, and a status snapshot that describes an
 * instance the runtime has already moved past (the kubelet reports at the next sync, in whole
 * seconds) is ignored. API status fills in what the runtime does not say: waiting reasons, ready.
 */
export class ContainerLaneBuilder {
  readonly lane: ContainerLane;
  /** The state span in progress (its `end` is set when it closes). */
  private cur: StateSpan | undefined;
  /** Started events seen (instance index of the running one is starts - 1). */
  private starts = 0;
  /** restartCount of the last Created event (the instance a Started event starts). */
  private created: number | undefined;
  private running = false;
  private lastExitInstance = -1;
  private ready = false;
  private started = false;
  private killing: { t: number; id: number; grace: number; message: string } | undefined;
  private lastExit: { t: number; id: number } | undefined;
  private restartBackoff: { delay?: number; ids: number[] } | undefined;
  private pull: PullSpan | undefined;
  private lastPullFail: { t: number; id: number } | undefined;
  private imageBackoff: { delay?: number; ids: number[] } | undefined;

  constructor(
    name: string,
    kind: ContainerKind,
    index: number,
    private readonly hooks: { preStop: boolean; grace: number },
  ) {
    this.lane = { name, kind, index, states: [], overlays: [], marks: [], probes: [] };
  }

  private open(t: number, span: StateSpan): void {
    this.closeState(t, false);
    this.cur = span;
  }

  private closeState(t: number, open: boolean): void {
    const c = this.cur;
    if (!c) return;
    c.end = t;
    c.open = open;
    this.lane.states.push(c);
    this.cur = undefined;
  }

  private overlay(span: OverlaySpan): void {
    this.lane.overlays.push(span);
  }

  private startRunning(t: number, ids: number[], instance: number): void {
    this.running = true;
    this.ready = false;
    this.started = false;
    if (this.lastExit && this.restartBackoff) {
      const b: BackoffSpan = { kind: "backoff", what: "restart", start: this.lastExit.t, end: t, open: false, ids: [...this.restartBackoff.ids, ...ids] };
      if (this.restartBackoff.delay !== undefined) b.delaySeconds = this.restartBackoff.delay;
      this.overlay(b);
    }
    this.lastExit = undefined;
    this.restartBackoff = undefined;
    this.open(t, { kind: "running", start: t, end: t, open: false, ids, ready: false, started: false, restartCount: instance });
  }

  private exit(t: number, id: number, instance: number, reason: string, exitCode: number): void {
    this.running = false;
    this.lastExitInstance = instance;
    if (this.killing) {
      const k = this.killing;
      this.overlay({ kind: "grace", start: k.t, end: t, open: false, ids: [k.id, id], gracePeriodSeconds: k.grace, deadline: k.t + k.grace, message: k.message });
      this.killing = undefined;
    }
    this.lastExit = { t, id };
    this.restartBackoff = undefined;
    this.open(t, { kind: "terminated", start: t, end: t, open: false, ids: [id], reason, exitCode, restartCount: instance });
  }

  runtimeExit(e: RuntimeEntry): void {
    this.exit(e.t, e.id, e.restartCount, e.reason, e.exitCode);
  }

  /** A status snapshot for this container, written at `t` by entry `id`. */
  status(t: number, id: number, cs: ContainerStatusLike): void {
    const st = cs.state ?? {};
    const rc = cs.restartCount ?? 0;
    if (st.running) {
      if (this.running && this.starts - 1 === rc) this.readiness(t, id, cs.ready === true, cs.started !== false);
      else if (!this.running && this.starts <= rc) {
        // No Started event for this instance: fall back to the API time.
        this.starts = rc + 1;
        this.startRunning(t, [id], rc);
        this.readiness(t, id, cs.ready === true, cs.started !== false);
      }
    } else if (st.terminated) {
      if (rc > this.lastExitInstance && !(this.running && this.starts - 1 > rc)) {
        this.starts = Math.max(this.starts, rc + 1);
        this.exit(t, id, rc, st.terminated.reason ?? "", st.terminated.exitCode ?? 0);
      }
    } else if (st.waiting) {
      if (this.running || rc < this.lastExitInstance) return;
      const reason = st.waiting.reason ?? "";
      const message = st.waiting.message;
      const c = this.cur;
      if (c && c.kind === "waiting" && c.reason === reason && c.message === message) return;
      const delay = reason === "CrashLoopBackOff" ? backoffDelayFromMessage(message) : undefined;
      if (delay !== undefined && this.lastExit) this.restartBackoff ??= { delay, ids: [id] };
      const span: WaitingSpan = { kind: "waiting", start: t, end: t, open: false, ids: [id], reason, restartCount: rc, message, delaySeconds: delay };
      this.open(t, span);
    }
  }

  private readiness(t: number, id: number, ready: boolean, started: boolean): void {
    if (ready === this.ready && started === this.started) return;
    this.ready = ready;
    this.started = started;
    const c = this.cur;
    if (!c || c.kind !== "running") return;
    if (c.start === t) {
      c.ready = ready;
      c.started = started;
      return;
    }
    this.open(t, { kind: "running", start: t, end: t, open: false, ids: [id], ready, started, restartCount: c.restartCount });
  }

  event(e: EventEntry): void {
    const ev = e.event;
    const data = e.cause.data ?? {};
    const marks = this.lane.marks;
    switch (ev.reason) {
      case "Created":
        this.created = num(data.restartCount);
        break;
      case "Started": {
        const instance = this.created ?? this.starts;
        this.created = undefined;
        this.starts = instance + 1;
        if (instance > 0) marks.push({ kind: "restart", t: e.t, id: e.id, type: ev.type, reason: ev.reason, message: ev.message, restartCount: instance });
        else marks.push({ kind: "event", t: e.t, id: e.id, type: ev.type, reason: ev.reason, message: ev.message });
        this.startRunning(e.t, [e.id], instance);
        return;
      }
      case "Killing": {
        const grace = num(data.gracePeriodSeconds) ?? this.hooks.grace;
        const preStop = this.hooks.preStop && e.cause.rule !== "kubelet.postStartHookFailed";
        marks.push({ kind: "hook", t: e.t, id: e.id, type: ev.type, reason: ev.reason, message: ev.message, hook: "kill", failed: false, preStop });
        if (this.running) this.killing = { t: e.t, id: e.id, grace, message: ev.message };
        return;
      }
      case "FailedPostStartHook":
      case "FailedPreStopHook": {
        const hook = ev.reason === "FailedPostStartHook" ? "postStart" : "preStop";
        marks.push({ kind: "hook", t: e.t, id: e.id, type: ev.type, reason: ev.reason, message: ev.message, hook, failed: true });
        return;
      }
    }
    marks.push({ kind: "event", t: e.t, id: e.id, type: ev.type, reason: ev.reason, message: ev.message });
    const rule = e.cause.rule;
    if (ev.reason === "BackOff" && (rule === "kubelet.crashLoopBackOff" || ev.message.startsWith("Back-off restarting"))) {
      if (this.lastExit) {
        if (!this.restartBackoff) this.restartBackoff = { ids: [e.id] };
        if (num(data.delaySeconds) !== undefined) this.restartBackoff.delay = num(data.delaySeconds);
      }
    } else if (ev.reason === "BackOff" && (rule === "kubelet.ImagePullBackOff" || ev.message.startsWith("Back-off pulling"))) {
      if (this.lastPullFail) this.imageBackoff ??= { delay: num(data.delaySeconds), ids: [e.id] };
    } else if (ev.reason === "Pulling") {
      this.endImageBackoff(e.t, e.id);
      this.closePull(e.t, "failed");
      const image = typeof data.image === "string" ? data.image : (/"(.*)"/.exec(ev.message)?.[1] ?? "");
      this.pull = { kind: "pull", start: e.t, end: e.t, open: false, ids: [e.id], image, outcome: "pulling", message: undefined };
    } else if (ev.reason === "Pulled" && this.pull) {
      this.pull.ids.push(e.id);
      this.pull.message = ev.message;
      this.closePull(e.t, "pulled");
    } else if (ev.reason === "Failed" && (rule === "kubelet.imagePullFailed" || ev.message.startsWith("Failed to pull"))) {
      if (this.pull) {
        this.pull.ids.push(e.id);
        this.pull.message = ev.message;
        this.closePull(e.t, "failed");
      }
      this.lastPullFail ??= { t: e.t, id: e.id };
    }
  }

  private closePull(t: number, outcome: PullSpan["outcome"], open = false): void {
    const p = this.pull;
    if (!p) return;
    p.end = t;
    p.open = open;
    p.outcome = outcome;
    this.overlay(p);
    this.pull = undefined;
  }

  private endImageBackoff(t: number, id: number): void {
    if (this.lastPullFail && this.imageBackoff) {
      const b: BackoffSpan = { kind: "backoff", what: "image", start: this.lastPullFail.t, end: t, open: false, ids: [...this.imageBackoff.ids, id] };
      if (this.imageBackoff.delay !== undefined) b.delaySeconds = this.imageBackoff.delay;
      this.overlay(b);
    }
    this.lastPullFail = undefined;
    this.imageBackoff = undefined;
  }

  /** Ends every open span at `t`; `open` when that is the trace's end rather than the pod's removal. */
  finish(t: number, open: boolean): ContainerLane {
    this.closeState(t, open);
    if (this.killing) {
      const k = this.killing;
      this.overlay({ kind: "grace", start: k.t, end: t, open, ids: [k.id], gracePeriodSeconds: k.grace, deadline: k.t + k.grace, message: k.message });
    }
    this.closePull(t, "pulling", open);
    if (this.lastExit && this.restartBackoff) {
      const b: BackoffSpan = { kind: "backoff", what: "restart", start: this.lastExit.t, end: t, open, ids: this.restartBackoff.ids };
      if (this.restartBackoff.delay !== undefined) b.delaySeconds = this.restartBackoff.delay;
      this.overlay(b);
    }
    if (this.lastPullFail && this.imageBackoff) {
      const b: BackoffSpan = { kind: "backoff", what: "image", start: this.lastPullFail.t, end: t, open, ids: this.imageBackoff.ids };
      if (this.imageBackoff.delay !== undefined) b.delaySeconds = this.imageBackoff.delay;
      this.overlay(b);
    }
    this.lane.overlays.sort((a, b) => a.start - b.start);
    return this.lane;
  }
}
