import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { simulate } from "../engine/simulate";
import { kubectlIndex, podsAt, watchAt, watchTailAt } from "../app/kubectl/kubectlText";
import { describeAt, eventsAt } from "../app/kubectl/kubectlOutputs";
import { Assembly } from "./assemble";
import { precomputedTimeline } from "../app/precomputedModels";
import { buildTimeline } from "../app/timeline/model";
import type { WorkerResponse } from "./protocol";
import { ENTRIES_SLICE, EntryStream, LOGS_SLICE } from "./stream";
import { packScheduling, unpackScheduling } from "./schedulingCodec";
import type { SimView } from "../state/store";

/** Below the app's threshold, so these small runs are sent in slices too. */
const ONE_MESSAGE = 300;

/**
 * Sends a run as the worker does and puts it back together as the page does (structured clone
 * included), finishing the view a `budget` of timeline steps at a time. With `progressEvery`,
 * the stream is also shown the entries so far at every so many entries, as during a run.
 */
function roundTrip(text: string, budget = Infinity, progressEvery = 0) {
  const sim = simulate(text);
  const messages: WorkerResponse[] = [];
  let assembly: Assembly | undefined;
  let view: SimView | undefined;
  let readyAt = -1;
  let finishCalls = 0;
  const stream = new EntryStream(
    {
      post(r) {
        const m = structuredClone(r);
        messages.push(m);
        if (m.type === "result") view = m.view;
        else if (m.type === "begin") assembly = new Assembly(m.epochMs);
        else if (m.type === "part") assembly!.add(m.part);
        else if (m.type === "ready") {
          readyAt = messages.length - 1;
          while (!view) {
            finishCalls++;
            let left = budget;
            view = assembly!.finish(m.head, m.scheduling, () => --left < 0);
          }
        } else if (m.type === "logsEnd") assembly!.endLogs();
      },
    },
    7,
    sim.trace.epochMs,
    ONE_MESSAGE,
  );
  let progressCalls = 0;
  if (progressEvery) {
    for (let n = progressEvery; n < sim.trace.entries.length; n += progressEvery) {
      stream.progress(sim.trace.entries.slice(0, n));
      progressCalls++;
    }
  }
  // The logs follow the picture, as the worker sends them in a task of their own.
  const logsLater = stream.end(sim, text, 1);
  const viewBeforeLogs = view;
  const logsBeforeLater = view?.trace.logs;
  logsLater?.();
  return { logsLater, viewBeforeLogs, logsBeforeLater, sim, messages, view: view!, readyAt, finishCalls, progressCalls };
}

const example = (f: string) => readFileSync(new URL(`../../examples/${f}`, import.meta.url), "utf8");

/** n replicas over `nodes` nodes: big enough to be sent in slices. */
function deployment(n: number, nodes: number, podsPerNode = 250): string {
  const list = Array.from({ length: nodes }, (_, i) => `  - {name: node-${i}, cpu: "64", memory: 256Gi, pods: ${podsPerNode}}`).join("\n");
  return `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  replicas: ${n}\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n    spec:\n      containers:\n      - {name: web, image: nginx:1.27, resources: {requests: {cpu: 10m}}}\n---\napiVersion: podplay.dev/v1alpha1\nkind: Scenario\nspec:\n  duration: 2m\n  images: [{image: nginx:1.27, present: true}]\n  nodes:\n${list}\n`;
}

describe("results in slices", () => {
  it("a small run is one message, the same trace", async () => {
    const { messages, view, sim } = roundTrip(example("exec-liveness.yaml"));
    expect(messages.map((m) => m.type)).toEqual(["result"]);
    expect(view.trace).toEqual(sim.trace);
  });

  it("a big run arrives in slices and is put back together exactly", async () => {
    const text = deployment(120, 12);
    const { messages, view, sim, readyAt } = roundTrip(text);
    expect(sim.trace.entries.length).toBeGreaterThan(ONE_MESSAGE);
    const types = messages.map((m) => (m.type === "part" ? m.part.kind : m.type));
    expect(types[0]).toBe("begin");
    // ready, then the logs' parts and logsEnd.
    expect(types.slice(readyAt + 1).every((k) => k === "logs" || k === "logsEnd")).toBe(true);
    expect(types.filter((k) => k === "entries").length).toBe(Math.ceil(sim.trace.entries.length / ENTRIES_SLICE));
    expect(view.trace).toEqual(sim.trace);
    expect(view.text).toBe(text);
  });

  it("a big run's container logs come after its picture, in slices of their own, then logsEnd", () => {
    const text = deployment(300, 12);
    const { messages, view, sim, readyAt, logsLater, viewBeforeLogs, logsBeforeLater } = roundTrip(text);
    // The picture was there before the logs were written out, without them.
    expect(logsLater).toBeTypeOf("function");
    expect(viewBeforeLogs).toBeDefined();
    expect(logsBeforeLater).toBeUndefined();
    const logs = sim.trace.logs ?? [];
    expect(logs.length).toBeGreaterThan(LOGS_SLICE);
    const logParts = messages.flatMap((m, i) => (m.type === "part" && m.part.kind === "logs" ? [i] : []));
    expect(logParts).toHaveLength(Math.ceil(logs.length / LOGS_SLICE));
    expect(Math.min(...logParts)).toBeGreaterThan(readyAt);
    expect(messages.at(-1)?.type).toBe("logsEnd");
    const ready = messages[readyAt];
    expect(ready?.type === "ready" && "logs" in ready.head.trace).toBe(false);
    expect(ready?.type === "ready" && ready.head.trace.hasLogs).toBe(true);
    expect(view.trace.logs).toEqual(logs);
  });

  it("a small run's logs are in its one message", () => {
    const { messages, logsLater, view, sim } = roundTrip(example("exec-liveness.yaml"));
    expect(logsLater).toBeUndefined();
    expect(messages.map((m) => m.type)).toEqual(["result"]);
    expect(view.trace.logs).toEqual(sim.trace.logs);
  });

  it("entries shown while the run goes are sent in whole slices once the run is big, the rest at the end, to the same view", () => {
    const text = deployment(120, 12);
    const { messages, view, sim, progressCalls } = roundTrip(text, Infinity, 37);
    expect(progressCalls).toBeGreaterThan(10);
    const parts = messages.filter((m) => m.type === "part" && m.part.kind === "entries");
    // Every slice but the last is whole; nothing was sent before the run passed one message's worth.
    expect(parts.slice(0, -1).every((m) => m.type === "part" && m.part.items.length === ENTRIES_SLICE)).toBe(true);
    expect(messages[0].type).toBe("begin");
    expect(view.trace).toEqual(sim.trace);
    expect(precomputedTimeline(view.trace)).toEqual(buildTimeline(sim.trace));
  });

  it("a small run shown as it goes is still one message", () => {
    const { messages, view, sim } = roundTrip(example("exec-liveness.yaml"), Infinity, 1);
    expect(messages.map((m) => m.type)).toEqual(["result"]);
    expect(view.trace).toEqual(sim.trace);
  });

  it("a big view is finished a deadline at a time, to the same view", () => {
    // More pods than the timeline closes between two looks at the deadline (256).
    const text = deployment(600, 12);
    const whole = roundTrip(text);
    const stepped = roundTrip(text, 1);
    expect(whole.finishCalls).toBe(1);
    expect(stepped.finishCalls).toBeGreaterThan(1);
    expect(stepped.view.trace).toEqual(whole.sim.trace);
    expect(precomputedTimeline(stepped.view.trace)).toEqual(buildTimeline(whole.sim.trace));
  });

  it("the kubectl panel and the timeline read the same from models built as slices arrived as from their own", () => {
    const text = deployment(120, 12);
    const { view, sim } = roundTrip(text);
    const primed = kubectlIndex(view.trace);
    const own = kubectlIndex(sim.trace);
    expect(primed.lines).toEqual(own.lines);
    expect(primed.rows).toEqual(own.rows);
    expect(precomputedTimeline(view.trace)).toEqual(buildTimeline(sim.trace));
    for (const t of [0, 1, 5, 30, 120]) {
      expect(watchAt(primed, t)).toBe(watchAt(own, t));
      expect(watchTailAt(primed, t, 50, (n) => `${n} more`)).toBe(watchTailAt(own, t, 50, (n) => `${n} more`));
      expect(eventsAt(primed, t)).toBe(eventsAt(own, t));
      expect(podsAt(primed, t)).toEqual(podsAt(own, t));
    }
    const pod = podsAt(own, 60)[5];
    expect(describeAt(primed, 60, pod.namespace, pod.name)).toBe(describeAt(own, 60, pod.namespace, pod.name));
  });
});

describe("packed scheduling records", () => {
  it("unpack to the same records, node verdicts read lazily", () => {
    // Nodes of five pods fill up: later cycles have nodes rejected by a filter.
    const sim = simulate(deployment(50, 12, 5));
    const records = sim.trace.scheduling!;
    expect(records.some((r) => r.nodes.some((n) => !n.filter.ok))).toBe(true);
    const packed = structuredClone(packScheduling(records));
    const back = unpackScheduling(packed);
    expect(back).toEqual(records);
    expect(back[5].nodes).toBe(back[5].nodes);
  });

  it("packs the engine's compact verdicts (never read) to what reading them would give", () => {
    const sim = simulate(deployment(50, 12, 5));
    const records = sim.trace.scheduling!;
    // Packed first: the records' verdicts are still compact (one read as objects, to mix both paths).
    void records[7].nodes;
    const packed = structuredClone(packScheduling(records));
    const back = unpackScheduling(packed);
    expect(records.some((r) => r.nodes.some((n) => !n.filter.ok))).toBe(true);
    expect(records.some((r) => r.nodes.some((n) => n.scores))).toBe(true);
    expect(back).toEqual(records);
  });
});
