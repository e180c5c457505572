import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Trace } from "../../engine/trace/types";
import { buildTimeline, TimelineBuilder, type BackoffSpan, type ContainerLane, type GraceSpan, type PodLane, type PullSpan, type TimelineModel } from "./model";
import { attemptBefore, attemptNear, countAttempts, visitAttempts } from "./probes";
import { manyPods, traceOfText } from "./testing";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const traceOf = (path: string, until?: number): Trace => traceOfText(readFileSync(ROOT + path, "utf8"), until);
const CASES = "fidelity/cases/pod";

function onlyPod(m: TimelineModel): PodLane {
  expect(m.pods).toHaveLength(1);
  return m.pods[0];
}

function container(p: PodLane, name: string): ContainerLane {
  const c = p.containers.find((x) => x.name === name);
  if (!c) throw new Error(`no lane ${name}`);
  return c;
}

/** Every span and mark points at entries that exist; spans are ordered and well-formed. */
function checkIntegrity(trace: Trace, m: TimelineModel): void {
  const ids = new Set(trace.entries.map((e) => e.id));
  for (const p of m.pods) {
    const spans = [...p.phases, ...Object.values(p.conditions).flat(), ...p.containers.flatMap((c) => [...c.states, ...c.overlays])];
    for (const s of spans) {
      expect(s.ids.length).toBeGreaterThan(0);
      for (const id of s.ids) expect(ids.has(id)).toBe(true);
      expect(s.end).toBeGreaterThanOrEqual(s.start);
    }
    for (const c of p.containers) for (let i = 1; i < c.states.length; i++) expect(c.states[i].start).toBeGreaterThanOrEqual(c.states[i - 1].end - 1e-9);
    for (const mk of [...p.marks, ...p.containers.flatMap((c) => c.marks)]) expect(ids.has(mk.id)).toBe(true);
  }
}

describe("buildTimeline: the docs' exec liveness probe", () => {
  const trace = traceOf("examples/exec-liveness.yaml", 300);
  const m = buildTimeline(trace);
  const pod = onlyPod(m);
  const c = container(pod, "liveness");

  it("has one regular container lane and the pod's phases", () => {
    expect(pod.name).toBe("liveness-exec");
    expect(c.kind).toBe("regular");
    expect(pod.phases.map((s) => s.phase)).toEqual(["Pending", "Running"]);
    expect(pod.phases[1].open).toBe(true);
    expect(pod.phases[1].end).toBe(300);
    checkIntegrity(trace, m);
  });

  it("starts Running at the Started event, not at the second-truncated status write", () => {
    const first = c.states.find((s) => s.kind === "running")!;
    expect(first.start).toBeCloseTo(1.523, 6);
    expect(c.states[0]).toMatchObject({ kind: "waiting", reason: "ContainerCreating", start: 0 });
    const ready = c.states.find((s) => s.kind === "running" && s.ready)!;
    expect(ready.start).toBe(2);
  });

  it("shows each kill: the grace period from Killing to the exit, Error (137) at the runtime's exact time, then a restart", () => {
    const exits = c.states.filter((s) => s.kind === "terminated");
    expect(exits.map((s) => s.start)).toEqual([75, 145, 215, 285]);
    expect(exits[0]).toMatchObject({ reason: "Error", exitCode: 137, restartCount: 0 });
    const grace = c.overlays.filter((s): s is GraceSpan => s.kind === "grace");
    expect(grace.map((g) => [g.start, g.end, g.gracePeriodSeconds])).toEqual([
      [45, 75, 30],
      [115, 145, 30],
      [185, 215, 30],
      [255, 285, 30],
    ]);
    const killing = trace.entries.find((e) => e.type === "event" && e.event.reason === "Killing")!;
    const exit = trace.entries.find((e) => e.type === "runtime")!;
    expect(grace[0].ids).toEqual([killing.id, exit.id]);
    const restarts = c.marks.filter((k) => k.kind === "restart");
    expect(restarts.map((r) => [r.t, r.kind === "restart" && r.restartCount])).toEqual([
      [75, 1],
      [145, 2],
      [215, 3],
      [285, 4],
    ]);
    expect(c.marks.filter((k) => k.kind === "hook").every((k) => k.kind === "hook" && k.hook === "kill" && k.message.includes("failed liveness probe"))).toBe(true);
  });

  it("keeps probe attempts as runs, with counters and the Unhealthy event of each failure", () => {
    expect(c.probes).toHaveLength(1);
    const tr = c.probes[0];
    expect(tr.probe).toBe("liveness");
    expect(tr.runs.length).toBeLessThan(tr.attempts);
    expect(tr.attempts).toBe(trace.probes.reduce((a, r) => a + r.count, 0));
    const fails: { t: number; n: number; of: number; id?: number }[] = [];
    visitAttempts(tr, 30, 50, (t, run, i) => {
      if (run.result === "failure") fails.push({ t, n: run.consecutive + i, of: run.threshold });
    });
    expect(fails.map((f) => [f.t, f.n, f.of])).toEqual([
      [35, 1, 3],
      [40, 2, 3],
      [45, 3, 3],
    ]);
    const a = attemptNear(tr, 40.2, 1)!;
    expect(a.t).toBe(40);
    expect(a.run.result).toBe("failure");
    expect(a.consecutive).toBe(2);
    const unhealthy = trace.entries.filter((e) => e.type === "event" && e.event.reason === "Unhealthy");
    expect(a.id).toBe(unhealthy[1].id);
    expect(attemptNear(tr, 15.4, 1)?.run.result).toBe("success");
    expect(attemptNear(tr, 12.5, 0.4)).toBeUndefined();
    expect(attemptBefore(tr, 44)?.t).toBe(40);
  });

  it("has Ready and ContainersReady True from the first status that says so", () => {
    expect(pod.conditions.Ready.map((s) => [s.status, s.start])).toEqual([
      ["False", 0],
      ["True", 2],
    ]);
    expect(pod.conditions.PodScheduled[0]).toMatchObject({ status: "True", start: 0 });
  });

  it("turns every pod Event into exactly one mark with its entry id", () => {
    const events = trace.entries.filter((e) => e.type === "event").map((e) => e.id);
    const marks = [...pod.marks, ...pod.containers.flatMap((x) => x.marks)].map((k) => k.id).sort((a, b) => a - b);
    expect(marks).toEqual(events);
  });
});

describe("buildTimeline: a crash loop", () => {
  const trace = traceOf("examples/crash-loop.yaml", 600);
  const m = buildTimeline(trace);
  const c = container(onlyPod(m), "app");

  it("draws the back-off waits between exit and restart, with the delay from the BackOff event", () => {
    const b = c.overlays.filter((s): s is BackoffSpan => s.kind === "backoff");
    expect(b.map((s) => s.delaySeconds)).toEqual([10, 20, 40, 80, 160, 300]);
    expect(b.every((s) => s.what === "restart")).toBe(true);
    expect([b[0].start, b[0].end]).toEqual([2, 13]);
    expect(b[5].open).toBe(true);
    expect(b[5].end).toBe(600);
    checkIntegrity(trace, m);
  });

  it("shows CrashLoopBackOff waiting with the delay from the status message", () => {
    const w = c.states.filter((s) => s.kind === "waiting" && s.reason === "CrashLoopBackOff");
    expect(w.map((s) => s.kind === "waiting" && s.delaySeconds)).toEqual([10, 20, 40, 80, 160, 300]);
    const exits = c.states.filter((s) => s.kind === "terminated");
    expect(exits.every((s) => s.kind === "terminated" && s.reason === "Error" && s.exitCode === 1)).toBe(true);
    expect(exits[0].start).toBeCloseTo(1.543, 6);
  });
});

describe("buildTimeline: deletion with a preStop hook", () => {
  const trace = traceOf("examples/prestop-delete.yaml");
  const m = buildTimeline(trace);
  const pod = onlyPod(m);
  const c = container(pod, "lifecycle-demo-container");

  it("marks the delete request, shows Terminating and ends the lanes when the object is removed", () => {
    expect(pod.marks.find((k) => k.kind === "deletion")).toMatchObject({ t: 30, gracePeriodSeconds: 30 });
    expect(pod.marks.find((k) => k.kind === "removed")?.t).toBe(31);
    expect(pod.removed).toBe(31);
    expect(pod.phases.filter((s) => s.terminating).map((s) => [s.start, s.phase])).toEqual([
      [30, "Running"],
      [31, "Succeeded"],
    ]);
    expect(c.states.every((s) => !s.open && s.end <= 31)).toBe(true);
    checkIntegrity(trace, m);
  });

  it("ends the grace period at the exit the preStop hook caused, long before the deadline", () => {
    const g = c.overlays.find((s): s is GraceSpan => s.kind === "grace")!;
    expect([g.start, g.end, g.deadline]).toEqual([30, 30.1, 60]);
    expect(c.marks.find((k) => k.kind === "hook")).toMatchObject({ hook: "kill", preStop: true });
    expect(c.states.find((s) => s.kind === "terminated")).toMatchObject({ reason: "Completed", exitCode: 0, start: 30.1 });
  });
});

describe("buildTimeline: init containers, sidecars, hooks and images", () => {
  it("orders init and sidecar lanes before regular ones, tagged by kind", () => {
    const m = buildTimeline(traceOf(`${CASES}/20-sidecar-stopped-after-main/manifest.yaml`, 60));
    const pod = onlyPod(m);
    expect(pod.containers.map((c) => [c.name, c.kind])).toEqual([
      ["logshipper", "sidecar"],
      ["main", "regular"],
    ]);
    const sidecar = pod.containers[0];
    expect(sidecar.states[0]).toMatchObject({ kind: "waiting", reason: "PodInitializing" });
    expect(sidecar.overlays.find((s) => s.kind === "grace")).toMatchObject({ start: 3, end: 33 });
    expect(pod.phases.map((s) => s.phase)).toEqual(["Pending", "Running", "Succeeded"]);
  });

  it("shows a failing init container restarting, then the app", () => {
    const trace = traceOf(`${CASES}/33-init-fails-twice-then-succeeds/manifest.yaml`, 60);
    const pod = onlyPod(buildTimeline(trace));
    expect(pod.containers.map((c) => c.kind)).toEqual(["init", "regular"]);
    const init = pod.containers[0];
    expect(init.states.filter((s) => s.kind === "terminated").map((s) => s.kind === "terminated" && s.exitCode)).toEqual([1, 1, 0]);
    expect(init.overlays.filter((s) => s.kind === "backoff")).toHaveLength(1);
    expect(pod.conditions.Initialized.map((s) => s.status)).toEqual(["False", "True"]);
    expect(pod.containers[1].states.find((s) => s.kind === "running")?.start).toBe(14);
  });

  it("marks failed postStart hooks and the PostStartHookError wait", () => {
    const pod = onlyPod(buildTimeline(traceOf(`${CASES}/10-poststart-hook-fails/manifest.yaml`, 60)));
    const c = pod.containers[0];
    const hooks = c.marks.filter((k) => k.kind === "hook" && k.hook === "postStart");
    expect(hooks.length).toBeGreaterThanOrEqual(3);
    expect(hooks.every((k) => k.kind === "hook" && k.failed)).toBe(true);
    expect(c.states.some((s) => s.kind === "waiting" && s.reason === "PostStartHookError")).toBe(true);
  });

  it("shows pulls (failed) and the image pull back-off between them", () => {
    const trace = traceOf(`${CASES}/31-image-pull-backoff/manifest.yaml`, 120);
    const c = onlyPod(buildTimeline(trace)).containers[0];
    const pulls = c.overlays.filter((s): s is PullSpan => s.kind === "pull");
    expect(pulls.map((p) => [p.start, p.end, p.outcome])).toEqual([
      [1, 1.5, "failed"],
      [12, 12.5, "failed"],
      [32.5, 33, "failed"],
      [73, 73.5, "failed"],
    ]);
    const waits = c.overlays.filter((s): s is BackoffSpan => s.kind === "backoff");
    expect(waits.map((b) => [b.what, b.start, b.end, b.delaySeconds])).toEqual([
      ["image", 1.5, 12, 10],
      ["image", 12.5, 32.5, 20],
      ["image", 33, 73, 40],
      ["image", 73.5, 120, 80],
    ]);
    expect(c.states.map((s) => s.kind === "waiting" && s.reason)).toEqual(expect.arrayContaining(["ErrImagePull", "ImagePullBackOff"]));
  });

  it("shows a successful pull as a Pulling → Pulled span", () => {
    const c = onlyPod(buildTimeline(traceOf("examples/exec-liveness.yaml", 30))).containers[0];
    expect(c.overlays.find((s) => s.kind === "pull")).toMatchObject({ start: 1, end: 1.523, outcome: "pulled", image: "registry.k8s.io/busybox:1.27.2" });
  });

  it("lists pods in creation order and keeps every fidelity case consistent", () => {
    for (const name of ["06-init-container-success", "07b-init-services-applied-later", "09b-prestop-on-delete", "12-restart-onfailure-exit0", "14-oomkilled-crash-loop", "32-readiness-fails-first-20s", "34-unknown-image"]) {
      const trace = traceOf(`${CASES}/${name}/manifest.yaml`, 120);
      checkIntegrity(trace, buildTimeline(trace));
    }
    const m = buildTimeline(traceOfText(manyPods(8, 1)));
    expect(m.pods.map((p) => p.name)).toEqual(["live-0", "crash-1", "ready-2", "init-3", "live-4", "crash-5", "ready-6", "init-7"]);
  });
});

describe("probe runs stay cheap", () => {
  it("counts and visits an hour of 1 s probes from one run record", () => {
    const run = { podUid: "u", pod: "p", namespace: "default", container: "c", probe: "readiness" as const, start: 0, period: 1, count: 3600, result: "success" as const, consecutive: 1, threshold: 1 };
    const track = { probe: "readiness" as const, runs: [run], attempts: 3600, failures: [] };
    expect(countAttempts(track, 0, 3600)).toBe(3600);
    expect(countAttempts(track, 10, 19.5)).toBe(10);
    let n = 0;
    visitAttempts(track, 100, 109, () => n++);
    expect(n).toBe(10);
    expect(attemptNear(track, 1800.2, 0.5)?.consecutive).toBe(1801);
  });
});

describe("performance (prints timings, asserts nothing about speed)", () => {
  it("builds 50 pods × 10 minutes", () => {
    const trace = traceOfText(manyPods(50, 10));
    const times: number[] = [];
    let m: TimelineModel | undefined;
    for (let i = 0; i < 15; i++) {
      const t0 = performance.now();
      m = buildTimeline(trace);
      times.push(performance.now() - t0);
    }
    const sorted = [...times].sort((a, b) => a - b);
    console.log(
      `buildTimeline 50 pods × 10 min: ${trace.entries.length} entries, ${trace.probes.length} probe runs → ${m!.markCount} marks; ` +
        `first ${times[0].toFixed(1)} ms, median ${sorted[7].toFixed(1)} ms, max ${sorted[14].toFixed(1)} ms`,
    );
    expect(m!.pods).toHaveLength(50);
  });
});

describe("TimelineBuilder fed a trace as it arrives", () => {
  it("gives the model buildTimeline gives, probe failures included, though the probe runs come last", () => {
    const whole = traceOf("examples/exec-liveness.yaml", 300);
    // As the page assembles a trace sent in slices: entries first, the probe runs with the end.
    const arriving: Trace = { ...whole, entries: [], probes: [] };
    const b = new TimelineBuilder(arriving);
    for (let i = 0; i < whole.entries.length; i += 3) {
      arriving.entries.push(...whole.entries.slice(i, i + 3));
      b.feed();
    }
    arriving.probes = whole.probes;
    const model = b.step()!;
    const expected = buildTimeline(whole);
    expect(model).toEqual(expected);
    expect(expected.pods[0].containers[0].probes.some((p) => p.failures.length > 0)).toBe(true);
  });
});
