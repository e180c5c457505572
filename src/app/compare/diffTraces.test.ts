import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { simulate } from "../../engine/simulate";
import { diffTraces, summarize } from "./diffTraces";

const EXEC = readFileSync(new URL("../../../examples/exec-liveness.yaml", import.meta.url), "utf8");
const run = (text: string, until = 150) => simulate(text, { until }).trace;

/** The docs' exec-liveness pod, but its file never disappears: no probe failure, no restart. */
const HEALTHY = EXEC.replace("touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600", "touch /tmp/healthy; sleep 600");

describe("diffTraces", () => {
  it("finds nothing between a run and itself", () => {
    const d = diffTraces(run(EXEC), run(EXEC));
    expect(d.pods).toEqual([]);
    expect(d.first).toBeUndefined();
    expect(summarize(d)).toEqual([]);
  });

  it("finds where the restarts differ, when they start and how many there are", () => {
    const d = diffTraces(run(EXEC), run(HEALTHY));
    expect(d.until).toBe(150);
    expect(d.first).toBe(76);
    expect(d.pods).toHaveLength(1);
    const p = d.pods[0];
    expect(p.pod).toBe("liveness-exec");
    expect(p.only).toBeUndefined();
    // From the first restart to the end of the run the RESTARTS column differs.
    expect(p.ranges).toEqual([{ start: 76, end: 150 }]);
    expect(p.restarts).toEqual({ A: { first: 76, total: 2 }, B: { first: undefined, total: 0 } });
    expect(summarize(d)).toEqual([{ kind: "restarts", pod: "liveness-exec", a: 76, b: undefined, totalA: 2, totalB: 0 }]);
  });

  it("is symmetric in which run is A", () => {
    const d = diffTraces(run(HEALTHY), run(EXEC));
    expect(d.pods[0].restarts.B).toEqual({ first: 76, total: 2 });
    expect(d.pods[0].ranges).toEqual([{ start: 76, end: 150 }]);
  });

  it("reports pods found in one run only", () => {
    const extra = EXEC + "\n---\n" + HEALTHY.replace("name: liveness-exec", "name: extra");
    const d = diffTraces(run(EXEC), run(extra));
    const only = d.pods.find((p) => p.pod === "extra");
    expect(only?.only).toBe("B");
    expect(only?.first).toBe(0);
    expect(summarize(d)).toContainEqual({ kind: "only", pod: "extra", side: "B" });
    // The shared pod is identical in both.
    expect(d.pods.map((p) => p.pod)).toEqual(["extra"]);
  });

  it("notices a status one run never shows and when each became ready", () => {
    const crash = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: app\nspec:\n  containers:\n  - name: c\n    image: busybox:1.36\n    command: [\"sh\", \"-c\", \"exit 1\"]\n";
    const fine = crash.replace('"exit 1"', '"sleep 3600"');
    const d = diffTraces(run(crash, 120), run(fine, 120));
    const p = d.pods[0];
    expect(p.statusOnly.A).toContain("CrashLoopBackOff");
    // The crashing container never shows Running for long enough to be printed.
    expect(p.statusOnly.B).toEqual(["Running"]);
    expect(p.ready.A).toBeUndefined();
    expect(p.ready.B).toBeGreaterThan(0);
    const kinds = summarize(d).map((f) => f.kind);
    expect(kinds).toEqual(["restarts", "ready", "status", "status"]);
  });

  it("compares only the shorter run's horizon", () => {
    const d = diffTraces(run(EXEC, 150), run(EXEC, 60));
    expect(d.until).toBe(60);
    expect(d.pods).toEqual([]);
  });

  it("matches a Deployment's pods across runs by workload and creation order, though their generated names differ", () => {
    const deployment = (command: string) => `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: 2
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
      - name: app
        image: busybox:1.36
        command: ["sh", "-c", "${command}"]`;
    const a = run(deployment("sleep 3600"), 60);
    const b = run(deployment("sleep 20; exit 1"), 60);
    const d = diffTraces(a, b);
    // The template differs, so the ReplicaSet hash and every pod name differ; still two pods, each matched.
    expect(d.pods).toHaveLength(2);
    for (const p of d.pods) {
      expect(p.only).toBeUndefined();
      expect(p.names.A).toMatch(/^web-[a-z0-9]+-[a-z0-9]+$/);
      expect(p.names.B).toMatch(/^web-[a-z0-9]+-[a-z0-9]+$/);
      expect(p.names.A).not.toBe(p.names.B);
      expect(p.pod).toBe(`${p.names.A} / ${p.names.B}`);
      expect(p.restarts.A.total).toBe(0);
      expect(p.restarts.B.total).toBeGreaterThan(0);
    }
  });
});
