import type { Pod } from "../api/types";
import type { KubeObject } from "../api/store";
import { fromTimestamp, toTimestamp } from "../api/time";
import type { Cause } from "../trace/types";
import type { ControllerContext } from "./context";
import { nameSuffix } from "./naming";
import { isPodActive, isPodReady } from "./pods";
import { podsToDelete } from "./replicaset";
import { WorkQueue } from "./workqueue";
import { causeAfter } from "../trace/causes";

/** The finalizer that keeps a Job's pod until the controller has counted it (batch.JobTrackingFinalizer). */
export const JOB_TRACKING_FINALIZER = "batch.kubernetes.io/job-tracking";
/** syncJobBatchPeriod: pod events and Job status updates sync the Job this much later. */
export const SYNC_JOB_BATCH_PERIOD = 1;
/** DefaultJobPodFailureBackOff and MaxJobPodFailureBackOff (job_controller.go, v1.34). */
export const POD_FAILURE_BACKOFF = 10;
export const MAX_POD_FAILURE_BACKOFF = 600;

const SOURCE = "job-controller";
const COMPLETIONS_REACHED = { reason: "CompletionsReached", message: "Reached expected number of succeeded pods" };
const BACKOFF_LIMIT_EXCEEDED = { reason: "BackoffLimitExceeded", message: "Job has reached the specified backoff limit" };
const DEADLINE_EXCEEDED = { reason: "DeadlineExceeded", message: "Job was active longer than specified deadline" };

interface JobCondition {
  lastProbeTime: string;
  lastTransitionTime: string;
  message: string;
  reason: string;
  status: string;
  type: string;
}

interface Finished {
  type: "SuccessCriteriaMet" | "Complete" | "FailureTarget" | "Failed";
  reason: string;
  message: string;
}

interface BackoffRecord {
  failures: number;
  lastFailure?: number;
}

/**
 * The Job controller: runs pods from the template until `completions` of them succeeded (at most
 * `parallelism` at once), counting finished pods through the job-tracking finalizer, recreating
 * failed pods after an exponential back-off, and failing the Job when the failures pass
 * `backoffLimit` (with restartPolicy OnFailure, the container restarts of its running pods count).
 * As in v1.34 (JobPodReplacementPolicy GA), the interim SuccessCriteriaMet / FailureTarget
 * condition is written first, and Complete / Failed only once no pod of the Job is terminating.
 * Models: pkg/controller/job/job_controller.go (syncJob, manageJob, trackJobStatusAndRemoveFinalizers,
 * enactJobFinished, pastBackoffLimitOnFailure) and backoff_utils.go. Not modelled: Indexed
 * completion, suspend, podFailurePolicy, successPolicy, backoffLimitPerIndex, adoption of orphans,
 * ttlSecondsAfterFinished.
 */
export class JobController {
  private queue: WorkQueue;
  private created = new Map<string, number>();
  private backoff = new Map<string, BackoffRecord>();
  /** Pod uids whose tracking finalizer this controller removed, i.e. already counted. */
  private counted = new Set<string>();
  /** Pods that left the store still holding the finalizer (the simulator does not wait for finalizers). */
  private lost = new Map<string, Pod[]>();
  private generations = new Map<string, number>();

  constructor(private ctx: ControllerContext) {
    this.queue = new WorkQueue(ctx.clock, (k) => this.sync(k));
    ctx.store.watch("Job", (verb, obj) => {
      const k = key(obj);
      if (verb === "delete") {
        this.generations.delete(k);
        this.backoff.delete(k);
        return;
      }
      const gen = obj.metadata.generation ?? 1;
      const seen = this.generations.get(k);
      this.generations.set(k, gen);
      // addJob and spec changes sync at once; status updates are batched (updateJob).
      this.queue.add(k, verb === "create" || seen !== gen ? 0 : SYNC_JOB_BATCH_PERIOD);
    });
    ctx.store.watch("Pod", (verb, obj) => {
      const pod = obj as Pod;
      const owner = pod.metadata?.ownerReferences?.find((o) => o.controller && o.kind === "Job");
      if (!owner) return;
      const k = `${pod.metadata?.namespace ?? "default"}/${owner.name}`;
      if (verb === "delete" && hasFinalizer(pod) && !this.counted.has(pod.metadata!.uid!)) this.lost.set(k, [...(this.lost.get(k) ?? []), pod]);
      this.queue.add(k, SYNC_JOB_BATCH_PERIOD);
    });
  }

  private sync(k: string): void {
    const [ns, name] = k.split("/");
    const job = this.ctx.store.get("Job", ns, name);
    if (!job || isFinished(job)) {
      this.lost.delete(k);
      return;
    }
    const now = this.ctx.clock.now;
    const ts = toTimestamp(now, this.ctx.epochMs);
    const spec = job.spec ?? {};
    const nsPods = this.ctx.store.list("Pod", ns) as Pod[];
    // A sync passes over its pods several times (active, failed, finalizers, ready): five units each.
    this.ctx.clock.work += nsPods.length * 5;
    const inStore = nsPods.filter((p) => p.metadata?.ownerReferences?.some((o) => o.controller && o.uid === job.metadata.uid));
    const lost = (this.lost.get(k) ?? []).filter((p) => !this.counted.has(p.metadata!.uid!));
    const pods = [...inStore, ...lost];
    const active = inStore.filter(isPodActive);
    let activeCount = active.length;
    let ready = active.filter(isPodReady).length;
    let terminating = inStore.filter((p) => p.metadata?.deletionTimestamp && !isTerminal(p)).length;
    const status = JSON.parse(JSON.stringify(job.status ?? {})) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    const before = JSON.stringify(status);

    const uncountedPod = (p: Pod) => hasFinalizer(p) && !this.counted.has(p.metadata!.uid!);
    const failedPod = (p: Pod) => isPodFailed(p, job) || (lost.includes(p) && p.status?.phase !== "Succeeded");
    const newSucceeded = pods.filter((p) => uncountedPod(p) && p.status?.phase === "Succeeded");
    const newFailed = pods.filter((p) => uncountedPod(p) && failedPod(p));
    const succeeded = (status.succeeded ?? 0) + newSucceeded.length;
    const failed = (status.failed ?? 0) + newFailed.length;

    if (!status.startTime && !spec.suspend) status.startTime = ts;
    const record = this.newBackoffRecord(k, newSucceeded, newFailed);
    const cause: Cause = { rule: "job.sync", data: { job: name, active: activeCount, succeeded, failed } };

    let finished: Finished | undefined;
    const conds = (status.conditions ?? []) as JobCondition[];
    const has = (type: string) => conds.find((c) => c.type === type && c.status === "True");
    const met = has("SuccessCriteriaMet");
    const target = has("FailureTarget");
    if (met) finished = { type: "SuccessCriteriaMet", reason: met.reason, message: met.message };
    else if (target) finished = { type: "Failed", reason: target.reason, message: target.message };
    else if (failed > (spec.backoffLimit ?? 6) || pastBackoffLimitOnFailure(job, pods)) finished = { type: "FailureTarget", ...BACKOFF_LIMIT_EXCEEDED };
    else if (spec.activeDeadlineSeconds !== undefined && status.startTime && !spec.suspend) {
      const left = fromTimestamp(status.startTime, this.ctx.epochMs) + spec.activeDeadlineSeconds - now;
      if (left <= 0) finished = { type: "FailureTarget", ...DEADLINE_EXCEEDED };
      else this.queue.add(k, left);
    }

    if (finished) {
      // deleteActivePods: the pods keep their finalizer until counted below.
      const c: Cause = { ...cause, rule: "job.deleteActivePods", data: { job: name, reason: finished.reason } };
      for (const p of active) {
        this.ctx.deletePod(ns, p.metadata!.name!, undefined, c);
        this.ctx.event(job, "Normal", "SuccessfulDelete", `Deleted pod: ${p.metadata!.name}`, SOURCE, c);
        if (isPodReady(p)) ready--;
      }
      terminating += activeCount;
      activeCount = 0;
    } else {
      if (!job.metadata.deletionTimestamp) activeCount = this.manageJob(job, k, active, succeeded, terminating, record, cause, (n) => (terminating += n), (n) => (ready -= n));
      const completions = spec.completions as number | undefined;
      const complete = completions === undefined ? succeeded > 0 && activeCount === 0 : succeeded >= completions && activeCount === 0;
      if (complete) finished = { type: "SuccessCriteriaMet", ...COMPLETIONS_REACHED };
    }

    status.active = activeCount;
    status.ready = ready;
    status.terminating = terminating;

    // trackJobStatusAndRemoveFinalizers: finished pods go to uncountedTerminatedPods, their
    // finalizers are removed, then they move to the succeeded / failed counters.
    const toRemove: Pod[] = [];
    const unSucceeded: string[] = [];
    const unFailed: string[] = [];
    for (const p of pods) {
      if (!uncountedPod(p)) continue;
      const considerFailed = failedPod(p);
      if (!(finished || p.status?.phase === "Succeeded" || considerFailed)) continue;
      toRemove.push(p);
      if (p.status?.phase === "Succeeded") unSucceeded.push(p.metadata!.uid!);
      else if (considerFailed || (finished && finished.type !== "SuccessCriteriaMet")) unFailed.push(p.metadata!.uid!);
    }
    const conditions = [...conds];
    if (finished?.type === "FailureTarget") {
      conditions.push(condition("FailureTarget", finished, ts));
      finished = { ...finished, type: "Failed" };
    }
    if (finished?.type === "SuccessCriteriaMet") {
      if (!met) conditions.push(condition("SuccessCriteriaMet", finished, ts));
      finished = { ...finished, type: "Complete" };
    }
    if (conditions.length) status.conditions = conditions;
    const uncounted: Record<string, string[]> = {};
    if (unFailed.length) uncounted.failed = unFailed;
    if (unSucceeded.length) uncounted.succeeded = unSucceeded;
    status.uncountedTerminatedPods = uncounted;

    const write = (rule: string) => {
      const current = this.ctx.store.get("Job", ns, name);
      const next = { ...current, status: normalizeStatus(status) };
      if (JSON.stringify(next.status) === JSON.stringify(current.status ?? {})) return;
      const data: Record<string, number | string> = { job: name, active: status.active ?? 0, ready: status.ready ?? 0, succeeded: status.succeeded ?? 0, failed: status.failed ?? 0 };
      this.ctx.store.update(current, next, { ...cause, rule, data });
    };
    if (JSON.stringify(normalizeStatus(status)) !== before) {
      write("job.status");
      this.backoff.set(k, record);
    }
    if (toRemove.length) {
      for (const p of toRemove) {
        this.counted.add(p.metadata!.uid!);
        const current = this.ctx.store.get("Pod", ns, p.metadata!.name!) as Pod | undefined;
        if (current && current.metadata?.uid === p.metadata?.uid && hasFinalizer(current)) {
          const finalizers = current.metadata!.finalizers!.filter((f) => f !== JOB_TRACKING_FINALIZER);
          const meta = { ...current.metadata };
          if (finalizers.length) meta.finalizers = finalizers;
          else delete meta.finalizers;
          this.ctx.store.update(current, { ...current, metadata: meta }, { rule: "job.removeTrackingFinalizer", data: { job: name, pod: p.metadata!.name! } });
        }
      }
      status.succeeded = (status.succeeded ?? 0) + unSucceeded.length;
      status.failed = (status.failed ?? 0) + unFailed.length;
      status.uncountedTerminatedPods = {};
      this.lost.set(k, (this.lost.get(k) ?? []).filter((p) => !this.counted.has(p.metadata!.uid!)));
    }

    // enactJobFinished: the terminal condition waits for terminating pods to be gone.
    let jobFinished = false;
    if (finished && terminating === 0) {
      status.conditions = [...(status.conditions ?? []), condition(finished.type, finished, ts)];
      if (finished.type === "Complete") status.completionTime = ts;
      jobFinished = true;
    }
    write(jobFinished ? "job.finished" : "job.status");
    if (jobFinished && finished) {
      const c: Cause = { rule: "job.finished", data: { job: name, condition: finished.type, reason: finished.reason } };
      if (finished.type === "Complete") {
        if (spec.completions !== undefined && status.succeeded > spec.completions) this.ctx.event(job, "Warning", "TooManySucceededPods", "Too many succeeded pods running after completion count reached", SOURCE, c);
        this.ctx.event(job, "Normal", "Completed", "Job completed", SOURCE, c);
      } else this.ctx.event(job, "Warning", finished.reason, finished.message, SOURCE, c);
      this.backoff.delete(k);
      this.lost.delete(k);
    }
  }

  /** manageJob: deletes surplus active pods or creates missing ones, respecting the pod failure back-off. Returns the new active count. */
  private manageJob(
    job: KubeObject,
    k: string,
    active: Pod[],
    succeeded: number,
    terminating: number,
    record: BackoffRecord,
    cause: Cause,
    addTerminating: (n: number) => void,
    dropReady: (n: number) => void,
  ): number {
    const spec = job.spec ?? {};
    const parallelism = spec.parallelism ?? 1;
    if (spec.suspend) return active.length;
    let want: number;
    if (spec.completions === undefined || spec.completions === null) want = succeeded > 0 ? active.length : parallelism;
    else want = Math.max(0, Math.min(spec.completions - succeeded, parallelism));
    const surplus = active.length - want;
    if (surplus > 0) {
      const c: Cause = { ...cause, rule: "job.manageJob", data: { job: job.metadata.name, want, active: active.length } };
      for (const p of podsToDelete(active, surplus, this.ctx.clock.now, this.ctx.epochMs)) {
        // deleteJobPods removes the finalizer first: a surplus pod is never counted.
        this.counted.add(p.metadata!.uid!);
        const meta = { ...p.metadata, finalizers: (p.metadata?.finalizers ?? []).filter((f) => f !== JOB_TRACKING_FINALIZER) };
        if (!meta.finalizers.length) delete (meta as { finalizers?: string[] }).finalizers;
        this.ctx.store.update(p, { ...p, metadata: meta }, { ...c, rule: "job.removeTrackingFinalizer" });
        this.ctx.deletePod(p.metadata?.namespace ?? "default", p.metadata!.name!, undefined, c);
        this.ctx.event(job, "Normal", "SuccessfulDelete", `Deleted pod: ${p.metadata!.name}`, SOURCE, c);
        if (isPodReady(p)) dropReady(1);
      }
      addTerminating(surplus);
      return want;
    }
    const replacing = spec.podReplacementPolicy === "Failed" || spec.podFailurePolicy ? terminating : 0;
    const diff = want - replacing - active.length;
    if (diff <= 0) return active.length;
    const remaining = remainingBackoff(record, this.ctx.clock.now);
    if (remaining > 0) {
      this.queue.add(k, Math.max(remaining, SYNC_JOB_BATCH_PERIOD));
      return active.length;
    }
    const c: Cause = { ...cause, rule: "job.manageJob", data: { job: job.metadata.name, want, active: active.length, succeeded } };
    let created = 0;
    // slowStartBatch stops at the first failed create; the rest wait for the next sync.
    for (let i = 0; i < diff && this.ctx.clock.work <= this.ctx.clock.workLimit; i++) {
      if (!this.createPod(job, c)) break;
      created++;
    }
    return active.length + created;
  }

  private createPod(job: KubeObject, cause: Cause): boolean {
    const n = (this.created.get(job.metadata.uid) ?? 0) + 1;
    this.created.set(job.metadata.uid, n);
    const t = job.spec.template;
    const name = `${job.metadata.name}-${nameSuffix(`${job.metadata.uid}/${n}`)}`;
    const pod = {
      apiVersion: "v1",
      kind: "Pod",
      metadata: {
        name,
        generateName: `${job.metadata.name}-`,
        namespace: job.metadata.namespace,
        labels: { ...(t.metadata?.labels ?? {}) },
        ...(t.metadata?.annotations ? { annotations: { ...t.metadata.annotations } } : {}),
        finalizers: [...(t.metadata?.finalizers ?? []).filter((f: string) => f !== JOB_TRACKING_FINALIZER), JOB_TRACKING_FINALIZER],
        ownerReferences: [{ apiVersion: "batch/v1", kind: "Job", name: job.metadata.name, uid: job.metadata.uid, controller: true, blockOwnerDeletion: true }],
      },
      spec: JSON.parse(JSON.stringify(t.spec)),
    };
    const admitted = this.ctx.admitPod(pod);
    if (!admitted.object) {
      const msg = admitted.errors[0]?.message ?? "rejected";
      this.ctx.event(job, "Warning", "FailedCreate", `Error creating: ${msg}`, SOURCE, cause);
      return false;
    }
    const entry = this.ctx.store.create(admitted.object, cause);
    this.ctx.event(job, "Normal", "SuccessfulCreate", `Created pod: ${name}`, SOURCE, causeAfter(cause, [entry.id]));
    return true;
  }

  /** backoffStore.newBackoffRecord: consecutive failures since the last success, and the last failure's time. */
  private newBackoffRecord(k: string, newSucceeded: Pod[], newFailed: Pod[]): BackoffRecord {
    const old = this.backoff.get(k) ?? { failures: 0 };
    const ft = (p: Pod) => finishedTime(p, this.ctx.epochMs);
    const failedTimes = newFailed.map(ft).sort((a, b) => a - b);
    if (!newSucceeded.length) {
      if (!failedTimes.length) return { ...old };
      return { failures: old.failures + failedTimes.length, lastFailure: failedTimes[failedTimes.length - 1] };
    }
    const lastSuccess = Math.max(...newSucceeded.map(ft));
    const rec: BackoffRecord = { failures: 0 };
    for (let i = failedTimes.length - 1; i >= 0 && failedTimes[i] > lastSuccess; i--) {
      rec.lastFailure ??= failedTimes[i];
      rec.failures++;
    }
    return rec;
  }
}

function key(obj: KubeObject): string {
  return `${obj.metadata.namespace ?? "default"}/${obj.metadata.name}`;
}

function hasFinalizer(p: Pod): boolean {
  return !!p.metadata?.finalizers?.includes(JOB_TRACKING_FINALIZER);
}

function isTerminal(p: Pod): boolean {
  return p.status?.phase === "Succeeded" || p.status?.phase === "Failed";
}

/** util.IsJobFinished: a Complete or Failed condition that is True. */
export function isFinished(job: KubeObject): boolean {
  return !!job.status?.conditions?.some((c: JobCondition) => (c.type === "Complete" || c.type === "Failed") && c.status === "True");
}

/** isPodFailed: Failed, or (unless only failed pods are replaced) being deleted before it succeeded. */
function isPodFailed(p: Pod, job: KubeObject): boolean {
  if (p.status?.phase === "Failed") return true;
  if (job.spec?.podReplacementPolicy === "Failed" || job.spec?.podFailurePolicy) return false;
  return !!p.metadata?.deletionTimestamp && p.status?.phase !== "Succeeded";
}

/** pastBackoffLimitOnFailure: with restartPolicy OnFailure, container restarts of pending and running pods count. */
export function pastBackoffLimitOnFailure(job: KubeObject, pods: Pod[]): boolean {
  if (job.spec?.template?.spec?.restartPolicy !== "OnFailure") return false;
  let restarts = 0;
  for (const p of pods) {
    if (p.status?.phase !== "Running" && p.status?.phase !== "Pending") continue;
    for (const s of [...(p.status?.initContainerStatuses ?? []), ...(p.status?.containerStatuses ?? [])]) restarts += s.restartCount ?? 0;
  }
  const limit = job.spec?.backoffLimit ?? 6;
  return limit === 0 ? restarts > 0 : restarts >= limit;
}

/** getFinishedTime: the last container to finish (sidecars included), else Ready=False, else the deletion, else creation. */
export function finishedTime(p: Pod, epochMs: number): number {
  const at = (s: string | undefined) => (s ? fromTimestamp(s, epochMs) : undefined);
  const latest = (statuses: NonNullable<Pod["status"]>["containerStatuses"], prev: number | undefined): number | undefined | null => {
    let t = prev;
    for (const s of statuses ?? []) {
      const f = at(s.state?.terminated?.finishedAt);
      if (f === undefined) return null;
      if (t === undefined || f > t) t = f;
    }
    return t;
  };
  const sidecars = new Set((p.spec?.initContainers ?? []).filter((c) => c.restartPolicy === "Always").map((c) => c.name));
  const main = latest(p.status?.containerStatuses, undefined);
  if (main !== null) {
    const all = latest((p.status?.initContainerStatuses ?? []).filter((s) => sidecars.has(s.name)), main);
    if (all !== null && all !== undefined) return all;
  }
  const ready = p.status?.conditions?.find((c) => c.type === "Ready" && c.status === "False");
  if (ready?.lastTransitionTime) return at(ready.lastTransitionTime)!;
  if (p.metadata?.deletionTimestamp) return at(p.metadata.deletionTimestamp)! - (p.metadata.deletionGracePeriodSeconds ?? 0);
  return at(p.metadata?.creationTimestamp) ?? 0;
}

/** getRemainingTimeForFailuresCount: 10 s doubled per consecutive failure, capped, from the last failure. */
export function remainingBackoff(rec: BackoffRecord, now: number): number {
  if (!rec.failures || rec.lastFailure === undefined) return 0;
  let d = POD_FAILURE_BACKOFF;
  for (let i = 1; i < rec.failures; i++) {
    d *= 2;
    if (d >= MAX_POD_FAILURE_BACKOFF) {
      d = MAX_POD_FAILURE_BACKOFF;
      break;
    }
  }
  const elapsed = now - rec.lastFailure;
  return d < elapsed ? 0 : d - elapsed;
}

function condition(type: string, f: { reason: string; message: string }, ts: string): JobCondition {
  return { lastProbeTime: ts, lastTransitionTime: ts, message: f.message, reason: f.reason, status: "True", type };
}

/** The stored JobStatus: zero counters omitted (omitempty) except ready and terminating (pointers), keys sorted. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function normalizeStatus(s: Record<string, any>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(s).sort()) {
    const v = s[k];
    if (v === undefined) continue;
    if ((k === "active" || k === "succeeded" || k === "failed") && !v) continue;
    out[k] = v;
  }
  return out;
}
