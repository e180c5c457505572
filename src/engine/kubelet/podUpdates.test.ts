import { describe, expect, it } from "vitest";
import { simulate } from "../simulate";
import { cliJson } from "../output/cliJson";

function run(yaml: string, until: number) {
  const r = simulate(yaml, { until });
  const j = cliJson(r);
  const rowAt = (name: string, t: number) => [...j.watch].reverse().find((w) => w.pod === name && w.t <= t);
  const condAt = (pod: string, type: string, t: number) => [...j.conditions].reverse().find((c) => c.pod === pod && c.type === type && c.t <= t);
  const events = (reason: string) => j.events.filter((e) => e.reason === reason);
  return { r, j, rowAt, condAt, events };
}

const scenario = (actions: string) => `---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  actions:
${actions}`;

const pod = (spec = "", containers = "  - name: app\n    image: nginx:1.27\n") => `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
${spec}  containers:
${containers}`;

describe("a container whose image changes is restarted in place", () => {
  // pkg/kubelet/kuberuntime/kuberuntime_manager.go computePodActions (containerChanged).
  it("Killing 'definition changed, will be restarted', then the new image is pulled and started; RESTARTS 1", () => {
    const { events, rowAt, j } = run(pod() + scenario("  - at: 30s\n    setImage: {pod: web, container: app, image: nginx:1.28}\n"), 60);
    expect(events("Killing").map((e) => [e.t, e.message])).toEqual([[30, "Container app definition changed, will be restarted"]]);
    const after = j.events.filter((e) => e.t >= 30).map((e) => e.reason);
    expect(after).toEqual(["Killing", "Pulling", "Pulled", "Created", "Started"]);
    expect(events("Pulling")[1].message).toBe('Pulling image "nginx:1.28"');
    expect(rowAt("web", 59)).toMatchObject({ status: "Running", restarts: 1, ready: "1/1" });
    const c = [...j.containers].reverse().find((x) => x.pod === "web")!;
    expect(c.last).toMatchObject({ reason: "Completed", exitCode: 0 });
  });

  it("under restartPolicy Never too, and a sidecar says 'Init container … definition changed'", () => {
    const y = pod(
      "  restartPolicy: Never\n  initContainers:\n  - name: log\n    image: busybox:1.36\n    restartPolicy: Always\n    command: [sh, -c, 'sleep 3600']\n",
    ) + scenario("  - at: 20s\n    setImage: {pod: web, container: app, image: nginx:1.28}\n  - at: 40s\n    setImage: {pod: web, container: log, image: busybox:1.37}\n");
    const { events, rowAt } = run(y, 90);
    expect(events("Killing").map((e) => e.message)).toEqual(["Container app definition changed, will be restarted", "Init container log definition changed"]);
    expect(rowAt("web", 89)).toMatchObject({ status: "Running", ready: "2/2" });
  });

  it("kubectl apply of the pod with a new image does the same; a changed port is refused with ValidatePodUpdate's message", () => {
    const changed = (image: string, port: number) =>
      `    - apiVersion: v1\n      kind: Pod\n      metadata: {name: web}\n      spec:\n        containers:\n        - name: app\n          image: ${image}\n          ports: [{containerPort: ${port}}]\n`;
    const y = pod("", "  - name: app\n    image: nginx:1.27\n    ports: [{containerPort: 80}]\n") + scenario(`  - at: 20s\n    apply:\n${changed("nginx:1.28", 80)}  - at: 40s\n    apply:\n${changed("nginx:1.28", 8080)}`);
    const { events, r } = run(y, 60);
    expect(events("Killing").map((e) => e.t)).toEqual([20]);
    expect(r.errors.map((e) => e.message)).toEqual([
      'Pod "web" is invalid: spec: Forbidden: pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)\n- spec.containers[0].ports[0].containerPort: 80\n+ spec.containers[0].ports[0].containerPort: 8080',
    ]);
    expect(r.trace.notes.map((n) => n.code)).toContain("actionRejected");
  });
});

describe("activeDeadlineSeconds (pkg/kubelet/active_deadline.go)", () => {
  it("past the deadline from status.startTime the pod fails: DeadlineExceeded, containers stopped", () => {
    const y = pod("  activeDeadlineSeconds: 20\n", "  - name: app\n    image: busybox:1.36\n    command: [sh, -c, 'sleep 3600']\n");
    const { rowAt, events, r, j } = run(y, 90);
    expect(rowAt("web", 19)?.status).toBe("Running");
    expect(rowAt("web", 21)).toMatchObject({ status: "DeadlineExceeded", phase: "Failed" });
    const ev = events("DeadlineExceeded");
    expect(ev[0]).toMatchObject({ t: 20, type: "Normal", message: "Pod was active on the node longer than the specified deadline", object: "Pod/web" });
    expect(events("Killing")[0]).toMatchObject({ t: 20, message: "Stopping container app" });
    // sh ignores SIGTERM: SIGKILL after the 30 s grace, exit 137 (Error) is what STATUS shows then.
    expect(rowAt("web", 55)).toMatchObject({ status: "Error", phase: "Failed" });
    const final = r.trace.entries.filter((e) => e.type === "write" && e.ref.name === "web").pop()!;
    expect(final.type === "write" && [final.object.status.reason, final.object.status.message]).toEqual(["DeadlineExceeded", "Pod was active on the node longer than the specified deadline"]);
    expect([...j.conditions].reverse().find((c) => c.type === "Ready")).toMatchObject({ status: "False", reason: "PodFailed" });
  });

  // test/e2e/common/node/pods.go "should allow activeDeadlineSeconds to be updated".
  it("set on a running pod by an update, it takes effect at once", () => {
    const y = pod("", "  - name: app\n    image: busybox:1.36\n    command: [sh, -c, 'sleep 3600']\n") + scenario("  - at: 30s\n    patch: {pod: web, patch: {spec: {activeDeadlineSeconds: 5}}}\n");
    const { rowAt, events } = run(y, 60);
    expect(events("DeadlineExceeded")[0].t).toBe(30);
    expect(rowAt("web", 31)).toMatchObject({ status: "DeadlineExceeded", phase: "Failed" });
  });
});

describe("readiness gates (pkg/kubelet/status/generate.go GeneratePodReadyCondition)", () => {
  // test/e2e/common/node/pods.go "should support pod readiness gates".
  it("Ready waits for every gate's condition; the status patch of a controller moves it", () => {
    const gates = "  readinessGates:\n  - conditionType: k8s.io/test-condition1\n  - conditionType: k8s.io/test-condition2\n";
    const y =
      pod(gates) +
      scenario(
        "  - at: 10s\n    patch: {pod: web, subresource: status, patch: {status: {conditions: [{type: k8s.io/test-condition1, status: 'True'}]}}}\n" +
          "  - at: 20s\n    podCondition: {pod: web, type: k8s.io/test-condition2, status: 'True'}\n" +
          "  - at: 30s\n    podCondition: {pod: web, type: k8s.io/test-condition1, status: 'False'}\n",
      );
    const { condAt, rowAt } = run(y, 40);
    expect(condAt("web", "Ready", 5)).toMatchObject({
      status: "False",
      reason: "ReadinessGatesNotReady",
      message: 'corresponding condition of pod readiness gate "k8s.io/test-condition1" does not exist., corresponding condition of pod readiness gate "k8s.io/test-condition2" does not exist.',
    });
    expect(condAt("web", "ContainersReady", 5)?.status).toBe("True");
    // READY counts containers: 1/1 Running while the pod is not Ready.
    expect(rowAt("web", 5)).toMatchObject({ status: "Running", ready: "1/1" });
    expect(condAt("web", "Ready", 15)?.message).toBe('corresponding condition of pod readiness gate "k8s.io/test-condition2" does not exist.');
    expect(condAt("web", "Ready", 25)).toMatchObject({ status: "True", reason: null });
    expect(condAt("web", "Ready", 35)).toMatchObject({ status: "False", message: 'the status of pod readiness gate "k8s.io/test-condition1" is not "True", but False' });
    expect(condAt("web", "k8s.io/test-condition1", 35)?.status).toBe("False");
  });

  it("a condition type that is not a qualified name is refused (its index after the five the kubelet wrote)", () => {
    const y = pod() + scenario("  - at: 10s\n    podCondition: {pod: web, type: 'not valid!', status: 'True'}\n");
    const { r } = run(y, 20);
    expect(r.errors.map((e) => e.message)[0]).toMatch(/^Pod "web" is invalid: metadata\.conditions\[5\]\.Type: Invalid value: "not valid!": name part must consist of/);
  });
});

// test/e2e/common/node/pods.go "should patch a pod status": pods/status may change labels, annotations and the status.
describe("the status subresource (pkg/registry/core/pod/strategy.go podStatusStrategy)", () => {
  it("takes metadata and status changes, keeps the spec, and the kubelet keeps the reason and message of an unchanged phase", () => {
    const y =
      pod() +
      scenario(
        "  - at: 10s\n    patch: {pod: web, subresource: status, patch: {metadata: {annotations: {patchedstatus: 'true'}}, spec: {activeDeadlineSeconds: 1}, status: {message: Patched by e2e test, reason: E2E}}}\n" +
          "  - at: 15s\n    crash: {pod: web}\n",
      );
    const { r } = run(y, 30);
    const writes = r.trace.entries.filter((e) => e.type === "write" && e.ref.name === "web");
    const last = writes[writes.length - 1];
    // The restart after the crash is a kubelet write: the phase stays Running, so its reason and message stay.
    expect(last.cause.rule).not.toBe("scenario.patch");
    expect(last.type === "write" && last.object.metadata.annotations).toEqual({ patchedstatus: "true" });
    expect(last.type === "write" && [last.object.status.reason, last.object.status.message, last.object.spec.activeDeadlineSeconds]).toEqual(["E2E", "Patched by e2e test", undefined]);
    expect(r.errors).toEqual([]);
  });
});
