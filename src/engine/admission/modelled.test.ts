// Which valid fields podplay simulates; the rest become infos (not a Kubernetes rule: the
// simulator's own scope, kept in one table).
import { describe, expect, it } from "vitest";
import { parseYamlDocuments } from "../input/yamlDocuments";
import { unmodelledFields } from "./modelled";

describe("unmodelledFields", () => {
  it("reports the outermost unmodelled field at its key, and status separately", () => {
    const doc = parseYamlDocuments(
      "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  ownerReferences: []\nspec:\n  affinity: {nodeAffinity: {}}\n  containers:\n  - name: c\n    image: x\n    securityContext: {privileged: true}\n    ports: [{containerPort: 80, hostPort: 80}]\nstatus: {phase: Running}\n",
    ).docs[0];
    expect(unmodelledFields("Pod", doc.value, doc).map((d) => [d.path, d.line, d.message])).toEqual([
      ["metadata.ownerReferences", 5, "metadata.ownerReferences is valid Kubernetes but podplay does not simulate it"],
      ["spec.affinity", 7, "spec.affinity is valid Kubernetes but podplay does not simulate it"],
      ["spec.containers[0].securityContext", 11, "spec.containers[0].securityContext is valid Kubernetes but podplay does not simulate it"],
      ["spec.containers[0].ports[0].hostPort", 12, "spec.containers[0].ports[0].hostPort is valid Kubernetes but podplay does not simulate it"],
      ["status", 13, "status is set by the API server and the kubelet; podplay ignores it in input, as the API server does"],
    ]);
  });

  it("treats a LimitRange as fully modelled", () => {
    const doc = parseYamlDocuments("apiVersion: v1\nkind: LimitRange\nmetadata: {name: l, labels: {a: b}}\nspec: {limits: []}\n").docs[0];
    expect(unmodelledFields("LimitRange", doc.value, doc)).toEqual([]);
  });
});
