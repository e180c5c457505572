import { describe, expect, it } from "vitest";
import { simulate } from "../../engine/simulate";
import { DEFAULT_SCENARIO } from "../../scenarios/default";
import { kubectlIndex, watchAt } from "../kubectl/kubectlText";
import { describeAt, eventsAt } from "../kubectl/kubectlOutputs";
import { describeTarget, kubectlTranscript } from "./transcript";

const sim = simulate(DEFAULT_SCENARIO, { until: 120 });
const idx = kubectlIndex(sim.trace);

describe("kubectl transcript", () => {
  it("holds the panel's three outputs at the playhead, each after its command", () => {
    const text = kubectlTranscript(idx, 80, describeTarget(idx, 80, undefined), ["header line"]);
    expect(text.startsWith("# header line\n\n$ kubectl get pods -w\n")).toBe(true);
    expect(text).toContain(watchAt(idx, 80).trimEnd());
    expect(text).toContain(`$ kubectl get events\n${eventsAt(idx, 80).trimEnd()}`);
    expect(text).toContain(`$ kubectl describe pod liveness-exec\n${describeAt(idx, 80, "default", "liveness-exec")!.trimEnd()}`);
    expect(text).toMatch(/NAME\s+READY\s+STATUS/);
    expect(text).toContain("Unhealthy");
    expect(text.endsWith("\n")).toBe(true);
  });

  it("describes the selected pod, and says so when it does not exist", () => {
    expect(describeTarget(idx, 10, { kind: "pod", namespace: "default", pod: "other" })).toEqual({ namespace: "default", name: "other" });
    const text = kubectlTranscript(idx, 10, { namespace: "team", name: "other" });
    expect(text).toContain('$ kubectl describe pod other -n team\nError from server (NotFound): pods "other" not found');
  });

  it("shows nothing that happens after the playhead", () => {
    expect(kubectlTranscript(idx, 20, describeTarget(idx, 20, undefined))).not.toContain("Unhealthy");
  });
});
