import { describe, expect, it } from "vitest";
import { simulate } from "../simulate";
import { cliJson } from "./cliJson";
import { check } from "./fidelityCheck";

// The rows follow what the kubelet writes: pkg/kubelet/status/generate.go
// (GeneratePodInitializedCondition, GenerateContainersReadyCondition, GeneratePodReadyCondition)
// and pkg/kubelet/kubelet_pods.go (convertToAPIContainerStatuses: lastState keeps the dead instance).

const initWaiting = `apiVersion: v1
kind: Pod
metadata: {name: waiting-init}
spec:
  initContainers:
  - {name: init1, image: busybox:1.36, command: ["sh", "-c", "sleep 3600"]}
  - {name: init2, image: busybox:1.36, command: ["sh", "-c", "true"]}
  containers:
  - {name: app, image: nginx:1.27}
  - name: side
    image: busybox:1.36
    command: ["sh", "-c", "sleep 3600"]
`;

const crashing = `apiVersion: v1
kind: Pod
metadata: {name: crash}
spec:
  containers:
  - {name: app, image: busybox:1.36, command: ["sh", "-c", "sleep 2; exit 3"]}
`;

const at = <T extends { t: number }>(rows: T[], t: number, pred: (r: T) => boolean) => rows.filter((r) => r.t <= t && pred(r)).pop();

describe("the JSON's containers and conditions lists", () => {
  it("init containers not finished: Initialized=False names them; the rest wait PodInitializing", () => {
    const json = cliJson(simulate(initWaiting, { until: 60 }));
    const init = at(json.conditions, 40, (r) => r.type === "Initialized")!;
    expect(init).toMatchObject({ status: "False", reason: "ContainersNotInitialized", message: "containers with incomplete status: [init1 init2]" });
    expect(at(json.conditions, 40, (r) => r.type === "Ready")).toMatchObject({ status: "False", reason: "ContainersNotReady", message: "containers with unready status: [app side]" });
    expect(at(json.containers, 40, (r) => r.container === "init1")).toMatchObject({ type: "init", state: "running", reason: null, exitCode: null, ready: false });
    expect(at(json.containers, 40, (r) => r.container === "init2")).toMatchObject({ type: "init", state: "waiting", reason: "PodInitializing" });
    expect(at(json.containers, 40, (r) => r.container === "app")).toMatchObject({ type: "regular", state: "waiting", reason: "PodInitializing" });
  });

  it("a crash loop: a row per change only, lastState keeps the exit code, the waiting reason is CrashLoopBackOff", () => {
    const json = cliJson(simulate(crashing, { until: 120 }));
    const rows = json.containers.filter((r) => r.container === "app");
    // No two rows in a row say the same.
    for (let i = 1; i < rows.length; i++) expect({ ...rows[i], t: 0 }).not.toEqual({ ...rows[i - 1], t: 0 });
    expect(rows.some((r) => r.state === "terminated" && r.reason === "Error" && r.exitCode === 3)).toBe(true);
    const later = rows.filter((r) => r.restartCount >= 2);
    expect(later.length).toBeGreaterThan(0);
    expect(later.every((r) => r.last?.exitCode === 3 && r.last?.reason === "Error")).toBe(true);
    expect(rows.some((r) => r.state === "waiting" && r.reason === "CrashLoopBackOff" && r.message?.startsWith("back-off "))).toBe(true);
  });

  it("an init container with restartPolicy Always is a sidecar: running beside the app, started", () => {
    const text = `apiVersion: v1
kind: Pod
metadata: {name: with-sidecar}
spec:
  initContainers:
  - {name: log, image: busybox:1.36, restartPolicy: Always, command: ["sh", "-c", "sleep 3600"]}
  containers:
  - {name: app, image: nginx:1.27}
`;
    const json = cliJson(simulate(text, { until: 30 }));
    expect(at(json.containers, 20, (r) => r.container === "log")).toMatchObject({ type: "sidecar", state: "running", started: true });
    expect(at(json.containers, 20, (r) => r.container === "app")).toMatchObject({ type: "regular", state: "running", ready: true });
    expect(at(json.conditions, 20, (r) => r.type === "Initialized")).toMatchObject({ status: "True", reason: null, message: null });
  });

  it("the project's checker reads them as the shared one does (container and condition kinds)", () => {
    const json = cliJson(simulate(initWaiting, { until: 60 }));
    expect(check({ kind: "condition", pod: "waiting-init", type: "Initialized", at: 40, status: "False", message: "containers with incomplete status: [init1 init2]" }, json)).toBeNull();
    expect(check({ kind: "container", pod: "waiting-init", container: "init2", at: 40, state: "waiting", reason: "PodInitializing" }, json)).toBeNull();
    expect(check({ kind: "container", pod: "waiting-init", container: "init1", at: 40, state: "terminated" }, json)).toMatch(/state is "running", want "terminated"/);
    expect(check({ kind: "condition", pod: "waiting-init", type: "Ready", at: 40, status: "True" }, json)).toMatch(/status is "False"/);
    expect(check({ kind: "condition", pod: "nope", type: "Ready", at: 40 }, json)).toMatch(/has no Ready condition/);
  });
});
