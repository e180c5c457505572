import { afterEach, describe, expect, it, vi } from "vitest";
import { simulate } from "../engine/simulate";
import { DEFAULT_EPOCH_MS } from "../engine/api/events";
import { EntryStream } from "./stream";
import type { SimulateRequest, WorkerResponse } from "./protocol";
import type { ClientResult } from "./client";

/**
 * The page's client against an in-process worker that does what engine.worker.ts does: the
 * request's own port, real structured clones (a MessageChannel), a big run's logs in a later task.
 */
const worker = {
  onmessage: null as ((ev: MessageEvent<WorkerResponse>) => void) | null,
  logsDelay: 0,
  postMessage(req: SimulateRequest) {
    const port = req.port;
    const stream = new EntryStream({ post: (r, transfer = []) => port.postMessage(r, transfer) }, req.id, DEFAULT_EPOCH_MS, 300);
    const sim = simulate(req.text);
    const logs = stream.end(sim, req.text, 1);
    if (logs) setTimeout(logs, this.logsDelay);
  },
  terminate() {},
};
vi.mock("./spawn", () => ({ takeEngineWorker: () => worker }));

const { EngineClient } = await import("./client");

function deployment(n: number): string {
  const list = Array.from({ length: 6 }, (_, i) => `  - {name: node-${i}, cpu: "64", memory: 256Gi, pods: 250}`).join("\n");
  return `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  replicas: ${n}\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n    spec:\n      containers:\n      - {name: web, image: nginx:1.27}\n---\napiVersion: podplay.dev/v1alpha1\nkind: Scenario\nspec:\n  duration: 1m\n  images: [{image: nginx:1.27, present: true}]\n  nodes:\n${list}\n`;
}

function until(results: ClientResult[], type: ClientResult["type"]): Promise<void> {
  return vi.waitFor(() => expect(results.some((r) => r.type === type)).toBe(true), { timeout: 20_000, interval: 5 });
}

let client: InstanceType<typeof EngineClient> | undefined;
afterEach(() => client?.dispose());

describe("EngineClient: a big run's logs follow its picture", () => {
  it("hands over the picture first, then says the logs came; the trace has them all then", async () => {
    const results: ClientResult[] = [];
    client = new EngineClient((r) => results.push(r));
    worker.logsDelay = 50;
    const text = deployment(60);
    client.simulate(text);
    await until(results, "result");
    const result = results.find((r) => r.type === "result")!;
    expect(result.type === "result" && result.logsFollow).toBe(true);
    const view = result.type === "result" ? result.view : undefined;
    expect(view?.trace.logs).toBeUndefined();
    await until(results, "logs");
    const logs = results.find((r) => r.type === "logs")!;
    expect(logs.type === "logs" && logs.trace).toBe(view?.trace);
    const expected = simulate(text).trace.logs ?? [];
    expect(expected.length).toBeGreaterThan(60);
    expect(view?.trace.logs).toEqual(expected);
    expect(results.map((r) => r.type)).toEqual(["result", "logs"]);
  });

  it("a newer request drops the older run's logs", async () => {
    const results: ClientResult[] = [];
    client = new EngineClient((r) => results.push(r));
    worker.logsDelay = 200;
    client.simulate(deployment(50));
    await until(results, "result");
    const second = client.simulate(deployment(55));
    await vi.waitFor(() => expect(results.filter((r) => r.type === "logs")).toHaveLength(1), { timeout: 20_000, interval: 5 });
    expect(results.filter((r) => r.type === "logs").every((r) => r.id === second)).toBe(true);
    expect(results.map((r) => r.type)).toEqual(["result", "result", "logs"]);
  });
});
