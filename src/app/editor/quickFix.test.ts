import { describe, expect, it } from "vitest";
import schemaJson from "./k8s-schema.generated.json";
import { keyColumns, unknownFieldRename } from "./quickFix";
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
    expect(fieldNamesAt(schema, "Scenario", ["spec", "node"])).toEqual(["name", "cpu", "memory", "pods"]);
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
