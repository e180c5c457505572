import { describe, expect, it } from "vitest";
import { DEFAULT_SCENARIO } from "../../scenarios/default";
import { exportFileName, safeStem, scenarioName, timePart } from "./fileNames";

describe("export file names", () => {
  it("take the scenario's first top-level metadata.name", () => {
    expect(scenarioName(DEFAULT_SCENARIO)).toBe("liveness-exec");
    expect(scenarioName("metadata:\n  labels:\n    name: inner\n  name: outer\n")).toBe("outer");
    expect(scenarioName("kind: Deployment\nmetadata: {name: app-0, labels: {a: b}}\n")).toBe("app-0");
    expect(scenarioName('metadata:\n  # a comment\n  name: "quoted"\n')).toBe("quoted");
    expect(scenarioName("kind: Scenario\nspec: {}\n")).toBe("scenario");
  });

  it("are safe on every OS", () => {
    expect(safeStem("My Pod/../x")).toBe("my-pod-..-x");
    expect(safeStem("파드")).toBe("scenario");
    expect(safeStem("..")).toBe("scenario");
    expect(safeStem("a".repeat(100))).toHaveLength(60);
  });

  it("say what and when", () => {
    expect(timePart(76.54)).toBe("t76.5s");
    expect(exportFileName("timeline-svg", DEFAULT_SCENARIO, 12)).toBe("liveness-exec-timeline.svg");
    expect(exportFileName("nodemap-png", DEFAULT_SCENARIO, 12)).toBe("liveness-exec-nodemap-t12s.png");
    expect(exportFileName("kubectl-txt", DEFAULT_SCENARIO, 0)).toBe("liveness-exec-kubectl-t0s.txt");
    expect(exportFileName("scenario-yaml", DEFAULT_SCENARIO, 0)).toBe("liveness-exec.yaml");
  });
});
