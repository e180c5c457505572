import fc from "fast-check";
import { dump } from "js-yaml";
import { register } from "node:module";
import { readdirSync, readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Diagnostic } from "vscode-languageserver-types";
import { fieldNames, SCENARIO_OBJECTS, type ScenarioObjectName } from "../../engine/scenario/definition";
import { scenarioDefinitionName, scenarioSchemaDefinitions } from "../../engine/scenario/jsonSchema";
import { objectsIn, scenarioArb } from "../../engine/scenario/testing";
import { EXAMPLES } from "../../scenarios/examples";
import schemaJson from "./k8s-schema.generated.json";
import { keepNearMisses, unquote } from "./quickFix";
import { fieldNamesAt, type SchemaNode } from "./schemaFields";
import { yamlService, type YamlService } from "./testing";

const schema = schemaJson as unknown as SchemaNode & { definitions: Record<string, unknown> };
let ls: YamlService;
beforeAll(async () => {
  ls = await yamlService(register);
});

const show = (d: Diagnostic[]) => d.map((x) => `${x.range.start.line + 1}:${x.range.start.character + 1} ${x.message}`);
const get = (doc: unknown, path: (string | number)[]) => path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], doc);

describe("the editor's Scenario schema comes from the engine's definition", () => {
  it("is what jsonSchema.ts makes of the definition now (run `npx tsx scripts/gen-schema.ts` after a change)", () => {
    const made = scenarioSchemaDefinitions();
    for (const [name, def] of Object.entries(made)) expect(schema.definitions[name], name).toEqual(def);
    const inFile = Object.keys(schema.definitions).filter((k) => k.startsWith("Scenario"));
    expect(inFile.sort()).toEqual(Object.keys(made).sort());
  });

  it("lists, at every place in a document, exactly the fields the parser accepts there", () => {
    const checked = new Set<ScenarioObjectName>();
    for (const doc of fc.sample(scenarioArb, { numRuns: 200, seed: 11 }))
      for (const { path, name } of objectsIn(doc)) {
        expect(new Set(fieldNamesAt(schema, "Scenario", path)), `${name} at ${path.join(".")}`).toEqual(new Set(fieldNames(name)));
        checked.add(name);
      }
    expect([...checked].sort()).toEqual(Object.keys(SCENARIO_OBJECTS).sort());
  });

  it("the editor's validator accepts every document the definition (and so the parser) accepts", async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, async (doc) => {
        expect(show(await ls.validate(dump(doc)))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it("flags a misspelt field wherever it goes, and its quick fixes are near misses only", async () => {
    const typo = (k: string, how: number) => (how % 3 === 0 ? k.toLowerCase() === k ? k.toUpperCase() : k.toLowerCase() : how % 3 === 1 ? k.slice(0, -1) : k + k[k.length - 1]);
    await fc.assert(
      fc.asyncProperty(scenarioArb, fc.nat(), fc.nat(), async (generated, pick, how) => {
        const doc = structuredClone(generated);
        const objects = objectsIn(doc).filter(({ path, name }) => Object.keys(get(doc, path) as object).some((k) => k.length >= 4 && !fieldNames(name).includes(typo(k, how))));
        fc.pre(objects.length > 0);
        const { path, name } = objects[pick % objects.length];
        const obj = get(doc, path) as Record<string, unknown>;
        const key = Object.keys(obj).find((k) => k.length >= 4 && !fieldNames(name).includes(typo(k, how)))!;
        const wrong = typo(key, how);
        obj[wrong] = obj[key];
        delete obj[key];
        const text = dump(doc);
        const diags = await ls.validate(text);
        const flagged = diags.filter((d) => d.message === `Property ${wrong} is not allowed.`);
        expect(flagged, show(diags).join("\n")).toHaveLength(1);
        const actions = await ls.codeActions(text, flagged[0].range, flagged);
        const lines = text.split("\n");
        const at = (r: Diagnostic["range"]) => lines[r.start.line].slice(r.start.character, r.end.character);
        const kept = keepNearMisses(actions, (a) => {
          const edits = Object.values(a.edit?.changes ?? {})[0] ?? [];
          return edits.length === 1 ? { group: JSON.stringify(edits[0].range), typed: unquote(at(edits[0].range)), name: unquote(edits[0].newText) } : undefined;
        });
        const offered = kept.map((a) => a.title);
        expect(offered).toContain(key);
        // Never a field the object already has (it is valid where it is), never a far-off name.
        for (const o of offered) expect(Object.keys(obj)).not.toContain(o);
        expect(offered.length).toBeLessThanOrEqual(3);
        expect(actions.length).toBeGreaterThanOrEqual(offered.length);
      }),
      { numRuns: 120 },
    );
  });
});

describe("rules across fields", () => {
  const scenario = (spec: string) => `apiVersion: podplay.dev/v1alpha1\nkind: Scenario\nspec:\n${spec}`;
  const cases: Array<[string, string]> = [
    ["an action with no verb", "  actions:\n  - at: 5s\n"],
    ["an action with two verbs", "  actions:\n  - at: 5s\n    nodeDown: a\n    cordon: a\n"],
    ["a behaviour that says not whose", "  behaviors:\n  - listens:\n    - port: 80\n"],
    ["a descheduler run with no strategy", "  actions:\n  - at: 5s\n    deschedule: {}\n"],
    ["both node and nodes", "  node: {name: a}\n  nodes:\n  - name: b\n"],
    ["delete with neither pod nor selector", "  actions:\n  - at: 5s\n    delete: {namespace: x}\n"],
    ["scale of both kinds", "  actions:\n  - at: 5s\n    scale: {deployment: a, replicaSet: b, replicas: 1}\n"],
  ];
  for (const [what, spec] of cases)
    it(`${what}: the engine rejects it and the editor warns`, async () => {
      const { simulate } = await import("../../engine/simulate");
      expect(simulate(scenario(spec)).errors.length, "engine").toBeGreaterThan(0);
      expect((await ls.validate(scenario(spec))).length, "editor").toBeGreaterThan(0);
    });

  it("hovers name one field, with no alternatives joined by ||", async () => {
    const text = scenario("  actions:\n  - at: 5s\n    deschedule:\n      removeDuplicates: true\n  behaviors:\n  - image: a\n    onSigterm: ignore\n  - image: b\n    onSigterm: {exitAfter: 2s}\n");
    const lines = text.split("\n");
    for (const key of ["deschedule", "removeDuplicates", "onSigterm: ignore", "onSigterm: {", "at"]) {
      const line = lines.findIndex((l) => l.includes(key));
      const hover = await ls.hover(text, { line, character: lines[line].indexOf(key.split(":")[0]) + 1 });
      const value = JSON.stringify(hover?.contents ?? "");
      expect(value, key).not.toContain("||");
      expect(value.length, key).toBeGreaterThan(20);
    }
  });
});

describe("the other kinds the engine admits", () => {
  it("Node and PodDisruptionBudget documents have their fields in the editor too", async () => {
    const text = [
      "apiVersion: v1\nkind: Node\nmetadata:\n  name: big\n  labels: {topology.kubernetes.io/zone: a}\nspec:\n  unschedulable: false\n  taints: [{key: dedicated, value: gpu, effect: NoSchedule}]\nstatus:\n  capacity: {cpu: \"8\", memory: 32Gi, pods: \"110\"}\n  allocatable: {cpu: 7500m, memory: 30Gi, pods: \"110\"}",
      "apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: {name: web}\nspec:\n  maxUnavailable: 34%\n  selector: {matchLabels: {app: web}}",
      "apiVersion: v1\nkind: Pod\nmetadata: {name: web, labels: {app: web}}\nspec:\n  containers:\n  - {name: app, image: nginx}",
    ].join("\n---\n");
    const { simulate } = await import("../../engine/simulate");
    expect(simulate(text, { until: 5 }).errors).toEqual([]);
    expect(show(await ls.validate(text))).toEqual([]);
    const misspelt = await ls.validate(text.replace("unschedulable", "unschedulabel").replace("maxUnavailable", "maxunavailable"));
    expect(show(misspelt)).toEqual([expect.stringContaining("Property unschedulabel is not allowed."), expect.stringContaining("Property maxunavailable is not allowed.")]);
  });
});

describe("built-in lessons and examples", () => {
  const lessonDir = new URL("../../lessons/scenarios/", import.meta.url);
  const files = readdirSync(lessonDir).filter((f) => f.endsWith(".yaml"));

  it("finds the lessons", () => expect(files.length).toBeGreaterThanOrEqual(24));

  for (const f of files)
    it(`lesson ${f} shows no warning in the editor`, async () => {
      expect(show(await ls.validate(readFileSync(new URL(f, lessonDir), "utf8")))).toEqual([]);
    });

  for (const ex of EXAMPLES)
    it(`example ${ex.id} shows no warning in the editor`, async () => {
      expect(show(await ls.validate(ex.text))).toEqual([]);
    });

  it("a real mistake still shows (the check can fail)", async () => {
    const text = readFileSync(new URL("descheduler.yaml", lessonDir), "utf8").replace("nodeDown:", "nodeDwn:");
    expect(show(await ls.validate(text)).join("\n")).toContain("Property nodeDwn is not allowed.");
  });
});

describe("the Scenario definition's name for each object", () => {
  it("is the schema's definition name", () => {
    expect(scenarioDefinitionName("scenario")).toBe("Scenario");
    expect(scenarioDefinitionName("deleteAction")).toBe("ScenarioDeleteAction");
  });
});

describe("the editor knows the Challenge document (src/engine/challenge/jsonSchema.ts)", () => {
  const challenge = (check: string) =>
    `apiVersion: podplay.dev/v1alpha1\nkind: Challenge\nmetadata:\n  name: slow\nspec:\n  title: {en: Slow, ko: 느림}\n  task: Keep web from restarting\n  goals:\n  - text: web runs\n    check: ${check}\n  hints: [Try a startupProbe]\n  fixed: [{kind: Pod, name: web, fields: [spec.containers.0.command]}]\n`;

  it("is what jsonSchema.ts makes of the check specification", async () => {
    const { challengeSchemaDefinitions } = await import("../../engine/challenge/jsonSchema");
    // Read afresh: the language service marks the imported schema object as it uses it.
    const file = JSON.parse(readFileSync(new URL("./k8s-schema.generated.json", import.meta.url), "utf8")) as typeof schema;
    for (const [name, def] of Object.entries(challengeSchemaDefinitions())) expect(file.definitions[name], name).toEqual(def);
  });

  it("a valid challenge has no warnings; a misspelt check field and an unknown kind do", async () => {
    expect(show(await ls.validate(challenge("{kind: row, pod: web, at: 60, status: Running, restarts: {max: 0}}")))).toEqual([]);
    expect((await ls.validate(challenge("{kind: row, pod: web, at: 60, restart: 0}"))).length).toBeGreaterThan(0);
    expect((await ls.validate(challenge("{kind: rows, pod: web, at: 60}"))).length).toBeGreaterThan(0);
  });
});
