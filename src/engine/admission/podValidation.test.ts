// Pod-level validation messages of pkg/apis/core/validation/validation.go (ValidatePodCreate,
// ValidatePodSpec, ValidateObjectMeta) and the warnings of pkg/api/pod/warnings.go.
import { describe, expect, it } from "vitest";
import { parseYamlDocuments } from "../input/yamlDocuments";
import { admitAll } from "./index";

function errors(yaml: string): string[] {
  const parsed = parseYamlDocuments(yaml);
  expect(parsed.errors).toEqual([]);
  return admitAll(parsed.docs).errors.map((e) => e.message);
}

const pod = (spec: string, name = "web") => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n${spec}`;
const oneContainer = "  containers:\n  - name: app\n    image: nginx\n";

describe("metadata (apimachinery/pkg/api/validation/objectmeta.go ValidateObjectMeta)", () => {
  it("requires a name", () => {
    expect(errors("apiVersion: v1\nkind: Pod\nmetadata: {}\nspec:\n" + oneContainer)).toEqual([
      'Pod "" is invalid: metadata.name: Required value: name or generateName is required',
    ]);
  });

  it("requires a DNS-1123 subdomain name, with the exact message", () => {
    expect(errors(pod(oneContainer, "Web_1"))).toEqual([
      "Pod \"Web_1\" is invalid: metadata.name: Invalid value: \"Web_1\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
    ]);
  });

  it("generates a name from generateName, deterministically", () => {
    const text = "apiVersion: v1\nkind: Pod\nmetadata: {generateName: web-}\nspec:\n" + oneContainer;
    const a = admitAll(parseYamlDocuments(text).docs).objects[0].object.metadata.name;
    const b = admitAll(parseYamlDocuments(text).docs).objects[0].object.metadata.name;
    expect(a).toMatch(/^web-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(a).toBe(b);
  });

  it("validates label keys and values against the labels map", () => {
    expect(errors("apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  labels: {app: 'a b'}\nspec:\n" + oneContainer)).toEqual([
      "Pod \"p\" is invalid: metadata.labels: Invalid value: \"a b\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')",
    ]);
  });
});

describe("spec (validation.go ValidatePodSpec)", () => {
  it("requires at least one container, at the spec key", () => {
    const parsed = parseYamlDocuments(pod("  restartPolicy: Always\n"));
    const e = admitAll(parsed.docs).errors;
    expect(e.map((x) => x.message)).toEqual(['Pod "web" is invalid: spec.containers: Required value']);
    expect([e[0].line, e[0].column]).toEqual([5, 1]);
  });

  it("lists the supported restart policies", () => {
    expect(errors(pod("  restartPolicy: Sometimes\n" + oneContainer))).toEqual([
      'Pod "web" is invalid: spec.restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "OnFailure", "Never"',
    ]);
  });

  it("lists the supported DNS policies in the validator's order", () => {
    expect(errors(pod("  dnsPolicy: Cluster\n" + oneContainer))).toEqual([
      'Pod "web" is invalid: spec.dnsPolicy: Unsupported value: "Cluster": supported values: "ClusterFirstWithHostNet", "ClusterFirst", "Default", "None"',
    ]);
  });

  it("checks volume names, duplicates and mounts that name no volume", () => {
    expect(
      errors(pod("  volumes:\n  - name: data\n  - name: data\n  containers:\n  - name: app\n    image: nginx\n    volumeMounts:\n    - {name: cache, mountPath: /cache}\n")),
    ).toEqual(['Pod "web" is invalid: spec.volumes[1].name: Duplicate value: "data"', 'Pod "web" is invalid: spec.containers[0].volumeMounts[0].name: Not found: "cache"']);
  });

  it("forbids ephemeral containers on create", () => {
    expect(errors(pod(oneContainer + "  ephemeralContainers:\n  - name: debug\n    image: busybox\n"))).toEqual([
      'Pod "web" is invalid: spec.ephemeralContainers: Forbidden: cannot be set on create',
    ]);
  });

  it("validates tolerations", () => {
    expect(errors(pod(oneContainer + "  tolerations:\n  - {key: a, operator: Exists, value: b}\n"))).toEqual([
      "Pod \"web\" is invalid: spec.tolerations[0].operator: Invalid value: \"b\": value must be empty when `operator` is 'Exists'",
    ]);
  });

  it("treats a negative grace period as a warning, not an error", () => {
    const r = admitAll(parseYamlDocuments(pod("  terminationGracePeriodSeconds: -1\n" + oneContainer)).docs);
    expect(r.errors).toEqual([]);
    expect(r.infos.map((i) => i.message)).toContain(
      "Warning: spec.terminationGracePeriodSeconds: must be >= 0; negative values are invalid and will be treated as 1",
    );
    expect(r.objects[0].object.spec.terminationGracePeriodSeconds).toBe(-1);
  });

  it("warns about fractional memory and hidden env definitions", () => {
    const r = admitAll(
      parseYamlDocuments(pod("  containers:\n  - name: app\n    image: nginx\n    env: [{name: A, value: x}, {name: A, value: y}]\n    resources: {limits: {memory: 0.5}}\n")).docs,
    );
    expect(r.infos.map((i) => i.message)).toEqual([
      'Warning: spec.containers[0].resources.limits[memory]: fractional byte value "500m" is invalid, must be an integer',
      'Warning: spec.containers[0].resources.requests[memory]: fractional byte value "500m" is invalid, must be an integer',
      'Warning: spec.containers[0].env[1]: hides previous definition of "A", which may be dropped when using apply',
    ]);
  });
});
