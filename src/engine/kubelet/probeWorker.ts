import type { Container, Pod, Probe } from "../api/types";
import type { Clock, Timer } from "../sim/clock";
import type { TraceRecorder } from "../trace/recorder";
import { probeKey } from "../trace/recorder";
import type { Cause, ProbeKind } from "../trace/types";
import { podStableUntil, runProbe } from "./probeRunner";
import type { Instance } from "./runtime";

export type ProbeResult = "success" | "failure" | "unknown";

export interface ProbeHost {
  clock: Clock;
  trace: TraceRecorder;
  podObject(): Pod;
  instance(name: string): Instance | undefined;
  runningInstances(): Instance[];
  /** The instances that were running at `t` (a skipped steady run's requests are replayed against them). */
  instancesAt(t: number): Instance[];
  podIP(): string;
  /** The node's address: where the kubelet's probes come from. */
  nodeIP(): string;
  ports(): Array<{ name?: string; containerPort: number }>;
  /** The container's `started` flag (its startup probe succeeded, or it has none). */
  started(name: string): boolean;
  terminating(): boolean;
  event(type: "Normal" | "Warning", reason: string, message: string, fieldPath: string, cause: Cause): number;
  resultChanged(w: ProbeWorker, cause: Cause): void;
}

const LABEL: Record<ProbeKind, string> = { liveness: "Liveness", readiness: "Readiness", startup: "Startup" };

/**
 * One prober worker per (container, probe type), ticking every periodSeconds from its creation
 * at the pod's first sync. Models: pkg/kubelet/prober/worker.go (run, doProbe).
 *
 * While the answer cannot change (a steady success) the worker does not tick: it jumps to the
 * first tick at which the container's program may answer differently and records the skipped
 * attempts as one run, so an hour of 1 s probes costs a handful of events.
 */
export class ProbeWorker {
  result: ProbeResult;
  private instanceId: string | undefined;
  private lastResult: "success" | "failure" | undefined;
  /** The last attempt was a success with a warning: each attempt emits its ProbeWarning, so none is skipped. */
  private warned = false;
  /** When the last attempt ran: a manual run asked for at the same instant is that attempt. */
  private lastProbeAt = -1;
  private resultRun = 0;
  private onHold = false;
  private anchor: number;
  private timer: Timer | undefined;
  private stopped = false;
  /** Unhealthy event ids and times of the current failure run, for causes. */
  private failures: Array<{ id: number; t: number }> = [];
  /** Ticks skipped as a steady run: attempts at skipFrom, skipFrom+period, … before the next scheduled tick. */
  private skipFrom: number | undefined;
  readonly period: number;
  private key: string;

  constructor(
    private host: ProbeHost,
    readonly kind: ProbeKind,
    readonly container: Container,
    readonly fieldPath: string,
    readonly probe: Probe,
  ) {
    this.period = probe.periodSeconds ?? 10;
    this.result = initialResult(kind);
    this.anchor = host.clock.now;
    const pod = host.podObject();
    this.key = probeKey(pod.metadata!.uid!, container.name, kind);
    this.schedule(host.clock.now);
  }

  /** The result for one container instance: results are keyed by container ID (prober/results). */
  resultFor(instanceId: string): ProbeResult {
    return instanceId === this.instanceId ? this.result : initialResult(this.kind);
  }

  stop(): void {
    this.flushSkip(this.host.clock.now);
    this.stopped = true;
    if (this.timer) this.timer.dead = true;
  }

  /** Readiness only: the kubelet runs the probe now and restarts the ticker (prober_manager UpdatePodStatus). */
  poke(): void {
    if (this.stopped) return;
    const now = this.host.clock.now;
    // The tick of this instant already probed (worker.go: a manual trigger resets the ticker to
    // now, where it already is): one attempt, one event, not two at the same instant.
    if (this.lastProbeAt === now) return;
    this.flushSkip(now);
    this.anchor = now;
    this.host.trace.closeProbeRun(this.key);
    this.doProbe();
    this.planNext();
  }

  /** The container started, exited or the pod changed: stop skipping and look at the next tick. */
  wake(): void {
    if (this.stopped) return;
    const now = this.host.clock.now;
    this.flushSkip(now);
    // A ticker fires once per tick: if this instant's tick already ran, wait for the next.
    const next = this.gridAtOrAfter(now);
    this.schedule(next === this.lastTick ? this.gridAtOrAfter(now + 1e-6) : next);
  }

  private lastTick = -1;

  private tick(): void {
    if (this.stopped) return;
    this.lastTick = this.host.clock.now;
    this.flushSkip(this.host.clock.now);
    this.doProbe();
    this.planNext();
  }

  private gridAtOrAfter(t: number): number {
    const k = Math.ceil((t - this.anchor) / this.period - 1e-9);
    return round(this.anchor + Math.max(0, k) * this.period);
  }

  private schedule(t: number): void {
    if (this.timer) this.timer.dead = true;
    this.timer = t === Infinity ? undefined : this.host.clock.at(t, () => this.tick());
  }

  private planNext(): void {
    if (this.stopped) return;
    const now = this.host.clock.now;
    const next = this.gridAtOrAfter(now + 1e-6);
    const inst = this.host.instance(this.container.name);
    const idle = !inst || inst.state !== "running" || this.onHold || (this.kind === "startup" && this.host.started(this.container.name));
    if (idle) {
      // Nothing to probe until the container (re)starts; the kubelet wakes the worker then.
      this.schedule(Infinity);
      return;
    }
    const steady = this.lastResult === "success" && this.result === "success" && !this.warned && this.gated(inst) === undefined;
    if (steady) {
      const until = podStableUntil(this.host.runningInstances(), now);
      if (until > next) {
        const target = until === Infinity ? Infinity : this.gridAtOrAfter(until);
        this.skipFrom = next;
        this.schedule(target);
        return;
      }
    }
    this.schedule(next);
  }

  private forced: "fail" | "pass" | undefined;

  /** A scripted action forces what the checked endpoint answers from now on. */
  force(outcome: "fail" | "pass", _cause: Cause): void {
    this.forced = outcome;
    this.wake();
  }

  /** The run ends at `until`: record the steady attempts skipped up to and including it. */
  finish(until: number): void {
    this.flushSkip(until + 1e-6);
  }

  /** Records the attempts skipped before `upTo` (exclusive) as successes. */
  private flushSkip(upTo: number): void {
    if (this.skipFrom === undefined) return;
    const from = this.skipFrom;
    this.skipFrom = undefined;
    const count = Math.ceil((upTo - from) / this.period - 1e-9);
    if (count <= 0) return;
    this.resultRun += count;
    this.record(from, "success", undefined, count);
    // The servers saw each skipped attempt: their logs get them (same request, same answer).
    if (this.probe.httpGet || this.probe.grpc) {
      const host = this.host;
      const inst = host.instance(this.container.name);
      if (inst) runProbe(this.probe, inst, host.instancesAt(from), host.podIP(), host.ports(), from, host.nodeIP(), { period: this.period, count });
    }
  }

  /** Why a tick would not probe, or undefined if it would. */
  private gated(inst: Instance): string | undefined {
    const now = this.host.clock.now;
    if (Math.floor(now - inst.startedAt + 1e-9) < (this.probe.initialDelaySeconds ?? 0)) return "initialDelay";
    const started = this.host.started(this.container.name);
    if (this.kind === "startup" && started) return "started";
    if (this.kind !== "startup" && !started) return "notStarted";
    return undefined;
  }

  private doProbe(): void {
    const host = this.host;
    const pod = host.podObject();
    if (pod.status?.phase === "Succeeded" || pod.status?.phase === "Failed") {
      this.stop();
      return;
    }
    const inst = host.instance(this.container.name);
    if (!inst) return;
    if (inst.id !== this.instanceId) {
      this.instanceId = inst.id;
      this.lastResult = undefined;
      this.resultRun = 0;
      this.onHold = false;
      this.failures = [];
      host.trace.closeProbeRun(this.key);
      this.setResult(initialResult(this.kind), { rule: "probe.newContainer", data: { probe: this.kind } });
    }
    if (this.onHold) return;
    if (inst.state !== "running") {
      if (this.kind === "readiness") this.setResult("failure", { rule: "probe.containerNotRunning" });
      return;
    }
    if (host.terminating() && this.kind !== "readiness") {
      this.setResult("success", { rule: "probe.podTerminating" });
      this.stop();
      return;
    }
    if (this.gated(inst)) return;

    const now = host.clock.now;
    this.lastProbeAt = now;
    const outcome = this.forced ? forcedOutcome(this.probe, this.forced, host.podIP()) : runProbe(this.probe, inst, host.runningInstances(), host.podIP(), host.ports(), now, host.nodeIP());
    if (outcome.result === "error") {
      host.event("Warning", "Unhealthy", `${LABEL[this.kind]} probe errored and resulted in ${outcome.state ?? "unknown"} state: ${outcome.output}`, this.fieldPath, { rule: "probe.errored" });
      return;
    }
    // prober.go probe: a Warning result records a ProbeWarning event and counts as Success.
    this.warned = outcome.result === "warning";
    if (this.warned) host.event("Warning", "ProbeWarning", `${LABEL[this.kind]} probe warning: ${outcome.output}`, this.fieldPath, { rule: "probe.warning", data: { probe: this.kind } });
    const result = outcome.result === "warning" ? "success" : outcome.result;
    if (result === this.lastResult) this.resultRun++;
    else {
      this.lastResult = result;
      this.resultRun = 1;
      if (result === "success") this.failures = [];
    }
    this.record(now, result, result === "failure" ? outcome.output : undefined, 1);
    if (result === "failure") {
      const id = host.event("Warning", "Unhealthy", `${LABEL[this.kind]} probe failed: ${outcome.output}`, this.fieldPath, {
        rule: `probe.${this.kind}.failed`,
        data: { attempt: this.resultRun, failureThreshold: this.probe.failureThreshold ?? 3 },
      });
      this.failures.push({ id, t: now });
    }
    const threshold = result === "failure" ? (this.probe.failureThreshold ?? 3) : (this.probe.successThreshold ?? 1);
    if (this.resultRun < threshold) return;
    const cause: Cause =
      result === "failure"
        ? {
            rule: `probe.${this.kind}.failureThreshold`,
            data: { failureThreshold: threshold, periodSeconds: this.period, failures: this.failures.slice(-threshold).map((f) => f.t) },
            after: this.failures.slice(-threshold).map((f) => f.id),
          }
        : { rule: `probe.${this.kind}.successThreshold`, data: { successThreshold: threshold, periodSeconds: this.period } };
    this.setResult(result, cause);
    if ((this.kind === "liveness" || this.kind === "startup") && result === "failure") {
      this.onHold = true;
      this.resultRun = 0;
    }
  }

  private setResult(r: ProbeResult, cause: Cause): void {
    if (r === this.result) return;
    this.result = r;
    this.host.resultChanged(this, cause);
  }

  private record(t: number, result: "success" | "failure", output: string | undefined, count: number): void {
    const pod = this.host.podObject();
    this.host.trace.probe(
      this.key,
      {
        podUid: pod.metadata!.uid!,
        pod: pod.metadata!.name!,
        namespace: pod.metadata!.namespace ?? "default",
        container: this.container.name,
        probe: this.kind,
        period: this.period,
        threshold: result === "failure" ? (this.probe.failureThreshold ?? 3) : (this.probe.successThreshold ?? 1),
      },
      t,
      result,
      this.resultRun - count + 1,
      output,
      count,
    );
  }
}

/** What a forced probe reports, phrased as the kubelet would for its mechanism. */
function forcedOutcome(probe: Probe, forced: "fail" | "pass", podIP: string): { result: "success" | "failure"; output: string } {
  if (forced === "pass") return { result: "success", output: "" };
  if (probe.httpGet) return { result: "failure", output: "HTTP probe failed with statuscode: 500" };
  if (probe.tcpSocket) return { result: "failure", output: `dial tcp ${podIP}:${probe.tcpSocket.port}: connect: connection refused` };
  if (probe.grpc) return { result: "failure", output: `service unhealthy (responded with "NOT_SERVING")` };
  return { result: "failure", output: "" };
}

function initialResult(kind: ProbeKind): ProbeResult {
  return kind === "readiness" ? "failure" : kind === "liveness" ? "success" : "unknown";
}

function round(t: number): number {
  return Math.round(t * 1000) / 1000;
}
