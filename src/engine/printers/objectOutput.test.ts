import { describe, expect, it } from "vitest";
import { printObjects } from "./objectOutput";

// cli-runtime pkg/printers/json.go and yaml.go: what `kubectl get … -o json|yaml` writes.
const pod = { apiVersion: "v1", kind: "Pod", metadata: { name: "web", resourceVersion: "7" }, spec: { containers: [{ name: "app", image: "nginx" }] }, status: { conditions: [{ type: "Ready", status: "True" }] } };

describe("printObjects", () => {
  it("-o yaml: sorted keys, sequences at their key's indent, type-like strings double-quoted", () => {
    expect(printObjects([pod], "yaml", true)).toBe(
      ["apiVersion: v1", "kind: Pod", "metadata:", "  name: web", '  resourceVersion: "7"', "spec:", "  containers:", "  - image: nginx", "    name: app", "status:", "  conditions:", '  - status: "True"', "    type: Ready", ""].join("\n"),
    );
  });

  it("-o json: four spaces, HTML characters escaped as Go does", () => {
    expect(printObjects([{ a: "<b>&" }], "json", true)).toBe('{\n    "a": "\\u003cb\\u003e\\u0026"\n}\n');
  });

  it("a list is a kind: List", () => {
    expect(printObjects([], "yaml", false)).toBe('apiVersion: v1\nitems: []\nkind: List\nmetadata:\n  resourceVersion: ""\n');
  });
});
