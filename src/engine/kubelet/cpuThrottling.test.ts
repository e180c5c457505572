import { describe, expect, it } from "vitest";
import { simulate } from "../simulate";
import { cliJson } from "../output/cliJson";

// A CPU limit becomes a CFS quota (pkg/kubelet/cm/helpers_linux.go MilliCPUToQuota: quota =
// milliCPU × period / 1000, period 100 ms); exceeding it throttles, never kills. Memory limits
// are the ones that end in OOMKilled (see the OOM tests).

const pod = (command: string, limits: string, extra = "") => `apiVersion: v1
kind: Pod
metadata: {name: burner}
spec:
  containers:
  - name: app
    image: ${command}
    resources:
      limits: {${limits}}
${extra}`;

function run(text: string, until = 300) {
  const res = simulate(text, { until });
  return { res, json: cliJson(res) };
}

describe("CPU limits throttle without killing", () => {
  it("stress --cpu 2 under a 500m limit keeps running, 0 restarts, and the run says it is throttled", () => {
    const { res, json } = run(pod('polinux/stress\n    command: ["stress", "--cpu", "2"]', "cpu: 500m"));
    expect(res.errors).toEqual([]);
    const last = json.watch.filter((r) => r.pod === "burner").pop();
    expect(last).toMatchObject({ status: "Running", restarts: 0, ready: "1/1" });
    expect(json.events.some((e) => e.reason === "Killing" || e.reason === "BackOff")).toBe(false);
    const notes = json.notes.filter((n) => n.code === "cpuThrottled");
    expect(notes).toHaveLength(1);
    expect(notes[0].message).toContain("wants 2 CPU but its limit is 500m");
    expect(notes[0].message).toContain("25% of what it wants");
  });

  it("no limit, or demand within the limit: no throttling", () => {
    expect(run(pod('polinux/stress\n    command: ["stress", "--cpu", "1"]', "cpu: 1500m")).json.notes.filter((n) => n.code === "cpuThrottled")).toEqual([]);
    expect(run(pod('polinux/stress\n    command: ["stress", "--cpu", "1"]', "memory: 1Gi")).json.notes.filter((n) => n.code === "cpuThrottled")).toEqual([]);
  });

  it("a behaviour's cpu demand and a busy shell loop are throttled too", () => {
    const custom = `${pod("example/app:1", "cpu: 200m")}---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  behaviors:
  - {image: example/app:1, cpu: 750m}`;
    const n1 = run(custom).json.notes.find((n) => n.code === "cpuThrottled");
    expect(n1?.message).toContain("wants 750m CPU but its limit is 200m: the kernel's CFS quota throttles it to 200m CPU (27% of what it wants)");
    const loop = run(pod('busybox:1.36\n    command: ["sh", "-c", "while true; do :; done"]', "cpu: 100m"));
    expect(loop.json.notes.find((n) => n.code === "cpuThrottled")?.message).toContain("wants 1 CPU but its limit is 100m");
  });

  it("an invalid behaviour cpu is an error at its line", () => {
    const res = simulate(`${pod("example/app:1", "cpu: 200m")}---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  behaviors:
  - {image: example/app:1, cpu: lots}`);
    expect(res.errors[0].message).toContain('spec.behaviors[0].cpu: Invalid value: "lots": must be a CPU quantity such as 2 or 500m');
  });
});
