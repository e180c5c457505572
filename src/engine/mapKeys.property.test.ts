import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { dump } from "js-yaml";
import { simulate } from "./simulate";
import { parseYamlDocuments } from "./input/yamlDocuments";
import type { RuntimeEntry } from "./trace/types";

/**
 * Every map that comes from a manifest is read without the prototype chain: keys that name
 * Object.prototype's members are ordinary keys, and get the API server's own answer. The
 * generator puts such keys (and a few ordinary ones) into every map the scenario format accepts
 * and checks that `simulate` never throws and that a `__proto__` key is kept as written.
 */

const PROTO_KEYS = ["constructor", "toString", "hasOwnProperty", "__proto__", "valueOf", "isPrototypeOf", "propertyIsEnumerable", "toLocaleString", "__defineGetter__"] as const;

const key = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...PROTO_KEYS) }, fc.constantFrom("app", "cpu", "memory", "pods", "example.com/gpu", "hugepages-2Mi", "kubernetes.io/hostname"));
const value = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom("1", "100m", "x", "web", "1Gi", "true") },
  fc.constantFrom<unknown>(1, 0, -1, 2.5, true, null, {}, [], { a: "b" }, ["x"], "1e400", ".nan"),
);
/** A map with own keys only (Object.fromEntries keeps `__proto__` as an own key, as js-yaml does). */
const hostileMap = fc.array(fc.tuple(key, value), { minLength: 1, maxLength: 4 }).map((e) => Object.fromEntries(e) as Record<string, unknown>);

/** Where a map goes: a document and a path in it. The documents are a small cluster that exercises every kind. */
const SLOTS: Array<[doc: number, path: string]> = [
  [0, "metadata.labels"],
  [0, "metadata.annotations"],
  [0, "spec.nodeSelector"],
  [0, "spec.containers.0.resources.requests"],
  [0, "spec.containers.0.resources.limits"],
  [0, "spec.resources.requests"],
  [0, "spec.resources.limits"],
  [0, "spec.overhead"],
  [0, "spec.initContainers.0.resources.requests"],
  [0, "spec.topologySpreadConstraints.0.labelSelector.matchLabels"],
  [0, "spec.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution.0.podAffinityTerm.labelSelector.matchLabels"],
  [1, "metadata.labels"],
  [1, "spec.selector.matchLabels"],
  [1, "spec.template.metadata.labels"],
  [1, "spec.template.metadata.annotations"],
  [1, "spec.template.spec.nodeSelector"],
  [1, "spec.template.spec.containers.0.resources.limits"],
  [2, "spec.selector"],
  [2, "metadata.annotations"],
  [3, "spec.limits.0.max"],
  [3, "spec.limits.0.min"],
  [3, "spec.limits.0.default"],
  [3, "spec.limits.0.defaultRequest"],
  [3, "spec.limits.0.maxLimitRequestRatio"],
  [4, "spec.template.metadata.labels"],
  [4, "spec.template.spec.containers.0.resources.requests"],
  [5, "spec.selector.matchLabels"],
  [6, "metadata.labels"],
  [6, "status.capacity"],
  [6, "status.allocatable"],
  [7, "metadata.labels"],
  [8, "spec.featureGates"],
  [8, "spec.nodes.0.labels"],
  [8, "spec.actions.0.delete.selector"],
  [8, "spec.actions.1.deschedule.lowNodeUtilization.thresholds"],
  [8, "spec.actions.1.deschedule.lowNodeUtilization.targetThresholds"],
  [8, "spec.actions.2.apply.0.metadata.labels"],
  [8, "spec.actions.2.apply.0.spec.containers.0.resources.requests"],
];

const container = (name: string) => ({ name, image: "busybox:1.36", command: ["sh", "-c", "sleep 30"], resources: { requests: { cpu: "100m" } } });
const podTemplate = () => ({ metadata: { labels: { app: "web" } }, spec: { containers: [container("c")] } });

function cluster(): Record<string, unknown>[] {
  return [
    {
      apiVersion: "v1",
      kind: "Pod",
      metadata: { name: "p", labels: { app: "web", constructor: "x" } },
      spec: {
        initContainers: [container("i")],
        containers: [container("c")],
        topologySpreadConstraints: [{ maxSkew: 1, topologyKey: "kubernetes.io/hostname", whenUnsatisfiable: "ScheduleAnyway", labelSelector: { matchLabels: { app: "web" } }, matchLabelKeys: ["constructor", "toString"] }],
        affinity: { podAntiAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 10, podAffinityTerm: { topologyKey: "kubernetes.io/hostname", labelSelector: { matchLabels: { app: "web" } } } }] } },
      },
    },
    { apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "web" }, spec: { replicas: 2, selector: { matchLabels: { app: "web" } }, template: podTemplate() } },
    { apiVersion: "v1", kind: "Service", metadata: { name: "web" }, spec: { selector: { app: "web" }, ports: [{ port: 80 }] } },
    { apiVersion: "v1", kind: "LimitRange", metadata: { name: "lr" }, spec: { limits: [{ type: "Container", default: { cpu: "200m" } }] } },
    { apiVersion: "batch/v1", kind: "Job", metadata: { name: "j" }, spec: { template: { ...podTemplate(), spec: { restartPolicy: "Never", containers: [container("c")] } } } },
    { apiVersion: "policy/v1", kind: "PodDisruptionBudget", metadata: { name: "pdb" }, spec: { minAvailable: 1, selector: { matchLabels: { app: "web" } } } },
    { apiVersion: "v1", kind: "Node", metadata: { name: "node-2", labels: { disk: "ssd" } }, status: { capacity: { cpu: "4", memory: "16Gi", pods: "110" } } },
    { apiVersion: "v1", kind: "Namespace", metadata: { name: "team" } },
    {
      apiVersion: "podplay.dev/v1alpha1",
      kind: "Scenario",
      spec: {
        duration: "2m",
        nodes: [{ name: "node-1", labels: { zone: "a" } }],
        actions: [
          { at: 20, delete: { selector: { app: "web" } } },
          { at: 30, deschedule: { lowNodeUtilization: { thresholds: { cpu: 20 }, targetThresholds: { cpu: 50 } } } },
          { at: 40, apply: [{ apiVersion: "v1", kind: "Pod", metadata: { name: "later" }, spec: { containers: [container("c")] } }] },
        ],
      },
    },
  ];
}

function put(doc: Record<string, unknown>, path: string, map: Record<string, unknown>): void {
  const parts = path.split(".");
  let at: Record<string, unknown> = doc;
  for (const p of parts.slice(0, -1)) {
    if (at[p] === undefined) at[p] = /^\d+$/.test(parts[parts.indexOf(p) + 1] ?? "") ? [] : {};
    at = at[p] as Record<string, unknown>;
  }
  const last = parts[parts.length - 1];
  const old = at[last];
  // Ordinary keys already there stay, so the object is otherwise valid.
  at[last] = old && typeof old === "object" && !Array.isArray(old) ? { ...old, ...map } : map;
}

const scenarioText = fc.array(fc.tuple(fc.constantFrom(...SLOTS), hostileMap), { minLength: 1, maxLength: 6 }).map((picks) => {
  const docs = cluster();
  for (const [[d, path], map] of picks) put(docs[d], path, map);
  return docs.map((d) => dump(d)).join("---\n");
});

describe("maps from manifests are read without the prototype chain (fast-check)", () => {
  it("never throws whatever keys a map has, and keeps __proto__ as an ordinary key", () => {
    fc.assert(
      fc.property(scenarioText, (text) => {
        const r = simulate(text, { until: 60 });
        for (const e of r.errors) {
          expect(e.message).not.toMatch(/\bat \S+ \(|TypeError|RangeError|\[object Object\]|function \w*\(/);
          expect(e.line).toBeGreaterThan(0);
        }
        for (const o of r.objects) {
          const labels = (o.metadata as { labels?: Record<string, unknown> } | undefined)?.labels;
          if (labels) expect(Object.getPrototypeOf(labels) === Object.prototype || Object.getPrototypeOf(labels) === null).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe("maps from manifests: the API server's answers", () => {
  const pod = (resources: string, extra = "") => `apiVersion: v1
kind: Pod
metadata:
  name: p
${extra}spec:
  containers:
  - name: c
    image: nginx
    resources:
${resources}`;

  it("a resource named constructor gets validation.go's unsupported-resource messages, at its line", () => {
    // pkg/apis/core/validation/validation.go: validateResourceName and validateContainerResourceName.
    const r = simulate(pod("      requests:\n        constructor: '1'\n"));
    expect(r.errors.map((e) => [e.message, e.line])).toEqual([
      ['Pod "p" is invalid: spec.containers[0].resources.requests[constructor]: Invalid value: "constructor": must be a standard resource type or fully qualified', 11],
      ['Pod "p" is invalid: spec.containers[0].resources.requests[constructor]: Invalid value: "constructor": must be a standard resource for containers', 11],
    ]);
  });

  it("toString and hasOwnProperty in limits are resources like any other (and defaulting copies them to requests)", () => {
    const r = simulate(pod("      limits:\n        toString: '1'\n        hasOwnProperty: 2\n"));
    expect(r.errors.map((e) => e.path)).toEqual([
      "spec.containers[0].resources.limits[toString]",
      "spec.containers[0].resources.limits[toString]",
      "spec.containers[0].resources.limits[hasOwnProperty]",
      "spec.containers[0].resources.limits[hasOwnProperty]",
      "spec.containers[0].resources.requests[toString]",
      "spec.containers[0].resources.requests[toString]",
      "spec.containers[0].resources.requests[hasOwnProperty]",
      "spec.containers[0].resources.requests[hasOwnProperty]",
    ]);
  });

  it("a __proto__ label is a label key like any other: the API server's label-key message, at its line", () => {
    const r = simulate(pod("      requests:\n        cpu: 100m\n", "  labels:\n    __proto__: x\n    constructor: y\n"));
    expect(r.errors.map((e) => [e.path, e.line])).toEqual([["metadata.labels", 6]]);
    expect(r.errors[0].message).toContain('Invalid value: "__proto__": name part must consist of alphanumeric characters');
  });

  it("a constructor label is valid, stored, and selects only what carries it", () => {
    const text = `${pod("      requests:\n        cpu: 100m\n", "  labels:\n    constructor: y\n    toString: z\n")}---
apiVersion: v1
kind: Service
metadata: {name: s}
spec:
  selector: {constructor: y, hasOwnProperty: q}
  ports: [{port: 80}]
`;
    const r = simulate(text, { until: 30 });
    expect(r.errors).toEqual([]);
    const labels = (r.objects[0].metadata as { labels: Record<string, string> }).labels;
    expect(JSON.stringify(labels)).toBe('{"constructor":"y","toString":"z"}');
  });

  it("an environment variable named __proto__ reaches the container, and $(constructor) stays as written", () => {
    const text = `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  restartPolicy: Never
  containers:
  - name: c
    image: busybox:1.36
    env:
    - {name: __proto__, value: hi}
    command: ["sh", "-c", '[ "$__proto__" = hi ] || exit 3; [ "$(printenv __proto__)" = hi ] || exit 4; [ "$0" = "\\$(constructor)" ] || exit 5; printenv constructor && exit 6; exit 0', "$(constructor)"]
`;
    const r = simulate(text, { until: 30 });
    expect(r.errors).toEqual([]);
    const exits = r.trace.entries.filter((e): e is RuntimeEntry => e.type === "runtime").map((e) => e.exitCode);
    expect(exits).toEqual([0]);
  });
});

describe("names that are Object.prototype members", () => {
  it("an image, a command or a priority class named constructor or toString is looked up as any other name", () => {
    const text = `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  restartPolicy: Never
  containers:
  - {name: a, image: constructor}
  - {name: b, image: nginx:1.27, command: ["toString"]}
  - {name: c, image: busybox:1.36, command: ["hasOwnProperty"]}
`;
    const r = simulate(text, { until: 60 });
    expect(r.errors).toEqual([]);
    const p = simulate(text.replace("restartPolicy: Never", "restartPolicy: Never\n  priorityClassName: constructor"), { until: 10 });
    expect(p.errors.map((e) => e.message)).toEqual(['pods "p" is forbidden: no PriorityClass with name constructor was found']);
  });
});

describe("__proto__ keys from YAML", () => {
  it("stay ordinary own keys, also through anchors and aliases", () => {
    for (const text of ["a:\n  __proto__: 1\n  b: 2\n", "a: &x\n  __proto__: 1\n  b: 2\nc: *x\n"]) {
      const v = parseYamlDocuments(text).docs[0].value as Record<string, Record<string, unknown>>;
      expect(Object.keys(v.a)).toEqual(["__proto__", "b"]);
      expect(Object.getPrototypeOf(v.a)).toBe(Object.prototype);
      expect(JSON.stringify(v)).toContain('"__proto__":1');
    }
  });
});
