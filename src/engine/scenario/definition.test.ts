import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseYamlDocuments } from "../input/yamlDocuments";
import { ACTION_VERBS, fieldNames, SCENARIO_OBJECTS, type ScenarioObjectName } from "./definition";
import { fmt, parseScenario } from "./scenario";
import { objectsIn, scenarioArb } from "./testing";

// JSON is YAML: the parser sees the document with real positions.
const parse = (doc: unknown) => {
  const parsed = parseYamlDocuments(JSON.stringify(doc, null, 1));
  expect(parsed.errors).toEqual([]);
  return parseScenario(parsed.docs[0]);
};

const get = (doc: unknown, path: (string | number)[]) => path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], doc);

describe("the Scenario definition and the parser agree", () => {
  it("every document the definition allows parses without an error", () => {
    fc.assert(
      fc.property(scenarioArb, (doc) => {
        expect(parse(doc).errors.map((e) => e.message)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it("the generated documents use every field of every object", () => {
    const seen = new Set<string>();
    for (const doc of fc.sample(scenarioArb, { numRuns: 400, seed: 7 }))
      for (const { path, name } of objectsIn(doc)) for (const k of Object.keys(get(doc, path) as object)) seen.add(`${name}.${k}`);
    const declared = (Object.keys(SCENARIO_OBJECTS) as ScenarioObjectName[]).flatMap((n) => fieldNames(n).map((k) => `${n}.${k}`));
    expect(declared.filter((k) => !seen.has(k))).toEqual([]);
  });

  it("a field the definition does not declare is an unknown field wherever it goes", () => {
    fc.assert(
      fc.property(scenarioArb, fc.nat(), fc.constantFrom("zone2", "Image", "nodedown", "extra"), (generated, pick, key) => {
        const doc = structuredClone(generated);
        const objects = objectsIn(doc).filter(({ name }) => !fieldNames(name).includes(key));
        const { path } = objects[pick % objects.length];
        (get(doc, path) as Record<string, unknown>)[key] = "x";
        const errors = parse(doc).errors;
        expect(errors[0]?.message).toBe(`Scenario in version "podplay.dev/v1alpha1" cannot be handled as a Scenario: strict decoding error: unknown field "${fmt([...path, key])}"`);
        // Usage thresholds also range-check an unknown key's value, as they always did; nothing else is said.
        expect(errors.filter((e) => e.path !== fmt([...path, key]))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("names the actions in the definition's order when none is given", () => {
    expect(ACTION_VERBS).toEqual(["delete", "apply", "patch", "crash", "http", "probe", "setImage", "scale", "rolloutRestart", "podCondition", "label", "taint", "nodeDown", "nodeUp", "cordon", "uncordon", "drain", "addNode", "deschedule"]);
    expect(fieldNames("action")).toEqual(["at", ...ACTION_VERBS]);
    const { errors } = parse({ apiVersion: "podplay.dev/v1alpha1", kind: "Scenario", spec: { actions: [{ at: "1s" }] } });
    expect(errors.map((e) => e.message)).toEqual([
      'Scenario is invalid: spec.actions[0]: Required value: one of delete, apply, patch, crash, http, probe, setImage, scale, rolloutRestart, podCondition, label, taint, nodeDown, nodeUp, cordon, uncordon, drain, addNode or deschedule',
    ]);
  });

  it("reads the actions that change objects: patch, podCondition, label, taint, setImage of a pod", () => {
    const doc = (actions: unknown[]) => ({ apiVersion: "podplay.dev/v1alpha1", kind: "Scenario", spec: { actions } });
    const ok = parse(
      doc([
        { at: "1s", patch: { pod: "web", patch: { metadata: { finalizers: null } } } },
        { at: "2s", podCondition: { pod: "web", type: "example.com/f", status: true } },
        { at: "3s", label: { node: "node-1", labels: { disk: "ssd" }, remove: ["old"] } },
        { at: "4s", taint: { node: "node-1", key: "k", effect: "NoExecute" } },
        { at: "5s", setImage: { pod: "web", container: "app", image: "nginx:1.28" } },
      ]),
    );
    expect(ok.errors).toEqual([]);
    expect(ok.scenario.actions.map((a) => a.kind)).toEqual(["patch", "podCondition", "label", "taint", "setImage"]);
    expect(ok.scenario.actions[0]).toMatchObject({ patchType: "strategic", pod: "web", namespace: "default" });
    expect(ok.scenario.actions[1]).toMatchObject({ status: "True" });
    const bad = parse(
      doc([
        { at: "1s", patch: { pod: "web", type: "apply", patch: {} } },
        { at: "2s", setImage: { deployment: "d", pod: "web", container: "app", image: "x" } },
        { at: "3s", podCondition: { pod: "web", type: "t", status: "Yes" } },
      ]),
    );
    expect(bad.errors.map((e) => e.message)).toEqual([
      'Scenario is invalid: spec.actions[0].patch.type: Unsupported value: "apply": supported values: "strategic", "merge", "json"',
      "Scenario is invalid: spec.actions[1].setImage: Required value: exactly one of deployment or pod",
      'Scenario is invalid: spec.actions[2].podCondition.status: Unsupported value: "Yes": supported values: "True", "False", "Unknown"',
    ]);
  });

  it("takes integer bounds and enums from the definition", () => {
    const doc = (node: unknown) => ({ apiVersion: "podplay.dev/v1alpha1", kind: "Scenario", spec: { node } });
    expect(parse(doc({ pods: 100001 })).errors[0].message).toBe("Scenario is invalid: spec.node.pods: Invalid value: 100001: must be an integer between 0 and 100000, inclusive");
    expect(parse(doc({ taints: [{ key: "k", effect: "Nope" }] })).errors[0].message).toBe('Scenario is invalid: spec.node.taints[0].effect: Unsupported value: "Nope": supported values: "NoSchedule", "PreferNoSchedule", "NoExecute"');
  });
});
