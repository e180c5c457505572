// encoding/json marshals Go maps with sorted keys (what the API server returns).
import { describe, expect, it } from "vitest";
import { kubeSchema } from "./fieldSchema";
import { sortMapKeys } from "./mapOrder";

describe("sortMapKeys", () => {
  it("sorts map keys and keeps struct field order", () => {
    const pod = { spec: { containers: [{ name: "c", image: "x", resources: { requests: { memory: "1Gi", cpu: "1" } } }] }, metadata: { labels: { b: "1", a: "2" } } };
    sortMapKeys(pod, kubeSchema("Pod"));
    expect(Object.keys(pod)).toEqual(["spec", "metadata"]);
    expect(Object.keys(pod.metadata.labels)).toEqual(["a", "b"]);
    expect(Object.keys(pod.spec.containers[0].resources.requests)).toEqual(["cpu", "memory"]);
  });
});
