import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { simulate } from "../../engine/simulate";
import type { Trace } from "../../engine/trace/types";
import { watchRows } from "../../engine/output/watch";
import { watchTranscriptWithTime } from "../../engine/printers/getPods";
import { kubectlIndex, watchAt, watchTailAt } from "./kubectlText";
import { describeAt, eventsAt, logsAt } from "./kubectlOutputs";

const text = readFileSync(new URL("../../../examples/exec-liveness.yaml", import.meta.url), "utf8");
const sim = simulate(text, { until: 120 });

describe("kubectl panel text", () => {
  it("at the end of the run is exactly what the CLI prints", () => {
    const idx = kubectlIndex(sim.trace);
    expect(watchAt(idx, 120)).toBe(watchTranscriptWithTime(watchRows(sim.trace).snapshots, sim.trace.epochMs));
  });
  it("shows only what happened up to the playhead", () => {
    const idx = kubectlIndex(sim.trace);
    expect(watchAt(idx, 50)).not.toContain("1 (");
    expect(watchAt(idx, 77)).toMatch(/1 \(1s ago\)/);
    expect(eventsAt(idx, 30)).not.toContain("Unhealthy");
    expect(eventsAt(idx, 46)).toContain("Unhealthy");
    expect(describeAt(idx, 80, "default", "liveness-exec")).toMatch(/Restart Count:\s+1/);
    expect(describeAt(idx, 80, "default", "nope")).toBeUndefined();
  });
  it("the panel's tail: the whole watch when short, else the header, a count of hidden lines and the last ones", () => {
    const idx = kubectlIndex(sim.trace);
    const earlier = (n: number) => `(${n} earlier)`;
    for (const t of [0, 1, 50, 77, 120]) expect(watchTailAt(idx, t, 100, earlier)).toBe(watchAt(idx, t));
    const full = watchAt(idx, 120).trimEnd().split("\n");
    const tail = watchTailAt(idx, 120, 3, earlier).trimEnd().split("\n");
    expect(tail).toEqual([full[0], `(${full.length - 3} earlier)`, ...full.slice(-2)]);
    // An unchanged playhead position in the same stretch gives the very same string (no re-render).
    expect(watchTailAt(idx, 100, 3, earlier)).toBe(watchTailAt(idx, 101, 3, earlier));
  });
});

describe("kubectl logs when a big run's logs come after its picture", () => {
  it("reads the logs the trace has now, not the (empty) ones it grouped before they came", () => {
    const text = readFileSync(new URL("../../lessons/scenarios/container-logs.yaml", import.meta.url), "utf8");
    const { trace } = simulate(text);
    const logs = trace.logs ?? [];
    expect(logs.length).toBeGreaterThan(0);
    const pod = logs[0].pod;
    const t = trace.until;
    // As the page has the trace before the logs arrive (src/worker/assemble.ts endLogs).
    const arriving: Trace = { ...trace, logs: undefined };
    const idx = kubectlIndex(arriving);
    expect(logsAt(idx, t, "default", { pod, container: logs[0].container }).out).toBe("");
    arriving.logs = logs;
    expect(logsAt(idx, t, "default", { pod, container: logs[0].container }).out).toBe(logsAt(kubectlIndex(trace), t, "default", { pod, container: logs[0].container }).out);
    expect(logsAt(idx, t, "default", { pod, container: logs[0].container }).out).not.toBe("");
  });
});
