// pkg/apis/core/v1/defaults.go SetDefaults_Namespace, pkg/registry/core/namespace/strategy.go
// PrepareForCreate, validation.go ValidateNamespace.
import { describe, expect, it } from "vitest";
import type { Namespace } from "../api/types";
import { errorText } from "./fieldErrors";
import { setNamespaceDefaults, validateNamespace } from "./namespaceKind";

describe("Namespace", () => {
  it("gets the name label, the kubernetes finalizer and phase Active", () => {
    const ns = { metadata: { name: "team-a" } } as Namespace;
    setNamespaceDefaults(ns);
    expect(ns).toEqual({
      metadata: { name: "team-a", labels: { "kubernetes.io/metadata.name": "team-a" } },
      spec: { finalizers: ["kubernetes"] },
      status: { phase: "Active" },
    });
  });

  it("needs a DNS-1123 label name", () => {
    expect(validateNamespace({ metadata: { name: "team.a" } } as Namespace).map(errorText)).toEqual(['metadata.name: Invalid value: "team.a": must not contain dots']);
  });
});
