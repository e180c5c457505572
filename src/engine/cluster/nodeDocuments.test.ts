import { describe, expect, it } from "vitest";
import { simulate } from "../simulate";
import { cliJson } from "../output/cliJson";

// `kind: Node` documents declare machines (issue #4 item 1). Node validation follows
// pkg/apis/core/validation/validation.go ValidateNode / validateNodeTaints; the kept status follows
// pkg/registry/core/node/strategy.go (PrepareForCreate does not reset status).

const node = (name: string, extra = "") => `apiVersion: v1
kind: Node
metadata:
  name: ${name}
${extra}`;
const pod = (name: string, cpu: string, extra = "") => `apiVersion: v1
kind: Pod
metadata: {name: ${name}}
spec:
${extra}  containers:
  - {name: app, image: nginx, resources: {requests: {cpu: "${cpu}"}}}`;

function scheduledTo(text: string, podName: string): string | undefined {
  const res = simulate(text, { until: 10 });
  const ev = res.trace.entries.find((e) => e.type === "event" && e.event.reason === "Scheduled" && e.event.object.name === podName);
  return ev && ev.type === "event" ? ev.event.message.split(" to ").pop() : undefined;
}

describe("Node documents", () => {
  it("replace the default node and carry capacity, allocatable, labels and taints", () => {
    const text = [
      node("big", "  labels: {topology.kubernetes.io/zone: a}\nstatus:\n  capacity: {cpu: \"8\", memory: 32Gi, pods: \"110\"}\n  allocatable: {cpu: 7500m, memory: 30Gi, pods: \"110\"}"),
      node("gpu", "spec:\n  taints: [{key: dedicated, value: gpu, effect: NoSchedule}]\nstatus:\n  capacity: {cpu: \"16\", memory: 64Gi}"),
      pod("web", "7"),
    ].join("\n---\n");
    const res = simulate(text, { until: 10 });
    expect(res.errors).toEqual([]);
    const nodes = res.trace.entries.filter((e) => e.type === "write" && e.verb === "create" && e.object.kind === "Node");
    expect(nodes.map((e) => e.type === "write" && e.object.metadata.name)).toEqual(["big", "gpu"]);
    const big = nodes[0].type === "write" ? nodes[0].object : undefined;
    expect(big?.status.allocatable.cpu).toBe("7500m");
    expect(big?.metadata.labels["topology.kubernetes.io/zone"]).toBe("a");
    // 7 CPUs fit only the big node: the gpu node's taint is not tolerated.
    expect(scheduledTo(text, "web")).toBe("big");
  });

  it("schedule against allocatable, not capacity", () => {
    const text = [node("n", "status:\n  capacity: {cpu: \"8\"}\n  allocatable: {cpu: \"2\"}"), pod("web", "3")].join("\n---\n");
    const json = cliJson(simulate(text, { until: 10 }));
    const failed = json.events.find((e) => e.reason === "FailedScheduling");
    expect(failed?.message).toMatch(/^0\/1 nodes are available: 1 Insufficient cpu\./);
  });

  it("a node with zero capacity leaves pods Pending with the scheduler's reasons (bad input, never a crash)", () => {
    const text = [node("empty", "status:\n  capacity: {cpu: \"0\", memory: \"0\", pods: \"0\"}"), pod("web", "100m")].join("\n---\n");
    const json = cliJson(simulate(text, { until: 30 }));
    expect(json.watch.filter((r) => r.pod === "web").every((r) => r.status === "Pending")).toBe(true);
    const failed = json.events.find((e) => e.reason === "FailedScheduling");
    // Both of NodeResourcesFit's reasons, histogram entries sorted as strings.
    expect(failed?.message).toContain("0/1 nodes are available: 1 Insufficient cpu, 1 Too many pods.");
  });

  it("an unschedulable Node document is cordoned", () => {
    const text = [node("a", "spec: {unschedulable: true}"), node("b"), pod("web", "100m")].join("\n---\n");
    expect(scheduledTo(text, "web")).toBe("b");
  });

  it("add to the Scenario's nodes; a name both declare is AlreadyExists", () => {
    const scenario = "apiVersion: podplay.dev/v1alpha1\nkind: Scenario\nspec:\n  nodes: [{name: a}]";
    const ok = simulate([scenario, node("b"), pod("web", "100m")].join("\n---\n"), { until: 5 });
    expect(ok.errors).toEqual([]);
    expect(ok.trace.entries.filter((e) => e.type === "write" && e.verb === "create" && e.object.kind === "Node").length).toBe(2);
    const dup = simulate([scenario, node("a"), pod("web", "100m")].join("\n---\n"), { until: 5 });
    expect(dup.errors.map((e) => e.message)).toEqual(['nodes "a" already exists']);
    expect(dup.errors[0].line).toBe(9);
  });

  it("are validated as the API server does", () => {
    const bad = simulate([node("Bad_Name"), node("t", "spec:\n  taints: [{key: k, effect: Sometimes}, {key: x, effect: NoSchedule}, {key: x, effect: NoSchedule}]"), node("q", "status:\n  capacity: {cpu: \"-1\"}")].join("\n---\n"), { until: 1 });
    const msgs = bad.errors.map((e) => e.message).join("\n");
    expect(msgs).toContain('Node "Bad_Name" is invalid: metadata.name: Invalid value: "Bad_Name"');
    expect(msgs).toContain('spec.taints[0].effect: Unsupported value: "Sometimes": supported values: "NoExecute", "NoSchedule", "PreferNoSchedule"');
    expect(msgs).toContain("spec.taints[2]: Duplicate value: core.Taint{Key:\"x\", Value:\"\", Effect:\"NoSchedule\", TimeAdded:<nil>}: taints must be unique by key and effect pair");
    expect(msgs).toContain('status.capacity[cpu]: Invalid value: "-1": must be greater than or equal to 0');
  });

  it("applied later join the cluster then, and pending pods are scheduled onto them", () => {
    const text = [
      "apiVersion: podplay.dev/v1alpha1\nkind: Scenario\nspec:\n  nodes: [{name: small, cpu: \"1\"}]\n  actions:\n  - at: 60s\n    apply:\n    - apiVersion: v1\n      kind: Node\n      metadata: {name: large}\n      status: {capacity: {cpu: \"8\"}}",
      pod("web", "4"),
    ].join("\n---\n");
    const res = simulate(text, { until: 90 });
    expect(res.errors).toEqual([]);
    const ev = res.trace.entries.find((e) => e.type === "event" && e.event.reason === "Scheduled");
    expect(ev?.t).toBe(60);
    expect(ev?.type === "event" && ev.event.message).toBe("Successfully assigned default/web to large");
  });
});
