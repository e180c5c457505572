// Follows: nodeResourcesFit.ts, nodeResourcesBalancedAllocation.ts, helpers.ts podRequestsOf
// (pkg/scheduler/framework/plugins/noderesources/{fit,least_allocated,balanced_allocation}.go,
// pkg/api/v1/resource PodRequests).
import { describe, expect, it } from "vitest";
import { scheduleOne } from "../framework";
import { Gi, Mi, mkNode, mkPod } from "../testkit";
import { podRequestsOf } from "./helpers";
import { balancedResourceScore } from "./nodeResourcesBalancedAllocation";
import { leastRequestedScore } from "./nodeResourcesFit";

describe("NodeResourcesFit filter", () => {
  it("reports Insufficient cpu and Insufficient memory together", () => {
    const used = mkPod("u", { node: "n1", requests: { cpu: "1500m", memory: "3Gi" } });
    const r = scheduleOne(mkPod("p", { requests: { cpu: "1", memory: "2Gi" } }), [mkNode("n1")], [used]);
    expect(r.nodes[0].filter).toEqual({ ok: false, plugin: "NodeResourcesFit", reason: "Insufficient cpu, Insufficient memory" });
    expect(r.message).toBe(
      "0/1 nodes are available: 1 Insufficient cpu, 1 Insufficient memory. preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.",
    );
  });
  it("fits exactly up to allocatable", () => {
    const used = mkPod("u", { node: "n1", requests: { cpu: "1500m", memory: "3Gi" } });
    expect(scheduleOne(mkPod("p", { requests: { cpu: "500m", memory: "1Gi" } }), [mkNode("n1")], [used]).node).toBe("n1");
  });
  it("Too many pods; a pod without requests only gets the pod-count check", () => {
    const full = [mkPod("a", { node: "n1", requests: { cpu: "2" } }), mkPod("b", { node: "n1" })];
    expect(scheduleOne(mkPod("p"), [mkNode("n1", { pods: 3 })], full).node).toBe("n1");
    const r = scheduleOne(mkPod("p"), [mkNode("n1", { pods: 2 })], full);
    expect(r.message).toBe("0/1 nodes are available: 1 Too many pods. preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.");
  });
  it("a request above the whole allocatable is unresolvable: preemption is not helpful", () => {
    const r = scheduleOne(mkPod("p", { requests: { cpu: "3" } }), [mkNode("n1")], []);
    expect(r.message).toBe("0/1 nodes are available: 1 Insufficient cpu. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.");
  });
  it("terminating pods still hold their requests", () => {
    const t = mkPod("t", { node: "n1", requests: { cpu: "2" }, terminating: true });
    expect(scheduleOne(mkPod("p", { requests: { cpu: "100m" } }), [mkNode("n1")], [t]).node).toBeUndefined();
  });
});

describe("pod requests (helpers.ts podRequestsOf)", () => {
  it("max(Σ containers + Σ sidecars, each init + sidecars before it) + overhead", () => {
    const pod = mkPod("p", {
      requests: { cpu: "100m", memory: "100Mi" },
      spec: {
        initContainers: [
          { name: "i1", image: "x", resources: { requests: { cpu: "1", memory: "50Mi" } } },
          { name: "side", image: "x", restartPolicy: "Always", resources: { requests: { cpu: "200m", memory: "300Mi" } } },
          { name: "i2", image: "x", resources: { requests: { cpu: "500m", memory: "500Mi" } } },
        ],
        overhead: { cpu: "10m" },
      },
    });
    // regular+sidecar: 300m / 400Mi; i1 alone: 1000m / 50Mi; i2 + sidecar: 700m / 800Mi.
    expect(podRequestsOf(pod)).toEqual({ milliCPU: 1010, memory: 800 * Mi });
  });
  it("scoring defaults: 100m / 200Mi per container with no request; an explicit 0 stays 0", () => {
    expect(podRequestsOf(mkPod("p"), true)).toEqual({ milliCPU: 100, memory: 200 * Mi });
    expect(podRequestsOf(mkPod("p", { requests: { cpu: "0" } }), true)).toEqual({ milliCPU: 0, memory: 200 * Mi });
    expect(podRequestsOf(mkPod("p"), false)).toEqual({ milliCPU: 0, memory: 0 });
  });
});

describe("LeastAllocated and BalancedAllocation arithmetic", () => {
  it("leastRequestedScore is integer ((cap − req) × 100) / cap", () => {
    expect(leastRequestedScore(200, 2000)).toBe(90);
    expect(leastRequestedScore(400 * Mi, 4 * Gi)).toBe(90); // 90.23
    expect(leastRequestedScore(3000, 2000)).toBe(0);
    expect(leastRequestedScore(0, 0)).toBe(0);
  });
  it("balancedResourceScore: (1 − |f_cpu − f_mem| / 2) × 100, truncated; fractions capped at 1", () => {
    expect(balancedResourceScore([500, 2 * Gi], [2000, 4 * Gi])).toBe(87); // 0.25 vs 0.5 → std 0.125
    expect(balancedResourceScore([1000, 1 * Gi], [2000, 4 * Gi])).toBe(87);
    expect(balancedResourceScore([1000, 2 * Gi], [2000, 4 * Gi])).toBe(100);
    expect(balancedResourceScore([4000, 0], [2000, 4 * Gi])).toBe(50);
    expect(balancedResourceScore([300, 1 * Gi], [1000, 4 * Gi])).toBe(97); // 0.3 vs 0.25 → 97.5
  });
  it("scores per node through scheduleOne (known numbers)", () => {
    // n1 holds 1 cpu / 1Gi, n2 is empty; the pod asks 500m / 1Gi on 2 cpu / 4Gi nodes.
    const r = scheduleOne(mkPod("p", { requests: { cpu: "500m", memory: "1Gi" } }), [mkNode("n1"), mkNode("n2")], [
      mkPod("u", { node: "n1", requests: { cpu: "1", memory: "1Gi" } }),
    ]);
    const s = Object.fromEntries(r.nodes.map((n) => [n.node, n.scores!]));
    // n1: cpu 1500/2000 → 25, mem 2/4 → 50 → 37; n2: cpu 500/2000 → 75, mem 1/4 → 75 → 75.
    expect(s.n1.NodeResourcesFit).toEqual({ raw: 37, normalized: 37, weight: 1 });
    expect(s.n2.NodeResourcesFit).toEqual({ raw: 75, normalized: 75, weight: 1 });
    // n1: 0.75 vs 0.5 → 87; n2: 0.25 vs 0.25 → 100.
    expect(s.n1.NodeResourcesBalancedAllocation.normalized).toBe(87);
    expect(s.n2.NodeResourcesBalancedAllocation.normalized).toBe(100);
    expect(r.node).toBe("n2");
  });
  it("BalancedAllocation is skipped for a pod with no cpu/memory requests", () => {
    const r = scheduleOne(mkPod("p"), [mkNode("n1"), mkNode("n2")], []);
    expect(r.nodes[0].scores!.NodeResourcesBalancedAllocation).toBeUndefined();
    expect(r.nodes[0].scores!.NodeResourcesFit.raw).toBe(95);
  });
});
