import { describe, expect, it } from "vitest";
import { admitAll, admitPodFromTemplate, newAdmissionState } from "../admission/index";
import type { KubeObject } from "../api/store";
import type { Pod } from "../api/types";
import { Cluster } from "../cluster/cluster";
import { parseYamlDocuments } from "../input/yamlDocuments";
import { defaultScenario } from "../scenario/scenario";
import type { EventEntry, WriteEntry } from "../trace/types";
import { finishedTime, JOB_TRACKING_FINALIZER, pastBackoffLimitOnFailure, remainingBackoff } from "./job";

/**
 * simulate() without the integrator's one line: the cluster, plus a JobController wired the way
 * cluster.ts wires its controllers.
 */
function run(text: string, until: number) {
  const parsed = parseYamlDocuments(text);
  expect(parsed.errors).toEqual([]);
  const scenario = defaultScenario();
  const admission = newAdmissionState();
  const admitted = admitAll(parsed.docs, { state: admission });
  expect(admitted.errors).toEqual([]);
  const cluster = new Cluster(scenario, undefined, { admitPod: (pod) => admitPodFromTemplate(pod, { state: admission }) });
  // The cluster runs the Job controller itself (cluster.ts), as kube-controller-manager would.
  for (const o of admitted.objects) cluster.apply(o.object, { rule: "apply", data: { document: o.document } });
  cluster.run(until);
  const entries = cluster.trace.entries;
  const events = (kind: string, reason?: string) =>
    entries.filter((e): e is EventEntry => e.type === "event" && e.event.object.kind === kind && (!reason || e.event.reason === reason));
  const jobWrites = entries.filter((e): e is WriteEntry => e.type === "write" && e.ref.kind === "Job");
  const jobAt = (t: number) => [...jobWrites].reverse().find((w) => w.t <= t)?.object;
  const pods = () => cluster.store.list("Pod") as Pod[];
  return { cluster, entries, events, jobWrites, jobAt, pods, job: (name: string) => cluster.store.get("Job", "default", name) as KubeObject };
}

const job = (name: string, spec: string, command: string, restartPolicy = "Never") => `apiVersion: batch/v1
kind: Job
metadata:
  name: ${name}
spec:
${spec}  template:
    spec:
      containers:
      - name: main
        image: busybox:1.36
        command: ["sh", "-c", "${command}"]
      restartPolicy: ${restartPolicy}
`;

describe("a Job with completions 3 and parallelism 2 of `sleep 5`", () => {
  const r = run(job("sleeper", "  completions: 3\n  parallelism: 2\n", "sleep 5"), 60);
  const j = r.job("sleeper");
  const uid = j.metadata.uid;

  it("creates two pods at once, a third when one succeeds, and completes", () => {
    const creates = r.events("Job", "SuccessfulCreate");
    expect(creates).toHaveLength(3);
    expect(creates.map((e) => e.t).slice(0, 2)).toEqual([0, 0]);
    expect(creates[2].t).toBeGreaterThan(5);
    expect(creates[2].t).toBeLessThan(15);
    for (const e of creates) {
      expect(e.event.source).toBe("job-controller");
      expect(e.event.message).toMatch(/^Created pod: sleeper-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    }
    const completed = r.events("Job", "Completed");
    expect(completed.map((e) => [e.event.type, e.event.message])).toEqual([["Normal", "Job completed"]]);
    expect(completed[0].t).toBeGreaterThan(creates[2].t + 5);
  });

  it("pods carry the template labels, the tracking finalizer until counted, and a Job controller reference", () => {
    const pods = r.pods();
    expect(pods).toHaveLength(3);
    for (const p of pods) {
      expect(p.metadata?.name).toMatch(/^sleeper-.{5}$/);
      expect(p.metadata?.generateName).toBe("sleeper-");
      expect(p.metadata?.labels).toEqual({ "batch.kubernetes.io/controller-uid": uid, "batch.kubernetes.io/job-name": "sleeper", "controller-uid": uid, "job-name": "sleeper" });
      expect(p.metadata?.ownerReferences).toEqual([{ apiVersion: "batch/v1", kind: "Job", name: "sleeper", uid, controller: true, blockOwnerDeletion: true }]);
      expect(p.status?.phase).toBe("Succeeded");
      expect(p.metadata?.finalizers ?? []).not.toContain(JOB_TRACKING_FINALIZER);
    }
    const created = r.entries.find((e): e is WriteEntry => e.type === "write" && e.verb === "create" && e.ref.kind === "Pod");
    expect(created?.object.metadata.finalizers).toEqual([JOB_TRACKING_FINALIZER]);
  });

  it("the status counts through uncountedTerminatedPods and ends SuccessCriteriaMet then Complete", () => {
    const s = j.status;
    expect(s).toMatchObject({ ready: 0, succeeded: 3, terminating: 0, uncountedTerminatedPods: {} });
    expect(s.active).toBeUndefined();
    expect(s.failed).toBeUndefined();
    expect(s.startTime).toBe("2025-09-01T09:00:00Z");
    expect(s.conditions.map((c: { type: string; reason: string; message: string; status: string }) => [c.type, c.status, c.reason, c.message])).toEqual([
      ["SuccessCriteriaMet", "True", "CompletionsReached", "Reached expected number of succeeded pods"],
      ["Complete", "True", "CompletionsReached", "Reached expected number of succeeded pods"],
    ]);
    expect(s.completionTime).toBe(s.conditions[1].lastTransitionTime);
    // A pod that succeeded is first listed as uncounted, then counted once its finalizer is gone.
    expect(r.jobWrites.some((w) => w.object?.status?.uncountedTerminatedPods?.succeeded?.length === 1)).toBe(true);
    // While two pods run: active 2 and, once they are ready, ready 2.
    expect(r.jobWrites.some((w) => w.object?.status?.active === 2 && w.object?.status?.ready === 2)).toBe(true);
  });
});

describe("a failing Job hits its backoffLimit", () => {
  const r = run(job("fails", "  backoffLimit: 2\n", "exit 1"), 200);
  const j = r.job("fails");

  it("recreates failed pods after 10 s and 20 s back-offs, then fails with BackoffLimitExceeded", () => {
    const creates = r.events("Job", "SuccessfulCreate");
    expect(creates).toHaveLength(3);
    const gaps = creates.slice(1).map((e, i) => e.t - creates[i].t);
    expect(gaps[0]).toBeGreaterThanOrEqual(10);
    expect(gaps[0]).toBeLessThan(16);
    expect(gaps[1]).toBeGreaterThanOrEqual(20);
    expect(gaps[1]).toBeLessThan(26);
    const failed = r.events("Job", "BackoffLimitExceeded");
    expect(failed.map((e) => [e.event.type, e.event.message])).toEqual([["Warning", "Job has reached the specified backoff limit"]]);
    expect(r.events("Job", "Completed")).toEqual([]);
  });

  it("the status has 3 failed pods, FailureTarget then Failed, and no completionTime", () => {
    const s = j.status;
    expect(s).toMatchObject({ failed: 3, ready: 0, terminating: 0, uncountedTerminatedPods: {} });
    expect(s.completionTime).toBeUndefined();
    expect(s.conditions.map((c: { type: string; reason: string }) => [c.type, c.reason])).toEqual([
      ["FailureTarget", "BackoffLimitExceeded"],
      ["Failed", "BackoffLimitExceeded"],
    ]);
    expect(r.pods().map((p) => p.status?.phase)).toEqual(["Failed", "Failed", "Failed"]);
  });
});

describe("restartPolicy OnFailure: container restarts count toward the backoffLimit", () => {
  const r = run(job("restarts", "  backoffLimit: 2\n", "exit 1", "OnFailure"), 120);

  it("one pod, deleted once its restarts reach the limit; it counts as one failure", () => {
    expect(r.events("Job", "SuccessfulCreate")).toHaveLength(1);
    const del = r.events("Job", "SuccessfulDelete");
    expect(del).toHaveLength(1);
    expect(del[0].event.message).toMatch(/^Deleted pod: restarts-/);
    const failed = r.events("Job", "BackoffLimitExceeded");
    expect(failed).toHaveLength(1);
    // Failed is only set once the deleted pod has terminated.
    expect(failed[0].t).toBeGreaterThanOrEqual(del[0].t);
    const s = r.job("restarts").status;
    expect(s.failed).toBe(1);
    expect(s.conditions.map((c: { type: string }) => c.type)).toEqual(["FailureTarget", "Failed"]);
  });
});

describe("the sidecar Job (job-sidecar.yaml, fidelity case 20)", () => {
  const text = `apiVersion: batch/v1
kind: Job
metadata:
  name: myjob
spec:
  template:
    spec:
      initContainers:
        - name: logshipper
          image: alpine:latest
          restartPolicy: Always
          command: ['sh', '-c', 'tail -F /opt/logs.txt']
          volumeMounts:
            - name: data
              mountPath: /opt
      containers:
        - name: main
          image: alpine:latest
          command: ['sh', '-c', 'echo "This is a log" >> /opt/logs.txt']
          volumeMounts:
            - name: data
              mountPath: /opt
      restartPolicy: Never
      volumes:
        - name: data
          emptyDir: {}
`;
  const r = run(text, 90);

  it("completes about 30 s after main exits: the sidecar needs the whole grace period", () => {
    const exits = r.entries.filter((e) => e.type === "runtime");
    const mainExit = exits.find((e) => e.type === "runtime" && e.container === "main");
    const sidecarExit = exits.find((e) => e.type === "runtime" && e.container === "logshipper");
    expect(mainExit && sidecarExit).toBeTruthy();
    expect(sidecarExit!.t - mainExit!.t).toBeGreaterThan(28);
    const completed = r.events("Job", "Completed");
    expect(completed).toHaveLength(1);
    expect(completed[0].t - mainExit!.t).toBeGreaterThan(28);
    expect(completed[0].t - mainExit!.t).toBeLessThan(34);
    const s = r.job("myjob").status;
    expect(s.succeeded).toBe(1);
    expect(s.conditions.map((c: { type: string }) => c.type)).toEqual(["SuccessCriteriaMet", "Complete"]);
  });

  it("while the sidecar is stopping the Job still counts the pod as active", () => {
    const mainExit = r.entries.find((e) => e.type === "runtime" && e.container === "main")!;
    const mid = r.jobAt(mainExit.t + 15);
    expect(mid.status.active).toBe(1);
    expect(mid.status.succeeded).toBeUndefined();
  });
});

describe("helpers", () => {
  it("the pod failure back-off doubles from 10 s and is capped at 10 min", () => {
    expect(remainingBackoff({ failures: 0 }, 100)).toBe(0);
    expect(remainingBackoff({ failures: 1, lastFailure: 100 }, 103)).toBe(7);
    expect(remainingBackoff({ failures: 3, lastFailure: 100 }, 100)).toBe(40);
    expect(remainingBackoff({ failures: 20, lastFailure: 0 }, 0)).toBe(600);
    expect(remainingBackoff({ failures: 1, lastFailure: 0 }, 11)).toBe(0);
  });

  it("pastBackoffLimitOnFailure sums restarts of pending and running pods only", () => {
    const j = { spec: { backoffLimit: 2, template: { spec: { restartPolicy: "OnFailure" } } } };
    const pod = (phase: string, restarts: number) => ({ status: { phase, containerStatuses: [{ name: "c", restartCount: restarts }] } }) as unknown as Pod;
    expect(pastBackoffLimitOnFailure(j, [pod("Running", 1)])).toBe(false);
    expect(pastBackoffLimitOnFailure(j, [pod("Running", 1), pod("Pending", 1)])).toBe(true);
    expect(pastBackoffLimitOnFailure(j, [pod("Failed", 5)])).toBe(false);
    expect(pastBackoffLimitOnFailure({ spec: { backoffLimit: 0, template: { spec: { restartPolicy: "OnFailure" } } } }, [pod("Running", 1)])).toBe(true);
    expect(pastBackoffLimitOnFailure({ spec: { backoffLimit: 0, template: { spec: { restartPolicy: "Never" } } } }, [pod("Running", 1)])).toBe(false);
  });

  it("a pod's finish time is its last container's, sidecars included", () => {
    const epoch = Date.UTC(2025, 0, 1);
    const at = (s: number) => new Date(epoch + s * 1000).toISOString().replace(/\.\d{3}Z$/, "Z");
    const p = {
      spec: { initContainers: [{ name: "side", restartPolicy: "Always" }] },
      status: {
        containerStatuses: [{ name: "main", state: { terminated: { finishedAt: at(5) } } }],
        initContainerStatuses: [{ name: "side", state: { terminated: { finishedAt: at(35) } } }],
      },
    } as unknown as Pod;
    expect(finishedTime(p, epoch)).toBe(35);
  });
});

// pkg/controller/job/job_controller.go syncJob (pastActiveDeadline, deleteActivePods, enactJobFinished).
describe("a Job past its activeDeadlineSeconds", () => {
  const r = run(job("slow", "  activeDeadlineSeconds: 20\n  backoffLimit: 6\n", "sleep 600"), 90);

  it("deletes its active pod at the deadline and fails once the pod is gone (its finalizer kept it until counted)", () => {
    expect(r.events("Job", "SuccessfulDelete").map((e) => e.t)).toEqual([20]);
    const failed = r.events("Job", "DeadlineExceeded");
    expect(failed.map((e) => [e.event.type, e.event.message])).toEqual([["Warning", "Job was active longer than specified deadline"]]);
    // sh ignores SIGTERM: the pod stops after the 30 s grace, then the Job is Failed.
    expect(failed[0].t).toBeGreaterThanOrEqual(50);
    const conds = (r.job("slow").status.conditions as Array<{ type: string; reason: string }>).map((c) => [c.type, c.reason]);
    expect(conds).toEqual([
      ["FailureTarget", "DeadlineExceeded"],
      ["Failed", "DeadlineExceeded"],
    ]);
    expect(r.job("slow").status.failed).toBe(1);
    expect(r.pods()).toEqual([]);
  });
});
