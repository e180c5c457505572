/**
 * Generates src/app/editor/k8s-schema.generated.json: the JSON schema (draft-07) that the YAML
 * editor (monaco-yaml) validates, completes and hovers with.
 *
 *   npx tsx scripts/gen-schema.ts
 *
 * The Kubernetes kinds podplay admits (v1 Pod, Service, LimitRange, Namespace, Node, apps/v1
 * Deployment and ReplicaSet, batch/v1 Job, policy/v1 PodDisruptionBudget) and every type
 * reachable from them are read from the kubernetes-types declaration files with the TypeScript
 * compiler API; each field's TSDoc becomes its `description` (first paragraph only, to keep the file
 * small). Fields newer than kubernetes-types 1.30 come from the engine's own overlay
 * (src/engine/admission/fields.overlay.ts), so valid v1.34 YAML is never flagged. The playground's
 * own `kind: Scenario` comes from src/engine/scenario/definition.ts, the same definition the
 * engine's Scenario parser takes its fields from (src/engine/scenario/jsonSchema.ts converts it).
 *
 * Objects get `additionalProperties: false` (the API server decodes strictly); `status` is kept
 * loose, because the API server accepts and then replaces it. The root dispatches on `kind`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { OVERLAY_TYPES } from "../src/engine/admission/fields.overlay";
import { SCENARIO_API_VERSION } from "../src/engine/scenario/definition";
import { KUBERNETES_OBJECT_DEFINITION, scenarioDefinitionName, scenarioSchemaDefinitions } from "../src/engine/scenario/jsonSchema";
import { challengeSchemaDefinitions } from "../src/engine/challenge/jsonSchema";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..");
const typesDir = join(root, "node_modules", "kubernetes-types");
const out = join(root, "src", "app", "editor", "k8s-schema.generated.json");
const overlaySource = join(root, "src", "engine", "admission", "fields.overlay.ts");

/** The kinds dispatched on, in the order the docs list them. */
const KINDS = ["Pod", "Service", "LimitRange", "Namespace", "Deployment", "ReplicaSet", "Job", "Node", "PodDisruptionBudget"];

type Schema = Record<string, unknown>;

/**
 * String enums the API server validates, listed by hand ("Type.field"): kubernetes-types 1.30 has
 * plain `string` there. Only values v1.34 accepts without a feature gate.
 */
const ENUMS: Record<string, string[]> = {
  "Container.imagePullPolicy": ["Always", "Never", "IfNotPresent"],
  "EphemeralContainer.imagePullPolicy": ["Always", "Never", "IfNotPresent"],
  "Container.terminationMessagePolicy": ["File", "FallbackToLogsOnError"],
  "EphemeralContainer.terminationMessagePolicy": ["File", "FallbackToLogsOnError"],
  "PodSpec.restartPolicy": ["Always", "OnFailure", "Never"],
  "PodSpec.dnsPolicy": ["ClusterFirst", "ClusterFirstWithHostNet", "Default", "None"],
  "ContainerPort.protocol": ["TCP", "UDP", "SCTP"],
  "ServicePort.protocol": ["TCP", "UDP", "SCTP"],
  "HTTPGetAction.scheme": ["HTTP", "HTTPS"],
  "ServiceSpec.type": ["ClusterIP", "NodePort", "LoadBalancer", "ExternalName"],
  "ServiceSpec.sessionAffinity": ["ClientIP", "None"],
  "ServiceSpec.externalTrafficPolicy": ["Cluster", "Local"],
  "ServiceSpec.internalTrafficPolicy": ["Cluster", "Local"],
};

/** Read-only parts replaced by a loose object: accepted (the API server ignores them on create), not described. */
const LOOSE: Record<string, string> = {
  "Pod.status": "Most recently observed status of the pod. Populated by the system; ignored when you create a Pod.",
  "Service.status": "Most recently observed status of the service. Populated by the system; ignored when you create a Service.",
  "Namespace.status": "Status describes the current status of a Namespace. Populated by the system; ignored when you create a Namespace.",
};

// ---------------------------------------------------------------------------------------------
// kubernetes-types → definitions

const files = ["core/v1.d.ts", "apps/v1.d.ts", "batch/v1.d.ts", "policy/v1.d.ts", "meta/v1.d.ts", "api/resource.d.ts", "runtime.d.ts"].map((f) => join(typesDir, f));
const program = ts.createProgram(files, { noEmit: true });
const checker = program.getTypeChecker();

const interfaces = new Map<string, ts.InterfaceDeclaration>();
for (const f of files) {
  const sf = program.getSourceFile(f);
  if (!sf) throw new Error(`cannot read ${f}`);
  sf.forEachChild((node) => {
    if (ts.isInterfaceDeclaration(node)) {
      if (interfaces.has(node.name.text)) throw new Error(`two interfaces named ${node.name.text}`);
      interfaces.set(node.name.text, node);
    }
  });
}

/** Longest description kept, in characters (whole sentences, plus the "More info" link). */
const MAX_DESCRIPTION = 320;

/**
 * The first paragraph of a doc comment, on one line; a long one is cut after the last whole
 * sentence that fits in MAX_DESCRIPTION, keeping its "More info" link.
 */
function firstParagraph(text: string): string | undefined {
  let para = text.split(/\n\s*\n/)[0].replace(/\s+/g, " ").trim();
  if (para.length > MAX_DESCRIPTION) {
    const link = / More info: (\S+)/.exec(para)?.[1];
    const sentences = para.replace(/ More info: \S+/g, "").match(/[^.]+(?:\.(?=\s|$)|$)/g) ?? [para];
    let kept = "";
    for (const s of sentences) {
      if (kept && (kept + s).length > MAX_DESCRIPTION) break;
      kept += s;
    }
    para = (kept.trim() + (link ? ` More info: ${link}` : "")).trim();
  }
  return para || undefined;
}

function docOf(node: ts.Node & { name?: ts.Node }): string | undefined {
  const symbol = node.name ? checker.getSymbolAtLocation(node.name) : undefined;
  if (!symbol) return undefined;
  return firstParagraph(ts.displayPartsToString(symbol.getDocumentationComment(checker)));
}

const definitions: Record<string, Schema> = {};
const queue: string[] = [];
const ref = (name: string): Schema => {
  if (!definitions[name] && !queue.includes(name)) queue.push(name);
  return { $ref: `#/definitions/${name}` };
};

const QUANTITY: Schema = { type: ["string", "number"] };
const INT_OR_STRING: Schema = { type: ["integer", "string"] };

function typeSchema(owner: string, field: string, node: ts.TypeNode): Schema {
  const key = `${owner}.${field}`;
  if (ts.isUnionTypeNode(node)) {
    const kinds = node.types.map((t) => t.kind);
    if (kinds.includes(ts.SyntaxKind.NumberKeyword) && kinds.includes(ts.SyntaxKind.StringKeyword)) return { ...INT_OR_STRING };
    return { type: "string" };
  }
  if (ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal)) return { type: "string", const: node.literal.text };
  switch (node.kind) {
    case ts.SyntaxKind.StringKeyword:
      return ENUMS[key] ? { type: "string", enum: ENUMS[key] } : { type: "string" };
    case ts.SyntaxKind.NumberKeyword:
      return { type: "integer" };
    case ts.SyntaxKind.BooleanKeyword:
      return { type: "boolean" };
    case ts.SyntaxKind.AnyKeyword:
    case ts.SyntaxKind.UnknownKeyword:
      return {};
  }
  if (ts.isTypeReferenceNode(node)) {
    const name = ts.isIdentifier(node.typeName) ? node.typeName.text : node.typeName.right.text;
    if (name === "Array" && node.typeArguments?.length === 1) return { type: "array", items: typeSchema(owner, field, node.typeArguments[0]) };
    if (name === "Quantity") return { ...QUANTITY };
    if (name === "Time" || name === "MicroTime") return { type: "string" };
    if (name === "FieldsV1" || name === "RawExtension") return {};
    if (!interfaces.has(name)) throw new Error(`unknown type ${name} at ${key}`);
    return ref(name);
  }
  if (ts.isTypeLiteralNode(node)) {
    const index = node.members.find(ts.isIndexSignatureDeclaration);
    if (index?.type) return { type: "object", additionalProperties: typeSchema(owner, field, index.type) };
    return { type: "object" };
  }
  if (ts.isArrayTypeNode(node)) return { type: "array", items: typeSchema(owner, field, node.elementType) };
  throw new Error(`unhandled type syntax ${ts.SyntaxKind[node.kind]} at ${key}`);
}

/** Field type in the engine's notation (see src/engine/admission/fieldSchema.ts), for overlay fields. */
function notationSchema(spec: string): Schema {
  if (spec.startsWith("[]")) return { type: "array", items: notationSchema(spec.slice(2)) };
  if (spec.startsWith("{}")) return { type: "object", additionalProperties: notationSchema(spec.slice(2)) };
  if (spec.startsWith("#")) return ref(spec.slice(1));
  if (spec === "s" || spec.startsWith("s:")) return { type: "string" };
  const simple: Record<string, Schema> = {
    b: { type: "boolean" },
    i32: { type: "integer" },
    i64: { type: "integer" },
    f64: { type: "number" },
    q: QUANTITY,
    ios: INT_OR_STRING,
    t: { type: "string" },
    any: {},
  };
  const s = simple[spec];
  if (!s) throw new Error(`unknown field notation ${spec}`);
  return { ...s };
}

/** "Type.field" → the overlay's trailing comment ("1.33, ContainerStopSignals (alpha)"). */
function overlayNotes(): Map<string, string> {
  const notes = new Map<string, string>();
  let type = "";
  let last = "";
  for (const line of readFileSync(overlaySource, "utf8").split("\n")) {
    const open = /^\s{2}(\w+): \{/.exec(line);
    if (open) {
      type = open[1];
      last = "";
      continue;
    }
    const field = /^\s{4}(\w+): "[^"]*",(?:\s*\/\/\s*(.*))?$/.exec(line);
    if (field && type) {
      // A comment on the first field of a new type (the type's release) also covers its siblings.
      if (field[2]) last = field[2].trim();
      if (last) notes.set(`${type}.${field[1]}`, last);
    }
  }
  return notes;
}
const notes = overlayNotes();

function overlayDescription(type: string, field: string): string {
  const note = notes.get(`${type}.${field}`);
  const m = note ? /^(1\.\d+)(?:,\s*(.*))?$/.exec(note) : null;
  if (!m) return "Added after Kubernetes 1.30.";
  return m[2] ? `Added in Kubernetes ${m[1]}; feature gate ${m[2]}.` : `Added in Kubernetes ${m[1]}.`;
}

function buildInterface(name: string): Schema {
  const decl = interfaces.get(name);
  const properties: Record<string, Schema> = {};
  const required: string[] = [];
  for (const member of decl?.members ?? []) {
    if (!ts.isPropertySignature(member) || !member.type) continue;
    const field = ts.isIdentifier(member.name) || ts.isStringLiteral(member.name) ? member.name.text : "";
    if (!field) continue;
    const loose = LOOSE[`${name}.${field}`];
    const s: Schema = loose ? { type: "object" } : typeSchema(name, field, member.type);
    const description = loose ?? docOf(member);
    properties[field] = description ? { description, ...s } : s;
    if (!member.questionToken && !loose) required.push(field);
  }
  for (const [field, spec] of Object.entries(OVERLAY_TYPES[name] ?? {})) {
    if (properties[field]) continue;
    properties[field] = { description: overlayDescription(name, field), ...notationSchema(spec) };
  }
  const description = decl ? docOf(decl) : `Added after Kubernetes 1.30.`;
  // The title heads hover text for the type's fields ("Probe" over periodSeconds).
  const schema: Schema = { type: "object", title: name };
  if (description) schema.description = description;
  schema.properties = sortKeys(properties);
  if (required.length) schema.required = required.sort();
  schema.additionalProperties = false;
  return schema;
}

function sortKeys<T>(o: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k]]));
}

for (const kind of KINDS) ref(kind);
while (queue.length) {
  const name = queue.shift()!;
  if (definitions[name]) continue;
  if (!interfaces.has(name) && !OVERLAY_TYPES[name]) throw new Error(`no type ${name}`);
  definitions[name] = buildInterface(name);
}

// ---------------------------------------------------------------------------------------------
// The Scenario kind, from the definition the engine's parser reads (src/engine/scenario/definition.ts)

const scenarioDefinitions = { ...scenarioSchemaDefinitions(), ...challengeSchemaDefinitions() };

// ---------------------------------------------------------------------------------------------
// Dispatch on kind and write

const dispatch = (kind: string, def: string): Schema => ({
  if: { properties: { kind: { const: kind } }, required: ["kind"] },
  then: { $ref: `#/definitions/${def}` },
});

const kubeDispatch = KINDS.map((k) => dispatch(k, k));
const allKinds = [...KINDS, "Scenario", "Challenge"];

const schema: Schema = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $comment: "Generated by scripts/gen-schema.ts from kubernetes-types and src/engine/scenario/definition.ts; do not edit.",
  title: "podplay",
  type: "object",
  required: ["apiVersion", "kind"],
  properties: {
    apiVersion: { type: "string", description: "v1 for the Kubernetes kinds, podplay.dev/v1alpha1 for Scenario and Challenge.", examples: ["v1", SCENARIO_API_VERSION] },
    kind: { type: "string", description: `What this document is: ${allKinds.join(", ")}.`, examples: allKinds },
  },
  allOf: [...kubeDispatch, dispatch("Scenario", scenarioDefinitionName("scenario")), dispatch("Challenge", "Challenge")],
  definitions: {
    [KUBERNETES_OBJECT_DEFINITION]: { type: "object", description: `A Kubernetes object (${KINDS.join(", ")}).`, required: ["apiVersion", "kind"], allOf: kubeDispatch },
    ...sortKeys(definitions),
    ...scenarioDefinitions,
  },
};

const json = JSON.stringify(schema);
writeFileSync(out, json + "\n");
console.log(`wrote ${Object.keys(schema.definitions as object).length} definitions, ${(json.length / 1024).toFixed(0)} KiB, to ${out}`);
