import { describe, expect, it } from "vitest";
import { simulate } from "../simulate";
import { cliJson } from "../output/cliJson";
import { stateAt } from "../trace/state";
import type { Pod } from "../api/types";

/** Runs YAML and returns the CLI's JSON plus a pod lookup at any time. */
function run(yaml: string, until = 120) {
  const r = simulate(yaml, { until });
  const j = cliJson(r);
  const podAt = (name: string, t: number) => [...stateAt(r.trace, t).values()].find((o) => o.kind === "Pod" && o.metadata.name === name) as Pod | undefined;
  const rowAt = (name: string, t: number) => [...j.watch].reverse().find((w) => w.pod === name && w.t <= t);
  const events = (reason: string) => j.events.filter((e) => e.reason === reason);
  return { r, j, podAt, rowAt, events };
}

const pod = (containers: string, spec = "", name = "p") => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
spec:
${spec}  containers:
${containers}`;

describe("kubelet rules", () => {
  // pkg/kubelet/images/image_manager.go: Never + absent image → ErrImageNeverPull.
  it("imagePullPolicy Never with an absent image waits with ErrImageNeverPull", () => {
    const { rowAt, events } = run(pod("  - name: c\n    image: busybox:1.36\n    imagePullPolicy: Never\n"), 30);
    expect(rowAt("p", 25)?.status).toBe("ErrImageNeverPull");
    expect(events("ErrImageNeverPull")[0].message).toBe('Container image "busybox:1.36" is not present with pull policy of Never');
  });

  // docs/concepts/workloads/pods/sidecar-containers.md: sidecars start first and count in READY.
  it("a sidecar starts before the app container and counts in READY", () => {
    const y = pod(
      "  - name: app\n    image: busybox:1.36\n    command: [sh, -c, 'sleep 3600']\n",
      "  initContainers:\n  - name: log\n    image: busybox:1.36\n    restartPolicy: Always\n    command: [sh, -c, 'sleep 3600']\n",
    );
    const { j, rowAt } = run(y, 30);
    const started = j.events.filter((e) => e.reason === "Started").map((e) => e.message);
    expect(started).toEqual(["Started container log", "Started container app"]);
    expect(rowAt("p", 25)?.ready).toBe("2/2");
    expect(j.watch.map((w) => w.status)).toContain("PodInitializing");
  });

  // pkg/kubelet/kuberuntime/kuberuntime_container.go startContainer: postStart blocks Running.
  it("a postStart hook that sleeps keeps the container out of Running until it returns", () => {
    const y = pod("  - name: c\n    image: busybox:1.36\n    command: [sh, -c, 'sleep 3600']\n    lifecycle:\n      postStart:\n        exec:\n          command: [sh, -c, 'sleep 20']\n");
    const { rowAt } = run(y, 40);
    expect(rowAt("p", 15)?.status).toBe("ContainerCreating");
    expect(rowAt("p", 30)?.status).toBe("Running");
  });

  // pkg/kubelet/kuberuntime/kuberuntime_container.go killContainer: probe-level terminationGracePeriodSeconds.
  it("a liveness kill uses the probe's terminationGracePeriodSeconds", () => {
    const y = pod(
      "  - name: c\n    image: busybox:1.36\n    command: [sh, -c, 'sleep 3600']\n    livenessProbe:\n      exec:\n        command: [cat, /tmp/nope]\n      periodSeconds: 5\n      terminationGracePeriodSeconds: 7\n",
    );
    const { j } = run(y, 60);
    const kill = j.events.find((e) => e.reason === "Killing")!;
    const restart = j.events.filter((e) => e.reason === "Started")[1];
    expect(restart.t - kill.t).toBeCloseTo(7, 3);
  });

  // pkg/probe/exec/exec.go Probe: with ExecProbeTimeout (default on) a *TimeoutError is a failure
  // whose output is timeoutErr.Error(), the runtime's text: staging/src/k8s.io/cri-client/pkg/
  // remote_runtime.go ExecSync: exec.NewTimeoutError(fmt.Errorf("command %q timed out", strings.Join(cmd, " ")), timeout).
  it("an exec probe that times out fails with the runtime's timeout message", () => {
    const y = pod("  - name: c\n    image: busybox:1.36\n    command: [sh, -c, 'sleep 3600']\n    readinessProbe:\n      exec:\n        command: [sh, -c, 'sleep 5']\n      timeoutSeconds: 1\n");
    const { events } = run(y, 30);
    expect(events("Unhealthy")[0].message).toBe('Readiness probe failed: command "sh -c sleep 5" timed out');
  });

  // prober/worker.go: successThreshold counts consecutive successes for readiness.
  it("readiness with successThreshold 3 needs three successes in a row", () => {
    const y = pod("  - name: c\n    image: nginx:1.27\n    readinessProbe:\n      httpGet: {path: /, port: 80}\n      periodSeconds: 5\n      successThreshold: 3\n");
    const { j, r } = run(y, 60);
    const ready = j.watch.find((w) => w.ready === "1/1")!;
    const successes = r.trace.probes.filter((p) => p.probe === "readiness" && p.result === "success");
    // The attempt that made it ready is the third success in a row.
    const flip = successes.find((p) => p.start <= ready.t && ready.t <= p.start + (p.count - 1) * p.period + 1e-6)!;
    expect(flip.consecutive + Math.round((ready.t - flip.start) / flip.period)).toBe(3);
  });

  // pkg/probe/grpc/grpc.go: NOT_SERVING is a failure with the service's answer.
  it("a gRPC probe against NOT_SERVING fails with the status", () => {
    const y =
      pod("  - name: c\n    image: example.com/grpc:1\n    ports: [{containerPort: 9000}]\n    readinessProbe:\n      grpc: {port: 9000}\n") +
      "---\napiVersion: podplay.dev/v1alpha1\nkind: Scenario\nspec:\n  behaviors:\n  - image: example.com/grpc:1\n    grpc:\n    - port: 9000\n      responses:\n      - {after: 0s, status: NOT_SERVING}\n";
    const { events } = run(y, 30);
    expect(events("Unhealthy")[0].message).toBe('Readiness probe failed: service unhealthy (responded with "NOT_SERVING")');
  });

  // pkg/kubelet/kubelet_pods.go getPhase: Never + a liveness-killed container → Failed.
  it("under restartPolicy Never a liveness kill fails the pod", () => {
    const y = pod(
      "  - name: c\n    image: busybox:1.36\n    command: [sh, -c, 'sleep 3600']\n    livenessProbe:\n      exec:\n        command: [cat, /nope]\n      periodSeconds: 2\n",
      "  restartPolicy: Never\n  terminationGracePeriodSeconds: 3\n",
    );
    const { rowAt, events } = run(y, 60);
    expect(events("Killing")[0].message).toBe("Container c failed liveness probe");
    expect(rowAt("p", 55)?.phase).toBe("Failed");
    expect(events("Started")).toHaveLength(1);
  });

  // container-restarts.md: OnFailure restarts a non-zero exit.
  it("under OnFailure a non-zero exit is restarted and the pod stays Running", () => {
    const y = pod("  - name: c\n    image: busybox:1.36\n    command: [sh, -c, 'sleep 5; exit 3']\n", "  restartPolicy: OnFailure\n");
    const { rowAt, events } = run(y, 40);
    expect(events("Started").length).toBeGreaterThanOrEqual(2);
    expect(rowAt("p", 35)?.phase).toBe("Running");
  });

  // docs/tasks/debug/debug-application/determine-reason-pod-failure.md: termination messages.
  it("writes the termination message from the file, or from the log with FallbackToLogsOnError", () => {
    const y =
      pod("  - name: a\n    image: busybox:1.36\n    command: [sh, -c, 'echo done > /dev/termination-log; exit 0']\n", "  restartPolicy: Never\n", "file") +
      "---\n" +
      pod("  - name: b\n    image: busybox:1.36\n    command: [sh, -c, 'echo it broke; exit 2']\n    terminationMessagePolicy: FallbackToLogsOnError\n", "  restartPolicy: Never\n", "logs");
    const { podAt } = run(y, 20);
    expect(podAt("file", 15)?.status?.containerStatuses?.[0].state?.terminated?.message).toBe("done\n");
    expect(podAt("logs", 15)?.status?.containerStatuses?.[0].state?.terminated).toMatchObject({ exitCode: 2, reason: "Error", message: "it broke\n" });
  });

  // pkg/kubelet/kuberuntime/kuberuntime_container.go readLastStringFromContainerLogs with
  // MaxContainerTerminationMessageLogLines (80) and ...LogLength (2048), pkg/kubelet/container/runtime.go.
  it("FallbackToLogsOnError takes the log's last 80 lines, both streams in order, at most 2,048 bytes", () => {
    const y =
      pod("  - name: a\n    image: busybox:1.36\n    command: [sh, -c, 'i=1; while [ $i -le 100 ]; do echo out $i; echo err $i >&2; i=$((i+1)); done; exit 1']\n    terminationMessagePolicy: FallbackToLogsOnError\n", "  restartPolicy: Never\n", "many") +
      "---\n" +
      pod("  - name: a\n    image: busybox:1.36\n    command: [sh, -c, 'for i in 1 2 3; do printf \"%0100d\\\\n\" $i; done; echo last; exit 1']\n    terminationMessagePolicy: FallbackToLogsOnError\n", "  restartPolicy: Never\n", "few") +
      "---\n" +
      pod("  - name: a\n    image: busybox:1.36\n    command: [sh, -c, 'i=0; while [ $i -lt 40 ]; do printf \"%0100d\\\\n\" $i; i=$((i+1)); done; exit 1']\n    terminationMessagePolicy: FallbackToLogsOnError\n", "  restartPolicy: Never\n", "wide");
    const { podAt } = run(y, 20);
    const many = podAt("many", 15)?.status?.containerStatuses?.[0].state?.terminated?.message ?? "";
    const lines = many.split("\n").slice(0, -1);
    expect(lines).toHaveLength(80);
    expect(lines[0]).toBe("out 61");
    expect(lines[79]).toBe("err 100");
    const few = podAt("few", 15)?.status?.containerStatuses?.[0].state?.terminated?.message ?? "";
    expect(few.endsWith("0003\nlast\n")).toBe(true);
    const wide = podAt("wide", 15)?.status?.containerStatuses?.[0].state?.terminated?.message ?? "";
    expect(wide).toHaveLength(2048);
    expect(wide.endsWith("0039\n")).toBe(true);
  });

  // pkg/kubelet/kuberuntime/kuberuntime_container.go killContainer + pid_namespaces(7).
  it("deleting a pod whose PID 1 ignores SIGTERM takes the whole grace period and ends with 137", () => {
    const y =
      pod("  - name: c\n    image: busybox:1.36\n    command: [sh, -c, 'sleep 3600']\n", "  terminationGracePeriodSeconds: 12\n") +
      "---\napiVersion: podplay.dev/v1alpha1\nkind: Scenario\nspec:\n  actions:\n  - at: 20s\n    delete: {pod: p}\n";
    const { j, podAt } = run(y, 60);
    const gone = j.watch.find((w) => w.deleted)!;
    expect(gone.t).toBeCloseTo(32, 3);
    expect(podAt("p", 31)?.status?.phase).toBe("Running");
    expect(j.watch.find((w) => w.status === "Terminating")?.t).toBe(20);
  });

  it("a scripted crash and a scripted HTTP failure change what the kubelet sees", () => {
    const y =
      pod("  - name: c\n    image: nginx:1.27\n    livenessProbe:\n      httpGet: {path: /, port: 80}\n      periodSeconds: 5\n") +
      "---\napiVersion: podplay.dev/v1alpha1\nkind: Scenario\nspec:\n  actions:\n  - at: 20s\n    crash: {pod: p, exitCode: 3}\n  - at: 60s\n    http: {pod: p, path: /, status: 500}\n";
    const { j, podAt } = run(y, 120);
    expect(podAt("p", 22)?.status?.containerStatuses?.[0].lastState?.terminated?.exitCode).toBe(3);
    const unhealthy = j.events.filter((e) => e.reason === "Unhealthy");
    expect(unhealthy[0].t).toBeGreaterThanOrEqual(60);
    expect(unhealthy[0].message).toBe("Liveness probe failed: HTTP probe failed with statuscode: 500");
  });

  it("a scripted probe failure makes the probe fail from then on, and a later pass heals it", () => {
    const y =
      pod("  - name: c\n    image: nginx:1.27\n    readinessProbe:\n      httpGet: {path: /, port: 80}\n      periodSeconds: 5\n") +
      "---\napiVersion: podplay.dev/v1alpha1\nkind: Scenario\nspec:\n  actions:\n  - at: 30s\n    probe: {pod: p, probe: readiness, outcome: fail}\n  - at: 60s\n    probe: {pod: p, probe: readiness, outcome: pass}\n";
    const { rowAt, events } = run(y, 90);
    expect(rowAt("p", 29)?.ready).toBe("1/1");
    expect(rowAt("p", 50)?.ready).toBe("0/1");
    expect(rowAt("p", 80)?.ready).toBe("1/1");
    expect(events("Unhealthy")[0].t).toBeGreaterThanOrEqual(30);
    expect(events("Unhealthy")[0].message).toBe("Readiness probe failed: HTTP probe failed with statuscode: 500");
  });

  it("an unknown image runs as a generic server and the run's notes say so", () => {
    const { j } = run(pod("  - name: c\n    image: example.com/mystery:3\n"), 20);
    expect(j.notes.some((n) => n.message.includes('image "example.com/mystery:3" is not in podplay\'s catalogue'))).toBe(true);
  });

  // container-restarts.md: the back-off resets after the container ran for 10 minutes.
  it("the crash-loop back-off starts over after a container ran 10 minutes", () => {
    const y = pod("  - name: c\n    image: busybox:1.36\n    command: [sh, -c, 'if [ -f /v/x ]; then sleep 700; exit 1; fi; touch /v/x; exit 1']\n    volumeMounts: [{name: v, mountPath: /v}]\n", "  volumes: [{name: v, emptyDir: {}}]\n");
    const { j } = run(y, 2000);
    const starts = j.events.filter((e) => e.reason === "Started").map((e) => e.t);
    const backoffs = j.watch.filter((w) => w.status === "CrashLoopBackOff");
    expect(starts.length).toBeGreaterThanOrEqual(4);
    // Every run after the first lasts 700 s, so no exit is inside a back-off window that is still running: each restart
    // happens at the first sync after the exit (no CrashLoopBackOff shown after the reset).
    for (let k = 2; k < starts.length; k++) expect(starts[k] - starts[k - 1]).toBeLessThan(700 + 12);
    expect(backoffs.every((b) => b.t < 100)).toBe(true);
  });
});

// pkg/kubelet/kubelet_pods.go managedHostsFileContent and hostsEntriesFromHostAliases.
describe("the kubelet-managed /etc/hosts", () => {
  it("holds localhost, the pod's IP and hostname (with its subdomain's name) and hostAliases", async () => {
    const { managedHostsFile } = await import("./podWorker");
    const plain = managedHostsFile({ metadata: { name: "web", namespace: "default" }, spec: { containers: [] } }, "10.244.0.7");
    expect(plain).toBe("# Kubernetes-managed hosts file.\n127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nfe00::0\tip6-localnet\nfe00::0\tip6-mcastprefix\nfe00::1\tip6-allnodes\nfe00::2\tip6-allrouters\n10.244.0.7\tweb\n");
    const named = managedHostsFile({ metadata: { name: "web-0", namespace: "shop" }, spec: { containers: [], hostname: "db", subdomain: "svc", hostAliases: [{ ip: "1.2.3.4", hostnames: ["foo.local", "bar.local"] }] } }, "10.244.0.8");
    expect(named.split("\n").slice(7)).toEqual(["10.244.0.8\tdb.svc.shop.svc.cluster.local\tdb", "", "# Entries added by HostAliases.", "1.2.3.4\tfoo.local\tbar.local", ""]);
  });

  it("a container reads it", () => {
    const y = pod("  - name: c\n    image: busybox:1.36\n    command: [sh, -c, 'grep -c localhost /etc/hosts > /dev/termination-log; exit 0']\n", "  restartPolicy: Never\n");
    const { podAt } = run(y, 20);
    expect(podAt("p", 15)?.status?.containerStatuses?.[0].state?.terminated?.message).toBe("2\n");
  });
});

// The busybox image's root filesystem has no bash, curl or nginx (docker-library/busybox): a
// script gets ash's "not found", the runtime cannot exec them (runc: executable file not found).
describe("commands the image does not have", () => {
  it("busybox: a script's bash and curl are not found; bash as the command cannot start", () => {
    const y =
      pod("  - name: c\n    image: busybox:1.36\n    command: [sh, -c, 'bash -c true; a=$?; curl -s http://x/; echo \"$a $?\" > /dev/termination-log; exit 0']\n", "  restartPolicy: Never\n", "script") +
      "---\n" +
      pod("  - name: c\n    image: busybox:1.36\n    command: [bash, -c, 'echo hi']\n", "  restartPolicy: Never\n", "direct");
    const { j, podAt } = run(y, 30);
    expect(podAt("script", 20)?.status?.containerStatuses?.[0].state?.terminated?.message).toBe("127 127\n");
    const failed = j.events.find((e) => e.object === "Pod/direct" && e.reason === "Failed");
    expect(failed?.message).toMatch(/exec: "bash": executable file not found in \$PATH/);
  });

  it("an exec probe running curl in busybox fails with the runtime's message", () => {
    const y = pod("  - name: c\n    image: busybox:1.36\n    command: [sleep, '3600']\n    readinessProbe:\n      exec: {command: [curl, -f, http://localhost/]}\n      periodSeconds: 5\n");
    const { j } = run(y, 30);
    const unhealthy = j.events.find((e) => e.reason === "Unhealthy");
    expect(unhealthy?.message).toMatch(/^Readiness probe failed: OCI runtime exec failed: exec failed: unable to start container process: exec: "curl": executable file not found in \$PATH: unknown/);
  });
});

// /proc/1/fd/1 is PID 1's stdout: a hook that writes there reaches the container log (the
// Kubernetes node tests' lifecycle hooks log that way); its own stdout never does.
describe("writing to PID 1's streams", () => {
  it("a postStart hook's echo > /proc/1/fd/1 is in the container log; its plain output is not", () => {
    const y = pod("  - name: c\n    image: busybox:1.36\n    command: [sh, -c, 'echo main; echo err > /proc/self/fd/2; sleep 3600']\n    lifecycle:\n      postStart:\n        exec: {command: [sh, -c, 'echo from-hook > /proc/1/fd/1; echo hook-stdout']}\n");
    const { j } = run(y, 20);
    const lines = j.logs.filter((l) => l.container === "c").map((l) => `${l.stream} ${l.text}`);
    expect(lines).toEqual(expect.arrayContaining(["stdout main", "stdout from-hook", "stderr err"]));
    expect(lines.some((l) => l.includes("hook-stdout"))).toBe(false);
  });
});
