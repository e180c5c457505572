import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { simulate } from "../../engine/simulate";
import { podRow } from "../../engine/printers/podRow";
import { stateAt } from "../../engine/trace/state";
import type { Trace } from "../../engine/trace/types";
import { formatCpu, formatMemory, nodeName, shortName, summary, type Translate } from "./describe";
import { layoutNodeMap, NODE_W } from "./layout";
import { changeIndex, indexTrace, nodeMapAt, nodeMapIndex, podClass, type NodeMapState } from "./model";
import { nodemapStrings } from "./strings";
import { bigScenario } from "./testing";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

function traceOfText(text: string, until?: number): Trace {
  const r = simulate(text, until === undefined ? {} : { until });
  if (r.errors.length) throw new Error(r.errors.map((e) => e.message).join("\n"));
  return r.trace;
}
const traceOf = (path: string, until?: number) => traceOfText(readFileSync(ROOT + path, "utf8"), until);

function translator(locale: "en" | "ko"): Translate {
  const table: Record<string, string> = nodemapStrings[locale];
  return (key, vars = {}) => (table[key] ?? key).replace(/\{(\w+)\}/g, (_, k: string) => (k in vars ? String(vars[k]) : `{${k}}`));
}

/** node → sorted "name STATUS" of its live pods. */
function placement(m: NodeMapState): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const n of m.nodes) out[n.name] = n.pods.filter((p) => !p.leaving).map((p) => `${p.name} ${p.status}`).sort();
  out["<none>"] = m.unscheduled.filter((p) => !p.leaving).map((p) => `${p.name} ${p.status}`).sort();
  return out;
}

/** The same thing computed the slow way, from a full stateAt replay (the oracle). */
function placementByReplay(trace: Trace, t: number): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const objs = [...stateAt(trace, t).values()];
  for (const o of objs) if (o.kind === "Node") out[o.metadata.name] = [];
  out["<none>"] = [];
  for (const o of objs) {
    if (o.kind !== "Pod") continue;
    const where = o.spec?.nodeName && o.spec.nodeName in out ? o.spec.nodeName : "<none>";
    out[where].push(`${o.metadata.name} ${podRow(o, t, trace.epochMs).status}`);
  }
  for (const k of Object.keys(out)) out[k].sort();
  return out;
}

const node = (m: NodeMapState, name: string) => {
  const n = m.nodes.find((x) => x.name === name);
  if (!n) throw new Error(`no node ${name}`);
  return n;
};

describe("nodeMapAt: node failure and eviction (fidelity cluster/40)", () => {
  const trace = traceOf("fidelity/cases/cluster/40-node-failure-eviction/manifest.yaml", 480);

  it("before node-2 joins: one Ready node with both replicas", () => {
    const m = nodeMapAt(trace, 5);
    expect(m.nodes.map((n) => n.name)).toEqual(["node-1"]);
    const n1 = node(m, "node-1");
    expect(n1).toMatchObject({ ready: true, readyCondition: "True", cordoned: false, taints: [], statusText: "Ready" });
    expect(n1.pods).toHaveLength(2);
    expect(n1.pods.every((p) => p.name.startsWith("web-"))).toBe(true);
    expect(n1.cpu.allocatable).toBe(4);
    expect(n1.memory.allocatable).toBe(16 * 2 ** 30);
  });

  it("at 20 s: node-2 joined empty; nothing moves by itself", () => {
    const m = nodeMapAt(trace, 20);
    expect(m.nodes.map((n) => n.name)).toEqual(["node-1", "node-2"]);
    expect(node(m, "node-1").pods).toHaveLength(2);
    expect(node(m, "node-2").pods).toHaveLength(0);
    expect(node(m, "node-2").ready).toBe(true);
    expect(node(m, "node-1").pods.every((p) => p.status === "Running" && p.ready === "1/1" && p.cls === "ready")).toBe(true);
    expect(m.counts).toMatchObject({ nodes: 2, readyNodes: 2, pods: 2, unscheduled: 0 });
  });

  it("at 200 s: node-1 NotReady (Ready=Unknown) and tainted unreachable; kubectl still shows stale Running 1/1", () => {
    const m = nodeMapAt(trace, 200);
    const n1 = node(m, "node-1");
    expect(n1).toMatchObject({ ready: false, readyCondition: "Unknown", statusText: "NotReady" });
    expect(n1.taints).toEqual(["node.kubernetes.io/unreachable:NoSchedule", "node.kubernetes.io/unreachable:NoExecute"]);
    expect(n1.pods.map((p) => `${p.status} ${p.ready}`)).toEqual(["Running 1/1", "Running 1/1"]);
    expect(m.counts.readyNodes).toBe(1);
  });

  it("at 420 s: replacements Running on node-2, the evicted pods Terminating on node-1", () => {
    const m = nodeMapAt(trace, 420);
    const n1 = node(m, "node-1");
    const n2 = node(m, "node-2");
    expect(n1.pods.map((p) => p.cls)).toEqual(["terminating", "terminating"]);
    expect(n1.pods.every((p) => p.status === "Terminating")).toBe(true);
    expect(n2.pods).toHaveLength(2);
    expect(n2.pods.every((p) => p.status === "Running")).toBe(true);
    expect(m.counts.byClass.terminating).toBe(2);
    expect(m.unscheduled).toEqual([]);
  });

  it("at 475 s: node-1 back, untainted and empty; nothing moves back", () => {
    const m = nodeMapAt(trace, 475);
    const n1 = node(m, "node-1");
    expect(n1).toMatchObject({ ready: true, taints: [], pods: [] });
    expect(node(m, "node-2").pods).toHaveLength(2);
  });

  it("agrees with a full stateAt replay at every change instant", () => {
    const ix = nodeMapIndex(trace);
    const times = [...ix.changeTimes, 0, 33.3, 250, 480];
    for (const t of times) expect(placement(nodeMapAt(trace, t)), `t=${t}`).toEqual(placementByReplay(trace, t));
  });

  it("fades deleted pods in place only inside the leaving window", () => {
    // The evicted pods disappear from node-1 after it comes back.
    const ix = nodeMapIndex(trace);
    const gone = ix.changeTimes.find((t) => t > 460 && nodeMapAt(trace, t).nodes[0].pods.length < 2)!;
    expect(gone).toBeDefined();
    const m = nodeMapAt(trace, gone, 1);
    expect(m.nodes[0].pods.some((p) => p.leaving)).toBe(true);
    expect(m.counts.pods).toBe(nodeMapAt(trace, gone).counts.pods);
    expect(nodeMapAt(trace, gone + 5, 1).nodes[0].pods.filter((p) => p.leaving)).toEqual([]);
  });

  it("keeps a fixed layout from each node's peak", () => {
    const ix = indexTrace(trace);
    expect(ix.nodeNames).toEqual(["node-1", "node-2"]);
    expect(ix.peakPods.get("node-1")).toBe(2);
    expect(ix.peakPods.get("node-2")).toBe(2);
    const l = layoutNodeMap(ix.nodeNames, (n) => ix.peakPods.get(n) ?? 0, ix.peakUnscheduled, 3 * NODE_W + 100);
    expect(l.columns).toBe(3);
    const [a, b] = ix.nodeNames.map((n) => l.nodes.get(n)!);
    expect(a.y).toBe(b.y);
    expect(b.x).toBeGreaterThan(a.x);
    expect(a.capacity).toBeGreaterThanOrEqual(2);
  });

  it("re-renders only at change instants (changeIndex is constant between them)", () => {
    const ix = nodeMapIndex(trace);
    expect(changeIndex(ix, 0)).toBeGreaterThan(0);
    expect(changeIndex(ix, 250.1)).toBe(changeIndex(ix, 250.9));
    expect(changeIndex(ix, 480)).toBe(ix.changeTimes.length);
  });

  it("names nodes and summarises in English and Korean", () => {
    const m = nodeMapAt(trace, 200);
    const en = translator("en");
    const ko = translator("ko");
    expect(nodeName(en, node(m, "node-1"))).toBe("Node node-1: NotReady, tainted. 2 pods, 2 ready. CPU requested 0 of 4. Memory requested 0 of 16Gi.");
    expect(nodeName(ko, node(m, "node-1"))).toContain("노드 node-1: NotReady, 테인트됨");
    expect(summary(en, m)).toBe("2 nodes, 1 Ready; 2 pods: 2 running and ready, 0 not ready, 0 waiting, 0 failing, 0 terminating, 0 completed; 0 unscheduled.");
    expect(summary(ko, m)).toContain("노드 2개, Ready 1개");
    expect(Object.keys(nodemapStrings.ko).sort()).toEqual(Object.keys(nodemapStrings.en).sort());
    expect(nodemapStrings.ko["nodemap.label"]).toBe("노드 맵");
    expect(nodemapStrings.en["nodemap.label"]).toBe("Node map");
  });
});

describe("nodeMapAt: unscheduled pods, requests and cordon", () => {
  const text = `apiVersion: v1
kind: Pod
metadata: {name: small}
spec:
  containers:
  - name: app
    image: nginx:1.27
    resources: {requests: {cpu: 250m, memory: 128Mi}}
---
apiVersion: v1
kind: Pod
metadata: {name: huge}
spec:
  containers:
  - name: app
    image: nginx:1.27
    resources: {requests: {cpu: "10"}}
---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: 2m
  nodes:
  - {name: a, cpu: "2", memory: 4Gi}
  - {name: b, cpu: "2", memory: 4Gi}
  actions:
  - at: 30s
    cordon: b
`;
  const trace = traceOfText(text);

  it("puts the pod that fits nowhere in the Unscheduled lane and sums requests on the node", () => {
    const m = nodeMapAt(trace, 20);
    expect(m.unscheduled.map((p) => [p.name, p.status, p.cls])).toEqual([["huge", "Pending", "waiting"]]);
    const host = m.nodes.find((n) => n.pods.some((p) => p.name === "small"))!;
    expect(host.cpu).toEqual({ requested: 0.25, allocatable: 2 });
    expect(host.memory.requested).toBe(128 * 2 ** 20);
    expect(formatCpu(host.cpu.requested)).toBe("250m");
    expect(shortName("web-77cc4cf496-7684c")).toBe("web-77c…7684c");
    expect(shortName("small")).toBe("small");
    expect([formatCpu(80 * 0.1), formatCpu(1.5), formatCpu(0)]).toEqual(["8", "1500m", "0"]);
    expect(formatMemory(host.memory.requested)).toBe("128Mi");
    expect(m.counts.unscheduled).toBe(1);
  });

  it("shows a cordoned node as SchedulingDisabled", () => {
    const before = nodeMapAt(trace, 20).nodes.find((n) => n.name === "b")!;
    const after = nodeMapAt(trace, 40).nodes.find((n) => n.name === "b")!;
    expect(before.cordoned).toBe(false);
    expect(after).toMatchObject({ cordoned: true, ready: true, statusText: "Ready,SchedulingDisabled" });
    expect(nodeName(translator("en"), after)).toContain("Ready, SchedulingDisabled");
  });
});

describe("podClass", () => {
  it("maps kubectl STATUS and READY to a colour class", () => {
    expect(podClass("Running", "1/1", "Running")).toBe("ready");
    expect(podClass("Running", "0/1", "Running")).toBe("notReady");
    expect(podClass("NotReady", "0/2", "Running")).toBe("notReady");
    expect(podClass("ContainerCreating", "0/1", "Pending")).toBe("waiting");
    expect(podClass("Init:0/1", "0/1", "Pending")).toBe("waiting");
    expect(podClass("CrashLoopBackOff", "0/1", "Running")).toBe("error");
    expect(podClass("Init:Error", "0/1", "Pending")).toBe("error");
    expect(podClass("ImagePullBackOff", "0/1", "Pending")).toBe("error");
    expect(podClass("OOMKilled", "0/1", "Running")).toBe("error");
    expect(podClass("Terminating", "1/1", "Running")).toBe("terminating");
    expect(podClass("Completed", "0/1", "Succeeded")).toBe("completed");
  });
});

describe("rolling update (examples/rolling-update.yaml)", () => {
  const trace = traceOf("examples/rolling-update.yaml");
  it("never shows more than 4 live pods and ends with 3 Running on the node", () => {
    const ix = nodeMapIndex(trace);
    for (const t of ix.changeTimes) expect(nodeMapAt(trace, t).counts.pods - nodeMapAt(trace, t).counts.byClass.terminating).toBeLessThanOrEqual(4);
    const end = nodeMapAt(trace, trace.until);
    expect(end.nodes[0].pods.filter((p) => p.cls === "ready")).toHaveLength(3);
  });
});

describe("performance: 100 nodes × 1,000 pods", () => {
  it("builds the index once and answers playhead moves by binary search (prints timings)", () => {
    const t0 = performance.now();
    const trace = traceOfText(bigScenario(100, 20, 50));
    const t1 = performance.now();
    const ix = indexTrace(trace);
    const t2 = performance.now();
    const samples = 200;
    let first = 0;
    for (let i = 0; i < samples; i++) {
      const s = performance.now();
      nodeMapAt(trace, (trace.until * i) / samples);
      if (i === 0) first = performance.now() - s;
    }
    const t3 = performance.now();
    // Warm: version-derived info is cached now.
    for (let i = 0; i < samples; i++) nodeMapAt(trace, (trace.until * i) / samples);
    const t4 = performance.now();
    const s0 = performance.now();
    stateAt(trace, trace.until);
    const s1 = performance.now();
    const end = nodeMapAt(trace, trace.until);
    const layoutStart = performance.now();
    layoutNodeMap(end.nodes.map((n) => n.name), (n) => ix.peakPods.get(n) ?? 0, ix.peakUnscheduled, 1600);
    const layoutMs = performance.now() - layoutStart;
    console.log(
      [
        `nodemap perf: ${trace.entries.length} entries, ${ix.nodeNames.length} nodes, ${ix.pods.length} pod keys, ${end.counts.pods} pods at the end`,
        `  simulate            ${(t1 - t0).toFixed(0)} ms`,
        `  indexTrace          ${(t2 - t1).toFixed(1)} ms`,
        `  nodeMapAt (cold)    ${((t3 - t2) / samples).toFixed(2)} ms avg over ${samples} (first ${first.toFixed(2)} ms)`,
        `  nodeMapAt (warm)    ${((t4 - t3) / samples).toFixed(2)} ms avg`,
        `  stateAt(until)      ${(s1 - s0).toFixed(2)} ms (one full replay, for comparison)`,
        `  layoutNodeMap       ${layoutMs.toFixed(2)} ms`,
      ].join("\n"),
    );
    expect(ix.nodeNames).toHaveLength(100);
    expect(end.counts.pods).toBeGreaterThanOrEqual(1000);
    expect(end.nodes.find((n) => n.name === "node-001")?.cordoned).toBe(true);
    expect(end.nodes.find((n) => n.name === "node-000")?.ready).toBe(false);
  });
});
