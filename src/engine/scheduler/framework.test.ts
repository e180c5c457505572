// Follows: framework.ts (pkg/scheduler/schedule_one.go selectHost/prioritizeNodes, framework/types.go
// FitError.Error, plugins/defaultpreemption) and the placement parts of Worked scenario (a) in
// /work/shared/reference/control-plane.md.
import { describe, expect, it } from "vitest";
import type { Pod } from "../api/types";
import { fitErrorMessage, nodeInfoFromNode, scheduleOne } from "./framework";
import { mkNode, mkPod } from "./testkit";

describe("FailedScheduling message (FitError.Error)", () => {
  it("reproduces the brief's example: unreachable taint + 2 Insufficient memory", () => {
    const nodes = [
      mkNode("n1", { taints: [{ key: "node.kubernetes.io/unreachable", effect: "NoSchedule" }] }),
      mkNode("n2", { memory: 1024 ** 3 }),
      mkNode("n3", { memory: 1024 ** 3 }),
    ];
    const r = scheduleOne(mkPod("p", { requests: { memory: "512Mi" } }), nodes, [
      mkPod("a", { node: "n2", requests: { memory: "768Mi" } }),
      mkPod("b", { node: "n3", requests: { memory: "768Mi" } }),
    ]);
    expect(r.node).toBeUndefined();
    expect(r.message).toBe(
      "0/3 nodes are available: 1 node(s) had untolerated taint {node.kubernetes.io/unreachable: }, 2 Insufficient memory. preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.",
    );
  });
  it("reproduces control-plane.md §1.6 (generic taint text, with and without DRA)", () => {
    const nodes = [mkNode("cp", { taints: [{ key: "node-role.kubernetes.io/control-plane", effect: "NoSchedule" }] }), mkNode("w1", { cpu: 1 }), mkNode("w2", { cpu: 1 })];
    const pod = mkPod("p", { requests: { cpu: "800m" } });
    const pods = [mkPod("a", { node: "w1", requests: { cpu: "500m" } }), mkPod("b", { node: "w2", requests: { cpu: "500m" } })];
    const tail = "1 node(s) had untolerated taint(s), 2 Insufficient cpu.";
    const pre = "preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.";
    expect(scheduleOne(pod, nodes, pods, { taintReason: "generic" }).message).toBe(`0/3 nodes are available: ${tail} ${pre}`);
    expect(scheduleOne(pod, nodes, pods, { taintReason: "generic", dynamicResources: true }).message).toBe(
      `0/3 nodes are available: ${tail} no new claims to deallocate, ${pre}`,
    );
  });
  it("sorts histogram entries as strings ('10 x' before '2 y')", () => {
    const st = (r: string) => ({ code: "Unschedulable" as const, reasons: [r] });
    const statuses = [...Array(10).fill(st("x")), st("y"), st("y"), st("Z")];
    expect(fitErrorMessage(13, statuses)).toBe("0/13 nodes are available: 1 Z, 10 x, 2 y.");
  });
  it("no nodes at all", () => {
    expect(scheduleOne(mkPod("p"), [], []).message).toBe("no nodes available to schedule pods");
  });
});

describe("DefaultPreemption dry run", () => {
  const big = (prio: number, o: object = {}) => mkPod("p", { requests: { cpu: "1500m" }, priority: prio, ...o });
  const low = mkPod("low", { node: "n1", requests: { cpu: "1" }, priority: 0 });
  it("preemptionPolicy Never", () => {
    const r = scheduleOne(big(100, { spec: { preemptionPolicy: "Never" } }), [mkNode("n1")], [low]);
    expect(r.message).toBe("0/1 nodes are available: 1 Insufficient cpu. preemption: not eligible due to preemptionPolicy=Never.");
  });
  it("lower-priority victims that would make room: no postfilter text, the node is a candidate", () => {
    const r = scheduleOne(big(100), [mkNode("n1")], [low]);
    expect(r.message).toBe("0/1 nodes are available: 1 Insufficient cpu.");
    expect(r.preemptionCandidates).toEqual(["n1"]);
  });
  it("lower-priority victims that would not make room: the filter's reason again", () => {
    const high = mkPod("high", { node: "n1", requests: { cpu: "1" }, priority: 1000 });
    const r = scheduleOne(big(100), [mkNode("n1")], [high, mkPod("l2", { node: "n1", requests: { cpu: "100m" } })]);
    expect(r.message).toBe("0/1 nodes are available: 1 Insufficient cpu. preemption: 0/1 nodes are available: 1 Insufficient cpu.");
  });
});

describe("scoring and selectHost", () => {
  it("a single feasible node is chosen without scoring", () => {
    const r = scheduleOne(mkPod("p"), [mkNode("n1"), mkNode("n2", { unschedulable: true })], []);
    expect(r.node).toBe("n1");
    expect(r.nodes[0].scores).toBeUndefined();
  });
  it("tie-break: the first node in name order among the top totals", () => {
    const nodes = [mkNode("zeta"), mkNode("alpha"), mkNode("mid")];
    const r = scheduleOne(mkPod("p"), nodes, []);
    expect(r.nodes.map((n) => n.total)).toEqual([r.nodes[0].total, r.nodes[0].total, r.nodes[0].total]);
    expect(r.nodes.map((n) => n.node)).toEqual(["alpha", "mid", "zeta"]);
    expect(r.node).toBe("alpha");
  });
  it("TaintToleration score: PreferNoSchedule taints reverse-normalized, weight 3", () => {
    const nodes = [mkNode("n1", { taints: [{ key: "a", effect: "PreferNoSchedule" }, { key: "b", effect: "PreferNoSchedule" }] }), mkNode("n2", { taints: [{ key: "a", effect: "PreferNoSchedule" }] }), mkNode("n3")];
    const r = scheduleOne(mkPod("p"), nodes, []);
    expect(r.nodes.map((n) => n.scores!.TaintToleration)).toEqual([
      { raw: 2, normalized: 0, weight: 3 },
      { raw: 1, normalized: 50, weight: 3 },
      { raw: 0, normalized: 100, weight: 3 },
    ]);
    expect(r.node).toBe("n3");
    const tol = mkPod("p", { spec: { tolerations: [{ key: "a", operator: "Exists", effect: "PreferNoSchedule" }] } });
    expect(scheduleOne(tol, nodes, []).nodes.map((n) => n.scores!.TaintToleration.normalized)).toEqual([0, 100, 100]);
  });
  it("NodeAffinity score: Σ matching preferred weights scaled by the maximum, weight 2", () => {
    const nodes = [mkNode("n1", { labels: { disk: "ssd", gpu: "1" } }), mkNode("n2", { labels: { disk: "ssd" } }), mkNode("n3")];
    const pod = mkPod("p", {
      spec: {
        affinity: {
          nodeAffinity: {
            preferredDuringSchedulingIgnoredDuringExecution: [
              { weight: 30, preference: { matchExpressions: [{ key: "disk", operator: "In", values: ["ssd"] }] } },
              { weight: 50, preference: { matchExpressions: [{ key: "gpu", operator: "Exists" }] } },
            ],
          },
        },
      },
    });
    const r = scheduleOne(pod, nodes, []);
    expect(r.nodes.map((n) => [n.scores!.NodeAffinity.raw, n.scores!.NodeAffinity.normalized])).toEqual([
      [80, 100],
      [30, 37],
      [0, 0],
    ]);
    expect(r.node).toBe("n1");
  });
  it("the total is Σ normalized × weight", () => {
    const r = scheduleOne(mkPod("p", { requests: { cpu: "100m" } }), [mkNode("n1"), mkNode("n2")], []);
    for (const n of r.nodes) {
      const sum = Object.values(n.scores!).reduce((s, x) => s + x.normalized * x.weight, 0);
      expect(n.total).toBe(sum);
    }
  });
});

describe("Worked scenario (a): the A/B two-node story", () => {
  const nodes = [mkNode("node-1"), mkNode("node-2")];
  const H = { cpu: "500m", memory: "1Gi" };
  type V = "L" | "H";
  const pod = (name: string, rs: string, v: V, node?: string, terminating = false): Pod =>
    mkPod(name, { rs, node, terminating, ...(v === "H" ? { requests: H } : {}) });
  const place = (v: V, order: Array<[string, string]>) => {
    const placed: Pod[] = [];
    const results = order.map(([name, rs]) => {
      const r = scheduleOne(pod(name, rs, v), nodes, placed);
      placed.push(pod(name, rs, v, r.node));
      return r;
    });
    return { placed, results };
  };
  const diff = (r: ReturnType<typeof scheduleOne>, plugin: string) => r.nodes.map((n) => n.scores?.[plugin]?.normalized);

  for (const v of ["L", "H"] as const) {
    it(`step 1 (${v}): A1, A2, B1, B2 end balanced; A2 sees PTS 66/100 and Fit ${v === "L" ? "90/95" : "50/75"}`, () => {
      const { placed, results } = place(v, [
        ["A1", "a-h1"],
        ["A2", "a-h1"],
        ["B1", "b-h1"],
        ["B2", "b-h1"],
      ]);
      expect(placed.map((p) => p.spec!.nodeName)).toEqual(["node-1", "node-2", "node-1", "node-2"]);
      expect(diff(results[1], "PodTopologySpread")).toEqual([66, 100]);
      expect(diff(results[1], "NodeResourcesFit")).toEqual(v === "L" ? [90, 95] : [50, 75]);
      expect(diff(results[1], "TaintToleration")).toEqual([100, 100]);
      expect(diff(results[3], "PodTopologySpread")).toEqual([66, 100]);
    });
  }

  it("step 2: with node-2 unreachable, A3 goes to node-1 (the only feasible node, no scoring)", () => {
    const n2 = mkNode("node-2", { taints: [{ key: "node.kubernetes.io/unreachable", effect: "NoSchedule" }, { key: "node.kubernetes.io/unreachable", effect: "NoExecute" }] });
    const pods = [pod("A1", "a-h1", "H", "node-1"), pod("B1", "b-h1", "H", "node-1"), pod("A2", "a-h1", "H", "node-2", true), pod("B2", "b-h1", "H", "node-2", true)];
    const r = scheduleOne(pod("A3", "a-h1", "H"), [nodes[0], n2], pods, { taintReason: "generic" });
    expect(r.node).toBe("node-1");
    expect(r.nodes[1].filter).toEqual({ ok: false, plugin: "TaintToleration", reason: "node(s) had untolerated taint(s)" });
    expect(r.nodes[0].scores).toBeUndefined();
  });

  it("step 4 L: A'2 goes to node-1 (275 vs 222 over the differing plugins) while A3 terminates", () => {
    const pods = [pod("A1", "a-h1", "L", "node-1"), pod("B1", "b-h1", "L", "node-1"), pod("B3", "b-h1", "L", "node-1"), pod("A3", "a-h1", "L", "node-1", true), pod("A'1", "a-h2", "L", "node-2")];
    const r = scheduleOne(pod("A'2", "a-h2", "L"), nodes, pods);
    expect(diff(r, "NodeResourcesFit")).toEqual([75, 90]);
    expect(diff(r, "PodTopologySpread")).toEqual([100, 66]);
    expect(r.nodes.map((n) => n.scores!.PodTopologySpread.normalized * 2 + n.scores!.NodeResourcesFit.normalized)).toEqual([275, 222]);
    expect(r.nodes.map((n) => n.total)).toEqual([300 + 275, 300 + 222]);
    expect(r.node).toBe("node-1");
  });

  it("step 4 H: node-1 is full while A3 terminates, so A'2 goes to node-2", () => {
    const pods = [pod("A1", "a-h1", "H", "node-1"), pod("B1", "b-h1", "H", "node-1"), pod("B3", "b-h1", "H", "node-1"), pod("A3", "a-h1", "H", "node-1", true), pod("A'1", "a-h2", "H", "node-2")];
    const r = scheduleOne(pod("A'2", "a-h2", "H"), nodes, pods);
    expect(r.nodes[0].filter).toEqual({ ok: false, plugin: "NodeResourcesFit", reason: "Insufficient cpu, Insufficient memory" });
    expect(r.node).toBe("node-2");
  });

  it("step 5 H: after the descheduler, B4 → node-2 and A'3 → node-1", () => {
    const base = [pod("B1", "b-h1", "H", "node-1"), pod("B3", "b-h1", "H", "node-1", true), pod("A'1", "a-h2", "H", "node-2"), pod("A'2", "a-h2", "H", "node-2", true)];
    const b4 = scheduleOne(pod("B4", "b-h1", "H"), nodes, base);
    expect(diff(b4, "NodeResourcesFit")).toEqual([25, 25]);
    expect(diff(b4, "PodTopologySpread")).toEqual([66, 100]);
    expect(b4.node).toBe("node-2");
    const a3 = scheduleOne(pod("A'3", "a-h2", "H"), nodes, [...base, pod("B4", "b-h1", "H", "node-2")]);
    expect(diff(a3, "NodeResourcesFit")).toEqual([25, 0]);
    expect(diff(a3, "PodTopologySpread")).toEqual([100, 66]);
    expect(a3.node).toBe("node-1");
  });
});

describe("nodeInfoFromNode", () => {
  it("reads labels, taints, cordon, allocatable quantities and images", () => {
    const n = nodeInfoFromNode({
      metadata: { name: "n1", labels: { "kubernetes.io/hostname": "n1" } },
      spec: { unschedulable: true, taints: [{ key: "k", effect: "NoSchedule" }] },
      status: { allocatable: { cpu: "1900m", memory: "3Gi", pods: "110" }, images: [{ names: ["nginx:1.27"], sizeBytes: 190_000_000 }] },
    });
    expect(n).toEqual({
      name: "n1",
      labels: { "kubernetes.io/hostname": "n1" },
      taints: [{ key: "k", effect: "NoSchedule" }],
      unschedulable: true,
      allocatable: { cpu: 1.9, memory: 3 * 1024 ** 3, pods: 110 },
      images: ["nginx:1.27"],
      imageSizes: { "nginx:1.27": 190_000_000 },
    });
  });
});
