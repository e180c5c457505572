/**
 * Monaco, set up once per page: workers, the YAML language with the Kubernetes + Scenario schema,
 * and the quick-fix provider. Only the lazy editor chunk imports this file (never the entry
 * chunk): it pulls in Monaco's core and the features listed in monacoFeatures.ts.
 */
import "./monacoFeatures";
import * as monaco from "monaco-editor/esm/vs/editor/editor.api.js";
import EditorWorker from "monaco-editor/esm/vs/editor/editor.worker?worker";
import { configureMonacoYaml, type JSONSchema } from "monaco-yaml";
import schemaJson from "./k8s-schema.generated.json";
import { nearMissOnly, registerQuickFixes } from "./quickFixProvider";
import { SCHEMA_SETTINGS, SCHEMA_URI } from "./schemaSettings";
import { withEnvironmentWorkers } from "./workerShim";
import YamlWorker from "./yaml.worker?worker";

export { monaco };

export { SCHEMA_URI };
/** The first editor model's URI; it matches the schema's fileMatch. */
export const MODEL_URI = "file:///scenario.yaml";

export const schema = schemaJson as unknown as JSONSchema;

function getWorker(_workerId: string, label: string): Worker {
  return label === "yaml" ? new YamlWorker() : new EditorWorker();
}
globalThis.MonacoEnvironment = { getWorker };

// monaco-yaml allows one configured instance per page, so this runs at module scope, once. Its
// code-action provider is registered through a wrapper that keeps only near-miss name fixes.
const languages = monaco.languages as { registerCodeActionProvider: typeof monaco.languages.registerCodeActionProvider };
const registerCodeActionProvider = languages.registerCodeActionProvider;
languages.registerCodeActionProvider = (selector, provider, metadata) => registerCodeActionProvider(selector, nearMissOnly(provider), metadata);
try {
  configureMonacoYaml(withEnvironmentWorkers(monaco, getWorker), { ...SCHEMA_SETTINGS, schemas: [{ ...SCHEMA_SETTINGS.schemas[0], fileMatch: [...SCHEMA_SETTINGS.schemas[0].fileMatch], schema }] });
} finally {
  languages.registerCodeActionProvider = registerCodeActionProvider;
}

registerQuickFixes(monaco);

/** What e2e/editor.spec.ts reads of the editor through the page's test hook (house style 17). */
export interface EditorTestHook {
  /** Every marker on every model: owner "yaml" is monaco-yaml's schema check, "podplay" the engine's. */
  markers(): Array<{ owner: string; severity: "hint" | "info" | "warning" | "error"; message: string; line: number; column: number }>;
  /** The first editor's text. */
  text(): string | undefined;
  /** Puts the first editor's cursor at a 1-based line and column and focuses it. */
  setCursor(line: number, column: number): void;
}

const SEVERITY = { 1: "hint", 2: "info", 4: "warning", 8: "error" } as const;

const hook = (globalThis as { __podplay?: { editor?: EditorTestHook } }).__podplay;
if (hook)
  hook.editor = {
    markers: () =>
      monaco.editor.getModelMarkers({}).map((m) => ({ owner: m.owner, severity: SEVERITY[m.severity], message: m.message, line: m.startLineNumber, column: m.startColumn })),
    text: () => monaco.editor.getEditors()[0]?.getModel()?.getValue(),
    setCursor(line, column) {
      const editor = monaco.editor.getEditors()[0];
      editor?.setPosition({ lineNumber: line, column });
      editor?.focus();
    },
  };
