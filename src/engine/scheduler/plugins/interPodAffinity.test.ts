// Follows: interPodAffinity.ts (pkg/scheduler/framework/plugins/interpodaffinity/{filtering,scoring}.go).
import type { PodAffinityTerm } from "kubernetes-types/core/v1";
import { describe, expect, it } from "vitest";
import { scheduleOne } from "../framework";
import { mkNode, mkPod } from "../testkit";

const zone = (z: string) => ({ "topology.kubernetes.io/zone": z });
const nodes = [mkNode("a1", { labels: zone("a") }), mkNode("a2", { labels: zone("a") }), mkNode("b1", { labels: zone("b") })];
const term = (app: string, topologyKey = "topology.kubernetes.io/zone"): PodAffinityTerm => ({ labelSelector: { matchLabels: { app } }, topologyKey });
const feasible = (r: ReturnType<typeof scheduleOne>) => r.nodes.filter((n) => n.filter.ok).map((n) => n.node);

describe("InterPodAffinity filter", () => {
  it("required affinity: only the domain holding a matching pod", () => {
    const pod = mkPod("p", { labels: { app: "web" }, spec: { affinity: { podAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [term("db")] } } } });
    const r = scheduleOne(pod, nodes, [mkPod("db", { labels: { app: "db" }, node: "a2" })]);
    expect(feasible(r)).toEqual(["a1", "a2"]);
    expect(r.nodes[2].filter).toEqual({ ok: false, plugin: "InterPodAffinity", reason: "node(s) didn't match pod affinity rules" });
  });
  it("required affinity with no matching pod anywhere: unresolvable, unless the pod matches its own terms", () => {
    const pod = mkPod("p", { labels: { app: "web" }, spec: { affinity: { podAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [term("db")] } } } });
    expect(scheduleOne(pod, nodes, []).message).toBe(
      "0/3 nodes are available: 3 node(s) didn't match pod affinity rules. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.",
    );
    const self = mkPod("p", { labels: { app: "db" }, spec: { affinity: { podAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [term("db")] } } } });
    expect(feasible(scheduleOne(self, nodes, []))).toEqual(["a1", "a2", "b1"]);
  });
  it("required anti-affinity: not in a domain with a matching pod (hostname)", () => {
    const pod = mkPod("p", { labels: { app: "web" }, spec: { affinity: { podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [term("web", "kubernetes.io/hostname")] } } } });
    const r = scheduleOne(pod, nodes, [mkPod("w", { labels: { app: "web" }, node: "a1" })]);
    expect(feasible(r)).toEqual(["a2", "b1"]);
    expect(r.nodes[0].filter).toEqual({ ok: false, plugin: "InterPodAffinity", reason: "node(s) didn't match pod anti-affinity rules" });
  });
  it("existing pods' anti-affinity rejects the incoming pod in their domain", () => {
    const guard = mkPod("g", { labels: { app: "g" }, node: "b1", spec: { affinity: { podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [term("web")] } } } });
    const r = scheduleOne(mkPod("p", { labels: { app: "web" } }), nodes, [guard]);
    expect(feasible(r)).toEqual(["a1", "a2"]);
    expect(r.nodes[2].filter).toMatchObject({ reason: "node(s) didn't satisfy existing pods anti-affinity rules" });
  });
  it("anti-affinity failures are Unschedulable: the message says no preemption victims", () => {
    const pod = mkPod("p", { labels: { app: "web" }, spec: { affinity: { podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [term("web")] } } } });
    const r = scheduleOne(pod, [nodes[0]], [mkPod("w", { labels: { app: "web" }, node: "a1" })]);
    expect(r.message).toBe(
      "0/1 nodes are available: 1 node(s) didn't match pod anti-affinity rules. preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.",
    );
  });
});

describe("InterPodAffinity score", () => {
  it("preferred affinity weights are min-max normalized per topology domain", () => {
    const pod = mkPod("p", { spec: { affinity: { podAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 10, podAffinityTerm: term("db") }] } } } });
    const r = scheduleOne(pod, nodes, [mkPod("db", { labels: { app: "db" }, node: "a1" })]);
    expect(r.nodes.map((n) => [n.scores!.InterPodAffinity.raw, n.scores!.InterPodAffinity.normalized])).toEqual([
      [10, 100],
      [10, 100],
      [0, 0],
    ]);
  });
  it("is skipped when no term applies", () => {
    const r = scheduleOne(mkPod("p"), nodes, []);
    expect(r.nodes[0].scores!.InterPodAffinity).toBeUndefined();
  });
});
