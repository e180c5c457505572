import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { simulate } from "../engine/simulate";
import { describeAt, eventsAt, kubectlIndex, podsAt, watchAt, watchTailAt } from "../app/kubectl/kubectlText";
import { Assembly } from "./assemble";
import { precomputedTimeline } from "../app/precomputedModels";
import { buildTimeline } from "../app/timeline/model";
import { PROTOCOL_VERSION, type WorkerResponse } from "./protocol";
import { ENTRIES_SLICE, ResultStream } from "./stream";
import { packScheduling, unpackScheduling } from "./schedulingCodec";
import type { SimView } from "../state/store";
import type { PodLane } from "../app/timeline/types";

/** Below the app's threshold, so these small runs are sent in slices too. */
const ONE_MESSAGE = 300;

/**
 * Sends a run through ResultStream and puts it back together as the page does (structured clone
 * included); the "page" acknowledges each slice as taking `msPerItem` per item.
 */
async function roundTrip(text: string, msPerItem = 0.1) {
  const sim = simulate(text);
  const messages: WorkerResponse[] = [];
  let assembly: Assembly | undefined;
  let view: SimView | undefined;
  let readyAt = -1;
  const stream: ResultStream = new ResultStream(
    {
      post(r) {
        const m = structuredClone(r);
        messages.push(m);
        if (m.type === "result") view = m.view;
        else if (m.type === "begin") assembly = new Assembly(m.head);
        else if (m.type === "part") {
          assembly!.add(m.part);
          const ack = { v: PROTOCOL_VERSION, type: "ack" as const, id: 7, kind: m.part.kind, n: m.part.items.length, ms: m.part.items.length * msPerItem };
          queueMicrotask(() => stream.acked(ack));
        } else if (m.type === "ready") {
          view = assembly!.ready(m.scheduling, m.timeline);
          readyAt = messages.length - 1;
        }
      },
    },
    7,
  );
  await stream.send(sim, text, 1, ONE_MESSAGE);
  return { sim, messages, view: view!, readyAt };
}

const example = (f: string) => readFileSync(new URL(`../../examples/${f}`, import.meta.url), "utf8");

/** n replicas over `nodes` nodes: big enough to be sent in slices. */
function deployment(n: number, nodes: number, podsPerNode = 250): string {
  const list = Array.from({ length: nodes }, (_, i) => `  - {name: node-${i}, cpu: "64", memory: 256Gi, pods: ${podsPerNode}}`).join("\n");
  return `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  replicas: ${n}\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n    spec:\n      containers:\n      - {name: web, image: nginx:1.27, resources: {requests: {cpu: 10m}}}\n---\napiVersion: podplay.dev/v1alpha1\nkind: Scenario\nspec:\n  duration: 2m\n  images: [{image: nginx:1.27, present: true}]\n  nodes:\n${list}\n`;
}

describe("results in slices", () => {
  it("a small run is one message, the same trace", async () => {
    const { messages, view, sim } = await roundTrip(example("exec-liveness.yaml"));
    expect(messages.map((m) => m.type)).toEqual(["result"]);
    expect(view.trace).toEqual(sim.trace);
  });

  it("a big run arrives in slices and is put back together exactly", async () => {
    const text = deployment(120, 12);
    const { messages, view, sim, readyAt } = await roundTrip(text);
    expect(sim.trace.entries.length).toBeGreaterThan(ONE_MESSAGE);
    const types = messages.map((m) => (m.type === "part" ? m.part.kind : m.type));
    expect(types[0]).toBe("begin");
    expect(readyAt).toBe(types.length - 1);
    expect(types.filter((k) => k === "entries").length).toBe(Math.ceil(sim.trace.entries.length / ENTRIES_SLICE));
    expect(types).toContain("timelinePods");
    expect(view.trace).toEqual(sim.trace);
    expect(view.text).toBe(text);
  });

  it("slices follow the time the page takes: slower items, smaller slices", async () => {
    const lanes = Array.from({ length: 20_000 }, (_, i) => ({ key: `default/web-${i}` }) as unknown as PodLane);
    const sizes = async (msPerItem: number) => {
      const out: number[] = [];
      const stream: ResultStream = new ResultStream(
        {
          post(r) {
            if (r.type !== "part") return;
            const n = r.part.items.length;
            out.push(n);
            queueMicrotask(() => stream.acked({ v: PROTOCOL_VERSION, type: "ack", id: 1, kind: r.part.kind, n, ms: n * msPerItem }));
          },
        },
        1,
      );
      await stream.slices("timelinePods", lanes);
      return out;
    };
    const fast = await sizes(0.001);
    const slow = await sizes(0.1);
    // The first two go before any acknowledgement; then the slow page gets slices of about 15 ms.
    expect(Math.max(...slow.slice(2))).toBeLessThanOrEqual(150);
    expect(fast.filter((n) => n === 600).length).toBeGreaterThan(20);
  });

  it("the kubectl panel reads the same from the watch printed as slices arrived as from its own", async () => {
    const text = deployment(120, 12);
    const { view, sim } = await roundTrip(text);
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

  it("a newer request cancels the stream: nothing more is sent", async () => {
    const sim = simulate(deployment(120, 12));
    const sent: string[] = [];
    const stream = new ResultStream({ post: (r) => sent.push(r.type) }, 1);
    const done = stream.send(sim, "", 1, ONE_MESSAGE);
    stream.cancel();
    await done;
    // The entries were already on their way; nothing after them is.
    expect(sent).toEqual(["begin", ...Array(Math.ceil(sim.trace.entries.length / ENTRIES_SLICE)).fill("part")]);
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
