import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { simulate } from "../../engine/simulate";
import { schedulingAt } from "./SchedulingDetails";

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
  it("finds nothing before the pod was scheduled", () => {
    const first = trace.scheduling![0];
    expect(schedulingAt(trace, first.namespace, first.pod, -1)).toBeUndefined();
  });
});
