/**
 * Every rule here follows printPod in kubernetes/kubernetes
 * pkg/printers/internalversion/printers.go (release-1.34).
 */
import { describe, expect, it } from "vitest";
import { at, conds, cstatus, mkPod, running, terminated, waiting } from "./fixtures";
import { podRow } from "./podRow";

const cols = (r: ReturnType<typeof podRow>): string => `${r.ready} ${r.status} ${r.restartsText} ${r.age}`;

describe("podRow STATUS (printers.go printPod)", () => {
  it("Pending before scheduling shows the phase", () => {
    const pod = mkPod({ phase: "Pending", conditions: [{ type: "PodScheduled", status: "False", reason: "Unschedulable" }] });
    expect(cols(podRow(pod, 3))).toBe("0/1 Pending 0 3s");
  });

  it("SchedulingGated from the PodScheduled condition reason", () => {
    const pod = mkPod({ phase: "Pending", conditions: [{ type: "PodScheduled", status: "False", reason: "SchedulingGated" }] });
    expect(podRow(pod, 1).status).toBe("SchedulingGated");
  });

  it("ContainerCreating: a waiting reason is shown verbatim", () => {
    const pod = mkPod({ phase: "Pending", statuses: [cstatus("app", { state: waiting("ContainerCreating") })] });
    expect(cols(podRow(pod, 0))).toBe("0/1 ContainerCreating 0 0s");
  });

  it.each([
    ["ErrImagePull", "ErrImagePull"],
    ["ImagePullBackOff", "ImagePullBackOff"],
    ["CreateContainerConfigError", "CreateContainerConfigError"],
  ])("%s while waiting", (reason, want) => {
    const pod = mkPod({ phase: "Pending", statuses: [cstatus("app", { state: waiting(reason, "x") })] });
    expect(podRow(pod, 30).status).toBe(want);
  });

  describe("init containers", () => {
    const inits = [{ name: "init-myservice" }, { name: "init-mydb" }];
    const pending = conds({ initialized: false, ready: false, sandbox: true });
    const appWaiting = [cstatus("app", { state: waiting("PodInitializing") })];

    it("Init:0/2 while the first init container runs", () => {
      const pod = mkPod({
        phase: "Pending",
        initContainers: inits,
        conditions: pending,
        initStatuses: [cstatus("init-myservice", { state: running(1) }), cstatus("init-mydb", { state: waiting("PodInitializing") })],
        statuses: appWaiting,
      });
      expect(cols(podRow(pod, 40))).toBe("0/1 Init:0/2 0 40s");
    });

    it("Init:0/2 when the first init container still waits with PodInitializing", () => {
      const pod = mkPod({
        phase: "Pending",
        initContainers: inits,
        conditions: pending,
        initStatuses: [cstatus("init-myservice", { state: waiting("PodInitializing") }), cstatus("init-mydb", { state: waiting("PodInitializing") })],
        statuses: appWaiting,
      });
      expect(podRow(pod, 0).status).toBe("Init:0/2");
    });

    it("Init:1/2 once the first one completed", () => {
      const pod = mkPod({
        phase: "Pending",
        initContainers: inits,
        conditions: pending,
        initStatuses: [
          cstatus("init-myservice", { state: terminated("Completed", 0, 1, 5), ready: true }),
          cstatus("init-mydb", { state: running(6) }),
        ],
        statuses: appWaiting,
      });
      expect(podRow(pod, 7).status).toBe("Init:1/2");
    });

    it("Init:Error from a terminated reason", () => {
      const pod = mkPod({
        phase: "Pending",
        initContainers: inits,
        conditions: pending,
        initStatuses: [cstatus("init-myservice", { state: terminated("Error", 1, 1, 2) }), cstatus("init-mydb", { state: waiting("PodInitializing") })],
        statuses: appWaiting,
      });
      expect(podRow(pod, 3).status).toBe("Init:Error");
    });

    it("Init:ExitCode:N and Init:Signal:N without a terminated reason", () => {
      const mk = (signal?: number) =>
        mkPod({
          phase: "Pending",
          initContainers: inits,
          conditions: pending,
          initStatuses: [cstatus("init-myservice", { state: terminated(undefined, 3, 1, 2, signal) })],
          statuses: appWaiting,
        });
      expect(podRow(mk(), 3).status).toBe("Init:ExitCode:3");
      expect(podRow(mk(9), 3).status).toBe("Init:Signal:9");
    });

    it("Init:CrashLoopBackOff, RESTARTS summing init restarts while initializing", () => {
      const pod = mkPod({
        phase: "Pending",
        initContainers: inits,
        conditions: pending,
        initStatuses: [
          cstatus("init-myservice", {
            state: waiting("CrashLoopBackOff", "back-off 10s restarting failed container=init-myservice"),
            lastState: terminated("Error", 1, 12, 13),
            restartCount: 2,
          }),
          cstatus("init-mydb", { state: waiting("PodInitializing") }),
        ],
        statuses: appWaiting,
      });
      expect(cols(podRow(pod, 18))).toBe("0/1 Init:CrashLoopBackOff 2 (5s ago) 18s");
    });

    it("PodInitializing after the init containers finished, init restarts dropped from RESTARTS", () => {
      const pod = mkPod({
        phase: "Pending",
        initContainers: inits,
        conditions: conds({ initialized: true, ready: false, sandbox: true }),
        initStatuses: [
          cstatus("init-myservice", { state: terminated("Completed", 0, 30, 31), lastState: terminated("Error", 1, 10, 11), restartCount: 2, ready: true }),
          cstatus("init-mydb", { state: terminated("Completed", 0, 32, 33), ready: true }),
        ],
        statuses: appWaiting,
      });
      expect(cols(podRow(pod, 34))).toBe("0/1 PodInitializing 0 34s");
    });
  });

  describe("sidecars (restartable init containers, KEP-753)", () => {
    const initContainers = [{ name: "logshipper", sidecar: true }, { name: "migrate" }];

    it("a started sidecar is counted in READY and skipped for STATUS", () => {
      const pod = mkPod({
        initContainers,
        conditions: conds({ initialized: true, ready: true, sandbox: true }),
        initStatuses: [
          cstatus("logshipper", { state: running(1), ready: true, started: true, restartCount: 1, lastState: terminated("Error", 1, 1, 20) }),
          cstatus("migrate", { state: terminated("Completed", 0, 2, 3), ready: true }),
        ],
        statuses: [cstatus("app", { state: running(4), ready: true, restartCount: 2, lastState: terminated("Error", 1, 4, 50) })],
      });
      // Sidecar restarts count, regular init restarts never do once initialized.
      expect(cols(podRow(pod, 60))).toBe("2/2 Running 3 (10s ago) 60s");
    });

    it("a sidecar that has not started yet keeps the pod in Init:0/2", () => {
      const pod = mkPod({
        phase: "Pending",
        initContainers,
        conditions: conds({ initialized: false, ready: false, sandbox: true }),
        initStatuses: [cstatus("logshipper", { state: running(1), started: false }), cstatus("migrate", { state: waiting("PodInitializing") })],
        statuses: [cstatus("app", { state: waiting("PodInitializing") })],
      });
      expect(cols(podRow(pod, 2))).toBe("0/2 Init:0/2 0 2s");
    });

    it("Completed with a sidecar still running and Ready=False shows NotReady", () => {
      const pod = mkPod({
        initContainers: [{ name: "sidecar", sidecar: true }],
        conditions: conds({ initialized: true, ready: false, sandbox: true }),
        initStatuses: [cstatus("sidecar", { state: running(1), ready: true, started: true })],
        statuses: [cstatus("main", { state: terminated("Completed", 0, 2, 3) })],
      });
      // hasRunning only looks at regular containers, so STATUS stays Completed (job-sidecar case).
      expect(cols(podRow(pod, 10))).toBe("1/2 Completed 0 10s");
    });
  });

  describe("regular containers", () => {
    it("Running", () => {
      const pod = mkPod({ conditions: conds({ ready: true, initialized: true, sandbox: true }), statuses: [cstatus("app", { state: running(1), ready: true })] });
      expect(cols(podRow(pod, 2))).toBe("1/1 Running 0 2s");
    });

    it("Running but not ready yet keeps the phase text, 0/1", () => {
      const pod = mkPod({ statuses: [cstatus("app", { state: running(1), ready: false })] });
      expect(cols(podRow(pod, 12))).toBe("0/1 Running 0 12s");
    });

    it("Completed (phase Succeeded)", () => {
      const pod = mkPod({ phase: "Succeeded", statuses: [cstatus("app", { state: terminated("Completed", 0, 1, 1) })] });
      expect(cols(podRow(pod, 2))).toBe("0/1 Completed 0 2s");
    });

    it("Error, OOMKilled, ExitCode:N and Signal:N", () => {
      const mk = (reason: string | undefined, code: number, signal?: number) =>
        mkPod({ statuses: [cstatus("app", { state: terminated(reason, code, 1, 2, signal) })] });
      expect(podRow(mk("Error", 1), 2).status).toBe("Error");
      expect(podRow(mk("OOMKilled", 137), 2).status).toBe("OOMKilled");
      expect(podRow(mk(undefined, 2), 2).status).toBe("ExitCode:2");
      expect(podRow(mk(undefined, 137, 9), 2).status).toBe("Signal:9");
    });

    it("CrashLoopBackOff with RESTARTS measured from the previous exit (kubelet.md timeline a, t=451)", () => {
      const pod = mkPod({
        statuses: [cstatus("liveness", { state: waiting("CrashLoopBackOff"), lastState: terminated("Error", 137, 375, 450), restartCount: 5 })],
      });
      expect(cols(podRow(pod, 451))).toBe("0/1 CrashLoopBackOff 5 (1s ago) 7m31s");
    });

    it.each([
      [76, 75, 1, "1/1 Running 1 (1s ago) 76s"],
      [120, 75, 1, "1/1 Running 1 (45s ago) 2m"],
      [766, 605, 7, "1/1 Running 7 (2m41s ago) 12m"],
      [1141, 840, 8, "1/1 Running 8 (5m1s ago) 19m"],
    ])("timeline a at t=%s", (t, finished, count, want) => {
      const pod = mkPod({
        conditions: conds({ ready: true, initialized: true, sandbox: true }),
        statuses: [
          cstatus("liveness", { state: running(finished), ready: true, restartCount: count, lastState: terminated("Error", 137, finished - 75, finished) }),
        ],
      });
      expect(cols(podRow(pod, t))).toBe(want);
    });

    it("Completed + a running ready container: Running when the Ready condition is True, else NotReady", () => {
      const statuses = [cstatus("a", { state: terminated("Completed", 0, 1, 2) }), cstatus("b", { state: running(1), ready: true })];
      const ready = mkPod({ containers: ["a", "b"], statuses, conditions: conds({ ready: true, initialized: true }) });
      const notReady = mkPod({ containers: ["a", "b"], statuses, conditions: conds({ ready: false, initialized: true }) });
      expect(cols(podRow(ready, 5))).toBe("1/2 Running 0 5s");
      expect(cols(podRow(notReady, 5))).toBe("1/2 NotReady 0 5s");
    });

    it("the first container wins: Completed hides a later Error in v1.34 (issue #121563, fixed only in v1.35)", () => {
      const pod = mkPod({
        phase: "Failed",
        containers: ["a", "b"],
        statuses: [cstatus("a", { state: terminated("Completed", 0, 1, 2) }), cstatus("b", { state: terminated("Error", 1, 1, 2) })],
      });
      expect(podRow(pod, 5).status).toBe("Completed");
    });

    it("status.reason (Evicted) replaces the phase", () => {
      const pod = mkPod({ phase: "Failed", reason: "Evicted" });
      expect(cols(podRow(pod, 60))).toBe("0/1 Evicted 0 60s");
    });
  });

  describe("deletion", () => {
    it("Terminating while the phase is not terminal", () => {
      const pod = mkPod({
        deletionT: 40,
        conditions: conds({ ready: true, initialized: true }),
        statuses: [cstatus("app", { state: running(1), ready: true })],
      });
      expect(cols(podRow(pod, 12))).toBe("1/1 Terminating 0 12s");
    });

    it("a terminal pod with deletionTimestamp keeps its status (PR #122038)", () => {
      const pod = mkPod({ phase: "Succeeded", deletionT: 40, statuses: [cstatus("app", { state: terminated("Completed", 0, 1, 2) })] });
      expect(podRow(pod, 12).status).toBe("Completed");
    });

    it("Unknown when the node is lost (status.reason NodeLost)", () => {
      const pod = mkPod({ reason: "NodeLost", deletionT: 40, statuses: [cstatus("app", { state: running(1), ready: true })] });
      expect(podRow(pod, 400).status).toBe("Unknown");
    });
  });

  describe("wide columns", () => {
    it("IP, NODE, NOMINATED NODE, READINESS GATES", () => {
      const pod = mkPod({ statuses: [] });
      pod.spec!.readinessGates = [{ conditionType: "example.com/feature-1" }, { conditionType: "example.com/feature-2" }];
      pod.status!.conditions = [...(pod.status!.conditions ?? []), { type: "example.com/feature-1", status: "True" }];
      const r = podRow(pod, 1);
      expect([r.ip, r.node, r.nominatedNode, r.readinessGates]).toEqual(["10.244.0.5", "node1", "<none>", "1/2"]);
    });

    it("<none> for unset values and missing creationTimestamp gives <unknown> AGE", () => {
      const pod = mkPod();
      delete pod.status!.podIPs;
      delete pod.spec!.nodeName;
      pod.metadata = { ...pod.metadata, creationTimestamp: undefined };
      const r = podRow(pod, 1);
      expect([r.ip, r.node, r.readinessGates, r.age]).toEqual(["<none>", "<none>", "<none>", "<unknown>"]);
    });
  });

  it("a lastState without finishedAt never adds the (ago) suffix", () => {
    const pod = mkPod({ statuses: [cstatus("app", { state: running(1), restartCount: 1, lastState: { terminated: { exitCode: 1 } } })] });
    expect(podRow(pod, 5).restartsText).toBe("1");
    expect(at(0)).toBe("2025-09-01T09:00:00Z");
  });
});
