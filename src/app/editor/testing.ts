/**
 * For Node tests only (never imported by the page): the editor's own YAML language service, run
 * without a browser. monaco-yaml's worker bundles yaml-language-server and registers itself
 * through monaco-worker-manager; a module-resolution hook swaps that registration for one that
 * hands the worker's factory to us (and path-browserify for node:path), so the tests validate with exactly the code and settings the
 * page's editor does (monaco.ts).
 */
import type { Diagnostic, Hover, Position, Range } from "vscode-languageserver-types";
import schemaJson from "./k8s-schema.generated.json";
import { SCHEMA_SETTINGS } from "./schemaSettings";

/** What the worker answers for one document (the subset the tests use). */
export interface YamlService {
  validate(text: string): Promise<Diagnostic[]>;
  hover(text: string, position: Position): Promise<Hover | null | undefined>;
  codeActions(text: string, range: Range, diagnostics: Diagnostic[]): Promise<Array<{ title: string; kind?: string; edit?: { changes?: Record<string, Array<{ range: Range; newText: string }>> } }>>;
}

type Factory = (ctx: { getMirrorModels(): Array<{ uri: string; version: number; getValue(): string }> }, createData: unknown) => {
  doValidation(uri: string): Promise<Diagnostic[]>;
  doHover(uri: string, position: Position): Promise<Hover | null | undefined>;
  getCodeAction(uri: string, range: Range, context: { diagnostics: Diagnostic[] }): Promise<Awaited<ReturnType<YamlService["codeActions"]>>>;
};

const KEY = "__podplayYamlWorkerFactory";
let loading: Promise<Factory> | undefined;

/**
 * Loads the worker once per test process. `register` is node:module's register (passed in so this
 * file needs no Node types; it type-checks with the app).
 */
export function yamlService(register: (specifier: string) => void): Promise<YamlService> {
  loading ??= (async () => {
    const shim = `export function initialize(fn) { globalThis.${KEY} = fn; }`;
    const hooks = `export async function resolve(specifier, context, next) {
      if (specifier === "monaco-worker-manager/worker") return { url: "data:text/javascript," + encodeURIComponent(${JSON.stringify(shim)}), shortCircuit: true };
      // CommonJS path-browserify has no named exports under Node's ESM loader; Node's own path has the same API.
      if (specifier === "path-browserify") return { url: "node:path", shortCircuit: true };
      return next(specifier, context);
    }`;
    register("data:text/javascript," + encodeURIComponent(hooks));
    await import("monaco-yaml/yaml.worker.js");
    const factory = (globalThis as Record<string, unknown>)[KEY] as Factory | undefined;
    if (!factory) throw new Error("monaco-yaml's worker did not register");
    return factory;
  })();
  return loading.then((factory) => {
    const texts = new Map<string, string>();
    const worker = factory(
      { getMirrorModels: () => [...texts].map(([uri, text]) => ({ uri, version: 1, getValue: () => text })) },
      { ...SCHEMA_SETTINGS, schemas: [{ ...SCHEMA_SETTINGS.schemas[0], schema: schemaJson }] },
    );
    let n = 0;
    // A fresh URI per call: the worker caches parsed documents by URI and version. The worker reads
    // the text synchronously when called, so the entry can go once the call has started.
    const run = async <T>(text: string, fn: (uri: string) => Promise<T>): Promise<T> => {
      const uri = `file:///test-${++n}.yaml`;
      texts.set(uri, text);
      try {
        return await fn(uri);
      } finally {
        texts.delete(uri);
      }
    };
    return {
      validate: (text) => run(text, (uri) => worker.doValidation(uri)),
      hover: (text, position) => run(text, (uri) => worker.doHover(uri, position)),
      codeActions: (text, range, diagnostics) => run(text, (uri) => worker.getCodeAction(uri, range, { diagnostics })),
    };
  });
}
