import { ContainerLog } from "./containerLog";
import { ProgramLog } from "./programLog";
import type { Container, LifecycleHandler, Pod } from "../api/types";
import type { Timer } from "../sim/clock";
import type { StoredRef } from "../api/store";
import type { Cause, ProbeKind } from "../trace/types";
import { toTimestamp } from "../api/time";
import { sameJson, shareUnchanged } from "../util/share";
import { goDuration } from "../printers/humanDuration";
import { parseQuantity } from "../printers/quantity";
import { ContainerFs, VolumeStore, type Mount } from "../workloads/fs";
import { ContainerProcess, type ProcessEnv, type ProcessExit } from "../workloads/process";
import type { World } from "../workloads/world";
import { resolveProgram } from "../workloads/resolve";
import { ERROR_REQUEUE, MIN_GRACE, PLEG_DELAY, RESYNC, SANDBOX_SECONDS, SIGKILL_EXIT } from "./constants";
import { createdMessage, effectivePolicy, fieldPath, isSidecar, podKey, shouldRestart, startedMessage } from "./containers";
import type { KubeletContext } from "./context";
import { runHook } from "./hooks";
import { parallel, type Step } from "./parallel";
import { ProbeWorker, type ProbeHost } from "./probeWorker";
import { containerId, imageDigest, PodRuntime, type Instance } from "./runtime";
import { generatePodStatus, readyConditions, STATUS_SHAPES } from "./status";
import { setOwn } from "../util/ownMap";

type SyncResult = "ok" | "error" | "done";

/** pkg/kubelet/active_deadline.go: the pod's reason and message, and the Event's. */
const ACTIVE_DEADLINE = { reason: "DeadlineExceeded", message: "Pod was active on the node longer than the specified deadline" } as const;

/**
 * The kubelet's pod worker for one pod: serialized syncs, each of which first publishes the API
 * status and then acts on the runtime (sandbox, kills, image pulls, starts, hooks), blocking
 * while it waits. Models: pkg/kubelet/pod_workers.go, kubelet.go SyncPod,
 * kuberuntime/kuberuntime_manager.go (computePodActions, SyncPod, doBackOff).
 */
export class PodWorker implements ProbeHost {
  readonly rt = new PodRuntime();
  /** Why a container waits (the last sync's failure), made at its first entry (most pods never have one). */
  private reasonCache_?: Map<string, { reason: string; message: string }>;
  private get reasonCache(): Map<string, { reason: string; message: string }> {
    return (this.reasonCache_ ??= new Map());
  }
  private probes: ProbeWorker[] = [];
  private syncing = false;
  private pending: Cause | undefined;
  private scheduled = false;
  private requeue: Timer | undefined;
  private everStartedRegular = false;
  private done = false;
  private terminating_ = false;
  /** The pod's volumes by name, as a short list (a pod has a few; a Map each kept 230 bytes for 10,000 pods). */
  private volumes: Array<{ name: string; store: VolumeStore }>;
  /** Made when first needed (most containers never wake on their own), as throttleNoted and lastPullError. */
  private wakeTimers?: Map<string, Timer>;
  /** Instances whose CPU throttling is already noted. */
  private throttleNoted?: Set<string>;
  /** The status this worker last wrote (undefined: none yet); an identical one is not written again. */
  private lastStatus?: NonNullable<Pod["status"]>;
  private startTime: number;
  /** The kubelet has synced the pod once: status.startTime is set. */
  private started_ = false;
  private podIP_: string | undefined;
  /** Trace entries that explain the next sync (the PLEG event, the probe result…). */
  readonly clock;
  readonly trace;

  constructor(
    private ctx: KubeletContext,
    public pod: Pod,
    /** Where the pod lives in the store (see KubeletContext.updatePodStatus). */
    private readonly storeRef?: StoredRef,
  ) {
    this.clock = ctx.clock;
    this.trace = ctx.trace;
    this.startTime = ctx.clock.now;
    // A name given twice (validation refuses it) finds its first volume, always the same one.
    this.volumes = (pod.spec?.volumes ?? []).map((v) => ({ name: v.name, store: new VolumeStore() }));
  }

  get uid(): string {
    return this.pod.metadata!.uid!;
  }

  // ---- ProbeHost -------------------------------------------------------------------------------

  instance(name: string): Instance | undefined {
    return this.rt.newest(name);
  }
  runningInstances(): Instance[] {
    return this.rt.running();
  }
  instancesAt(t: number): Instance[] {
    return this.rt.runningAt(t);
  }
  nodeIP(): string {
    return this.ctx.hostIP;
  }
  podIP(): string {
    return this.podIP_ ?? "";
  }
  ports(): Array<{ name?: string; containerPort: number }> {
    const all = [...(this.pod.spec?.initContainers ?? []), ...(this.pod.spec?.containers ?? [])];
    return all.flatMap((c) => c.ports ?? []);
  }
  started(name: string): boolean {
    const inst = this.rt.newest(name);
    if (!inst || inst.state !== "running") return false;
    const w = this.probes.find((p) => p.container.name === name && p.kind === "startup");
    return !w || w.resultFor(inst.id) === "success";
  }
  terminating(): boolean {
    return this.terminating_ || !!this.pod.metadata?.deletionTimestamp;
  }
  event(type: "Normal" | "Warning", reason: string, message: string, fp: string, cause: Cause): number {
    // An unreachable kubelet's events never reach the API server.
    if (!this.ctx.connected()) return -1;
    return this.ctx.event(this.pod, type, reason, message, fp, cause);
  }

  /** After a partition: post the status again even if this kubelet thinks nothing changed. */
  resync(cause: Cause): void {
    this.lastStatus = undefined;
    this.trigger(cause);
  }
  resultChanged(w: ProbeWorker, cause: Cause): void {
    if (w.kind === "readiness" || w.kind === "startup") this.patchProbeStatus(cause);
    // A liveness failure, or any readiness/startup change, triggers a sync (kubelet.go syncLoopIteration).
    if (w.kind !== "liveness" || w.result === "failure") this.trigger(cause);
  }

  private readinessOk(name: string): boolean {
    const w = this.probes.find((p) => p.container.name === name && p.kind === "readiness");
    const inst = this.rt.newest(name);
    return !w || (!!inst && w.resultFor(inst.id) === "success");
  }

  // ---- sync loop -------------------------------------------------------------------------------

  /** An update, PLEG event, probe result or requeue asks for a sync; concurrent asks coalesce. */
  trigger(cause: Cause): void {
    if (this.done) return;
    if (this.syncing || this.scheduled) {
      this.pending ??= cause;
      return;
    }
    this.scheduled = true;
    this.clock.at(this.clock.now, () => {
      this.scheduled = false;
      this.runSync(cause);
    });
  }

  podUpdated(pod: Pod, cause: Cause): void {
    this.pod = pod;
    this.scheduleActiveDeadline();
    this.trigger(cause);
  }

  /**
   * Only the pod's status changed in the API (a controller set a condition): the kubelet takes the
   * new pod and syncs only when the Ready condition it would write differs from the API's in its
   * status or message, which a readiness gate's condition can cause. Models: kubelet.go
   * HandlePodReconcile, status.NeedToReconcilePodReadiness.
   */
  podReconciled(pod: Pod, cause: Cause): void {
    this.pod = pod;
    if (!(pod.spec?.readinessGates ?? []).length || this.lastStatus === undefined) return;
    const conds = pod.status?.conditions ?? [];
    const want = readyConditions(pod, conds, this.readyScopeUnready(), pod.status?.phase).ready;
    const have = conds.find((c) => c.type === "Ready");
    if (have && (have.status !== (want.ok ? "True" : "False") || (have.message ?? "") !== (want.message ?? ""))) this.trigger(cause);
  }

  /** The containers the Ready condition waits for (regular ones and started sidecars) that are not ready, as the last status says. */
  private readyScopeUnready(): string[] {
    const st = this.pod.status;
    const sidecars = (st?.initContainerStatuses ?? []).filter((s) => isSidecar(this.findContainer(s.name) ?? ({} as Container)));
    return [...sidecars, ...(st?.containerStatuses ?? [])].filter((s) => !s.ready).map((s) => s.name);
  }

  // ---- active deadline --------------------------------------------------------------------------

  private deadlineTimer: Timer | undefined;

  /** Whether the pod has been active on the node for spec.activeDeadlineSeconds. Models: pkg/kubelet/active_deadline.go pastActiveDeadline. */
  private pastActiveDeadline(): boolean {
    const ads = this.pod.spec?.activeDeadlineSeconds;
    return ads !== undefined && ads !== null && this.started_ && this.clock.now - this.startTime >= ads - 1e-9;
  }

  /**
   * The kubelet's sync loop looks every second (syncCh) at the pods a sync loop handler wants
   * synced; the active deadline handler wants a pod synced once it is past its deadline
   * (ShouldSync). The deadline counts from status.startTime, the kubelet's first sync of the pod.
   */
  private scheduleActiveDeadline(): void {
    if (this.deadlineTimer) this.deadlineTimer.dead = true;
    this.deadlineTimer = undefined;
    const ads = this.pod.spec?.activeDeadlineSeconds;
    if (ads === undefined || ads === null || !this.started_ || this.done) return;
    const at = Math.max(Math.ceil(this.startTime + ads - 1e-9), this.clock.now);
    this.deadlineTimer = this.clock.at(at, () => this.trigger({ rule: "kubelet.activeDeadline", data: { activeDeadlineSeconds: ads, startTime: this.startTime } }));
  }

  private runSync(cause: Cause): void {
    if (this.done) return;
    this.syncing = true;
    this.pending = undefined;
    const gen = this.sync(cause);
    const step = () => {
      const r = gen.next();
      if (!r.done) {
        this.clock.after(r.value, step);
        return;
      }
      this.syncing = false;
      this.afterSync(r.value);
    };
    step();
  }

  private afterSync(result: SyncResult): void {
    if (this.requeue) this.requeue.dead = true;
    this.requeue = undefined;
    if (result === "done") {
      this.done = true;
      return;
    }
    if (result === "error") {
      this.requeue = this.clock.after(ERROR_REQUEUE, () => this.trigger({ rule: "kubelet.requeueAfterError", data: { seconds: ERROR_REQUEUE } }));
    } else if (this.needsResync()) {
      this.requeue = this.clock.after(RESYNC, () => this.trigger({ rule: "kubelet.resync", data: { seconds: RESYNC } }));
    }
    if (this.pending) {
      const c = this.pending;
      this.pending = undefined;
      this.trigger(c);
    }
  }

  /** A periodic resync only changes something when it pokes a readiness probe that is not yet passing. */
  private needsResync(): boolean {
    return this.probes.some((p) => p.kind === "readiness" && !this.readinessOk(p.container.name) && this.started(p.container.name));
  }

  private *sync(cause: Cause): Step<SyncResult> {
    if (!this.probes.length && !this.rt.sandbox) this.createProbeWorkers();
    if (!this.started_) {
      // status.startTime: when the kubelet first syncs the pod.
      this.started_ = true;
      this.startTime = this.clock.now;
      this.scheduleActiveDeadline();
    }
    // The status of this sync is computed before any runtime action (kubelet.go SyncPod), so
    // what this sync does is visible only at the next one.
    // Made when some instance has exited (most syncs find none: a shared empty map then).
    let exits: Map<string, number> | undefined;
    for (const name of this.rt.instances.keys()) {
      const e = this.rt.newestExited(name);
      if (e) (exits ??= new Map()).set(name, e.finishedAt);
    }
    const exitedAtStart: ReadonlyMap<string, number> = exits ?? NO_EXITS;
    // computePodActions decides from the runtime state this sync started with.
    const regularDoneAtStart = this.regularContainersDone();
    this.publishStatus(cause, false);
    const phase = this.pod.status?.phase;
    if (this.pod.metadata?.deletionTimestamp) {
      yield* this.terminate(true, cause);
      return "done";
    }
    if (phase === "Succeeded" || phase === "Failed") {
      yield* this.terminate(false, cause);
      return "done";
    }

    if (!this.rt.sandbox) {
      yield SANDBOX_SECONDS;
      this.podIP_ = this.ctx.allocatePodIP();
      this.rt.sandbox = { ready: true, ip: this.podIP_, createdAt: this.clock.now };
      this.plegAfter(SANDBOX_CREATED);
    }

    // Containers whose liveness or startup probe reached its failure threshold are killed,
    // then restarted in this same sync (computePodActions).
    for (const inst of this.rt.running()) {
      // Results belong to a container ID: a new instance is not killed for its predecessor's failures.
      const failed = this.probes.find((p) => p.container.name === inst.name && (p.kind === "liveness" || p.kind === "startup") && p.resultFor(inst.id) === "failure");
      if (!failed) continue;
      const c = failed.container;
      const isInit = (this.pod.spec?.initContainers ?? []).includes(c);
      const restart = effectivePolicy(this.pod, c, isInit) !== "Never";
      const who = isInit ? "Init container" : "Container";
      const message = `${who} ${c.name} failed ${failed.kind} probe${restart ? ", will be restarted" : ""}`;
      const grace = failed.probe.terminationGracePeriodSeconds ?? this.pod.spec?.terminationGracePeriodSeconds ?? 30;
      yield* this.killContainer(inst, c, grace, message, { rule: `kubelet.kill.${failed.kind}`, data: { container: c.name, gracePeriodSeconds: grace }, after: cause.after });
    }

    // A running container whose spec changed (only its image can, ValidatePodUpdate) is killed
    // and started again from the new spec, whatever the restart policy. Models:
    // kuberuntime_manager.go computePodActions and kuberuntime_container.go
    // computeInitContainerActions (containerChanged).
    let changed: Set<string> | undefined;
    const inits = this.pod.spec?.initContainers ?? [];
    const regular = this.pod.spec?.containers ?? [];
    for (const c of inits.length ? [...inits.filter(isSidecar), ...regular] : regular) {
      const inst = this.rt.newest(c.name);
      if (!inst || inst.state !== "running" || inst.image === (c.image ?? "")) continue;
      const sidecar = inits.includes(c);
      const message = sidecar ? `Init container ${c.name} definition changed` : `Container ${c.name} definition changed, will be restarted`;
      const grace = this.pod.spec?.terminationGracePeriodSeconds ?? 30;
      yield* this.killContainer(inst, c, grace, message, { rule: "kubelet.kill.definitionChanged", data: { container: c.name, image: c.image ?? "", previousImage: inst.image, gracePeriodSeconds: grace }, after: cause.after });
      (changed ??= new Set()).add(c.name);
    }

    let error = false;
    // Without init containers the pod is initialized (no generator to make for that).
    const initialized = !(this.pod.spec?.initContainers ?? []).length || (yield* this.syncInitContainers(exitedAtStart, (e) => (error ||= e)));
    if (initialized) {
      for (const c of this.pod.spec?.containers ?? []) {
        if (this.terminating()) break;
        if (!changed?.has(c.name) && !shouldRestart(this.pod, c, false, this.rt.newest(c.name))) continue;
        const r = yield* this.startContainer(c, false, exitedAtStart);
        if (r === "error") error = true;
      }
    }
    if (initialized && regularDoneAtStart) yield* this.stopSidecarsWhenDone(cause);
    return error ? "error" : "ok";
  }

  /**
   * Under OnFailure or Never, once every regular container has finished for good the kubelet
   * stops the sidecars (in reverse order, within one grace period); their exit codes do not
   * count for the phase. Models: kuberuntime_manager.go computePodActions, sidecar-containers.md.
   */
  private *stopSidecarsWhenDone(cause: Cause): Step {
    const spec = this.pod.spec!;
    if ((spec.restartPolicy ?? "Always") === "Always") return;
    const sidecars = (spec.initContainers ?? []).filter((c) => isSidecar(c) && this.rt.newest(c.name)?.state === "running").reverse();
    const grace = spec.terminationGracePeriodSeconds ?? 30;
    const start = this.clock.now;
    for (const c of sidecars) {
      const left = Math.max(grace - Math.floor(this.clock.now - start + 1e-9), 0);
      yield* this.killContainer(this.rt.newest(c.name)!, c, left, `Stopping container ${c.name}`, {
        rule: "kubelet.stopSidecarsAfterCompletion",
        data: { container: c.name, gracePeriodSeconds: grace },
        after: cause.after,
      });
    }
  }

  private regularContainersDone(): boolean {
    return (this.pod.spec?.containers ?? []).every((c) => {
      const n = this.rt.newest(c.name);
      return n?.state === "exited" && !shouldRestart(this.pod, c, false, n);
    });
  }

  /** Returns true when every init container is done and regular containers may start. Models: computeInitContainerActions. */
  private *syncInitContainers(exitedAtStart: ReadonlyMap<string, number>, onError: (e: boolean) => void): Step<boolean> {
    const inits = this.pod.spec?.initContainers ?? [];
    for (const c of inits) {
      const newest = this.rt.newest(c.name);
      if (isSidecar(c)) {
        if (newest?.state === "running") {
          if (this.started(c.name) || this.everStartedRegular) continue;
          return false;
        }
        const r = yield* this.startContainer(c, true, exitedAtStart);
        if (r === "error") onError(true);
        if (this.everStartedRegular) continue;
        return false;
      }
      if (this.everStartedRegular) continue;
      if (newest?.state === "exited" && newest.exitCode === 0) continue;
      if (newest?.state === "running") return false;
      if (newest?.state === "exited" && !shouldRestart(this.pod, c, true, newest)) return false;
      const r = yield* this.startContainer(c, true, exitedAtStart);
      if (r === "error") onError(true);
      return false;
    }
    return true;
  }

  // ---- starting containers ---------------------------------------------------------------------

  private *startContainer(c: Container, isInit: boolean, exitedAtStart: ReadonlyMap<string, number>): Step<"ok" | "error"> {
    const fp = fieldPath(isInit, c.name);
    const finishedAt = exitedAtStart.get(c.name);
    const prev = this.rt.newest(c.name);
    const prevExit = prev?.exitEntry;
    if (finishedAt !== undefined) {
      // doBackOff: measured from the exit (FinishedAt) of the newest exited instance as seen
      // when this sync started; the first restart finds no entry and is immediate.
      const pk = podKey(this.pod);
      const key = `${pk}/${c.name}/${hashContainer(c)}`;
      const bo = this.ctx.crashBackoff;
      if (bo.isInBackOffSince(key, finishedAt)) {
        const delay = bo.get(key);
        const cause: Cause = {
          rule: "kubelet.crashLoopBackOff",
          data: { container: c.name, delaySeconds: delay, finishedAt, restartAt: finishedAt + delay },
          after: prevExit !== undefined ? [prevExit] : [],
        };
        this.event("Warning", "BackOff", `Back-off restarting failed container ${c.name} in pod ${pk}`, fp, cause);
        this.reasonCache.set(c.name, { reason: "CrashLoopBackOff", message: `back-off ${goDuration(delay)} restarting failed container=${c.name} pod=${pk}` });
        return "error";
      }
      bo.next(key, finishedAt);
    }

    // EnsureImageExists.
    const image = c.image ?? "";
    const policy = c.imagePullPolicy ?? "IfNotPresent";
    const begin = this.ctx.images.begin(this.uid, image, policy);
    let imageCause: Cause = imagePresentCause(image, policy);
    if (begin.ok === "pull") {
      const pullId = this.event("Normal", "Pulling", `Pulling image "${image}"`, fp, { rule: "kubelet.pullImage", data: { image, imagePullPolicy: policy } });
      yield begin.seconds;
      const res = this.ctx.images.finishPull(this.uid, image, begin.pullSeconds, begin.seconds, begin.sizeBytes, begin.fails);
      if (!res.ok) {
        const cause: Cause = { rule: "kubelet.imagePullFailed", data: { image }, after: [pullId] };
        this.event("Warning", "Failed", res.failedMessage ?? res.message, fp, cause);
        this.event("Warning", "Failed", "Error: ErrImagePull", fp, cause);
        (this.lastPullError ??= new Map()).set(image, res.message);
        this.reasonCache.set(c.name, { reason: "ErrImagePull", message: res.message });
        return "error";
      }
      imageCause = { rule: "kubelet.imagePulled", data: { image, seconds: begin.seconds }, after: [pullId] };
      this.event("Normal", "Pulled", res.message, fp, imageCause);
    } else if (begin.ok === true) {
      this.event("Normal", "Pulled", begin.message, fp, imageCause);
    } else {
      const cause: Cause = { rule: `kubelet.${begin.reason}`, data: { image, delaySeconds: this.ctx.images.backoff.get(`${this.uid}_${image}`) } };
      if (begin.reason === "ImagePullBackOff") {
        this.event("Normal", "BackOff", begin.message, fp, cause);
        const last = this.lastPullError?.get(image);
        this.reasonCache.set(c.name, { reason: "ImagePullBackOff", message: last ? `${begin.message}: ErrImagePull: ${last}` : begin.message });
      } else {
        this.event("Warning", begin.reason === "InvalidImageName" ? "InspectFailed" : "ErrImageNeverPull", begin.message, fp, cause);
        this.reasonCache.set(c.name, { reason: begin.reason, message: begin.message });
      }
      this.event("Warning", "Failed", `Error: ${begin.reason}`, fp, cause);
      return "error";
    }

    // Create and start.
    const behavior = this.ctx.behavior(this.pod, c);
    const resolved = resolveProgram(c, behavior);
    if (resolved.note) this.ctx.note(resolved.noteCode ?? "unknownImage", resolved.note, this.pod);
    const restartCount = prev ? prev.restartCount + 1 : 0;
    const fs = this.containerFs(c, resolved.facts.files ?? NO_FILES);
    // Only a script writes lines podplay logs (the catalogue's programs do not yet): the other
    // containers, thousands in a big run, get no log to fill and close.
    const head = { namespace: this.pod.metadata?.namespace ?? "default", pod: this.pod.metadata?.name ?? "", container: c.name, restart: restartCount };
    const log = resolved.main.kind === "shell" ? new ContainerLog(head, this.ctx.trace.logBudget) : undefined;
    // A catalogue program that writes a log (nginx, agnhost…) keeps records, written out when read.
    // Its clock is the one the shell's `date` reads: the trace's epoch, as the kubelet's timestamps.
    const format = resolved.main.kind === "native" ? resolved.main.model.log : undefined;
    const hostname = this.pod.metadata?.name ?? "";
    const programLog = format ? new ProgramLog(head, format, { unixOffset: this.ctx.epochMs / 1000, cpus: this.ctx.cpus, podIP: this.podIP_ ?? "", hostname, startedAt: this.clock.now }) : undefined;
    if (programLog) this.ctx.trace.lazyLogs.push(programLog);
    const env = this.containerEnv(c);
    const penv = new ContainerEnv(
      this,
      this.ctx.world,
      fs,
      env,
      hostname,
      this.podIP_,
      searchDomainsOf(this.pod.metadata?.namespace ?? "default"),
      resolved.facts.hasShell,
      this.ctx.epochMs / 1000,
      log && ((stream, text, t) => log.write(stream, text, t)),
      programLog && ((r) => programLog.served(r)),
      resolved.forksLastCommand,
      resolved.facts.lacks,
    );
    const proc = new ContainerProcess(penv, resolved.main);
    for (const o of this.ctx.httpOverrides(this.pod, c)) proc.overrides.push(o);
    const now = this.clock.now;
    const imageAfter = imageCause.after ?? [];
    const createdId = this.event("Normal", "Created", createdMessage(c.name), fp, {
      rule: restartCount ? "kubelet.restartContainer" : isInit ? "kubelet.startInitContainer" : "kubelet.startContainer",
      data: startData(c.name, restartCount, effectivePolicy(this.pod, c, isInit)),
      after: prevExit !== undefined ? [prevExit, ...imageAfter] : [...imageAfter],
    });
    const id = containerId(this.uid, c.name, restartCount);
    const inst: Instance = {
      id,
      containerID: `containerd://${id}`,
      name: c.name,
      restartCount,
      state: "running",
      createdAt: now,
      startedAt: now,
      finishedAt: NaN,
      exitCode: 0,
      reason: "",
      message: "",
      process: proc,
      image,
      imageID: imageIDOf(image),
      startEntry: createdId,
      log,
      programLog,
    };
    penv.inst = inst;
    this.rt.add(inst);
    this.reasonCache_?.delete(c.name);
    if (resolved.main.kind === "missing") {
      const msg = `failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "${resolved.main.binary}": executable file not found in $PATH: unknown`;
      this.event("Warning", "Failed", `Error: ${msg}`, fp, { rule: "kubelet.runContainerError", data: { container: c.name } });
      inst.state = "exited";
      inst.exitCode = 128;
      inst.reason = "StartError";
      inst.message = msg;
      inst.finishedAt = now;
      this.reasonCache.set(c.name, { reason: "RunContainerError", message: msg });
      this.plegAfter({ rule: "kubelet.pleg.containerDied", data: { container: c.name } });
      return "error";
    }
    proc.start(now);
    programLog?.start(now);
    const named = containerData(c.name);
    this.event("Normal", "Started", startedMessage(c.name), fp, { rule: "kubelet.containerStarted", data: named, after: [createdId] });
    if (!isInit) this.everStartedRegular = true;
    this.watchProcess(inst, c);
    this.plegAfter({ rule: "kubelet.pleg.containerStarted", data: named, after: [createdId] });
    for (const p of this.probes) if (p.container.name === c.name) p.wake();
    // A program that ends at once (`exit 1`, `printenv`) has already exited.
    if (proc.exit) this.onExit(inst, proc.exit, { rule: proc.exit.code === 0 ? "container.exited0" : "container.exitedNonZero", data: { container: c.name, exitCode: proc.exit.code } });

    const postStart = c.lifecycle?.postStart;
    if (postStart && inst.state === "running") {
      const r = yield* runHook(postStart, inst, this.podIP_ ?? "", Infinity, this.clock, this.ctx.hostIP);
      if (!r.ok) {
        const cause: Cause = { rule: "kubelet.postStartHookFailed", data: { container: c.name, error: r.message } };
        this.event("Warning", "FailedPostStartHook", "PostStartHook failed", fp, cause);
        const grace = this.pod.spec?.terminationGracePeriodSeconds ?? 30;
        yield* this.killContainer(inst, c, grace, "FailedPostStartHook", cause);
        this.reasonCache.set(c.name, { reason: "PostStartHookError", message: hookErrorText(postStart, c.name, this.pod, r.message) });
        return "error";
      }
    }
    return "ok";
  }

  private lastPullError?: Map<string, string>;

  private volumeNamed(name: string): VolumeStore | undefined {
    for (const v of this.volumes) if (v.name === name) return v.store;
    return undefined;
  }

  private containerFs(c: Container, imageFiles: Record<string, string>): ContainerFs {
    // Exactly as long as it needs (the container's file system keeps it; a list pushed into keeps room for 17).
    const wanted = c.volumeMounts ?? [];
    const mounts = new Array<Mount>(wanted.length);
    let n = 0;
    for (const m of wanted) {
      const v = this.volumeNamed(m.name);
      if (v) mounts[n++] = { mountPath: normalizePath(m.mountPath), volume: v, subPath: m.subPath };
    }
    mounts.length = n;
    const ns = this.pod.metadata?.namespace ?? "default";
    const podFiles = {
      "/var/run/secrets/kubernetes.io/serviceaccount/namespace": ns,
      "/var/run/secrets/kubernetes.io/serviceaccount/token": "eyJhbGciOiJSUzI1NiJ9.podplay",
      "/var/run/secrets/kubernetes.io/serviceaccount/ca.crt": "-----BEGIN CERTIFICATE-----\n",
      "/etc/hostname": `${hostnameOf(this.pod)}\n`,
      "/etc/hosts": managedHostsFile(this.pod, this.podIP_ ?? ""),
      "/etc/resolv.conf": resolvConf(ns),
      "/dev/termination-log": "",
    };
    // The image's files first, then the kubelet's (which replace any of the same path).
    return new ContainerFs(mounts, podFiles, imageFiles);
  }

  /**
   * The container's environment as of its start (the pod and Services now), made when first read:
   * only shells read it (the main script, exec probes and hooks), most containers never.
   */
  private containerEnv(c: Container): () => Record<string, string> {
    const hostname = this.pod.metadata?.name ?? "";
    const services = this.ctx.serviceEnv(this.pod);
    let env: Record<string, string> | undefined;
    return () => {
      if (env) return env;
      env = {
        PATH: "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
        HOSTNAME: hostname,
        HOME: "/root",
        ...services(),
      };
      for (const e of c.env ?? []) if (e.value !== undefined) setOwn(env, e.name, e.value);
      return env;
    };
  }

  // ---- running processes -----------------------------------------------------------------------

  private watchProcess(inst: Instance, c: Container): void {
    this.scheduleWake(inst);
    this.noteThrottling(inst, c);
    const limit = c.resources?.limits?.memory;
    if (limit !== undefined) {
      const bytes = parseQuantity(String(limit));
      const at = inst.process.oomTime(bytes);
      if (at !== Infinity) {
        this.clock.at(at, () => {
          if (inst.state !== "running") return;
          const exit = inst.process.kill(this.clock.now, SIGKILL_EXIT, "OOMKilled");
          this.onExit(inst, exit, { rule: "kernel.oomKilled", data: { container: c.name, limit: String(limit) } });
        });
      }
    }
  }

  /**
   * A CPU limit is a CFS quota (cpu.cfs_quota_us = limit × 100 ms per 100 ms period): a process
   * that wants more is throttled to it and keeps running. Kubernetes never kills or restarts a
   * container for CPU, and no Event or status field says so; the note makes it visible.
   */
  private noteThrottling(inst: Instance, c: Container): void {
    const limit = c.resources?.limits?.cpu;
    const demand = inst.process.cpuDemand();
    if (limit === undefined || demand <= 0 || this.throttleNoted?.has(inst.id)) return;
    const cores = parseQuantity(String(limit));
    if (!(demand > cores)) return;
    (this.throttleNoted ??= new Set()).add(inst.id);
    const fmt = (x: number) => (Number.isInteger(x) ? String(x) : `${Math.round(x * 1000)}m`);
    this.ctx.note(
      "cpuThrottled",
      `container ${inst.name} of pod ${this.pod.metadata?.name} wants ${fmt(demand)} CPU but its limit is ${limit}: the kernel's CFS quota throttles it to ${fmt(cores)} CPU (${Math.round((cores / demand) * 100)}% of what it wants); it keeps running, Kubernetes never kills a container for CPU`,
      this.pod,
    );
  }

  /** Once per container of the pod: its script passed a podplay shell limit (docs/limits.md). */
  private noteShellLimit(inst: Instance): void {
    const hit = inst.process.limitHit;
    if (hit === undefined || this.throttleNoted?.has(`limit:${inst.name}`)) return;
    (this.throttleNoted ??= new Set()).add(`limit:${inst.name}`);
    this.ctx.note("shellLimit", `container ${inst.name} of pod ${this.pod.metadata?.name}: ${hit.detail}; its shell stopped with "sh: ${hit.message}" (see docs/limits.md)`, this.pod);
  }

  /** The container's process has something new to do (ContainerEnv.rescheduled). */
  wakeAgain(inst: Instance): void {
    this.scheduleWake(inst);
  }

  /** What a container answers changed: probes that skipped ahead look again (ContainerEnv.answersChanged). */
  wakeProbes(): void {
    for (const p of this.probes) p.wake();
  }

  private scheduleWake(inst: Instance): void {
    this.noteShellLimit(inst);
    if (inst.process.runaway && inst.state === "running")
      this.ctx.note(
        "runawayScript",
        `container ${inst.name} of pod ${this.pod.metadata?.name} runs a script that loops without sleeping and without repeating itself; podplay stopped interpreting it and treats the container as busy forever`,
        this.pod,
      );
    if (inst.process.runaway && inst.state === "running") {
      const c = [...(this.pod.spec?.containers ?? []), ...(this.pod.spec?.initContainers ?? [])].find((x) => x.name === inst.name);
      if (c) this.noteThrottling(inst, c);
    }
    const old = this.wakeTimers?.get(inst.id);
    if (old) old.dead = true;
    const at = inst.process.nextWake();
    if (at === Infinity || inst.state !== "running") return;
    (this.wakeTimers ??= new Map()).set(
      inst.id,
      this.clock.at(at, () => {
        if (inst.state !== "running") return;
        const exit = inst.process.wake(this.clock.now);
        if (exit) this.onExit(inst, exit, { rule: exit.code === 0 ? "container.exited0" : "container.exitedNonZero", data: { container: inst.name, exitCode: exit.code } });
        else this.scheduleWake(inst);
        // Files and processes changed: probes that were skipping must look again.
        for (const p of this.probes) p.wake();
      }),
    );
  }

  /** A container's main process ended: containerd records the exit; PLEG notices a second later. */
  onExit(inst: Instance, exit: ProcessExit, cause: Cause): void {
    this.noteShellLimit(inst);
    if (inst.state !== "running") return;
    inst.state = "exited";
    inst.exitCode = exit.code;
    inst.finishedAt = this.clock.now;
    inst.reason = exit.reason ?? (exit.code === 0 ? "Completed" : "Error");
    inst.message = this.terminationMessage(inst, exit);
    this.closeLog(inst);
    const t = this.wakeTimers?.get(inst.id);
    if (t) t.dead = true;
    this.wakeTimers?.delete(inst.id);
    // Container exits are not API writes or Events; the trace keeps them as notes-free causes on the next status.
    inst.exitEntry = this.ctx.markExit(this.pod, inst, cause);
    for (const p of this.probes) p.wake();
    this.plegAfter({ rule: "kubelet.pleg.containerDied", data: { container: inst.name, exitCode: exit.code, reason: inst.reason }, after: [inst.exitEntry] });
  }

  private terminationMessage(inst: Instance, exit: ProcessExit): string {
    const spec = this.findContainer(inst.name);
    const path = spec?.terminationMessagePath ?? "/dev/termination-log";
    const fromFile = inst.process.fs.read(path) ?? "";
    if (fromFile) return fromFile.slice(0, 4096);
    if (spec?.terminationMessagePolicy === "FallbackToLogsOnError" && exit.code !== 0) {
      // The kubelet reads the container's log back (kuberuntime_container.go
      // readLastStringFromContainerLogs): its last 80 lines, both streams in the order written,
      // kept in a 2,048-byte circular buffer.
      const lines = inst.log ? inst.log.close().map((l) => l.text) : splitLines(exit.log);
      return lastBytes(lines.slice(-MAX_TERMINATION_LOG_LINES).map((l) => l + "\n").join(""), MAX_TERMINATION_LOG_BYTES);
    }
    return "";
  }

  private findContainer(name: string): Container | undefined {
    return [...(this.pod.spec?.initContainers ?? []), ...(this.pod.spec?.containers ?? [])].find((c) => c.name === name);
  }

  /**
   * PLEG relists every second and reports every change since the last relist at once, so changes
   * within the same second lead to one sync at the next relist tick.
   */
  private plegAfter(cause: Cause): void {
    const tick = Math.floor(this.clock.now / PLEG_DELAY + 1e-9) * PLEG_DELAY + PLEG_DELAY;
    if (this.plegPending === tick) return;
    this.plegPending = tick;
    this.clock.at(tick, () => {
      if (this.plegPending === tick) this.plegPending = undefined;
      this.trigger(cause);
    });
  }

  private plegPending: number | undefined;

  // ---- stopping containers ---------------------------------------------------------------------

  /**
   * Stops one container: Killing event, preStop hook within the grace period, then the stop
   * signal and SIGKILL when the grace runs out. Models: kuberuntime_container.go killContainer.
   */
  private *killContainer(inst: Instance, c: Container, gracePeriod: number, message: string, cause: Cause): Step {
    if (inst.state !== "running") return;
    const fp = fieldPath((this.pod.spec?.initContainers ?? []).includes(c), c.name);
    const killingId = this.event("Normal", "Killing", message, fp, cause);
    inst.killedFor = message;
    let grace = gracePeriod;
    const start = this.clock.now;
    const preStop = c.lifecycle?.preStop;
    if (preStop && grace > 0) {
      const r = yield* runHook(preStop, inst, this.podIP_ ?? "", grace, this.clock, this.ctx.hostIP);
      if (!r.ok) this.event("Warning", "FailedPreStopHook", "PreStopHook failed", fp, { rule: "kubelet.preStopHookFailed", data: { container: c.name, error: r.message }, after: [killingId] });
      grace -= Math.floor(this.clock.now - start + 1e-9);
    }
    grace = Math.max(grace, MIN_GRACE);
    if (inst.state !== "running") return;
    const reaction = inst.process.stop(this.clock.now);
    if (reaction) inst.programLog?.stop(this.clock.now);
    this.scheduleWake(inst);
    // StopContainer returns as soon as the container exits, or SIGKILLs it when the grace runs
    // out: look again whenever the process has something to do until then.
    const deadline = this.clock.now + grace;
    const exitedOnStop = { rule: "container.exitedOnStopSignal", after: [killingId] };
    for (;;) {
      if (inst.state === "running") {
        const exit = inst.process.wake(this.clock.now);
        if (exit) this.onExit(inst, exit, { ...exitedOnStop, data: { container: c.name, exitCode: exit.code } });
        else this.scheduleWake(inst);
        // A handler may have changed files (rm /tmp/ready): probes that were skipping look again.
        for (const p of this.probes) p.wake();
      }
      if (inst.state !== "running" || this.clock.now >= deadline - 1e-9) break;
      yield Math.min(deadline, inst.process.nextWake()) - this.clock.now;
    }
    if (inst.state === "running") {
      const exit = inst.process.kill(this.clock.now, SIGKILL_EXIT);
      this.onExit(inst, exit, {
        rule: "kubelet.sigkillAfterGrace",
        data: { container: c.name, gracePeriodSeconds: grace, ignoresSigterm: reaction.ignored, program: reaction.program },
        after: [killingId],
      });
    }
  }

  /** Deletion or completion: stop every container (regular first, then sidecars in reverse), publish the final phase. */
  private *terminate(deleting: boolean, cause: Cause): Step {
    this.terminating_ = true;
    const spec = this.pod.spec!;
    const grace = deleting ? (this.pod.metadata?.deletionGracePeriodSeconds ?? spec.terminationGracePeriodSeconds ?? 30) : (spec.terminationGracePeriodSeconds ?? 30);
    const regular = (spec.containers ?? []).map((c) => ({ c, inst: this.rt.newest(c.name) })).filter((x) => x.inst?.state === "running");
    const sidecars = (spec.initContainers ?? [])
      .map((c) => ({ c, inst: this.rt.newest(c.name) }))
      .filter((x) => isSidecar(x.c) && x.inst?.state === "running")
      .reverse();
    const start = this.clock.now;
    const killCause: Cause = { rule: deleting ? "kubelet.stopForDeletion" : "kubelet.stopCompletedPod", data: { gracePeriodSeconds: grace }, after: cause.after };
    yield* parallel(regular.map((x) => this.killContainer(x.inst!, x.c, grace, `Stopping container ${x.c.name}`, killCause)));
    for (const x of sidecars) {
      const left = Math.max(grace - Math.floor(this.clock.now - start), 0);
      yield* this.killContainer(x.inst!, x.c, left, `Stopping container ${x.c.name}`, killCause);
    }
    for (const p of this.probes) p.stop();
    if (this.rt.sandbox) this.rt.sandbox.ready = false;
    this.publishStatus({ rule: deleting ? "kubelet.podTerminated" : "kubelet.podCompleted", after: cause.after }, true);
    if (deleting && this.ctx.connected()) this.ctx.finalizeDeletion(this.pod, { rule: "kubelet.deleteAfterTermination", data: { gracePeriodSeconds: grace } });
  }

  // ---- status ----------------------------------------------------------------------------------

  private publishStatus(cause: Cause, podIsTerminal: boolean): void {
    // The active deadline handler's ShouldEvict, asked each time the status is generated.
    const evict = this.pastActiveDeadline() ? ACTIVE_DEADLINE : undefined;
    if (evict) this.event("Normal", evict.reason, evict.message, "", { rule: "kubelet.activeDeadline", data: { activeDeadlineSeconds: this.pod.spec?.activeDeadlineSeconds ?? 0, startTime: this.startTime }, after: cause.after });
    const status = generatePodStatus({
      evict,
      pod: this.pod,
      rt: this.rt,
      reasonCache: this.reasonCache_ ?? NO_REASONS,
      readinessOk: (n) => this.readinessOk(n),
      startupOk: (n) => this.started(n),
      everStartedRegular: this.everStartedRegular,
      podIsTerminal,
      podIP: this.podIP_,
      hostIP: this.ctx.hostIP,
      startTime: this.startTime,
      now: this.clock.now,
      epochMs: this.ctx.epochMs,
    });
    this.writeStatus(status, cause);
    // prober_manager UpdatePodStatus: a running, started container whose readiness is not yet
    // Success gets an immediate probe, and its ticker restarts.
    for (const p of this.probes) if (p.kind === "readiness" && !this.readinessOk(p.container.name) && this.started(p.container.name)) p.poke();
  }

  private writeStatus(status: NonNullable<Pod["status"]>, cause: Cause): void {
    if (!this.ctx.connected()) return;
    // The same as JSON.stringify(status) === JSON.stringify(this.lastStatus), without the strings.
    if (this.lastStatus !== undefined && sameJson(status, this.lastStatus)) return;
    // The conditions, addresses and container states that did not change are the previous
    // version's objects: the trace keeps every version, and most of a status stays the same.
    const shared = shareUnchanged(status, this.pod.status, STATUS_SHAPES);
    this.lastStatus = shared;
    this.pod = this.ctx.updatePodStatus(this.pod, shared, cause, this.storeRef);
  }

  /** The status manager applies readiness and startup results directly, without a sync. */
  private patchProbeStatus(cause: Cause): void {
    const old = this.pod.status;
    if (!old || this.lastStatus === undefined) return;
    const fix = (list: NonNullable<typeof old.containerStatuses> | undefined, inits: boolean) =>
      list?.map((s) => {
        const spec = this.findContainer(s.name);
        if (!spec || (inits && !isSidecar(spec)) || !s.state?.running) return s;
        const started = this.started(s.name);
        return { ...s, started, ready: started && this.readinessOk(s.name) };
      });
    const containerStatuses = fix(old.containerStatuses, false);
    const initContainerStatuses = fix(old.initContainerStatuses, true);
    const scope = [...(initContainerStatuses ?? []).filter((s) => isSidecar(this.findContainer(s.name)!)), ...(containerStatuses ?? [])];
    const unready = scope.filter((s) => !s.ready).map((s) => s.name);
    const phase = old.phase;
    const verdicts = readyConditions(this.pod, old.conditions ?? [], unready, phase);
    const conditions = (old.conditions ?? []).map((c) => {
      if (c.type !== "Ready" && c.type !== "ContainersReady") return c;
      if (phase === "Succeeded" || phase === "Failed") return c;
      const v = c.type === "Ready" ? verdicts.ready : verdicts.containers;
      const status = v.ok ? "True" : "False";
      const next = { type: c.type, status, lastProbeTime: c.lastProbeTime, lastTransitionTime: c.status === status ? c.lastTransitionTime : toTs(this.clock.now, this.ctx.epochMs) } as typeof c;
      if (v.reason) next.reason = v.reason;
      if (v.message) next.message = v.message;
      return next;
    });
    const status = { ...old, conditions, containerStatuses } as NonNullable<Pod["status"]>;
    if (initContainerStatuses) status.initContainerStatuses = initContainerStatuses;
    this.writeStatus(status, cause);
  }

  private createProbeWorkers(): void {
    const spec = this.pod.spec!;
    const add = (c: Container, isInit: boolean) => {
      const kinds: Array<[ProbeKind, typeof c.livenessProbe]> = [
        ["startup", c.startupProbe],
        ["liveness", c.livenessProbe],
        ["readiness", c.readinessProbe],
      ];
      for (const [kind, probe] of kinds) if (probe) this.probes.push(new ProbeWorker(this, kind, c, fieldPath(isInit, c.name), probe));
    };
    for (const c of spec.initContainers ?? []) if (isSidecar(c)) add(c, true);
    for (const c of spec.containers ?? []) add(c, false);
  }

  // ---- scripted interventions -------------------------------------------------------------------

  /** A scripted crash: the container's main process exits now with `code`. */
  crash(name: string, code: number, cause: Cause): boolean {
    const inst = this.rt.newest(name);
    if (!inst || inst.state !== "running") return false;
    const exit = inst.process.kill(this.clock.now, code);
    this.onExit(inst, exit, cause);
    return true;
  }

  /** Scripted HTTP answers apply to the running instance too, from their time on. */
  applyHttpOverride(name: string | undefined, o: { from: number; port?: number; path?: string; status: number }): void {
    for (const inst of this.rt.running()) if (!name || inst.name === name) inst.process.overrides.push(o);
    for (const p of this.probes) p.wake();
  }

  /** The horizon was reached: probe workers record the steady runs they skipped. */
  finish(until: number): void {
    for (const p of this.probes) p.finish(until);
    // The run stops: what the running instances wrote so far is their log.
    for (const list of this.rt.instances.values())
      for (const inst of list)
        if (inst.state === "running") {
          inst.process.replaySteady(until);
          this.closeLog(inst);
        }
  }

  /** An instance's log, once it can no longer grow, joins the trace's. */
  private closeLog(inst: Instance): void {
    inst.programLog?.close(inst.state === "running" ? Infinity : inst.finishedAt);
    if (!inst.log) return;
    for (const l of inst.log.close()) this.ctx.trace.logs.push(l);
    inst.log = undefined;
  }

  /** A scripted intervention: from now on this probe's endpoint fails (or is healthy again). */
  forceProbe(container: string | undefined, kind: ProbeKind, outcome: "fail" | "pass", cause: Cause): void {
    for (const p of this.probes) if (p.kind === kind && (!container || p.container.name === container)) p.force(outcome, cause);
  }

  get isDone(): boolean {
    return this.done;
  }

  podObject(): Pod {
    return this.pod;
  }
}

/*
 * Causes and cause data that say the same for many containers are one object each: the trace
 * keeps every event's cause, and nothing changes a cause once made.
 */
const SANDBOX_CREATED: Cause = { rule: "kubelet.sandboxCreated" };

/** The imagePresent cause per image and pull policy. */
const imagePresentCauses = new Map<string, Cause>();

function imagePresentCause(image: string, policy: string): Cause {
  const last = imagePresentCauses.get(image);
  if (last !== undefined && (last.data as { imagePullPolicy: string }).imagePullPolicy === policy) return last;
  const cause: Cause = { rule: "kubelet.imagePresent", data: { image, imagePullPolicy: policy } };
  if (imagePresentCauses.size >= 1000) imagePresentCauses.clear();
  imagePresentCauses.set(image, cause);
  return cause;
}

/** `{ container }`, per container name. */
const containerDatas = new Map<string, { container: string }>();

function containerData(container: string): { container: string } {
  let d = containerDatas.get(container);
  if (d === undefined) {
    if (containerDatas.size >= 1000) containerDatas.clear();
    containerDatas.set(container, (d = { container }));
  }
  return d;
}

/** The Created event's data, the last one's when it says the same. */
let lastStartData: { container: string; restartCount: number; policy: string } | undefined;

function startData(container: string, restartCount: number, policy: string): { container: string; restartCount: number; policy: string } {
  const l = lastStartData;
  if (l !== undefined && l.container === container && l.restartCount === restartCount && l.policy === policy) return l;
  return (lastStartData = { container, restartCount, policy });
}

/**
 * What a container's process runs against: methods of one object rather than closures made per
 * container (10,000 containers kept five each, and their context, for the whole run).
 */
class ContainerEnv implements ProcessEnv {
  /** The instance, once made (nothing calls rescheduled before it starts). */
  inst: Instance | undefined = undefined;

  constructor(
    private readonly worker: PodWorker,
    readonly world: World,
    readonly fs: ContainerFs,
    readonly env: () => Record<string, string>,
    readonly hostname: string,
    readonly podIP: string | undefined,
    readonly searchDomains: string[],
    readonly hasShell: boolean,
    readonly unixEpochOffset: number,
    readonly log: ProcessEnv["log"],
    readonly served: ProcessEnv["served"],
    readonly forksLastCommand: boolean | undefined,
    readonly lacks: readonly string[] | undefined,
  ) {}

  now(): number {
    return this.worker.clock.now;
  }

  rescheduled(): void {
    this.worker.wakeAgain(this.inst!);
  }

  charge(units: number): void {
    this.worker.clock.work += units;
  }

  answersChanged(): void {
    this.worker.wakeProbes();
  }
}

/** The exits a sync starts with when no instance has exited (read only). */
const NO_EXITS: ReadonlyMap<string, number> = new Map();

/** The reason cache of a worker that never had an entry (read only). */
const NO_REASONS: ReadonlyMap<string, { reason: string; message: string }> = new Map();

/** An image without files of its own: one object, so its (empty) base layer is built once. */
const NO_FILES: Record<string, string> = Object.freeze({}) as Record<string, string>;

/** An image's ID as the runtime reports it (name@digest), one string per image. */
function imageIDOf(image: string): string {
  let id = imageIDs.get(image);
  if (id === undefined) {
    id = `${resolvedImageName(image)}@${imageDigest(image)}`;
    if (imageIDs.size >= 10_000) imageIDs.clear();
    imageIDs.set(image, id);
  }
  return id;
}

const imageIDs = new Map<string, string>();

function resolvedImageName(image: string): string {
  const i = image.lastIndexOf(":");
  const slash = image.lastIndexOf("/");
  return i > slash ? image.slice(0, i) : image;
}

function normalizePath(p: string): string {
  // Every container start normalizes its mount paths: a run has a few distinct ones.
  let out = normalizedPaths.get(p);
  if (out === undefined) {
    const s = ("/" + p).replace(/\/+/g, "/");
    out = s.length > 1 ? s.replace(/\/$/, "") : s;
    if (normalizedPaths.size >= 1000) normalizedPaths.clear();
    normalizedPaths.set(p, out);
  }
  return out;
}

const normalizedPaths = new Map<string, string>();

/** The back-off key includes a hash of the container spec: editing a container starts a fresh back-off. */
function hashContainer(c: Container): string {
  return String(JSON.stringify(c).length) + ":" + (c.image ?? "");
}

function hookErrorText(h: LifecycleHandler, name: string, pod: Pod, detail: string): string {
  const pk = `${pod.metadata?.name}_${pod.metadata?.namespace}(${pod.metadata?.uid})`;
  if (h.exec) return `Exec lifecycle hook (${JSON.stringify(h.exec.command ?? []).replace(/^\[|\]$/g, "").replace(/"/g, "").replace(/,/g, " ").replace(/^/, "[").concat("]")}) for Container "${name}" in Pod "${pk}" failed - error: ${detail}`;
  return `HTTP lifecycle hook (${h.httpGet?.path ?? ""}) for Container "${name}" in Pod "${pk}" failed - error: ${detail}`;
}

/** A container's DNS search domains in namespace `ns`, one list per namespace (nothing changes it). */
function searchDomainsOf(ns: string): string[] {
  let list = searchDomainLists.get(ns);
  if (list === undefined) {
    if (searchDomainLists.size >= 1000) searchDomainLists.clear();
    searchDomainLists.set(ns, (list = [`${ns}.svc.cluster.local`, "svc.cluster.local", "cluster.local"]));
  }
  return list;
}

const searchDomainLists = new Map<string, string[]>();

/** The resolv.conf of a pod in namespace `ns`: one string per namespace, kept by every container's layer. */
function resolvConf(ns: string): string {
  let text = resolvConfs.get(ns);
  if (text === undefined) {
    text = `search ${ns}.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n`;
    if (resolvConfs.size >= 1000) resolvConfs.clear();
    resolvConfs.set(ns, text);
  }
  return text;
}

const resolvConfs = new Map<string, string>();

/** The pod's hostname: spec.hostname, else its name cut to 63 characters (kubelet_pods.go GeneratePodHostNameAndDomain). */
function hostnameOf(pod: Pod): string {
  return pod.spec?.hostname || (pod.metadata?.name ?? "").slice(0, 63).replace(/[-.]+$/, "");
}

/**
 * The hosts file the kubelet mounts into every container: localhost entries, the pod's own IP
 * and hostname (with its subdomain's FQDN), then hostAliases (kubelet_pods.go
 * managedHostsFileContent, hostsEntriesFromHostAliases).
 */
export function managedHostsFile(pod: Pod, podIP: string): string {
  const host = hostnameOf(pod);
  const ns = pod.metadata?.namespace ?? "default";
  const sub = pod.spec?.subdomain;
  let out = "# Kubernetes-managed hosts file.\n127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nfe00::0\tip6-localnet\nfe00::0\tip6-mcastprefix\nfe00::1\tip6-allnodes\nfe00::2\tip6-allrouters\n";
  if (podIP) out += sub ? `${podIP}\t${host}.${sub}.${ns}.svc.cluster.local\t${host}\n` : `${podIP}\t${host}\n`;
  const aliases = pod.spec?.hostAliases ?? [];
  if (aliases.length) {
    out += "\n# Entries added by HostAliases.\n";
    for (const a of aliases) out += `${a.ip ?? ""}\t${(a.hostnames ?? []).join("\t")}\n`;
  }
  return out;
}

/** kubecontainer.MaxContainerTerminationMessageLogLines and ...LogLength (pkg/kubelet/container/runtime.go). */
const MAX_TERMINATION_LOG_LINES = 80;
const MAX_TERMINATION_LOG_BYTES = 2048;

function splitLines(text: string): string[] {
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}

/** The last `max` bytes of `text` in UTF-8, as a circular byte buffer keeps them. */
function lastBytes(text: string, max: number): string {
  if (text.length * 3 <= max) return text;
  let bytes = 0;
  let i = text.length;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    const low = c >= 0xdc00 && c <= 0xdfff && i > 1;
    const size = low ? 4 : c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    // A character cut by the buffer's edge is dropped whole.
    if (bytes + size > max) break;
    bytes += size;
    i -= low ? 2 : 1;
  }
  return text.slice(i);
}

function toTs(t: number, epochMs: number): string {
  return toTimestamp(t, epochMs);
}
