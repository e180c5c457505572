import { describe, expect, it } from "vitest";
import type { Pod } from "../api/types";
import { simulate } from "../simulate";
import { stateAt } from "../trace/state";
import { kubectlLogs, rfc3339Nano, type LogsRequest } from "./logs";

const manifest = (name: string, spec: string, meta = "") => `apiVersion: v1\nkind: Pod\nmetadata: {name: ${name}${meta}}\nspec:\n${spec}`;

/** Runs `text` and asks for `kubectl logs` at `t`, as the kubectl panel and the CLI do. */
function logsAt(text: string, t: number, req: LogsRequest, until = Math.max(t, 1)) {
  const { trace } = simulate(text, { until });
  const pod = [...stateAt(trace, t).values()].find((o) => o.kind === "Pod" && o.metadata?.name === req.pod) as Pod | undefined;
  const lines = (trace.logs ?? []).filter((l) => l.pod === req.pod);
  return { ...kubectlLogs(pod, lines, t, trace.epochMs, req), pod, trace };
}

const crashing = manifest("crash", `  containers:\n  - {name: app, image: busybox:1.36, command: ["sh", "-c", "echo run at $(date +%s); echo failing >&2; exit 1"]}\n`);

// pkg/kubelet/kubelet_pods.go validateContainerLogStatus: which instance `kubectl logs` reads.
describe("kubectl logs: the instance the kubelet chooses", () => {
  it("a running container shows its own lines up to the playhead, stdout and stderr interleaved", () => {
    const text = manifest("web", `  containers:\n  - {name: app, image: busybox:1.36, command: ["sh", "-c", "echo one; sleep 10; echo two >&2; sleep 10; echo three; sleep 3600"]}\n`);
    const at15 = logsAt(text, 15, { pod: "web" }, 30);
    expect(at15.ok).toBe(true);
    expect(at15.out).toBe("one\ntwo\n");
    expect(at15.err).toBe("");
    expect(logsAt(text, 30, { pod: "web" }).out).toBe("one\ntwo\nthree\n");
  });

  it("in CrashLoopBackOff both the current and --previous show the instance that crashed (lastState)", () => {
    const { trace } = simulate(crashing, { until: 120 });
    const lines = (trace.logs ?? []).filter((l) => l.pod === "crash");
    const pod = [...stateAt(trace, 120).values()].find((o) => o.metadata?.name === "crash") as Pod;
    expect(pod.status!.containerStatuses![0].state?.waiting?.reason).toBe("CrashLoopBackOff");
    const last = lines[lines.length - 1].restart;
    const textOf = (r: number) => lines.filter((l) => l.restart === r).map((l) => l.text + "\n").join("");
    const current = kubectlLogs(pod, lines, 120, trace.epochMs, { pod: "crash" });
    expect(current.out).toBe(textOf(last));
    expect(current.out).toMatch(/^run at \d+\nfailing\n$/);
    expect(kubectlLogs(pod, lines, 120, trace.epochMs, { pod: "crash", previous: true }).out).toBe(current.out);
  });

  it("while a restarted instance runs, --previous shows the one before it", () => {
    const text = manifest("flaky", `  containers:\n  - {name: app, image: busybox:1.36, command: ["sh", "-c", "echo start $(date +%s); sleep 5; exit 1"]}\n`);
    const { trace } = simulate(text, { until: 60 });
    const lines = (trace.logs ?? []).filter((l) => l.pod === "flaky");
    // The first instance starting after a restart: the playhead a second into it.
    const second = lines.find((l) => l.restart === 1)!;
    const pod = [...stateAt(trace, second.t + 1).values()].find((o) => o.metadata?.name === "flaky") as Pod;
    expect(pod.status!.containerStatuses![0].state?.running).toBeDefined();
    expect(kubectlLogs(pod, lines, second.t + 1, trace.epochMs, { pod: "flaky" }).out).toBe(`${second.text}\n`);
    const previous = kubectlLogs(pod, lines, second.t + 1, trace.epochMs, { pod: "flaky", previous: true }).out;
    expect(previous).toBe(`${lines.find((l) => l.restart === 0)!.text}\n`);
    expect(previous).not.toBe(`${second.text}\n`);
  });

  it("--previous before any restart is the kubelet's error, through the API server as BadRequest", () => {
    const text = manifest("web", `  containers:\n  - {name: app, image: busybox:1.36, command: ["sh", "-c", "echo hi; sleep 3600"]}\n`);
    const r = logsAt(text, 30, { pod: "web", previous: true });
    expect(r.ok).toBe(false);
    expect(r.err).toBe(`Error from server (BadRequest): previous terminated container "app" in pod "web" not found\n`);
  });

  it("a container still waiting: ContainerCreating, PodInitializing behind init containers, image pull failures", () => {
    const withInit = manifest("init", `  initContainers:\n  - {name: setup, image: busybox:1.36, command: ["sh", "-c", "echo preparing; sleep 30"]}\n  containers:\n  - {name: app, image: busybox:1.36, command: ["sleep", "3600"]}\n`);
    const r = logsAt(withInit, 10, { pod: "init", container: "app" }, 20);
    expect(r.err).toBe(`Error from server (BadRequest): container "app" in pod "init" is waiting to start: PodInitializing\n`);
    // The init container's own log is readable while it runs (the study notes' point).
    expect(logsAt(withInit, 10, { pod: "init", container: "setup" }, 20).out).toBe("preparing\n");
    const pull = manifest("pull", `  containers:\n  - {name: app, image: nginx:nope}\n`);
    const backoff = logsAt(pull, 60, { pod: "pull" });
    expect(backoff.pod?.status?.containerStatuses?.[0].state?.waiting?.reason).toBe("ImagePullBackOff");
    expect(backoff.err).toBe(`Error from server (BadRequest): container "app" in pod "pull" is waiting to start: trying and failing to pull image\n`);
  });
});

// staging/src/k8s.io/kubectl/pkg/polymorphichelpers/logsforobject.go and podcmd.go.
describe("kubectl logs: kubectl's own choice of container", () => {
  const two = manifest("two", `  initContainers:\n  - {name: setup, image: busybox:1.36, command: ["sh", "-c", "echo set"]}\n  containers:\n  - {name: app, image: busybox:1.36, command: ["sh", "-c", "echo app; sleep 3600"]}\n  - {name: side, image: busybox:1.36, command: ["sh", "-c", "echo side; sleep 3600"]}\n`);

  it("defaults to the first container and says so when the pod has others", () => {
    const r = logsAt(two, 30, { pod: "two" });
    expect(r.out).toBe("app\n");
    expect(r.err).toBe(`Defaulted container "app" out of: app, side, setup (init)\n`);
    expect(logsAt(two, 30, { pod: "two", container: "side" })).toMatchObject({ out: "side\n", err: "" });
    expect(logsAt(two, 30, { pod: "two", container: "setup" })).toMatchObject({ out: "set\n", err: "" });
  });

  it("an unknown container is kubectl's error listing every container", () => {
    const r = logsAt(two, 30, { pod: "two", container: "nope" });
    expect(r.ok).toBe(false);
    expect(r.err).toBe("error: container nope is not valid for pod two out of: app, side, setup (init)\n");
  });

  it("the default-container annotation picks the container without a notice", () => {
    const annotated = two.replace("metadata: {name: two}", "metadata: {name: two, annotations: {kubectl.kubernetes.io/default-container: side}}");
    expect(logsAt(annotated, 30, { pod: "two" })).toMatchObject({ out: "side\n", err: "" });
  });

  it("a pod that does not exist is NotFound; one not yet scheduled prints nothing", () => {
    expect(logsAt(two, 30, { pod: "ghost" }).err).toBe(`Error from server (NotFound): pods "ghost" not found\n`);
    const pending = manifest("big", `  containers:\n  - {name: app, image: busybox:1.36, command: ["sleep", "3600"], resources: {requests: {cpu: "500"}}}\n`);
    expect(logsAt(pending, 30, { pod: "big" })).toMatchObject({ out: "", err: "", ok: true });
  });
});

describe("kubectl logs: --tail and --timestamps", () => {
  const text = manifest("count", `  containers:\n  - {name: app, image: busybox:1.36, command: ["sh", "-c", "for i in 1 2 3 4 5; do echo line $i; sleep 1; done; sleep 3600"]}\n`);

  it("--tail N keeps the last N lines; 0 none; negative all", () => {
    expect(logsAt(text, 30, { pod: "count", tail: 2 }).out).toBe("line 4\nline 5\n");
    expect(logsAt(text, 30, { pod: "count", tail: 0 }).out).toBe("");
    expect(logsAt(text, 30, { pod: "count", tail: -1 }).out.split("\n")).toHaveLength(6);
  });

  it("--timestamps prefixes each line with RFC3339Nano, trailing zeros dropped", () => {
    const r = logsAt(text, 30, { pod: "count", timestamps: true });
    const first = (r.trace.logs ?? []).find((l) => l.pod === "count")!;
    expect(r.out.split("\n")[0]).toBe(`${rfc3339Nano(r.trace.epochMs + first.t * 1000)} line 1`);
    expect(rfc3339Nano(Date.UTC(2025, 8, 1, 0, 0, 2))).toBe("2025-09-01T00:00:02Z");
    expect(rfc3339Nano(Date.UTC(2025, 8, 1, 0, 0, 2) + 250)).toBe("2025-09-01T00:00:02.25Z");
  });
});
