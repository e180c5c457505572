/**
 * The Scenario definition (definition.ts) as JSON schema (draft-07) definitions, for the editor:
 * scripts/gen-schema.ts writes them into src/app/editor/k8s-schema.generated.json, and
 * definition.test.ts checks that the file holds exactly what this returns.
 */
import { SCENARIO_OBJECTS, type ScenarioObjectName, type ValueType } from "./definition";

type Schema = Record<string, unknown>;

/** parseDuration's grammar: a number of seconds, or runs of number+unit (ms, s, m, h, d). */
export const DURATION_PATTERN = "^\\s*(\\d+(\\.\\d+)?|(\\d+(\\.\\d+)?(ms|d|h|m|s))+)\\s*$";

/** The definition name of an object: `Scenario` for the document, `ScenarioSpec`, `ScenarioNode`, … */
export function scenarioDefinitionName(name: ScenarioObjectName): string {
  return name === "scenario" ? "Scenario" : `Scenario${name[0].toUpperCase()}${name.slice(1)}`;
}

/** Where the Kubernetes kinds are (an `apply` action's objects); gen-schema.ts defines it. */
export const KUBERNETES_OBJECT_DEFINITION = "KubernetesObject";

function valueSchema(t: ValueType): Schema {
  switch (t.kind) {
    case "string":
      return { type: "string", ...(t.nonEmpty ? { minLength: 1 } : {}), ...(t.enum ? { enum: [...t.enum] } : {}), ...(t.pattern ? { pattern: t.pattern } : {}) };
    case "const":
      return { type: "string", const: t.value };
    case "integer":
      return { type: "integer", minimum: t.min, maximum: t.max };
    case "boolean":
      return { type: "boolean" };
    case "duration":
      return {
        type: ["string", "number"],
        pattern: DURATION_PATTERN,
        patternErrorMessage: "must be a duration such as 30s, 5m or 1h30m",
        ...(t.positive ? { exclusiveMinimum: 0 } : { minimum: 0 }),
        ...(t.max !== undefined ? { maximum: t.max } : {}),
      };
    case "quantity":
      return { type: ["string", "number"] };
    case "map":
      return { type: "object", additionalProperties: valueSchema(t.values) };
    case "list":
      return { type: "array", items: valueSchema(t.items), ...(t.minItems ? { minItems: t.minItems } : {}) };
    case "object":
      return { $ref: `#/definitions/${scenarioDefinitionName(t.name)}` };
    case "kubernetesObject":
      return { $ref: `#/definitions/${KUBERNETES_OBJECT_DEFINITION}` };
    case "json":
      return {};
    case "oneOf":
      return { oneOf: t.of.map(valueSchema) };
  }
}

/** Every pair of names in a group. */
function pairsOf(group: readonly string[]): Array<readonly [string, string]> {
  const pairs: Array<readonly [string, string]> = [];
  for (let i = 0; i < group.length; i++) for (let j = i + 1; j < group.length; j++) pairs.push([group[i], group[j]]);
  return pairs;
}

/** Every Scenario object as a JSON schema definition, keyed by scenarioDefinitionName. */
export function scenarioSchemaDefinitions(): Record<string, Schema> {
  const out: Record<string, Schema> = {};
  for (const [name, def] of Object.entries(SCENARIO_OBJECTS) as [ScenarioObjectName, (typeof SCENARIO_OBJECTS)[ScenarioObjectName]][]) {
    const properties: Record<string, Schema> = {};
    for (const [field, f] of Object.entries(def.fields)) properties[field] = { description: f.description, ...valueSchema(f.type) };
    const schema: Schema = { type: "object", title: def.title, description: def.description, properties };
    if (def.required?.length) schema.required = [...def.required];
    schema.additionalProperties = false;
    // yaml-language-server in Kubernetes mode drops "matches more than one oneOf", so each rule is
    // spelt out: "at least one" as "if none is there, the first is missing" (not anyOf, which
    // hovers show as "title || title || title"), "at most one" as pairs that may not meet.
    const atLeastOne = def.exactlyOne ?? def.atLeastOne;
    if (atLeastOne) Object.assign(schema, { if: { allOf: atLeastOne.map((k) => ({ not: { required: [k] } })) }, then: { required: [atLeastOne[0]] } });
    const notBoth = [...(def.notBoth ?? [])];
    if (def.exactlyOne) {
      // When the group is every field but the required ones (an action: `at` and one verb), a
      // property count says "at most one" in one rule instead of 91 pairs.
      const rest = Object.keys(def.fields).filter((k) => !def.exactlyOne!.includes(k));
      if (rest.every((k) => def.required?.includes(k))) schema.maxProperties = rest.length + 1;
      else notBoth.push(...pairsOf(def.exactlyOne));
    }
    if (notBoth.length) schema.allOf = notBoth.map((pair) => ({ not: { required: [...pair] } }));
    out[scenarioDefinitionName(name)] = schema;
  }
  return out;
}
