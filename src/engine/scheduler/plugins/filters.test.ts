// Follows: nodeUnschedulable.ts, nodeName.ts, taintToleration.ts, nodeAffinity.ts, nodePorts.ts
// (pkg/scheduler/framework/plugins/{nodeunschedulable,nodename,tainttoleration,nodeaffinity,nodeports}).
import { describe, expect, it } from "vitest";
import { scheduleOne } from "../framework";
import { mkNode, mkPod } from "../testkit";

const verdict = (r: ReturnType<typeof scheduleOne>, node: string) => r.nodes.find((n) => n.node === node)!.filter;

describe("NodeUnschedulable (nodeUnschedulable.ts)", () => {
  it("rejects a cordoned node with 'node(s) were unschedulable'", () => {
    const r = scheduleOne(mkPod("p"), [mkNode("n1", { unschedulable: true })], []);
    expect(verdict(r, "n1")).toEqual({ ok: false, plugin: "NodeUnschedulable", reason: "node(s) were unschedulable" });
    expect(r.message).toBe(
      "0/1 nodes are available: 1 node(s) were unschedulable. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.",
    );
  });
  it("lets a pod that tolerates node.kubernetes.io/unschedulable:NoSchedule through", () => {
    const pod = mkPod("p", { spec: { tolerations: [{ key: "node.kubernetes.io/unschedulable", operator: "Exists", effect: "NoSchedule" }] } });
    expect(scheduleOne(pod, [mkNode("n1", { unschedulable: true })], []).node).toBe("n1");
  });
  it("runs before TaintToleration, so a cordoned and tainted node reports unschedulable", () => {
    const n = mkNode("n1", { unschedulable: true, taints: [{ key: "node.kubernetes.io/unschedulable", effect: "NoSchedule" }] });
    expect(verdict(scheduleOne(mkPod("p"), [n], []), "n1")).toMatchObject({ plugin: "NodeUnschedulable" });
  });
});

describe("NodeName (nodeName.ts)", () => {
  it("only the named node fits", () => {
    const r = scheduleOne(mkPod("p", { spec: { nodeName: "n2" } }), [mkNode("n1"), mkNode("n2")], []);
    expect(r.node).toBe("n2");
    expect(verdict(r, "n1")).toEqual({ ok: false, plugin: "NodeName", reason: "node(s) didn't match the requested node name" });
  });
});

describe("TaintToleration filter (taintToleration.ts)", () => {
  const tainted = mkNode("n1", { taints: [{ key: "dedicated", value: "gpu", effect: "NoSchedule" }] });
  it("rejects an untolerated NoSchedule taint, naming it", () => {
    const r = scheduleOne(mkPod("p"), [tainted], []);
    expect(r.message).toBe(
      "0/1 nodes are available: 1 node(s) had untolerated taint {dedicated: gpu}. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.",
    );
  });
  it("uses the generic wording when asked (PR #134740)", () => {
    const r = scheduleOne(mkPod("p"), [tainted], [], { taintReason: "generic" });
    expect(r.message).toMatch(/^0\/1 nodes are available: 1 node\(s\) had untolerated taint\(s\)\./);
  });
  it("NoExecute rejects too; PreferNoSchedule does not filter", () => {
    expect(scheduleOne(mkPod("p"), [mkNode("n1", { taints: [{ key: "k", effect: "NoExecute" }] })], []).node).toBeUndefined();
    expect(scheduleOne(mkPod("p"), [mkNode("n1", { taints: [{ key: "k", effect: "PreferNoSchedule" }] })], []).node).toBe("n1");
  });
  it("tolerates with Equal (value must match), Exists, and an empty-key Exists", () => {
    const tol = (t: object) => mkPod("p", { spec: { tolerations: [t] } });
    expect(scheduleOne(tol({ key: "dedicated", operator: "Equal", value: "gpu", effect: "NoSchedule" }), [tainted], []).node).toBe("n1");
    expect(scheduleOne(tol({ key: "dedicated", value: "gpu" }), [tainted], []).node).toBe("n1");
    expect(scheduleOne(tol({ key: "dedicated", operator: "Equal", value: "cpu" }), [tainted], []).node).toBeUndefined();
    expect(scheduleOne(tol({ key: "dedicated", operator: "Exists" }), [tainted], []).node).toBe("n1");
    expect(scheduleOne(tol({ operator: "Exists" }), [tainted], []).node).toBe("n1");
    expect(scheduleOne(tol({ key: "dedicated", operator: "Exists", effect: "NoExecute" }), [tainted], []).node).toBeUndefined();
  });
  it("names the first untolerated taint in the node's order", () => {
    const n = mkNode("n1", { taints: [{ key: "a", effect: "PreferNoSchedule" }, { key: "b", value: "1", effect: "NoExecute" }, { key: "c", effect: "NoSchedule" }] });
    expect(verdict(scheduleOne(mkPod("p"), [n], []), "n1")).toMatchObject({ reason: "node(s) had untolerated taint {b: 1}" });
  });
});

describe("NodeAffinity filter (nodeAffinity.ts)", () => {
  const nodes = [mkNode("n1", { labels: { disk: "ssd", gen: "3" } }), mkNode("n2", { labels: { disk: "hdd", gen: "10" } }), mkNode("n3")];
  const feasible = (pod: ReturnType<typeof mkPod>) =>
    scheduleOne(pod, nodes, [])
      .nodes.filter((n) => n.filter.ok)
      .map((n) => n.node);
  const req = (matchExpressions: object[]) =>
    mkPod("p", { spec: { affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions } as never] } } } } });
  it("spec.nodeSelector", () => {
    const r = scheduleOne(mkPod("p", { spec: { nodeSelector: { disk: "ssd" } } }), nodes, []);
    expect(r.node).toBe("n1");
    expect(verdict(r, "n2")).toEqual({ ok: false, plugin: "NodeAffinity", reason: "node(s) didn't match Pod's node affinity/selector" });
  });
  it("In / NotIn / Exists / DoesNotExist / Gt / Lt", () => {
    expect(feasible(req([{ key: "disk", operator: "In", values: ["ssd", "nvme"] }]))).toEqual(["n1"]);
    expect(feasible(req([{ key: "disk", operator: "NotIn", values: ["ssd"] }]))).toEqual(["n2", "n3"]);
    expect(feasible(req([{ key: "disk", operator: "Exists" }]))).toEqual(["n1", "n2"]);
    expect(feasible(req([{ key: "disk", operator: "DoesNotExist" }]))).toEqual(["n3"]);
    expect(feasible(req([{ key: "gen", operator: "Gt", values: ["5"] }]))).toEqual(["n2"]);
    expect(feasible(req([{ key: "gen", operator: "Lt", values: ["5"] }]))).toEqual(["n1"]);
  });
  it("terms are ORed, expressions ANDed", () => {
    const pod = mkPod("p", {
      spec: {
        affinity: {
          nodeAffinity: {
            requiredDuringSchedulingIgnoredDuringExecution: {
              nodeSelectorTerms: [
                { matchExpressions: [{ key: "disk", operator: "In", values: ["ssd"] }, { key: "gen", operator: "Gt", values: ["5"] }] },
                { matchExpressions: [{ key: "disk", operator: "DoesNotExist" }] },
              ],
            },
          },
        },
      },
    });
    expect(feasible(pod)).toEqual(["n3"]);
  });
  it("matchFields metadata.name restricts the nodes at PreFilter", () => {
    const pod = mkPod("p", {
      requests: { cpu: "3" },
      spec: {
        affinity: {
          nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchFields: [{ key: "metadata.name", operator: "In", values: ["n2"] }] }] } },
        },
      },
    });
    const r = scheduleOne(pod, nodes, []);
    expect(r.message).toBe(
      "0/3 nodes are available: 1 Insufficient cpu, 2 node(s) didn't satisfy plugin(s) [NodeAffinity]. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.",
    );
  });
});

describe("NodePorts (nodePorts.ts)", () => {
  const withPort = (name: string, port: number, o: { node?: string; protocol?: string; hostIP?: string } = {}) =>
    mkPod(name, { node: o.node, spec: { containers: [{ name: "c", image: "x", ports: [{ containerPort: 80, hostPort: port, protocol: o.protocol, hostIP: o.hostIP }] }] } });
  it("rejects a node whose hostPort is taken", () => {
    const r = scheduleOne(withPort("p", 8080), [mkNode("n1"), mkNode("n2")], [withPort("q", 8080, { node: "n1" })]);
    expect(r.node).toBe("n2");
    expect(verdict(r, "n1")).toEqual({ ok: false, plugin: "NodePorts", reason: "node(s) didn't have free ports for the requested pod ports" });
  });
  it("different protocol or distinct host IPs do not conflict; 0.0.0.0 conflicts with any IP", () => {
    const n = [mkNode("n1")];
    expect(scheduleOne(withPort("p", 53, { protocol: "UDP" }), n, [withPort("q", 53, { node: "n1" })]).node).toBe("n1");
    expect(scheduleOne(withPort("p", 80, { hostIP: "10.0.0.1" }), n, [withPort("q", 80, { node: "n1", hostIP: "10.0.0.2" })]).node).toBe("n1");
    expect(scheduleOne(withPort("p", 80, { hostIP: "10.0.0.1" }), n, [withPort("q", 80, { node: "n1" })]).node).toBeUndefined();
  });
  it("is Unschedulable (not unresolvable): with no lower-priority pods, no victims", () => {
    const r = scheduleOne(withPort("p", 80), [mkNode("n1")], [withPort("q", 80, { node: "n1" })]);
    expect(r.message).toBe(
      "0/1 nodes are available: 1 node(s) didn't have free ports for the requested pod ports. preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.",
    );
  });
});
