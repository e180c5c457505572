import { describe, expect, it } from "vitest";
import { simulate } from "./simulate";
import { MAX_NOTES } from "./limits";

const crashing = (replicas: number) => `apiVersion: apps/v1
kind: Deployment
metadata: {name: crash}
spec:
  replicas: ${replicas}
  selector: {matchLabels: {app: crash}}
  template:
    metadata: {labels: {app: crash}}
    spec:
      containers: [{name: c, image: busybox:1.36, command: ["sh", "-c", "sleep 1; exit 1"]}]
`;

describe("podplay's work limit (docs/limits.md)", () => {
  it("stops a run whose reconciles, scheduling cycles and changes pass the limit, with a one-line reason, keeping what it simulated", () => {
    const r = simulate(crashing(50), { until: 3600, maxWork: 20_000 });
    expect(r.truncated).toMatch(/^stopped at t=\d+s: the run reached podplay's work limit \(20,000 units: callbacks, changes and pods scanned; see docs\/limits\.md\); shorten spec\.duration or simulate fewer pods$/);
    expect(r.trace.until).toBeLessThan(3600);
    expect(r.stats.work).toBeGreaterThan(20_000);
    expect(r.trace.entries.length).toBeGreaterThan(0);
  });

  it("the same run under the default limit goes to its horizon", () => {
    const r = simulate(crashing(50), { until: 600 });
    expect(r.truncated).toBeUndefined();
    expect(r.trace.until).toBe(600);
  });

  it("a script of actions on a missing pod keeps each note once, and at most MAX_NOTES of them", () => {
    const actions = Array.from({ length: MAX_NOTES + 50 }, (_, i) => `  - {at: ${i + 1}, crash: {pod: nope, container: c}}`).join("\n");
    const r = simulate(`apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: c, image: nginx}]\n---\napiVersion: podplay.dev/v1alpha1\nkind: Scenario\nspec:\n  duration: 2h\n  actions:\n${actions}\n`);
    expect(r.trace.notes).toHaveLength(MAX_NOTES + 1);
    expect(r.trace.notes[MAX_NOTES]).toMatchObject({ code: "notesLimit", message: "more than 1,000 notes: the rest of this run's notes are left out (podplay limit, see docs/limits.md)" });
  });
});
