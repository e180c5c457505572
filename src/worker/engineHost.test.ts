import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import * as engine from "../engine/simulate";
import { PROTOCOL_VERSION, type EarlyRequest, type SimulateRequest, type WorkerResponse } from "./protocol";
import { DEFAULT_SCENARIO } from "../scenarios/default";
import { encodeShareHash } from "../app/share/linkCodec";

// Every run goes through the real engine; the count says whether a request reused the early run.
const runs = vi.hoisted(() => ({ n: 0 }));
vi.mock("../engine/simulate", async (importOriginal) => {
  const real = await importOriginal<typeof engine>();
  return {
    ...real,
    simulate: (...a: Parameters<typeof real.simulate>) => {
      runs.n++;
      return real.simulate(...a);
    },
  };
});

const { engineHost, EARLY_MAX_WORK } = await import("./engineHost");

/** One request on a port of its own; resolves with what the host posted on it (wallMs left out: it is a clock's). */
function request(handle: ReturnType<typeof engineHost>, id: number, text: string, challenge?: string): unknown[] {
  const got: unknown[] = [];
  const port = { postMessage: (r: WorkerResponse) => got.push(JSON.parse(JSON.stringify(r, (k, v) => (k === "wallMs" ? undefined : v)))) } as unknown as MessagePort;
  handle({ v: PROTOCOL_VERSION, type: "simulate", id, text, port, ...(challenge !== undefined ? { challenge } : {}) } satisfies SimulateRequest);
  return got;
}

const early = (guess: Omit<EarlyRequest, "v" | "type">): EarlyRequest => ({ v: PROTOCOL_VERSION, type: "early", ...guess });

function builtIns(): Array<{ name: string; text: string }> {
  const dirs = ["src/lessons/scenarios", "examples"];
  const files = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith(".yaml")).map((f) => join(d, f)));
  return [{ name: "default", text: DEFAULT_SCENARIO }, ...files.map((f) => ({ name: f, text: readFileSync(f, "utf8") }))];
}

function deployment(replicas: number): string {
  return `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  replicas: ${replicas}\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n    spec:\n      containers:\n      - {name: web, image: nginx:1.27}\n---\napiVersion: podplay.dev/v1alpha1\nkind: Scenario\nspec:\n  duration: 2m\n  nodes:\n${Array.from({ length: 20 }, (_, i) => `  - {name: n${i}, cpu: "64", memory: 256Gi, pods: 250}`).join("\n")}\n`;
}

beforeEach(() => {
  runs.n = 0;
});

describe("engineHost: the early run", () => {
  it("is the page's first run for every built-in lesson and example: the same messages, simulated once", () => {
    const all = builtIns();
    expect(all.length).toBeGreaterThan(20);
    for (const { name, text } of all) {
      const fresh = request(engineHost(() => {}), 1, text);
      const host = engineHost(() => {});
      runs.n = 0;
      host(early({ text }));
      const reused = request(host, 1, text);
      expect(runs.n, name).toBe(1);
      expect(reused, name).toEqual(fresh);
    }
  });

  it("every built-in lesson and example fits the early run's bounds, with room", () => {
    for (const { name, text } of builtIns()) {
      const sim = engine.simulate(text);
      expect(sim.stats.work ?? 0, name).toBeLessThan(EARLY_MAX_WORK / 2);
    }
  });

  it("reads a share link's text out of its hash", () => {
    const text = readFileSync("src/lessons/scenarios/phase-status-conditions.yaml", "utf8");
    const link = encodeShareHash({ text, t: 30, locale: "en", layout: { view: "timeline", editorShare: 0.38 }, lessonId: "phase-status-conditions" });
    if (!link.ok) throw new Error("the lesson does not fit a link");
    const host = engineHost(() => {});
    host(early({ hash: link.hash }));
    expect(runs.n).toBe(1);
    request(host, 1, text);
    expect(runs.n).toBe(1);
  });

  it("runs nothing for a hash that is not a share link, or a broken one", () => {
    const host = engineHost(() => {});
    host(early({ hash: "#teachers" }));
    host(early({ hash: "#v1.this-is-not-deflate" }));
    expect(runs.n).toBe(0);
    const got = request(host, 1, DEFAULT_SCENARIO);
    expect(runs.n).toBe(1);
    expect(got).toHaveLength(1);
  });

  it("is used once, by the first request only, and only for exactly its text", () => {
    const host = engineHost(() => {});
    host(early({ text: DEFAULT_SCENARIO }));
    request(host, 1, DEFAULT_SCENARIO + "\n# edited\n");
    expect(runs.n).toBe(2);
    // The first request asked for something else: the early result is gone.
    request(host, 2, DEFAULT_SCENARIO);
    expect(runs.n).toBe(3);
  });

  it("is not used for a challenge request (its text runs with the challenge's fixed parts)", () => {
    const challenge = readFileSync(join("src/challenges/catalogue", readdirSync("src/challenges/catalogue").filter((f) => f.endsWith(".yaml"))[0]), "utf8");
    const host = engineHost(() => {});
    host(early({ text: DEFAULT_SCENARIO }));
    request(host, 1, DEFAULT_SCENARIO, challenge);
    expect(runs.n).toBe(2);
  });

  it("drops a guess past its bounds, and the page's request then gets the whole run", () => {
    const text = deployment(2000);
    const host = engineHost(() => {});
    host(early({ text }));
    expect(runs.n).toBe(1);
    const got = request(host, 1, text) as Array<{ type: string; view?: { truncated?: string } }>;
    expect(runs.n).toBe(2);
    const whole = engine.simulate(text);
    expect(whole.truncated).toBeUndefined();
    expect((whole.stats.work ?? 0) > EARLY_MAX_WORK || whole.trace.entries.length > 6000).toBe(true);
    const last = got.at(-1)!;
    expect(last.type === "result" || last.type === "ready").toBe(true);
    expect(last.view?.truncated).toBeUndefined();
  });

  it("answers a request from another version of the page with its own version, early or not", () => {
    const posted: WorkerResponse[] = [];
    const host = engineHost((r) => posted.push(r));
    host({ v: 8 as typeof PROTOCOL_VERSION, type: "early", text: DEFAULT_SCENARIO });
    host({ v: 8 as typeof PROTOCOL_VERSION, type: "simulate", id: 3, text: DEFAULT_SCENARIO } as SimulateRequest);
    expect(runs.n).toBe(0);
    expect(posted.map((r) => r.type)).toEqual(["version", "version"]);
  });
});
