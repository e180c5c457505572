import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { simulate } from "../../engine/simulate";
import { watchRows } from "../../engine/output/watch";
import { watchTranscriptWithTime } from "../../engine/printers/getPods";
import { describeAt, eventsAt, kubectlIndex, watchAt } from "./kubectlText";

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
});
