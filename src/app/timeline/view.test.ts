import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { describeAt, statusAt } from "./describe";
import { formatDuration, marksDetails, probeDetails, spanDetails, spanLabel, timeTicks } from "./format";
import { changeText, laneChanges, stepChange } from "./laneChanges";
import { groupsIn, hitTest, hitTime, layoutTimeline, revealed, revealSpan, ROW_H, rowAt, rowByKey, rowsIn } from "./layout";
import { buildTimeline, TimelineBuilder } from "./model";
import { attemptNear } from "./probes";
import { markPath } from "./shapes";
import { timelineStrings } from "./strings";
import { timelineKo } from "./strings.ko";
import { manyPods, translator, traceOfText } from "./testing";
import { contrast, themeVars } from "../testing/contrast";

const DIR = fileURLToPath(new URL("./", import.meta.url));
const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const en = translator("en");
const ko = translator("ko");
const model = (path: string, until?: number) => buildTimeline(traceOfText(readFileSync(ROOT + path, "utf8"), until));

describe("labels", () => {
  const crash = model("examples/crash-loop.yaml", 600).pods[0].containers[0];
  const live = model("examples/exec-liveness.yaml", 100).pods[0].containers[0];

  it("reads like kubectl in English and Korean", () => {
    const clb = crash.states.find((s) => s.kind === "waiting" && s.delaySeconds === 20)!;
    expect(spanLabel(en, clb)).toBe("CrashLoopBackOff 20s");
    expect(spanLabel(ko, clb)).toBe("CrashLoopBackOff 20초");
    const exit = live.states.find((s) => s.kind === "terminated")!;
    expect(spanLabel(en, exit)).toBe("Error (137)");
    const grace = live.overlays.find((s) => s.kind === "grace")!;
    expect(spanLabel(en, grace)).toBe("grace 30s");
    expect(spanLabel(ko, grace)).toBe("유예 30초");
    const backoff = crash.overlays.find((s) => s.kind === "backoff" && s.delaySeconds === 80)!;
    expect(spanLabel(en, backoff)).toBe("back-off 1m20s");
    expect(spanLabel(ko, backoff)).toBe("백오프 1분 20초");
    expect(spanLabel(en, live.states.find((s) => s.kind === "running" && s.ready)!)).toBe("Running (ready)");
    const init = model("fidelity/cases/pod/06-init-container-success/manifest.yaml", 60).pods[0].containers[0];
    expect(init.kind).toBe("init");
    expect(spanLabel(en, init.states.find((s) => s.kind === "running")!, init.kind)).toBe("Running");
  });

  it("formats durations and picks round axis ticks", () => {
    expect([0.5, 20, 60, 80, 300, 3720].map((s) => formatDuration(en, s))).toEqual(["0.5s", "20s", "1m", "1m20s", "5m", "1h2m"]);
    expect(formatDuration(ko, 3600)).toBe("1시간");
    expect(timeTicks(0, 300, 10)).toEqual([0, 30, 60, 90, 120, 150, 180, 210, 240, 270, 300]);
    expect(timeTicks(12.3, 14.1, 5)).toEqual([12.5, 13, 13.5, 14]);
  });

  it("gives tooltips with the time, what happened, the reason and the probe counter", () => {
    const exit = live.states.find((s) => s.kind === "terminated")!;
    expect(spanDetails(en, exit)).toEqual(expect.arrayContaining(["Terminated: Error, exit code 137", "restartCount 0", `Trace entry #${exit.ids[0]}`]));
    const killing = live.marks.find((m) => m.kind === "hook")!;
    const lines = marksDetails(en, [killing]);
    expect(lines[0]).toBe("Killing: the kubelet stops the container");
    expect(lines[1]).toBe("at 45 s");
    expect(lines).toContain("Container liveness failed liveness probe, will be restarted");
    const a = attemptNear(live.probes[0], 40, 0.5)!;
    expect(probeDetails(en, live.probes[0], a)).toEqual(["liveness probe: failure", "at 40 s", "2 in a row, threshold 3", "Output: cat: can't open '/tmp/healthy': No such file or directory", `Trace entry #${a.id}`]);
    expect(probeDetails(ko, live.probes[0], a)[2]).toBe("연속 2회, 임계값 3");
  });
});

describe("the text alternative", () => {
  const m = model("examples/exec-liveness.yaml", 300);

  it("describes each pod and container at the playhead", () => {
    expect(describeAt(m, 87, en)).toBe("At 87 s: liveness-exec: Running, 1/1 ready; container liveness Running since 11s, 1 restart.");
    expect(describeAt(m, 87, ko)).toBe("87초 시점: liveness-exec: Running, 1/1 준비됨; 컨테이너 liveness: Running (11초째), 재시작 1회.");
    expect(describeAt(m, 0.5, en)).toBe("At 0 s: liveness-exec: Pending, 0/1 ready; container liveness Waiting (ContainerCreating).");
    expect(statusAt(m, 160)[0].containers[0].restarts).toBe(2);
  });

  it("names a dozen pods and counts the rest", () => {
    const many = buildTimeline(traceOfText(manyPods(30, 1), 60));
    const text = describeAt(many, 30, en);
    expect(text.match(/; container /g)?.length).toBe(12);
    expect(text).toMatch(/And 18 more pods\.$/);
  });

  it("builds the same model in slices as at once", () => {
    const trace = traceOfText(manyPods(40, 3), 180);
    const b = new TimelineBuilder(trace);
    let slices = 0;
    let out;
    while (!(out = b.step(() => true))) slices++;
    expect(slices).toBeGreaterThan(Math.floor(trace.entries.length / 256) - 1);
    expect(slices).toBeGreaterThan(1);
    expect(JSON.stringify(out)).toBe(JSON.stringify(buildTimeline(trace)));
  });

  it("says when no pod exists, and drops deleted pods", () => {
    const del = model("examples/prestop-delete.yaml");
    expect(describeAt(del, 30.05, en)).toContain("lifecycle-demo: Terminating, 1/1 ready");
    expect(describeAt(del, 30.5, en)).toContain("container lifecycle-demo-container Terminated (Completed, exit code 0)");
    expect(describeAt(del, 45, en)).toBe("No pods exist at 45 s.");
  });
});

describe("layout and hit testing", () => {
  const m = model("examples/exec-liveness.yaml", 300);
  const layout = layoutTimeline(m);

  it("stacks pod, summary, container and probe rows; the conditions unfold on demand", () => {
    expect(layout.rows.map((r) => r.kind)).toEqual(["phase", "podMarks", "summary", "state", "overlay", "marks", "probe"]);
    expect(layout.groups.map((g) => g.key)).toEqual([`${m.pods[0].uid}/`, `${m.pods[0].uid}/liveness/`]);
    expect(rowAt(layout, layout.rows[3].y + 3)?.kind).toBe("state");
    const open = layoutTimeline(m, { unfolded: new Set([m.pods[0].uid]) });
    expect(open.rows.map((r) => r.kind)).toEqual(["phase", "podMarks", "summary", "condition", "condition", "condition", "condition", "state", "overlay", "marks", "probe"]);
    expect(open.height - layout.height).toBe(4 * ROW_H.condition);
    // Every row with a label in the label column fits 13 px text.
    for (const k of ["phase", "summary", "condition", "state", "probe"] as const) expect(ROW_H[k], k).toBeGreaterThanOrEqual(16);
  });

  it("finds spans, the most important coinciding mark, and probe attempts", () => {
    const row = (k: string) => layout.rows.find((r) => r.kind === k)!;
    const span = hitTest(layout, 60, row("state").y + 5, 1);
    expect(span?.kind === "span" && span.span.kind).toBe("running");
    expect(span && hitTime(span)).toBe(span?.kind === "span" && span.span.start);
    const mark = hitTest(layout, 75.3, row("marks").y + 5, 1);
    expect(mark?.kind === "mark" && [mark.mark.kind, mark.all.length]).toEqual(["restart", 3]);
    expect(mark && hitTime(mark)).toBe(mark?.kind === "mark" && mark.mark.t);
    const probe = hitTest(layout, 44.8, row("probe").y + 5, 1);
    expect(probe?.kind === "probe" && probe.attempt.consecutive).toBe(3);
    expect(hitTest(layout, 60, layout.height + 50, 1)).toBeUndefined();
    const sum = hitTest(layout, 100, row("summary").y + 5, 1);
    expect(sum?.kind === "span" && sum.span.kind).toBe("conditions");
  });

  it("hits nothing the playhead has not revealed", () => {
    const row = (k: string) => layout.rows.find((r) => r.kind === k)!;
    const at = (t: number) => revealed(m, layout, t);
    // The restart at 75 s is not there at 70 s, and is at 76 s.
    expect(hitTest(layout, 75.3, row("marks").y + 5, 1, at(70))).toBeUndefined();
    expect(hitTest(layout, 75.3, row("marks").y + 5, 1, at(76))?.kind).toBe("mark");
    // A span that goes on past the playhead is cut there; probe attempts after it are not hit.
    const state = hitTest(layout, 60, row("state").y + 5, 1, at(50));
    expect(state).toBeUndefined();
    expect(hitTest(layout, 44.8, row("probe").y + 5, 1, at(40))).toBeUndefined();
    const cut = revealSpan(m.pods[0].containers[0].states[0], 1);
    expect(cut && [cut.end, cut.open]).toEqual([1, true]);
    expect(revealSpan(m.pods[0].containers[0].states[1], 1)).toBeUndefined();
  });

  it("reveals lanes as pods are created, below the ones already there", () => {
    const del = model("examples/prestop-delete.yaml");
    const lay = layoutTimeline(del);
    expect(revealed(del, lay, Infinity)).toMatchObject({ pods: del.pods.length, height: lay.height });
    expect(revealed(del, lay, -1)).toMatchObject({ pods: 0, height: 0 });
    // A Deployment's second generation of pods appears later; the first ones keep their rows.
    const ro = model("fidelity/cases/pod/06-init-container-success/manifest.yaml", 60);
    const l2 = layoutTimeline(ro);
    const r = revealed(ro, l2, 0);
    expect(r.pods).toBe(1);
    expect(rowsIn(l2, 0, 10_000, r.pods).every((row) => row.pod === ro.pods[0])).toBe(true);
    expect(rowsIn(l2, l2.rows[2].y, l2.rows[2].y + 1).map((row) => row.key)).toEqual([l2.rows[2].key]);
    expect(groupsIn(l2, 0, 10_000).length).toBe(l2.groups.length);
  });

  it("lays out ten thousand pods by arithmetic, making rows only for the pods in view", () => {
    const many = { ...m, pods: Array.from({ length: 10_000 }, (_, i) => ({ ...m.pods[0], uid: `u${i}`, name: `p-${i}` })) };
    const lay = layoutTimeline(many, { unfolded: new Set(["u3"]) });
    const one = layoutTimeline(m);
    const block = one.height - 4;
    expect(lay.height).toBe(4 + 10_000 * block + 4 * ROW_H.condition);
    const y = lay.tops[5000] + 1;
    const rows = rowsIn(lay, y, y + 300);
    expect(rows[0].pod.uid).toBe("u5000");
    expect(rows.length).toBeLessThan(30);
    expect(rowAt(lay, y)?.kind).toBe("phase");
    expect(rowAt(lay, y, 5000)).toBeUndefined();
    expect(rowByKey(lay, "u3/c/Ready")?.row.kind).toBe("condition");
    expect(lay.rows.length).toBe(10_000 * one.rows.length + 4);
    // The materialised rows agree with the lazy ones.
    expect(lay.rows.slice(6 * 7 + 4, 6 * 7 + 11).map((r) => r.y)).toEqual(lay.podRows(6).map((r) => r.y));
  });

  it("folds the four conditions into gates passed in order", () => {
    const summary = m.pods[0].summary;
    expect(summary[0].start).toBe(m.pods[0].created);
    expect(summary.map((x) => x.blocking ?? "all")).toContain("all");
    expect(summary.some((x) => x.blocking === "ContainersReady" && x.status === "False" && x.passed === 2)).toBe(true);
    for (let i = 1; i < summary.length; i++) expect(summary[i].start).toBe(summary[i - 1].end);
    const ready = summary.find((x) => !x.blocking)!;
    expect(spanLabel(en, ready)).toBe("Ready · 4/4 True");
    const blocked = summary.find((x) => x.blocking === "ContainersReady")!;
    expect(spanLabel(en, blocked)).toBe("2/4 · ContainersReady=False");
    expect(spanDetails(ko, blocked)).toContain("컨디션 ContainersReady: False");
  });

  it("steps through one lane's changes from the keyboard, in time order", () => {
    const state = layout.rows.find((r) => r.kind === "state")!;
    const list = laneChanges(state);
    expect(list.length).toBeGreaterThan(5);
    for (let i = 1; i < list.length; i++) expect(list[i].t).toBeGreaterThanOrEqual(list[i - 1].t);
    expect(new Set(list.map((c) => c.id)).size).toBe(list.length);
    const restart = list.find((c) => c.mark?.kind === "restart")!;
    expect(stepChange(list, restart.t - 0.5, undefined, 1)?.t).toBeGreaterThanOrEqual(restart.t - 0.5);
    const i = list.indexOf(restart);
    expect(stepChange(list, restart.t, restart.id, 1)).toBe(list[i + 1]);
    expect(stepChange(list, restart.t, restart.id, -1)).toBe(list[i - 1]);
    expect(stepChange(list, 1e9, undefined, 1)).toBeUndefined();
    expect(changeText(en, restart)).toMatch(/^Selected: Restart: container instance #\d started, at 7\d(\.\d+)? s\.$/);
    const pod = laneChanges(layout.rows[0]);
    expect(pod.some((c) => c.span?.kind === "phase")).toBe(true);
  });

  it("draws each mark kind with its own shape", () => {
    const shapes = new Set((["event", "warn", "restart", "hook", "hookFail", "delete", "removed"] as const).map((s) => markPath(s, 10, 10)));
    expect(shapes.size).toBe(7);
  });
});

describe("strings", () => {
  it("has every key used by the timeline's code, in both languages", () => {
    const keys = new Set(Object.keys(timelineStrings.en));
    expect(Object.keys(timelineKo).sort()).toEqual([...keys].sort());
    for (const file of readdirSync(DIR).filter((f) => /\.tsx?$/.test(f) && !f.endsWith(".test.ts"))) {
      const src = readFileSync(DIR + file, "utf8");
      for (const [, key] of src.matchAll(/"(timeline\.[\w.]+)"/g)) expect(keys.has(key), `${file}: ${key}`).toBe(true);
    }
    // Keys built at run time.
    const dynamic = [
      ...["init", "sidecar", "regular"].flatMap((k) => [`timeline.kind.${k}`, `timeline.live.kind.${k}`]),
      ...["liveness", "readiness", "startup"].map((p) => `timeline.probe.${p}`),
      ...["event", "warning", "restart", "hook", "probeOk", "probeFail", "error"].map((l) => `timeline.legend.${l}`),
      ...["timeline.tip.backoffImage", "timeline.tip.backoffRestart"].map((k) => `${k}Plain`),
    ];
    for (const key of dynamic) expect(keys.has(key), key).toBe(true);
    expect(timelineStrings.en["timeline.label"]).toBe("Timeline");
    for (const [k, v] of Object.entries(timelineKo)) expect(v.trim().length, k).toBeGreaterThan(0);
  });
});

describe("colours", () => {
  const css = readFileSync(DIR + "timeline.css", "utf8");
  for (const [name, selector] of [
    ["light", ".tl"],
    ["dark", '[data-theme="dark"] .tl'],
  ] as const) {
    it(`${name} theme: text ≥ 4.5:1, marks and outlines ≥ 3:1`, () => {
      const v = themeVars(css, selector, "tl");
      expect(Object.keys(v).length).toBeGreaterThan(25);
      const fills = Object.keys(v).filter((k) => k.endsWith("-fill"));
      for (const k of ["--tl-bg", "--tl-band", ...fills]) expect(contrast(v["--tl-fg"], v[k]), `fg on ${k}`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(v["--tl-muted"], v["--tl-bg"])).toBeGreaterThanOrEqual(4.5);
      expect(contrast(v["--tl-tip-fg"], v["--tl-tip-bg"])).toBeGreaterThanOrEqual(4.5);
      const marks = ["--tl-pending", "--tl-running", "--tl-ready", "--tl-done", "--tl-error", "--tl-term", "--tl-cond-true", "--tl-cond-false", "--tl-event", "--tl-warn", "--tl-restart", "--tl-hook", "--tl-probe-ok", "--tl-probe-fail", "--tl-playhead", "--tl-selected", "--tl-highlight"];
      for (const k of marks) {
        expect(contrast(v[k], v["--tl-bg"]), `${k} on bg`).toBeGreaterThanOrEqual(3);
        expect(contrast(v[k], v["--tl-band"]), `${k} on band`).toBeGreaterThanOrEqual(3);
      }
    });
  }
});
