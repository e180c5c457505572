// Follows: podTopologySpread.ts (pkg/scheduler/framework/plugins/podtopologyspread/{filtering,scoring,common}.go,
// plugins/helper/spread.go).
import type { TopologySpreadConstraint } from "kubernetes-types/core/v1";
import { describe, expect, it } from "vitest";
import type { Service } from "../../api/types";
import { scheduleOne } from "../framework";
import { mkNode, mkPod } from "../testkit";

const zone = (z: string) => ({ "topology.kubernetes.io/zone": z });
const spread = (c: Partial<TopologySpreadConstraint>): TopologySpreadConstraint[] => [
  { maxSkew: 1, topologyKey: "topology.kubernetes.io/zone", whenUnsatisfiable: "DoNotSchedule", labelSelector: { matchLabels: { app: "web" } }, ...c },
];
const web = (name: string, node?: string, extra: Partial<Parameters<typeof mkPod>[1]> = {}) => mkPod(name, { labels: { app: "web" }, node, ...extra });

describe("PodTopologySpread filter (DoNotSchedule)", () => {
  const nodes = [mkNode("a1", { labels: zone("a") }), mkNode("b1", { labels: zone("b") }), mkNode("c1", { labels: zone("c") })];
  it("rejects domains where count + 1 − min > maxSkew", () => {
    const existing = [web("w1", "a1"), web("w2", "b1")];
    const r = scheduleOne(web("p", undefined, { spec: { topologySpreadConstraints: spread({}) } }), nodes, existing);
    expect(r.nodes.map((n) => n.filter.ok)).toEqual([false, false, true]);
    expect(r.node).toBe("c1");
    expect(r.nodes[0].filter).toEqual({ ok: false, plugin: "PodTopologySpread", reason: "node(s) didn't match pod topology spread constraints" });
  });
  it("a node without the topology key is unresolvable (missing required label)", () => {
    const r = scheduleOne(web("p", undefined, { spec: { topologySpreadConstraints: spread({}) } }), [mkNode("x")], []);
    expect(r.message).toBe(
      "0/1 nodes are available: 1 node(s) didn't match pod topology spread constraints (missing required label). preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.",
    );
  });
  it("minDomains: with fewer domains than minDomains the global minimum is 0", () => {
    const two = nodes.slice(0, 2);
    const existing = [web("w1", "a1"), web("w2", "b1")];
    const pod = (minDomains?: number) => web("p", undefined, { spec: { topologySpreadConstraints: spread({ minDomains }) } });
    expect(scheduleOne(pod(), two, existing).node).toBeDefined();
    const r = scheduleOne(pod(3), two, existing);
    expect(r.message).toMatch(/^0\/2 nodes are available: 2 node\(s\) didn't match pod topology spread constraints\. preemption: 0\/2 nodes are available: 2 No preemption victims/);
  });
  it("terminating pods and pods of other namespaces are not counted; nodeAffinityPolicy Honor excludes non-matching nodes", () => {
    const existing = [web("w1", "a1", { terminating: true }), web("w2", "b1", { namespace: "other" })];
    const r = scheduleOne(web("p", undefined, { spec: { topologySpreadConstraints: spread({}) } }), nodes, existing);
    expect(r.nodes.every((n) => n.filter.ok)).toBe(true);
    // Only zones a and b are eligible (nodeSelector); c holds no pods but is not a domain.
    const sel = [mkNode("a1", { labels: { ...zone("a"), pool: "x" } }), mkNode("b1", { labels: { ...zone("b"), pool: "x" } }), mkNode("c1", { labels: zone("c") })];
    const r2 = scheduleOne(web("p", undefined, { spec: { nodeSelector: { pool: "x" }, topologySpreadConstraints: spread({}) } }), sel, [web("w1", "a1")]);
    expect(r2.node).toBe("b1");
    expect(r2.nodes[0].filter.ok).toBe(false);
  });
});

describe("PodTopologySpread score", () => {
  const two = [mkNode("node-1"), mkNode("node-2")];
  const scoresFor = (existing: ReturnType<typeof mkPod>[]) => {
    const r = scheduleOne(mkPod("p", { rs: "a-h1" }), two, existing);
    return r.nodes.map((n) => n.scores!.PodTopologySpread);
  };
  it("2 feasible nodes, hostname only: (1,0) → 66/100, (2,0) → 40/100, (2,1) → 60/100, (0,0) → 100/100", () => {
    const a = (n: string, node: string) => mkPod(n, { rs: "a-h1", node });
    expect(scoresFor([a("a1", "node-1")]).map((s) => [s.raw, s.normalized, s.weight])).toEqual([
      [3, 66, 2],
      [2, 100, 2],
    ]);
    expect(scoresFor([a("a1", "node-1"), a("a2", "node-1")]).map((s) => s.normalized)).toEqual([40, 100]);
    expect(scoresFor([a("a1", "node-1"), a("a2", "node-1"), a("a3", "node-2")]).map((s) => s.normalized)).toEqual([60, 100]);
    expect(scoresFor([]).map((s) => s.normalized)).toEqual([100, 100]);
  });
  it("system defaults count only pods of the same ReplicaSet (pod-template-hash), not the whole Deployment", () => {
    const old = mkPod("old", { rs: "a-h0", node: "node-1" });
    expect(scoresFor([old]).map((s) => s.normalized)).toEqual([100, 100]);
  });
  it("no owner and no Service: no default constraints (plugin skipped)", () => {
    const r = scheduleOne(mkPod("p", { labels: { app: "x" } }), two, [mkPod("q", { labels: { app: "x" }, node: "node-1" })]);
    expect(r.nodes[0].scores!.PodTopologySpread).toBeUndefined();
  });
  it("a Service selecting the pod builds the default selector", () => {
    const svc: Service = { metadata: { name: "s", namespace: "default" }, spec: { selector: { app: "x" } } };
    const r = scheduleOne(mkPod("p", { labels: { app: "x" } }), two, [mkPod("q", { labels: { app: "x", v: "2" }, node: "node-1" })], { services: [svc] });
    expect(r.nodes.map((n) => n.scores!.PodTopologySpread.normalized)).toEqual([66, 100]);
    expect(r.node).toBe("node-2");
  });
  it("system default spreading places the replicas of one ReplicaSet on different nodes", () => {
    const nodes = [mkNode("n1"), mkNode("n2"), mkNode("n3")];
    const placed: ReturnType<typeof mkPod>[] = [];
    for (let i = 0; i < 6; i++) {
      const pod = mkPod(`web-${i}`, { rs: "web-h1" });
      const r = scheduleOne(pod, nodes, placed);
      placed.push({ ...pod, spec: { ...pod.spec!, nodeName: r.node } });
    }
    expect(placed.map((p) => p.spec!.nodeName)).toEqual(["n1", "n2", "n3", "n1", "n2", "n3"]);
  });
  it("zone default constraint: counts the whole zone; unlabeled nodes still get hostname scoring", () => {
    const nodes = [mkNode("a1", { labels: zone("a") }), mkNode("a2", { labels: zone("a") }), mkNode("b1", { labels: zone("b") })];
    const r = scheduleOne(mkPod("p", { rs: "w-h1" }), nodes, [mkPod("x", { rs: "w-h1", node: "a1" })]);
    // hostname weight ln(5), zone weight ln(4): a1 = 1·1.609+2 + 1·1.386+4 = 8.995 → 9; a2 = 2 + 5.386 → 7; b1 = 2 + 4 = 6.
    expect(r.nodes.map((n) => n.scores!.PodTopologySpread.raw)).toEqual([9, 7, 6]);
    // normalized: 100·(9+6−s)/9 → 66, 88, 100.
    expect(r.nodes.map((n) => n.scores!.PodTopologySpread.normalized)).toEqual([66, 88, 100]);
    expect(r.node).toBe("b1");
  });
  it("own ScheduleAnyway constraints replace the defaults; nodes missing the key score 0", () => {
    const nodes = [mkNode("a1", { labels: zone("a") }), mkNode("x")];
    const pod = web("p", undefined, { spec: { topologySpreadConstraints: spread({ whenUnsatisfiable: "ScheduleAnyway" }) } });
    const r = scheduleOne(pod, nodes, []);
    expect(r.nodes.map((n) => n.scores!.PodTopologySpread.normalized)).toEqual([100, 0]);
  });
});
