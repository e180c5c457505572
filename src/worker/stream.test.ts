import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { simulate } from "../engine/simulate";
import { describeAt, eventsAt, kubectlIndex, podsAt, watchAt, watchTailAt } from "../app/kubectl/kubectlText";
import { Assembly } from "./assemble";
import type { WorkerResponse } from "./protocol";
import { postResult } from "./stream";

/** Below the app's threshold, so these small runs are sent in slices too. */
const ONE_MESSAGE = 300;
import type { SimView } from "../state/store";

/** Sends a run through postResult and puts it back together as the page does (structured clone included). */
function roundTrip(text: string, msPerItem = 0.1) {
  const sim = simulate(text);
  const messages: WorkerResponse[] = [];
  let clock = 0;
  let pending = 0;
  const out = {
    post(r: WorkerResponse) {
      messages.push(structuredClone(r));
      pending = r.type === "part" ? r.part.items.length : 0;
    },
    // Each post "takes" a time proportional to its slice, so the slices settle at a size.
    now: () => (clock += pending * msPerItem),
  };
  postResult(out, 7, sim, text, 1, ONE_MESSAGE);
  let assembly: Assembly | undefined;
  let view: SimView | undefined;
  let readyAt = -1;
  messages.forEach((m, i) => {
    if (m.type === "result") view = m.view;
    else if (m.type === "begin") assembly = new Assembly(m.head);
    else if (m.type === "part") assembly!.add(m.part);
    else if (m.type === "ready") {
      view = assembly!.ready();
      readyAt = i;
    }
  });
  return { sim, messages, view: view!, readyAt };
}

const example = (f: string) => readFileSync(new URL(`../../examples/${f}`, import.meta.url), "utf8");

/** n replicas over `nodes` nodes: big enough to be sent in slices. */
function deployment(n: number, nodes: number): string {
  const list = Array.from({ length: nodes }, (_, i) => `  - {name: node-${i}, cpu: "64", memory: 256Gi, pods: 250}`).join("\n");
  return `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  replicas: ${n}\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n    spec:\n      containers:\n      - {name: web, image: nginx:1.27, resources: {requests: {cpu: 10m}}}\n---\napiVersion: podplay.dev/v1alpha1\nkind: Scenario\nspec:\n  duration: 2m\n  images: [{image: nginx:1.27, present: true}]\n  nodes:\n${list}\n`;
}

describe("results in slices", () => {
  it("a small run is one message, the same trace", () => {
    const { messages, view, sim } = roundTrip(example("exec-liveness.yaml"));
    expect(messages.map((m) => m.type)).toEqual(["result"]);
    expect(view.trace).toEqual(sim.trace);
  });

  it("a big run arrives in slices and is put back together exactly, scheduling after ready", () => {
    const text = deployment(120, 12);
    const { messages, view, sim, readyAt } = roundTrip(text);
    const entries = sim.trace.entries.length + (sim.trace.scheduling ?? []).reduce((a, r) => a + r.nodes.length / 4, 0);
    expect(entries).toBeGreaterThan(ONE_MESSAGE);
    const types = messages.map((m) => (m.type === "part" ? m.part.kind : m.type));
    expect(types[0]).toBe("begin");
    expect(types.at(-1)).toBe("done");
    expect(types.filter((k) => k === "entries").length).toBeGreaterThan(3);
    // Nothing but scheduling records after ready; every record there.
    expect(types.slice(readyAt + 1, -1).every((k) => k === "scheduling")).toBe(true);
    expect(view.trace).toEqual(sim.trace);
    expect(view.text).toBe(text);
  });

  it("slices follow the time they take to send: slower items, smaller slices", () => {
    const text = deployment(120, 12);
    const sizes = (ms: number) => roundTrip(text, ms).messages.flatMap((m) => (m.type === "part" && m.part.kind === "entries" ? [m.part.items.length] : []));
    const fast = sizes(0.001);
    const slow = sizes(0.5);
    expect(Math.max(...slow.slice(1))).toBeLessThan(Math.min(...fast.slice(1, -1)));
  });

  it("the kubectl panel reads the same from the watch made in the worker as from its own", () => {
    const text = deployment(120, 12);
    const { view, sim } = roundTrip(text);
    const primed = kubectlIndex(view.trace);
    const own = kubectlIndex(sim.trace);
    expect(primed.lines).toEqual(own.lines);
    expect(primed.rows).toEqual(own.rows);
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
