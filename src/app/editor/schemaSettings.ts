/**
 * monaco-yaml's settings for the page's editor (monaco.ts), apart from the schema itself so Node
 * tests (testing.ts) can run the same YAML language service with the same settings.
 */

/** The schema's URI: unique, and ending in a file name (it doubles as the name shown in hovers). */
export const SCHEMA_URI = "https://podplay.dev/schemas/k8s-v1.34-podplay.json";

export const SCHEMA_SETTINGS = {
  enableSchemaRequest: false,
  isKubernetes: true,
  completion: true,
  hover: true,
  validate: true,
  format: { enable: true },
  schemas: [{ uri: SCHEMA_URI, fileMatch: ["**/*.yaml"] }],
} as const;
