import { describe, expect, it } from "vitest";
import type { KubeObject } from "../api/store";
import type { Pod } from "../api/types";
import { deschedule, DeschedulerPolicyError, descheduledEvent, evictionMessage, notEvictableReason, sortPodsLowToHigh, validateLowNodeUtilization, type Eviction } from "./descheduler";

function node(name: string, opts: { cpu?: string; memory?: string; pods?: string; labels?: Record<string, string>; ready?: boolean; taints?: KubeObject[]; unschedulable?: boolean } = {}): KubeObject {
  return {
    apiVersion: "v1",
    kind: "Node",
    metadata: { name, labels: { "kubernetes.io/hostname": name, ...(opts.labels ?? {}) } },
    spec: { taints: opts.taints, unschedulable: opts.unschedulable },
    status: {
      allocatable: { cpu: opts.cpu ?? "2", memory: opts.memory ?? "4Gi", pods: opts.pods ?? "110" },
      conditions: [{ type: "Ready", status: opts.ready === false ? "Unknown" : "True" }],
    },
  };
}

let seq = 0;
interface PodOpts {
  owner?: { kind: string; name: string } | null;
  image?: string;
  cpu?: string;
  memory?: string;
  limits?: boolean;
  priority?: number;
  labels?: Record<string, string>;
  ns?: string;
  t?: number;
  spec?: Record<string, unknown>;
  meta?: Record<string, unknown>;
  phase?: string;
}
function pod(name: string, nodeName: string, o: PodOpts = {}): Pod {
  const t = o.t ?? seq++;
  const resources = o.cpu || o.memory ? { requests: { ...(o.cpu ? { cpu: o.cpu } : {}), ...(o.memory ? { memory: o.memory } : {}) }, ...(o.limits ? { limits: { cpu: o.cpu!, memory: o.memory! } } : {}) } : undefined;
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: {
      name,
      namespace: o.ns ?? "default",
      creationTimestamp: new Date(Date.UTC(2026, 0, 1) + t * 1000).toISOString(),
      labels: o.labels,
      ownerReferences: o.owner === null ? undefined : [{ apiVersion: "apps/v1", kind: o.owner?.kind ?? "ReplicaSet", name: o.owner?.name ?? "rs", uid: `uid-${o.owner?.name ?? "rs"}`, controller: true }],
      ...(o.meta ?? {}),
    },
    spec: { nodeName, priority: o.priority, containers: [{ name: "main", image: o.image ?? "nginx", resources }], ...(o.spec ?? {}) },
    status: { phase: o.phase ?? "Running" },
  } as Pod;
}

const noOwners = () => undefined;
const names = (ev: Eviction[]) => ev.map((e) => e.pod);
const podNames = (ps: Pod[]) => ps.map((p) => p.metadata!.name);

describe("worked scenario (a), Step 5: RemoveDuplicates", () => {
  const rsB = { kind: "ReplicaSet", name: "b-h1" };
  const rsA2 = { kind: "ReplicaSet", name: "a-h2" };
  const rsA1 = { kind: "ReplicaSet", name: "a-h1" };
  const owners = (_ns: string, ref: { kind: string; name: string }) => ({ kind: ref.kind, metadata: { name: ref.name, ownerReferences: [{ kind: "Deployment", name: ref.name.split("-")[0], controller: true }] } });
  const nodes = [node("node-1"), node("node-2")];
  const heavy = { cpu: "500m", memory: "1Gi" };

  it("H state node-1 {B1, B3}, node-2 {A'1, A'2}: evicts B3 and A'2", () => {
    const pods = [
      pod("b-h1-b1", "node-1", { owner: rsB, image: "httpd", t: 0, ...heavy }),
      pod("a-h2-a1", "node-2", { owner: rsA2, image: "nginx:2", t: 700, ...heavy }),
      pod("a-h2-a2", "node-2", { owner: rsA2, image: "nginx:2", t: 701, ...heavy }),
      pod("b-h1-b3", "node-1", { owner: rsB, image: "httpd", t: 450, ...heavy }),
    ];
    const ev = deschedule(nodes, pods, owners, { removeDuplicates: true });
    expect(ev.map((e) => [e.pod, e.node, e.strategy])).toEqual([
      ["b-h1-b3", "node-1", "RemoveDuplicates"],
      ["a-h2-a2", "node-2", "RemoveDuplicates"],
    ]);
    expect(ev[0].reason).toMatch(/^duplicate of ReplicaSet b-h1 \(Deployment b\) on node-1/);
    expect(evictionMessage(ev[0])).toMatch(/^evicted b-h1-b3 from node-1: duplicate of ReplicaSet b-h1/);
    expect(descheduledEvent(ev[0])).toEqual({ type: "Normal", reason: "RemoveDuplicates", action: "Descheduled", message: "pod eviction from node-1 node by sigs.k8s.io/descheduler", source: "sigs.k8s.io/descheduler" });
  });

  it("L state node-1 {A'2, B1, B3}, node-2 {A'1}: only B3", () => {
    const pods = [pod("b-h1-b1", "node-1", { owner: rsB, image: "httpd", t: 0 }), pod("b-h1-b3", "node-1", { owner: rsB, image: "httpd", t: 450 }), pod("a-h2-a1", "node-2", { owner: rsA2, image: "nginx:2", t: 700 }), pod("a-h2-a2", "node-1", { owner: rsA2, image: "nginx:2", t: 701 })];
    expect(names(deschedule(nodes, pods, owners, { removeDuplicates: true }))).toEqual(["b-h1-b3"]);
  });

  it("right after Step 3 (node-1 {A1, B1, A3, B3}, node-2 {}): evicts A3 and B3, the newest", () => {
    const pods = [pod("a-h1-a3", "node-1", { owner: rsA1, t: 450 }), pod("b-h1-b3", "node-1", { owner: rsB, image: "httpd", t: 451 }), pod("a-h1-a1", "node-1", { owner: rsA1, t: 0 }), pod("b-h1-b1", "node-1", { owner: rsB, image: "httpd", t: 1 })];
    expect(names(deschedule(nodes, pods, owners, { removeDuplicates: true })).sort()).toEqual(["a-h1-a3", "b-h1-b3"]);
  });

  it("old and new ReplicaSet pods, or different images, are not duplicates", () => {
    const pods = [pod("a-h1-a1", "node-1", { owner: rsA1 }), pod("a-h2-a1", "node-1", { owner: rsA2 }), pod("x-1", "node-1", { owner: { kind: "ReplicaSet", name: "x" }, image: "nginx:1" }), pod("x-2", "node-1", { owner: { kind: "ReplicaSet", name: "x" }, image: "nginx:2" })];
    expect(deschedule(nodes, pods, owners, { removeDuplicates: true })).toEqual([]);
  });
});

describe("RemoveDuplicates upper average", () => {
  it("3 replicas on one node of 5: upperAvg 1, two evictions", () => {
    const nodes = ["n1", "n2", "n3", "n4", "n5"].map((n) => node(n));
    const pods = [pod("w-1", "n1"), pod("w-2", "n1"), pod("w-3", "n1")];
    expect(names(deschedule(nodes, pods, noOwners, { removeDuplicates: true }))).toEqual(["w-2", "w-3"]);
  });
  it("3 replicas on node-1 of 2 nodes: upperAvg 2, one eviction (the newest)", () => {
    const pods = [pod("w-1", "node-1"), pod("w-2", "node-1"), pod("w-3", "node-1")];
    expect(names(deschedule([node("node-1"), node("node-2")], pods, noOwners, { removeDuplicates: true }))).toEqual(["w-3"]);
  });
  it("2 on node-1 and 2 on node-2 with 2 nodes: upperAvg 2, nothing", () => {
    const pods = [pod("w-1", "node-1"), pod("w-2", "node-1"), pod("w-3", "node-2"), pod("w-4", "node-2")];
    expect(deschedule([node("node-1"), node("node-2")], pods, noOwners, { removeDuplicates: true })).toEqual([]);
  });
  it("skips when fewer than 2 target nodes (the other node is tainted NoSchedule)", () => {
    const nodes = [node("node-1"), node("node-2", { taints: [{ key: "dedicated", value: "x", effect: "NoSchedule" }] })];
    const pods = [pod("w-1", "node-1"), pod("w-2", "node-1")];
    expect(deschedule(nodes, pods, noOwners, { removeDuplicates: true })).toEqual([]);
    const tolerant = { tolerations: [{ key: "dedicated", operator: "Exists" }] };
    const pods2 = [pod("w-1", "node-1", { spec: tolerant }), pod("w-2", "node-1", { spec: tolerant })];
    expect(names(deschedule(nodes, pods2, noOwners, { removeDuplicates: true }))).toEqual(["w-2"]);
  });
  it("skips when a nodeSelector leaves one target node", () => {
    const nodes = [node("node-1", { labels: { disk: "ssd" } }), node("node-2")];
    const pods = [pod("w-1", "node-1", { spec: { nodeSelector: { disk: "ssd" } } }), pod("w-2", "node-1", { spec: { nodeSelector: { disk: "ssd" } } })];
    expect(deschedule(nodes, pods, noOwners, { removeDuplicates: true })).toEqual([]);
  });
  it("a cycle needs >= 2 Ready nodes", () => {
    const pods = [pod("w-1", "node-1"), pod("w-2", "node-1")];
    expect(deschedule([node("node-1"), node("node-2", { ready: false })], pods, noOwners, { removeDuplicates: true })).toEqual([]);
    expect(deschedule([node("node-1")], pods, noOwners, { removeDuplicates: true })).toEqual([]);
  });
});

describe("DefaultEvictor", () => {
  const base = (o: PodOpts = {}) => pod("p", "node-1", o);
  it("refuses bare, DaemonSet, mirror, static, critical, local-storage and terminating pods", () => {
    expect(notEvictableReason(base())).toBeUndefined();
    expect(notEvictableReason(base({ owner: null }))).toBe("pod does not have any ownerRefs");
    expect(notEvictableReason(base({ owner: { kind: "DaemonSet", name: "ds" } }))).toBe("pod is related to daemonset");
    expect(notEvictableReason(base({ meta: { annotations: { "kubernetes.io/config.mirror": "x" } } }))).toBe("pod is a mirror pod");
    expect(notEvictableReason(base({ owner: { kind: "Node", name: "node-1" } }))).toBe("pod is a static pod");
    expect(notEvictableReason(base({ priority: 2000000000 }))).toBe("pod has system critical priority");
    expect(notEvictableReason(base({ spec: { priorityClassName: "system-node-critical" } }))).toBe("pod has system critical priority");
    expect(notEvictableReason(base({ priority: 1999999999 }))).toBeUndefined();
    expect(notEvictableReason(base({ priority: 2000000000 }), { evictSystemCriticalPods: true })).toBeUndefined();
    expect(notEvictableReason(base({ priority: 500 }), { priorityThreshold: 500 })).toMatch(/priority class threshold/);
    const withEmptyDir = base({ spec: { volumes: [{ name: "cache", emptyDir: {} }] } });
    expect(notEvictableReason(withEmptyDir)).toMatch(/local storage/);
    expect(notEvictableReason(withEmptyDir, { evictLocalStoragePods: true })).toBeUndefined();
    expect(notEvictableReason(base({ spec: { volumes: [{ name: "h", hostPath: { path: "/x" } }] } }))).toMatch(/local storage/);
    expect(notEvictableReason(base({ meta: { deletionTimestamp: "2026-01-01T00:00:00Z" } }))).toBe("pod is terminating");
    expect(notEvictableReason(base({ owner: null, phase: "Failed" }), { evictFailedBarePods: true })).toBeUndefined();
    expect(notEvictableReason(base({ owner: null, phase: "Running" }), { evictFailedBarePods: true })).toBe("pod does not have any ownerRefs");
  });
  it("the evict annotation overrides the checks", () => {
    expect(notEvictableReason(base({ owner: null, meta: { annotations: { "descheduler.alpha.kubernetes.io/evict": "" } } }))).toBeUndefined();
  });
  it("RemoveDuplicates skips non-evictable pods", () => {
    const vol = { spec: { volumes: [{ name: "cache", emptyDir: {} }] } };
    const pods = [pod("w-1", "node-1", vol), pod("w-2", "node-1", vol)];
    const nodes = [node("node-1"), node("node-2")];
    expect(deschedule(nodes, pods, noOwners, { removeDuplicates: true })).toEqual([]);
    expect(names(deschedule(nodes, pods, noOwners, { removeDuplicates: true, defaultEvictor: { evictLocalStoragePods: true } }))).toEqual(["w-2"]);
  });
});

describe("LowNodeUtilization", () => {
  const policy = { lowNodeUtilization: { thresholds: { cpu: 20, memory: 20, pods: 20 }, targetThresholds: { cpu: 50, memory: 50, pods: 50 } } };
  const nodes = [node("node-1"), node("node-2")];
  const heavy = { cpu: "500m", memory: "1Gi" };

  it("evicts from the overutilized node until it is no longer above target", () => {
    // node-1: 4 x 500m/1Gi = 100% cpu and memory; node-2 empty. Each eviction -25%; 50% is not above 50%.
    const pods = [pod("w-1", "node-1", { ...heavy, owner: { kind: "ReplicaSet", name: "a" } }), pod("w-2", "node-1", { ...heavy, owner: { kind: "ReplicaSet", name: "b" } }), pod("w-3", "node-1", { ...heavy, owner: { kind: "ReplicaSet", name: "c" } }), pod("w-4", "node-1", { ...heavy, owner: { kind: "ReplicaSet", name: "d" } })];
    const ev = deschedule(nodes, pods, noOwners, policy);
    expect(ev.map((e) => [e.pod, e.node, e.strategy])).toEqual([
      ["w-1", "node-1", "LowNodeUtilization"],
      ["w-2", "node-1", "LowNodeUtilization"],
    ]);
    expect(ev[0].reason).toBe("node-1 is overutilized (cpu 100%, memory 100%, pods 3.6%; targetThresholds cpu 50%, memory 50%, pods 50%), underutilized: node-2");
  });

  it("evicts lowest priority first, then BestEffort < Burstable < Guaranteed", () => {
    const pods = [
      pod("g", "node-1", { cpu: "500m", memory: "1Gi", limits: true }),
      pod("hi", "node-1", { ...heavy, priority: 1000 }),
      pod("bu", "node-1", { ...heavy }),
      pod("be", "node-1", {}),
      pod("lo", "node-1", { ...heavy, priority: -5 }),
    ];
    expect(podNames(sortPodsLowToHigh([...pods]))).toEqual(["be", "bu", "g", "lo", "hi"]);
    const withPrio = pods.map((p) => ({ ...p, spec: { ...p.spec!, priority: p.spec!.priority ?? 0 } }));
    expect(podNames(sortPodsLowToHigh(withPrio))).toEqual(["lo", "be", "bu", "g", "hi"]);
    // be removes no cpu/memory; then lo; then bu brings node-1 to 50% cpu: stop.
    expect(names(deschedule(nodes, withPrio, noOwners, policy))).toEqual(["lo", "be", "bu"]);
  });

  it("stops when the underutilized nodes' headroom is used up", () => {
    // node-2 has 1000m headroom to its 50% target but holds 300m: headroom 700m -> two 500m evictions max
    // (the second drives it negative), though node-1 stays above target.
    const three = { cpu: "3", memory: "4Gi" };
    const ns = [node("node-1", three), node("node-2", { cpu: "2", memory: "4Gi" })];
    const pods = [...[1, 2, 3, 4, 5, 6].map((i) => pod(`w-${i}`, "node-1", { ...heavy })), pod("s", "node-2", { cpu: "300m" })];
    expect(names(deschedule(ns, pods, noOwners, policy))).toEqual(["w-1", "w-2"]);
  });

  it("does nothing when no node is underutilized, or all are", () => {
    const mid = [pod("x", "node-2", { cpu: "600m", memory: "1Gi" }), ...[1, 2, 3, 4].map((i) => pod(`w-${i}`, "node-1", heavy))];
    expect(deschedule(nodes, mid, noOwners, policy)).toEqual([]);
    expect(deschedule(nodes, [pod("x", "node-1", { cpu: "100m" })], noOwners, policy)).toEqual([]);
  });

  it("a cordoned node is not a destination", () => {
    const pods = [1, 2, 3, 4].map((i) => pod(`w-${i}`, "node-1", heavy));
    expect(deschedule([node("node-1"), node("node-2", { unschedulable: true })], pods, noOwners, policy)).toEqual([]);
  });

  it("skips pods that do not tolerate the underutilized node's taints", () => {
    const ns = [node("node-1"), node("node-2", { taints: [{ key: "k", value: "v", effect: "NoSchedule" }] })];
    const pods = [1, 2, 3, 4].map((i) => pod(`w-${i}`, "node-1", i === 4 ? { ...heavy, spec: { tolerations: [{ key: "k", operator: "Equal", value: "v" }] } } : heavy));
    expect(names(deschedule(ns, pods, noOwners, policy))).toEqual(["w-4"]);
  });

  it("validates thresholds; unset resources count as 100%", () => {
    expect(() => validateLowNodeUtilization({ thresholds: { cpu: 20 }, targetThresholds: { memory: 50 } })).toThrow(DeschedulerPolicyError);
    expect(() => validateLowNodeUtilization({ thresholds: { cpu: 60 }, targetThresholds: { cpu: 50 } })).toThrow(/greater than/);
    expect(() => validateLowNodeUtilization({ thresholds: { cpu: 20 }, targetThresholds: { cpu: 150 } })).toThrow(/range/);
    expect(validateLowNodeUtilization({ thresholds: { cpu: 20 }, targetThresholds: { cpu: 50 } })).toEqual({ low: { cpu: 20, memory: 100, pods: 100 }, high: { cpu: 50, memory: 100, pods: 100 } });
  });
});

describe("RemovePodsViolatingTopologySpreadConstraint", () => {
  const zones = [node("node-1", { labels: { zone: "a" } }), node("node-2", { labels: { zone: "a" } }), node("node-3", { labels: { zone: "b" } })];
  const tsc = (when: string) => ({ topologySpreadConstraints: [{ maxSkew: 1, topologyKey: "zone", whenUnsatisfiable: when, labelSelector: { matchLabels: { app: "web" } } }] });
  const web = (name: string, nodeName: string, when = "DoNotSchedule", extra: PodOpts = {}) => pod(name, nodeName, { labels: { app: "web" }, spec: tsc(when), ...extra });

  it("4 pods in zone a, 0 in zone b with maxSkew 1: moves 2", () => {
    const pods = [web("w-1", "node-1"), web("w-2", "node-1"), web("w-3", "node-2"), web("w-4", "node-2")];
    const ev = deschedule(zones, pods, noOwners, { removePodsViolatingTopologySpreadConstraint: true });
    expect(ev).toHaveLength(2);
    expect(ev.every((e) => e.strategy === "RemovePodsViolatingTopologySpreadConstraint")).toBe(true);
    expect(ev[0].reason).toBe("zone domains a=4, b=0 exceed maxSkew 1");
  });

  it("within maxSkew: nothing", () => {
    const pods = [web("w-1", "node-1"), web("w-2", "node-2"), web("w-3", "node-3")];
    expect(deschedule(zones, pods, noOwners, { removePodsViolatingTopologySpreadConstraint: true })).toEqual([]);
  });

  it("ScheduleAnyway constraints only when configured", () => {
    const pods = [1, 2, 3, 4].map((i) => web(`w-${i}`, "node-1", "ScheduleAnyway"));
    expect(deschedule(zones, pods, noOwners, { removePodsViolatingTopologySpreadConstraint: true })).toEqual([]);
    expect(deschedule(zones, pods, noOwners, { removePodsViolatingTopologySpreadConstraint: { constraints: ["DoNotSchedule", "ScheduleAnyway"] } })).toHaveLength(2);
  });

  it("topologyBalanceNodeFit: no eviction if the pod fits no node in a smaller domain", () => {
    const full = [node("node-1", { labels: { zone: "a" } }), node("node-2", { labels: { zone: "a" } }), node("node-3", { labels: { zone: "b" }, cpu: "1" })];
    const pods = [1, 2, 3, 4].map((i) => web(`w-${i}`, "node-1", "DoNotSchedule", { cpu: "2" }));
    expect(deschedule(full, pods, noOwners, { removePodsViolatingTopologySpreadConstraint: true })).toEqual([]);
    expect(deschedule(full, pods, noOwners, { removePodsViolatingTopologySpreadConstraint: { topologyBalanceNodeFit: false } })).toHaveLength(2);
  });

  it("evicts the lowest-priority pods of the large domain", () => {
    const pods = [web("w-1", "node-1", "DoNotSchedule", { priority: 10 }), web("w-2", "node-1", "DoNotSchedule", { priority: 0 }), web("w-3", "node-2", "DoNotSchedule", { priority: 10 })];
    // a=3, b=0, avg 1.5: move min(ceil(1.5), ceil(1.5), ceil((3-1)/2)) = 1
    expect(names(deschedule(zones, pods, noOwners, { removePodsViolatingTopologySpreadConstraint: true }))).toEqual(["w-2"]);
  });
});

describe("plugins together", () => {
  it("a pod chosen by two plugins is evicted once", () => {
    const zones = [node("node-1", { labels: { zone: "a" } }), node("node-2", { labels: { zone: "b" } })];
    const spec = { topologySpreadConstraints: [{ maxSkew: 1, topologyKey: "zone", whenUnsatisfiable: "DoNotSchedule", labelSelector: { matchLabels: { app: "web" } } }] };
    const pods = [1, 2, 3].map((i) => pod(`w-${i}`, "node-1", { labels: { app: "web" }, spec }));
    const ev = deschedule(zones, pods, noOwners, { removeDuplicates: true, removePodsViolatingTopologySpreadConstraint: true });
    // RemoveDuplicates: upperAvg ceil(3/2) = 2 -> w-3; the spread plugin also picks w-3 (a=3, b=0 -> move 1).
    expect(ev.map((e) => [e.pod, e.strategy])).toEqual([["w-3", "RemoveDuplicates"]]);
  });
});
