import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { simulate } from "../../engine/simulate";
import { podRow } from "../../engine/printers/podRow";
import { stateAt } from "../../engine/trace/state";
import type { Trace } from "../../engine/trace/types";
import { chipName, formatCpu, formatMemory, nameParts, nodeName, shortName, summary, type Translate } from "./describe";
import { chipColsFor, layoutNodeMap, NODE_W, nodesInBand } from "./layout";
import {
  buildIndexSliced,
  cachedIndex,
  changeIndex,
  indexTrace,
  indexTraceSteps,
  lookSince,
  nodeCardAt,
  nodeMapAt,
  nodeMapFromIndex,
  nodeMapIndex,
  nodeNamesAt,
  nodeSetIndex,
  peakAt,
  peakIndex,
  podClass,
  startCounts,
  stepCounts,
  unscheduledAt,
  workloadsUntil,
  type NodeMapIndex,
  type NodeMapState,
} from "./model";
import { nodemapStrings } from "./strings";
import { bigScenario, REVEAL_SCENARIO } from "./testing";

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
    // kubectl still says 1/1 Running, but the node controller set the pods' Ready condition False.
    expect(nodeName(en, node(m, "node-1"))).toBe("Node node-1: NotReady, tainted. 2 pods, 0 ready. CPU requested 0 of 4. Memory requested 0 of 16Gi.");
    expect(nodeName(ko, node(m, "node-1"))).toContain("노드 node-1: NotReady, 테인트됨");
    expect(summary(en, m)).toBe("2 nodes, 1 Ready; 2 pods: 0 running and ready, 2 not ready, 0 waiting, 0 failing, 0 terminating, 0 completed; 0 unscheduled.");
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

/** The view's per-place answers (nodes in view, the lane) put together as the whole map. */
function byPlace(ix: NodeMapIndex, t: number, w: number): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const n of nodeNamesAt(ix, t)) {
    const c = nodeCardAt(ix, n, t, w)!;
    out[n] = c.pods.map((p) => `${p.name} ${p.status} ${p.cls}${p.leaving ? " leaving" : ""}`);
    out[n].push(`cpu ${c.cpu.requested.toFixed(3)} mem ${c.memory.requested} ${c.statusText}`);
  }
  out["<none>"] = unscheduledAt(ix, t, w).pods.map((p) => `${p.name} ${p.status} ${p.cls}${p.leaving ? " leaving" : ""}`);
  return out;
}
function whole(m: NodeMapState): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const c of m.nodes) {
    out[c.name] = c.pods.map((p) => `${p.name} ${p.status} ${p.cls}${p.leaving ? " leaving" : ""}`);
    out[c.name].push(`cpu ${c.cpu.requested.toFixed(3)} mem ${c.memory.requested} ${c.statusText}`);
  }
  out["<none>"] = m.unscheduled.map((p) => `${p.name} ${p.status} ${p.cls}${p.leaving ? " leaving" : ""}`);
  return out;
}

describe("queries by place (what the view draws) agree with the whole map", () => {
  for (const [name, trace] of [
    ["cluster/40 node failure", () => traceOf("fidelity/cases/cluster/40-node-failure-eviction/manifest.yaml", 480)],
    ["two nodes + descheduler", () => traceOf("examples/two-nodes-descheduler.yaml")],
    ["rolling update", () => traceOf("examples/rolling-update.yaml")],
    ["reveal scenario", () => traceOfText(REVEAL_SCENARIO)],
  ] as const) {
    it(`${name}: at every change instant, with and without the leaving window`, () => {
      const tr = trace();
      const ix = nodeMapIndex(tr);
      for (const t of [-1, ...ix.changeTimes, ...ix.changeTimes.map((x) => x + 0.5)])
        for (const w of [0, 1]) expect(byPlace(ix, t, w), `t=${t} w=${w}`).toEqual(whole(nodeMapFromIndex(ix, t, w)));
      for (const t of ix.changeTimes) {
        const full = nodeMapFromIndex(ix, t);
        expect(unscheduledAt(ix, t).count, `t=${t}`).toBe(full.counts.unscheduled);
        // Counted in slices of 3 pods, the summary's numbers are the whole map's.
        const job = startCounts(ix, t);
        let n = 0;
        while (!stepCounts(ix, job, () => ++n % 3 === 0));
        expect(job.counts, `t=${t}`).toEqual(full.counts);
      }
      // A limited lane still counts every pending pod.
      const first = ix.changeTimes[0];
      const all = unscheduledAt(ix, first);
      expect(unscheduledAt(ix, first, 0, 1)).toEqual({ pods: all.pods.slice(0, 1), count: all.count });
    });
  }
});

describe("reveal: nothing after the playhead shapes the map", () => {
  const trace = traceOfText(REVEAL_SCENARIO);
  const ix = nodeMapIndex(trace);

  it("a pod applied at 40 s is on no node before it, and on one after", () => {
    const where = (t: number) => nodeMapAt(trace, t).nodes.flatMap((n) => n.pods.map((p) => p.name));
    expect(where(39.9)).not.toContain("late-visitor");
    expect(where(40.5)).toContain("late-visitor");
  });

  it("node-3 exists only from 60 s; the node list changes only at joins and losses", () => {
    expect(nodeNamesAt(ix, 59.9)).toEqual(["node-1", "node-2"]);
    expect(nodeNamesAt(ix, 60)).toEqual(["node-1", "node-2", "node-3"]);
    expect(nodeSetIndex(ix, 30)).toBe(nodeSetIndex(ix, 59.9));
    expect(nodeSetIndex(ix, 60)).toBe(nodeSetIndex(ix, 59.9) + 1);
  });

  it("box sizes grow with the peak up to the playhead; the whole run's peak only at Infinity", () => {
    const host = nodeMapAt(trace, 41).nodes.find((n) => n.pods.some((p) => p.name === "late-visitor"))!.name;
    expect(peakAt(ix, host, 39)).toBe(1);
    expect(peakAt(ix, host, 41)).toBe(2);
    expect(peakAt(ix, host, Infinity)).toBe(ix.peakPods.get(host));
    expect(peakAt(ix, "node-3", 200)).toBe(0);
    // The peak up to t is exactly the most pods seen at any change instant up to t.
    for (const t of [0, 20, 45, 100, 239]) {
      const seen = Math.max(0, ...ix.changeTimes.filter((x) => x <= t).map((x) => nodeMapAt(trace, x).nodes.find((n) => n.name === host)?.pods.length ?? 0));
      expect(peakAt(ix, host, t), `t=${t}`).toBe(seen);
    }
    expect(peakIndex(ix, 30)).toBe(peakIndex(ix, 39));
    expect(peakIndex(ix, 41)).toBeGreaterThan(peakIndex(ix, 39));
  });

  it("the legend's workloads appear with their first pod; colours keep first-seen order", () => {
    expect(workloadsUntil(ix, 39).map((w) => w.key)).toEqual(["Deployment/web"]);
    expect(workloadsUntil(ix, Infinity).map((w) => [w.key, w.index])).toEqual([
      ["Deployment/web", 0],
      ["Pod/late-visitor", 1],
    ]);
    expect(workloadsUntil(ix, -1)).toEqual([]);
  });
});

describe("chips: workload, generated suffix, the pod's Ready condition", () => {
  const trace = traceOfText(REVEAL_SCENARIO);
  const ix = nodeMapIndex(trace);
  const chip = (t: number, name: string) => nodeMapAt(trace, t).nodes.flatMap((n) => n.pods).find((p) => p.name.startsWith(name))!;

  it("a Deployment's pods carry the Deployment (through their ReplicaSet) and the length of the generated part", () => {
    const web = chip(20, "web-");
    expect(web.workload).toBe("Deployment/web");
    expect(web.workloadIndex).toBe(0);
    expect(web.name.slice(-web.suffix)).toMatch(/^-[a-z0-9]+-[a-z0-9]{5}$/);
    const bare = chip(45, "late-visitor");
    expect(bare).toMatchObject({ workload: "Pod/late-visitor", workloadIndex: 1, suffix: 0 });
  });

  it("a Job's pods carry the Job", () => {
    const job = traceOf("src/lessons/scenarios/sidecar-job.yaml");
    const jix = nodeMapIndex(job);
    expect(jix.workloads.some((w) => w.kind === "Job")).toBe(true);
  });

  it("on a NotReady node kubectl shows the stale 1/1 Running, the chip the pod's Ready=False", () => {
    const before = nodeMapAt(trace, 100).nodes.find((n) => n.name === "node-2")!;
    expect(before.pods[0]).toMatchObject({ status: "Running", ready: "1/1", cls: "ready", podReady: "True", readyMismatch: false });
    const lost = nodeMapAt(trace, 200).nodes.find((n) => n.name === "node-2")!;
    expect(lost.ready).toBe(false);
    expect(lost.pods[0]).toMatchObject({ status: "Running", ready: "1/1", cls: "notReady", podReady: "False", readyMismatch: true });
    expect(chipName(translator("en"), lost.pods[0])).toMatch(/^Pod web-.*: Running, 1\/1 ready; Ready condition False$/);
    expect(chipName(translator("ko"), lost.pods[0])).toContain("Ready 컨디션 False");
  });

  it("names are cut in the middle, never in the generated suffix", () => {
    expect(shortName("web-77cc4cf496-7684c", 13, 17)).toBe("w…-77cc4cf496-7684c");
    expect(shortName("frontend-canary-658949dc49-4dmdj", 24, 17)).toBe("fronte…-658949dc49-4dmdj");
    expect(shortName("short-x2k4q", 13, 6)).toBe("short-x2k4q");
    expect(nameParts("web-658949dc49-4dmdj", 17)).toEqual({ head: "web", tail: "-658949dc49-4dmdj" });
    expect(nameParts("liveness-exec", 0)).toEqual({ head: "liveness", tail: "-exec" });
    expect(nameParts("pod-1", 0)).toEqual({ head: "pod-1", tail: "" });
  });

  it("two chips to a row only when every name of the run fits one whole", () => {
    expect(chipColsFor(nodeMapIndex(traceOf("examples/fifty-pods.yaml")).longestName)).toBe(2);
    expect(chipColsFor(ix.longestName)).toBe(1);
  });
});

describe("lookSince: where a chip click moves the playhead", () => {
  const trace = traceOfText(REVEAL_SCENARIO);
  const ix = nodeMapIndex(trace);
  it("goes back to when the chip took its current look, never forward", () => {
    const lost = nodeMapAt(trace, 200).nodes.find((n) => n.name === "node-2")!.pods[0];
    const marked = trace.entries.find((e) => e.type === "write" && e.ref.kind === "Pod" && e.ref.name === lost.name && e.cause?.rule === "node.podsNotReady")!;
    expect(lookSince(ix, lost.namespace, lost.name, 200)).toBe(marked.t);
    // Running and ready since it started: the moment it became 1/1.
    const at20 = lookSince(ix, lost.namespace, lost.name, 20)!;
    expect(at20).toBeLessThanOrEqual(20);
    expect(nodeMapAt(trace, at20).nodes.flatMap((n) => n.pods).find((p) => p.name === lost.name)).toMatchObject({ status: "Running", ready: "1/1" });
    expect(nodeMapAt(trace, at20 - 0.001).nodes.flatMap((n) => n.pods).find((p) => p.name === lost.name)?.ready).not.toBe("1/1");
    // A pod that does not exist yet has no moment.
    expect(lookSince(ix, "default", "late-visitor", 30)).toBeUndefined();
    expect(lookSince(ix, "default", "late-visitor", 40.5)).toBe(40);
  });
});

describe("virtualised drawing", () => {
  it("nodesInBand returns only the boxes that meet the band, in order", () => {
    const names = Array.from({ length: 1000 }, (_, i) => `n-${i}`);
    const l = layoutNodeMap(names, () => 10, 0, 1024, 1);
    const band = nodesInBand(l, 2000, 2720);
    expect(band.length).toBeGreaterThan(0);
    expect(band.length).toBeLessThan(40);
    for (const n of band) {
      const b = l.nodes.get(n)!;
      expect(b.y <= 2720 && b.y + b.h >= 2000).toBe(true);
    }
    const outside = names.filter((n) => !band.includes(n));
    for (const n of outside) {
      const b = l.nodes.get(n)!;
      expect(b.y > 2720 || b.y + b.h < 2000).toBe(true);
    }
  });
});

describe("building the index in slices", () => {
  it("gives the same index as at once, over several tasks", async () => {
    const trace = traceOfText(bigScenario(20, 4, 50, true));
    const whole = indexTrace(trace);
    let steps = 0;
    const gen = indexTraceSteps(trace);
    while (!gen.next().done) steps++;
    expect(steps).toBeGreaterThan(3);
    const sliced = await new Promise<NodeMapIndex>((resolve) => buildIndexSliced(trace, 0, resolve));
    expect(cachedIndex(trace)).toBe(sliced);
    expect(nodeMapIndex(trace)).toBe(sliced);
    for (const k of ["nodeNames", "changeTimes", "peakTimes", "nodeSetTimes", "workloadTimes", "longestName", "peakUnscheduled"] as const) expect(sliced[k], k).toEqual(whole[k]);
    expect(sliced.workloads.map((w) => w.key)).toEqual(whole.workloads.map((w) => w.key));
    for (const t of [0, 30, 90, 180]) expect(nodeMapFromIndex(sliced, t)).toEqual(nodeMapFromIndex(whole, t));
  });
});
