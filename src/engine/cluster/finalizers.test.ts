import { describe, expect, it } from "vitest";
import { simulate } from "../simulate";
import { cliJson } from "../output/cliJson";
import { stateAt } from "../trace/state";
import type { Pod } from "../api/types";

function run(yaml: string, until: number) {
  const r = simulate(yaml, { until });
  const j = cliJson(r);
  const podAt = (name: string, t: number) => [...stateAt(r.trace, t).values()].find((o) => o.kind === "Pod" && o.metadata.name === name) as Pod | undefined;
  const rowAt = (name: string, t: number) => [...j.watch].reverse().find((w) => w.pod === name && w.t <= t);
  return { r, j, podAt, rowAt };
}

const scenario = (actions: string, extra = "") => `---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
${extra}  actions:
${actions}`;

const web = (meta = "  finalizers: [example.com/keep]\n", image = "nginx:1.27") => `apiVersion: v1
kind: Pod
metadata:
  name: web
${meta}spec:
  containers:
  - name: app
    image: ${image}
`;

describe("finalizers keep a deleted pod (staging/src/k8s.io/apiserver/pkg/registry/generic/registry/store.go)", () => {
  it("the kubelet terminates it as usual; the object stays with the kubelet's terminal phase until the finalizers go", () => {
    const y = web() + scenario("  - at: 20s\n    delete: {pod: web}\n  - at: 60s\n    patch: {pod: web, patch: {metadata: {finalizers: null}}}\n");
    const { rowAt, podAt, j } = run(y, 90);
    expect(rowAt("web", 20)?.status).toBe("Terminating");
    // nginx exits 0 on its stop signal: the kubelet reports Succeeded (getPhase with podIsTerminal).
    expect(rowAt("web", 30)).toMatchObject({ status: "Completed", phase: "Succeeded", ready: "0/1" });
    const kept = podAt("web", 59)!;
    expect(kept.metadata!.deletionTimestamp).toBe("2025-09-01T09:00:20Z");
    expect(kept.metadata!.deletionGracePeriodSeconds).toBe(0);
    expect(j.events.filter((e) => e.reason === "Killing").map((e) => e.t)).toEqual([20]);
    expect(rowAt("web", 60)?.deleted).toBe(true);
    expect(j.watch.filter((w) => w.deleted).map((w) => w.t)).toEqual([60]);
  });

  it("finalizers removed during the grace period do not delete it: the kubelet's final DELETE does", () => {
    const y = web() + `  - name: sleeper
    image: busybox:1.36
    command: [sh, -c, "sleep 600"]
` + scenario("  - at: 10s\n    delete: {pod: web}\n  - at: 20s\n    patch: {pod: web, type: merge, patch: {metadata: {finalizers: null}}}\n");
    const { j } = run(y, 60);
    // busybox sh ignores SIGTERM: the containers stop when the 30 s grace runs out.
    expect(j.watch.filter((w) => w.deleted).map((w) => w.t)).toEqual([40]);
  });

  it("an unscheduled pod with a finalizer is Terminating at once and never scheduled", () => {
    const y = web().replace("spec:\n", "spec:\n  nodeSelector: {disk: ssd}\n") + scenario("  - at: 5s\n    delete: {pod: web}\n  - at: 10s\n    label: {node: node-1, labels: {disk: ssd}}\n  - at: 20s\n    patch: {pod: web, type: json, patch: [{op: remove, path: /metadata/finalizers/0}]}\n");
    const { rowAt, podAt } = run(y, 30);
    expect(rowAt("web", 6)).toMatchObject({ status: "Terminating", phase: "Pending", node: "<none>" });
    expect(podAt("web", 15)?.metadata?.deletionGracePeriodSeconds).toBe(0);
    expect(rowAt("web", 15)?.node).toBe("<none>");
    expect(rowAt("web", 20)?.deleted).toBe(true);
  });

  // pkg/kubelet/status/status_manager.go TerminatePod.
  it("a pod deleted while its image cannot be pulled ends Failed with ContainerStatusUnknown", () => {
    const y = web("  finalizers: [example.com/keep]\n", "registry.example/app:1") + scenario("  - at: 15s\n    delete: {pod: web}\n", "  images:\n  - image: registry.example/app:1\n    pullError: not found\n");
    const { rowAt, j } = run(y, 30);
    expect(rowAt("web", 20)).toMatchObject({ status: "ContainerStatusUnknown", phase: "Failed" });
    const last = [...j.containers].reverse().find((c) => c.pod === "web")!;
    expect(last).toMatchObject({ state: "terminated", reason: "ContainerStatusUnknown", exitCode: 137, message: "The container could not be located when the pod was terminated" });
  });

  it("a ReplicaSet does not count a terminating pod: its replacement starts while the old one is kept", () => {
    const y = `apiVersion: apps/v1
kind: ReplicaSet
metadata:
  name: web
spec:
  replicas: 1
  selector: {matchLabels: {app: web}}
  template:
    metadata:
      labels: {app: web}
      finalizers: [example.com/keep]
    spec:
      containers:
      - name: app
        image: nginx:1.27
` + scenario("  - at: 10s\n    delete: {selector: app=web}\n");
    const { j } = run(y, 40);
    const names = [...new Set(j.watch.map((w) => w.pod))];
    expect(names).toHaveLength(2);
    const [first, second] = names;
    const last = (n: string) => [...j.watch].reverse().find((w) => w.pod === n)!;
    expect(last(first)).toMatchObject({ status: "Completed", phase: "Succeeded" });
    expect(last(second)).toMatchObject({ status: "Running" });
  });
});
