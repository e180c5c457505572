import { describe, expect, it, vi } from "vitest";
import { readFileSync } from "node:fs";
import { simulate } from "../engine/simulate";
import { useStore } from "./store";
import { changeTimes, hasUnsavedWork, jumpToEnd, openChallenge, openLesson, play, seek, setLocale, stepBack, stepForward, togglePlay } from "./actions";

const text = readFileSync(new URL("../../examples/exec-liveness.yaml", import.meta.url), "utf8");
const sim = simulate(text, { until: 120 });

function load() {
  useStore.setState({ view: { trace: sim.trace, errors: [], infos: [], wallMs: 1, text }, t: 0, playing: false });
}

describe("playback actions", () => {
  it("step forward and back visit every change in order", () => {
    load();
    const times = changeTimes(sim.trace);
    expect(times[0]).toBe(0);
    const visited: number[] = [];
    for (let i = 0; i < times.length - 1; i++) {
      stepForward();
      visited.push(useStore.getState().t);
    }
    expect(visited).toEqual(times.slice(1));
    stepBack();
    expect(useStore.getState().t).toBe(times[times.length - 2]);
  });

  it("stepping selects the change at the new playhead, a warning event first", () => {
    load();
    const unhealthy = sim.trace.entries.find((e) => e.type === "event" && e.event.reason === "Unhealthy");
    expect(unhealthy).toBeDefined();
    useStore.setState({ t: unhealthy!.t - 0.001, selection: undefined });
    stepForward();
    expect(useStore.getState().t).toBe(unhealthy!.t);
    expect(useStore.getState().selection).toEqual({ kind: "entry", id: unhealthy!.id });
    stepBack();
    const sel = useStore.getState().selection;
    expect(sel?.kind).toBe("entry");
    const entry = sim.trace.entries.find((e) => sel?.kind === "entry" && e.id === sel.id);
    expect(entry?.t).toBe(useStore.getState().t);
    expect(useStore.getState().t).toBeLessThan(unhealthy!.t);
  });

  it("seek clamps to the run, play from the end restarts, toggling pauses", () => {
    load();
    seek(-5);
    expect(useStore.getState().t).toBe(0);
    seek(1e9);
    expect(useStore.getState().t).toBe(120);
    jumpToEnd();
    play();
    expect(useStore.getState()).toMatchObject({ t: 0, playing: true });
    togglePlay();
    expect(useStore.getState().playing).toBe(false);
  });
});

describe("lessons and unsaved edits", () => {
  it("an opened lesson's text counts as shipped, so loading an example over it asks nothing; an edit of it does", async () => {
    expect(await openLesson("crash-loop-backoff")).toBe(true);
    const text = useStore.getState().text;
    expect(useStore.getState().lessonId).toBe("crash-loop-backoff");
    expect(hasUnsavedWork(text)).toBe(false);
    expect(hasUnsavedWork(text + "# my note\n")).toBe(true);
  });

  it("an opened challenge's text, in either language, counts as shipped too; an edit of it does not", async () => {
    for (const locale of ["en", "ko"] as const) {
      setLocale(locale);
      expect(await openChallenge("crashloop-args")).toBe(true);
      const text = useStore.getState().text;
      expect(hasUnsavedWork(text)).toBe(false);
      expect(hasUnsavedWork(text.replace('args: ["server"]', 'args: ["serve"]'))).toBe(true);
    }
    setLocale("en");
  });

  it("a Korean reader gets the lesson's comments in Korean; the unedited text follows a change of language", async () => {
    setLocale("ko");
    expect(await openLesson("liveness-http")).toBe(true);
    const ko = useStore.getState().text;
    expect(ko).toMatch(/^# 문서의 HTTP 활성 프로브/);
    expect(hasUnsavedWork(ko)).toBe(false);
    setLocale("en");
    await vi.waitFor(() => expect(useStore.getState().text).toMatch(/^# The docs' HTTP liveness probe/));
  });
});
