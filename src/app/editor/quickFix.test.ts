import { describe, expect, it } from "vitest";
import schemaJson from "./k8s-schema.generated.json";
import { keepNearMisses, keyColumns, unknownFieldRename, unquote } from "./quickFix";
import { fieldNamesAt, schemaForKind, type SchemaNode } from "./schemaFields";

const schema = schemaJson as unknown as SchemaNode;
const err = (kind: string, path: string, apiVersion = "v1") => ({
  message: `${kind} in version "${apiVersion}" cannot be handled as a ${kind}: strict decoding error: unknown field "${path}"`,
  severity: "error" as const,
});

describe("fieldNamesAt", () => {
  it("walks the generated schema by kind and path", () => {
    expect(schemaForKind(schema, "Pod")).toBeDefined();
    expect(schemaForKind(schema, "StatefulSet")).toBeUndefined();
    expect(fieldNamesAt(schema, "Pod", [])).toEqual(expect.arrayContaining(["apiVersion", "kind", "metadata", "spec", "status"]));
    expect(fieldNamesAt(schema, "Pod", ["spec", "containers", 0])).toEqual(expect.arrayContaining(["readinessProbe", "livenessProbe", "image", "restartPolicyRules"]));
    expect(fieldNamesAt(schema, "Pod", ["spec", "containers", 0, "livenessProbe"])).toContain("tcpSocket");
    expect(fieldNamesAt(schema, "Service", ["spec", "ports", 1])).toContain("targetPort");
    expect(fieldNamesAt(schema, "Scenario", ["spec", "node"])).toEqual(["name", "cpu", "memory", "pods", "labels", "zone", "taints"]);
    expect(fieldNamesAt(schema, "Scenario", ["spec", "actions", 3, "addNode"])).toEqual(fieldNamesAt(schema, "Scenario", ["spec", "nodes", 0]));
    expect(fieldNamesAt(schema, "Scenario", ["spec", "actions", 0])).toEqual(expect.arrayContaining(["at", "nodeDown", "addNode", "deschedule", "drain"]));
    expect(fieldNamesAt(schema, "Scenario", ["spec", "behaviors", 0, "onSigterm"])).toEqual(["exitAfter", "code"]);
    expect(fieldNamesAt(schema, "Pod", ["spec", "nope"])).toBeUndefined();
    expect(fieldNamesAt(schema, "Pod", ["metadata", "labels"])).toBeUndefined();
  });
});

describe("unknownFieldRename", () => {
  it("suggests the real field for near misses", () => {
    expect(unknownFieldRename(err("Pod", "spec.containers[0].readinessprobe"), schema)).toEqual({ key: "readinessprobe", suggestions: ["readinessProbe"] });
    expect(unknownFieldRename(err("Pod", "spec.containers[0].livenessProbe.tcpSocker"), schema)).toEqual({ key: "tcpSocker", suggestions: ["tcpSocket"] });
    expect(unknownFieldRename(err("Scenario", "spec.node.memoty", "podplay.dev/v1alpha1"), schema)).toEqual({ key: "memoty", suggestions: ["memory"] });
    expect(unknownFieldRename(err("Pod", "spec.restartpolicy"), schema)?.suggestions).toEqual(["restartPolicy"]);
    expect(unknownFieldRename(err("Pod", "metadata.lables"), schema)?.suggestions).toEqual(["labels"]);
    expect(unknownFieldRename(err("Scenario", "spec.actions[2].nodedown", "podplay.dev/v1alpha1"), schema)?.suggestions).toEqual(["nodeDown"]);
    expect(unknownFieldRename(err("Scenario", "spec.actions[2].deschedul", "podplay.dev/v1alpha1"), schema)?.suggestions).toEqual(["deschedule"]);
    expect(unknownFieldRename(err("Scenario", "spec.nodess", "podplay.dev/v1alpha1"), schema)?.suggestions).toEqual(["nodes"]);
    expect(unknownFieldRename(err("Node", "spec.unschedulabel"), schema)?.suggestions).toEqual(["unschedulable"]);
    expect(unknownFieldRename(err("PodDisruptionBudget", "spec.minavailable", "policy/v1"), schema)?.suggestions).toEqual(["minAvailable"]);
  });

  it("never offers to replace a field that is valid where it is", () => {
    const places: Array<[string, string, string]> = [
      ["Scenario", "spec", "podplay.dev/v1alpha1"],
      ["Scenario", "spec.actions[0]", "podplay.dev/v1alpha1"],
      ["Scenario", "spec.nodes[0]", "podplay.dev/v1alpha1"],
      ["Scenario", "spec.behaviors[0]", "podplay.dev/v1alpha1"],
      ["Pod", "spec.containers[0]", "v1"],
      ["Pod", "spec", "v1"],
    ];
    for (const [kind, at, apiVersion] of places) {
      const path = at.split(".").flatMap((p) => p.replace(/\[(\d+)\]/, ".$1").split(".")).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
      for (const name of fieldNamesAt(schema, kind, path) ?? []) expect(unknownFieldRename(err(kind, `${at}.${name}`, apiVersion), schema), `${at}.${name}`).toBeUndefined();
    }
  });

  it("offers nothing for other errors, far-off names, unknown kinds and infos", () => {
    expect(unknownFieldRename(err("Pod", "spec.containers[0].banana"), schema)).toBeUndefined();
    expect(unknownFieldRename(err("StatefulSet", "spec.replicas"), schema)).toBeUndefined();
    expect(unknownFieldRename(err("Deployment", "spec.replica"), schema)?.suggestions).toContain("replicas");
    expect(unknownFieldRename({ message: "spec.containers[0].image: Required value", severity: "error" }, schema)).toBeUndefined();
    expect(unknownFieldRename({ ...err("Pod", "spec.restartpolicy"), severity: "info" }, schema)).toBeUndefined();
  });
});

describe("keyColumns", () => {
  it("finds the key at the diagnostic's column, inside quotes too", () => {
    expect(keyColumns("    readinessprobe:", 5, "readinessprobe")).toEqual({ start: 5, end: 19 });
    expect(keyColumns('    "readinessprobe": {}', 5, "readinessprobe")).toEqual({ start: 6, end: 20 });
    expect(keyColumns("    readinessProbe:", 5, "readinessprobe")).toBeUndefined();
  });
});

describe("keepNearMisses", () => {
  const fix = (group: string, typed: string, name: string) => ({ group, typed, name });
  it("keeps, per diagnostic, only the alternatives close to what was typed", () => {
    const all = [
      fix("a", "nodess", "featureGates"),
      fix("a", "nodess", "node"),
      fix("a", "nodess", "nodes"),
      fix("a", "nodess", "images"),
      fix("b", "always", "Always"),
      fix("b", "always", "Never"),
      fix("b", "always", "OnFailure"),
      fix("c", "banana", "image"),
    ];
    expect(keepNearMisses(all, (x) => x).map((x) => `${x.group}:${x.name}`)).toEqual(["a:nodes", "b:Always"]);
  });

  it("passes what is not a name choice, and drops every choice when nothing is close", () => {
    const items = [{ title: "Convert Tab to Spaces" }, { title: "memory", c: fix("x", "zzzz", "memory") }];
    expect(keepNearMisses(items, (i) => i.c)).toEqual([{ title: "Convert Tab to Spaces" }]);
  });

  it("reads quoted scalars", () => {
    expect(unquote('"yes"')).toBe("yes");
    expect(unquote("'a'")).toBe("a");
    expect(unquote("nodes")).toBe("nodes");
  });
});
