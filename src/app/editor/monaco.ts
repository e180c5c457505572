/**
 * Monaco, set up once per page: workers, the YAML language with the Kubernetes + Scenario schema,
 * and the quick-fix provider. Only the lazy editor chunk imports this file (never the entry
 * chunk): it pulls in all of Monaco.
 */
import * as monaco from "monaco-editor";
import EditorWorker from "monaco-editor/esm/vs/editor/editor.worker?worker";
import { configureMonacoYaml, type JSONSchema } from "monaco-yaml";
import schemaJson from "./k8s-schema.generated.json";
import { registerQuickFixes } from "./quickFixProvider";
import YamlWorker from "./yaml.worker?worker";

export { monaco };

/** The schema's URI: unique, and ending in a file name (it doubles as the name shown in hovers). */
export const SCHEMA_URI = "https://podplay.dev/schemas/k8s-v1.34-podplay.json";
/** The first editor model's URI; it matches the schema's fileMatch. */
export const MODEL_URI = "file:///scenario.yaml";

export const schema = schemaJson as unknown as JSONSchema;

globalThis.MonacoEnvironment = {
  getWorker(_workerId: string, label: string): Worker {
    return label === "yaml" ? new YamlWorker() : new EditorWorker();
  },
};

// monaco-yaml allows one configured instance per page, so this runs at module scope, once.
configureMonacoYaml(monaco, {
  enableSchemaRequest: false,
  isKubernetes: true,
  completion: true,
  hover: true,
  validate: true,
  format: { enable: true },
  schemas: [{ uri: SCHEMA_URI, fileMatch: ["**/*.yaml"], schema }],
});

registerQuickFixes(monaco);
