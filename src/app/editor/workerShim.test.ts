import { describe, expect, it } from "vitest";
import type * as Monaco from "monaco-editor";
import { withEnvironmentWorkers } from "./workerShim";

function fakeMonaco() {
  const calls: unknown[] = [];
  const languages = {};
  const editor = { getModels: () => [], createWebWorker: (opts: unknown) => (calls.push(opts), { opts }) };
  return { calls, monaco: { editor, languages } as unknown as typeof Monaco };
}

describe("withEnvironmentWorkers", () => {
  it("starts a worker from the environment for callers that pass none (monaco-yaml)", async () => {
    const { calls, monaco } = fakeMonaco();
    const posted: unknown[] = [];
    const worker = { postMessage: (m: unknown) => posted.push(m) } as unknown as Worker;
    const asked: string[] = [];
    const m = withEnvironmentWorkers(monaco, (moduleId, label) => (asked.push(`${moduleId} ${label}`), worker));
    m.editor.createWebWorker({ moduleId: "monaco-yaml/yaml.worker", label: "yaml", createData: { x: 1 }, host: "h" });
    expect(asked).toEqual(["monaco-yaml/yaml.worker yaml"]);
    const opts = calls[0] as Monaco.editor.IInternalWebWorkerOptions;
    expect(await opts.worker).toBe(worker);
    expect(opts.host).toBe("h");
    expect(posted).toEqual(["ignore", { x: 1 }]);
  });

  it("passes callers that bring a worker through, and leaves the namespace it was given alone", () => {
    const { calls, monaco } = fakeMonaco();
    const original = monaco.editor.createWebWorker;
    const m = withEnvironmentWorkers(monaco, () => {
      throw new Error("not asked");
    });
    const worker = {} as Worker;
    m.editor.createWebWorker({ worker });
    expect(calls).toEqual([{ worker }]);
    expect(monaco.editor.createWebWorker).toBe(original);
    expect(m.languages).toBe(monaco.languages);
    expect(m.editor.getModels).toBe(monaco.editor.getModels);
  });
});
