import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { createElement, type FunctionComponent } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { simulate } from "../../engine/simulate";
import type { SchedulingRecord } from "../../engine/trace/types";
import { FIRST_NODES, orderNodes, rejectedGroups, schedulingAt } from "./SchedulingDetails";
import { schedulingStrings } from "./schedulingStrings";

// The component is loaded by a computed path (tsconfig.node.json type-checks tests without JSX).
const COMPONENT = "./SchedulingDetails.tsx";
const { SchedulingDetails } = (await import(/* @vite-ignore */ COMPONENT)) as { SchedulingDetails: FunctionComponent<{ record: SchedulingRecord; locale: "en" | "ko" }> };

describe("scheduling details for the why panel", () => {
  const text = readFileSync(new URL("../../../examples/two-nodes-descheduler.yaml", import.meta.url), "utf8");
  const trace = simulate(text, { until: 20 }).trace;
  it("keeps each node's verdict and per-plugin scores of a pod's scheduling cycle", () => {
    const first = trace.scheduling![0];
    const rec = schedulingAt(trace, first.namespace, first.pod, 20)!;
    expect(rec.node).toMatch(/^node-[12]$/);
    expect(rec.nodes.map((n) => n.node).sort()).toEqual(["node-1", "node-2"]);
    const chosen = rec.nodes.find((n) => n.node === rec.node)!;
    expect(chosen.filter.ok).toBe(true);
    expect(Object.keys(chosen.scores ?? {})).toEqual(expect.arrayContaining(["NodeResourcesFit", "PodTopologySpread", "TaintToleration"]));
    // The chosen node has the highest total (ties go to the first by name).
    expect(Math.max(...rec.nodes.map((n) => n.total ?? -1))).toBe(chosen.total);
  });
  it("finds nothing before the pod was scheduled: a cycle after the playhead is not shown", () => {
    const first = trace.scheduling![0];
    expect(schedulingAt(trace, first.namespace, first.pod, -1)).toBeUndefined();
    expect(schedulingAt(trace, first.namespace, first.pod, first.t - 0.001)).toBeUndefined();
    expect(schedulingAt(trace, first.namespace, first.pod, first.t)).toBe(first);
  });
});

const record: SchedulingRecord = {
  t: 10,
  namespace: "default",
  pod: "web-658949dc49-4dmdj",
  node: "node-b",
  nodes: [
    { node: "node-a", filter: { ok: true }, scores: { NodeResourcesFit: { raw: 50, normalized: 50, weight: 1 }, NodeResourcesBalancedAllocation: { raw: 90, normalized: 90, weight: 1 }, TaintToleration: { raw: 0, normalized: 100, weight: 3 } }, total: 440 },
    { node: "node-b", filter: { ok: true }, scores: { NodeResourcesFit: { raw: 80, normalized: 80, weight: 1 }, NodeResourcesBalancedAllocation: { raw: 95, normalized: 95, weight: 1 }, TaintToleration: { raw: 0, normalized: 100, weight: 3 } }, total: 475 },
    ...Array.from({ length: 12 }, (_, i) => ({ node: `node-z${String(i).padStart(2, "0")}`, filter: { ok: false as const, plugin: i < 9 ? "NodeResourcesFit" : "TaintToleration", reason: i < 9 ? "Insufficient cpu" : "node(s) had untolerated taint {node.kubernetes.io/unreachable: }" } })),
  ],
};

describe("SchedulingDetails: readable in a narrow column", () => {
  it("orders the chosen node first, then by score, then the rejected; groups rejections by reason", () => {
    expect(orderNodes(record).map((n) => n.node).slice(0, 3)).toEqual(["node-b", "node-a", "node-z00"]);
    expect(rejectedGroups(record)).toEqual([
      { plugin: "NodeResourcesFit", reason: "Insufficient cpu", count: 9 },
      { plugin: "TaintToleration", reason: "node(s) had untolerated taint {node.kubernetes.io/unreachable: }", count: 3 },
    ]);
  });

  it("draws one line per node (no wide table), plugin scores per node, the first few nodes and a Show all", () => {
    const html = renderToStaticMarkup(createElement(SchedulingDetails, { record, locale: "en" }));
    expect(html).toContain("Scheduling: placed on node-b");
    // One row per listed node; the plugin table has two columns, never one per plugin.
    expect(html.match(/class="sched-node[ "]/g)).toHaveLength(FIRST_NODES);
    expect(html).toContain('<li class="sched-node sched-chosen" aria-current="true">');
    expect(html).toContain("score 475");
    expect(html).toContain("<th scope=\"row\"><span>Node</span><span><wbr/>Resources</span><span><wbr/>Balanced</span><span><wbr/>Allocation</span></th><td>95 × 1 = 95</td>");
    expect(html.match(/<th scope="col">/g)).toHaveLength(2 * 2);
    expect(html).toContain("Show all 14 nodes");
    expect(html).toContain("Rejected: NodeResourcesFit (Insufficient cpu) ×9, TaintToleration");
  });

  it("speaks Korean", () => {
    const html = renderToStaticMarkup(createElement(SchedulingDetails, { record, locale: "ko" }));
    expect(html).toContain("점수 475");
    expect(html).toContain("노드 14개 모두 보기");
    expect(html).toContain("✓ 선택됨");
    expect(Object.keys(schedulingStrings.ko).sort()).toEqual(Object.keys(schedulingStrings.en).sort());
  });
});
