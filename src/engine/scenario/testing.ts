/**
 * For tests: Scenario documents generated from the definition (definition.ts) with fast-check, and
 * a walk that finds every object in a document with its place in the definition.
 */
import fc from "fast-check";
import { SCENARIO_OBJECTS, type ObjectDef, type ScenarioObjectName, type ValueType } from "./definition";

type Path = (string | number)[];
type Obj = Record<string, unknown>;

const NAMES = ["web", "app", "node-1", "myapp:1.0", "db-0"];
const LABEL_KEYS = ["app", "tier", "disk", "ContainerRestartRules"];
const QUANTITIES: Array<string | number> = ["4", "3500m", "16Gi", "128Mi", "500m", 2, 1.5];
const DURATIONS: Array<string | number> = ["30s", "1m30s", "1.5s", "2h", "500ms", "1d", 0, 5, 90.5];
const SELECTORS = ["app=web", "app=web,tier=front", "app==web", " app = web "];
/** A small object an `apply` action may carry; the Kubernetes kinds have their own tests. */
const KUBERNETES_OBJECT = { apiVersion: "v1", kind: "Service", metadata: { name: "svc" }, spec: { selector: { app: "web" }, ports: [{ port: 80 }] } };

/**
 * A value the definition allows. `truthy`: booleans are true (a strategy in an "at least one"
 * group only counts when it is on).
 */
export function valueArb(t: ValueType, truthy = false): fc.Arbitrary<unknown> {
  switch (t.kind) {
    case "string":
      if (t.enum) return fc.constantFrom(...t.enum);
      if (t.pattern) return fc.constantFrom(...SELECTORS);
      return t.nonEmpty ? fc.constantFrom(...NAMES) : fc.constantFrom("", ...NAMES);
    case "const":
      return fc.constant(t.value);
    case "integer":
      return fc.oneof(fc.constant(t.min), fc.constant(t.max), fc.integer({ min: t.min, max: Math.min(t.max, 2 ** 31 - 1) }));
    case "boolean":
      return truthy ? fc.constant(true) : fc.boolean();
    case "duration":
      return fc.constantFrom(...DURATIONS.filter((d) => !(t.positive && (d === 0 || d === "0s"))));
    case "quantity":
      return fc.constantFrom(...QUANTITIES);
    case "map":
      return fc.dictionary(fc.constantFrom(...LABEL_KEYS), valueArb(t.values), { maxKeys: 2 });
    case "list":
      return fc.array(valueArb(t.items), { minLength: t.minItems ?? 0, maxLength: 2 });
    case "object":
      return objectArb(t.name);
    case "kubernetesObject":
      return fc.constant(KUBERNETES_OBJECT);
    case "json":
      return fc.constantFrom<unknown>({ metadata: { labels: { app: "web" } } }, { metadata: { finalizers: null } }, [{ op: "remove", path: "/metadata/finalizers" }]);
    case "oneOf":
      return fc.oneof(...t.of.map((x) => valueArb(x, truthy)));
  }
}

/** An object of the definition: required fields, one of each "exactly one" group, the rest maybe. */
export function objectArb(name: ScenarioObjectName): fc.Arbitrary<Obj> {
  const def: ObjectDef = SCENARIO_OBJECTS[name];
  const exactly = def.exactlyOne ?? [];
  const atLeast = def.atLeastOne ?? [];
  const chosen = fc.record({
    one: exactly.length ? fc.constantFrom(...exactly) : fc.constant(undefined),
    least: atLeast.length ? fc.constantFrom(...atLeast) : fc.constant(undefined),
    notBoth: fc.array(fc.boolean(), { minLength: def.notBoth?.length ?? 0, maxLength: def.notBoth?.length ?? 0 }),
  });
  const fields = Object.fromEntries(Object.entries(def.fields).map(([k, f]) => [k, fc.option(valueArb(f.type, atLeast.includes(k)), { nil: undefined })]));
  return fc.tuple(chosen, fc.record(fields)).chain(([c, optional]) => {
    const forced = [...(def.required ?? []), ...(c.one ? [c.one] : []), ...(c.least ? [c.least] : [])];
    const forcedArbs = Object.fromEntries(forced.map((k) => [k, valueArb(def.fields[k].type, atLeast.includes(k))]));
    return fc.record(forcedArbs).map((f) => {
      const out: Obj = {};
      for (const k of Object.keys(def.fields)) {
        if (k in f) out[k] = f[k];
        else if (exactly.includes(k)) continue;
        else if (optional[k] !== undefined) out[k] = optional[k];
      }
      def.notBoth?.forEach(([a, b], i) => delete out[c.notBoth[i] ? a : b]);
      return out;
    });
  });
}

/**
 * A whole Scenario document the definition allows. Rules no JSON schema can say are kept by hand:
 * the names of spec.nodes are unique.
 */
export const scenarioArb: fc.Arbitrary<Obj> = objectArb("scenario").map((doc) => {
  const spec = doc.spec as Obj | undefined;
  if (Array.isArray(spec?.nodes)) spec.nodes = spec.nodes.map((n: Obj, i: number) => ({ ...n, name: `node-${i + 1}` }));
  return doc;
});

/** Every object in a document the definition allows, with its path and the definition's name for it. */
export function objectsIn(doc: unknown, name: ScenarioObjectName = "scenario", path: Path = []): Array<{ path: Path; name: ScenarioObjectName }> {
  const out: Array<{ path: Path; name: ScenarioObjectName }> = [];
  const visit = (v: unknown, t: ValueType, p: Path) => {
    if (t.kind === "object" && v && typeof v === "object" && !Array.isArray(v)) out.push(...objectsIn(v, t.name, p));
    else if (t.kind === "list" && Array.isArray(v)) v.forEach((x, i) => visit(x, t.items, [...p, i]));
    else if (t.kind === "oneOf") for (const alt of t.of) visit(v, alt, p);
  };
  out.push({ path, name });
  for (const [k, f] of Object.entries(SCENARIO_OBJECTS[name].fields)) if ((doc as Obj)[k] !== undefined) visit((doc as Obj)[k], f.type, [...path, k]);
  return out;
}
