import type * as Monaco from "monaco-editor";

type MonacoApi = typeof Monaco;
type WorkerOptions = Monaco.editor.IWebWorkerOptions | Monaco.editor.IInternalWebWorkerOptions;

/**
 * The monaco namespace to hand monaco-yaml: the same, except that `editor.createWebWorker` also
 * accepts the old options without a `worker` (a module id, a label and create data), which is how
 * monaco-yaml's worker manager calls it. monaco-editor 0.54's full entry (`editor.main.js`)
 * patches this in globally; the core API that monaco.ts imports does not, and without it the YAML
 * worker never starts ("Missing requestHandler or method: doValidation", no schema markers).
 * This copies editor.main.js's helper: get the worker from MonacoEnvironment.getWorker, post
 * "ignore" and the create data, then create the proxy over it. The global namespace is untouched.
 * See frontend-practice.md (a), recipe B step 5, and remcohaszing/monaco-yaml#272.
 */
export function withEnvironmentWorkers(monaco: MonacoApi, getWorker: (moduleId: string, label: string) => Worker | Promise<Worker>): MonacoApi {
  const create = monaco.editor.createWebWorker;
  function createWebWorker<T extends object>(opts: WorkerOptions): Monaco.editor.MonacoWebWorker<T> {
    if ("worker" in opts && opts.worker !== undefined) return create<T>(opts);
    const old = opts as Monaco.editor.IWebWorkerOptions;
    const worker = Promise.resolve(getWorker(old.moduleId, old.label ?? "monaco-editor-worker")).then((w) => {
      w.postMessage("ignore");
      w.postMessage(old.createData);
      return w;
    });
    return create<T>({ worker, host: old.host, keepIdleModels: old.keepIdleModels });
  }
  return { ...monaco, editor: { ...monaco.editor, createWebWorker } };
}
