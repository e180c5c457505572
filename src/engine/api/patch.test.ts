import { describe, expect, it } from "vitest";
import { jsonPatch, mergePatch, PatchError, POD_SCHEMA, strategicMergePatch, threeWayMerge } from "./patch";

const live = {
  metadata: { name: "web", labels: { app: "web" }, finalizers: ["a.example.com/x", "b.example.com/y"] },
  spec: {
    containers: [
      { name: "app", image: "nginx:1.27", ports: [{ containerPort: 80, protocol: "TCP" }], volumeMounts: [{ name: "kube-api-access-x", mountPath: "/var/run/secrets" }] },
      { name: "side", image: "busybox" },
    ],
    tolerations: [{ key: "k", operator: "Exists" }],
    volumes: [{ name: "kube-api-access-x", projected: {} }],
  },
};

describe("strategicMergePatch (staging/src/k8s.io/apimachinery/pkg/util/strategicpatch/patch.go)", () => {
  it("null deletes a field: kubectl patch -p '{\"metadata\":{\"finalizers\":null}}'", () => {
    const out = strategicMergePatch(live, { metadata: { finalizers: null } }, POD_SCHEMA) as typeof live;
    expect(out.metadata.finalizers).toBeUndefined();
    expect(out.metadata.labels).toEqual({ app: "web" });
  });

  it("merges containers by name and keeps the rest of each container", () => {
    const out = strategicMergePatch(live, { spec: { containers: [{ name: "app", image: "nginx:1.28" }] } }, POD_SCHEMA) as typeof live;
    expect(out.spec.containers.map((c) => [c.name, c.image])).toEqual([
      ["app", "nginx:1.28"],
      ["side", "busybox"],
    ]);
    expect(out.spec.containers[0].ports).toEqual(live.spec.containers[0].ports);
  });

  it("replaces lists without a merge key (tolerations), adds to the finalizers, honours $patch and $deleteFromPrimitiveList", () => {
    const t = strategicMergePatch(live, { spec: { tolerations: [{ key: "z", operator: "Exists" }] } }, POD_SCHEMA) as typeof live;
    expect(t.spec.tolerations).toEqual([{ key: "z", operator: "Exists" }]);
    const f = strategicMergePatch(live, { metadata: { finalizers: ["c.example.com/z"] } }, POD_SCHEMA) as typeof live;
    expect(f.metadata.finalizers).toEqual(["a.example.com/x", "b.example.com/y", "c.example.com/z"]);
    const d = strategicMergePatch(live, { metadata: { "$deleteFromPrimitiveList/finalizers": ["a.example.com/x"] } }, POD_SCHEMA) as typeof live;
    expect(d.metadata.finalizers).toEqual(["b.example.com/y"]);
    const gone = strategicMergePatch(live, { spec: { containers: [{ name: "side", $patch: "delete" }] } }, POD_SCHEMA) as typeof live;
    expect(gone.spec.containers.map((c) => c.name)).toEqual(["app"]);
  });

  it("a merge-key list item without its key is a bad request", () => {
    expect(() => strategicMergePatch(live, { spec: { containers: [{ image: "x" }] } }, POD_SCHEMA)).toThrow(PatchError);
  });
});

describe("mergePatch (RFC 7386) and jsonPatch (RFC 6902)", () => {
  it("a merge patch replaces lists whole", () => {
    const out = mergePatch(live, { spec: { containers: [{ name: "app", image: "x" }] } }) as typeof live;
    expect(out.spec.containers).toEqual([{ name: "app", image: "x" }]);
  });

  it("json patch operations, and the errors of a path that is not there", () => {
    const out = jsonPatch(live, [
      { op: "remove", path: "/metadata/finalizers/0" },
      { op: "replace", path: "/spec/containers/0/image", value: "nginx:1.28" },
      { op: "add", path: "/metadata/labels/tier", value: "front" },
    ]) as typeof live;
    expect(out.metadata.finalizers).toEqual(["b.example.com/y"]);
    expect(out.spec.containers[0].image).toBe("nginx:1.28");
    expect(out.metadata.labels).toEqual({ app: "web", tier: "front" });
    expect(() => jsonPatch(live, [{ op: "remove", path: "/metadata/annotations" }])).toThrow("Unable to remove nonexistent key: annotations: missing value");
    expect(() => jsonPatch(live, [{ op: "test", path: "/metadata/name", value: "db" }])).toThrow(PatchError);
  });
});

describe("threeWayMerge (strategicpatch.CreateThreeWayMergePatch, as kubectl apply sends it)", () => {
  const original = { metadata: { name: "web", labels: { app: "web", old: "1" } }, spec: { containers: [{ name: "app", image: "nginx:1.27", ports: [{ containerPort: 80 }] }] } };

  it("sets what the new manifest says, drops what only the last one said, keeps what the server added", () => {
    const modified = { metadata: { name: "web", labels: { app: "web" } }, spec: { containers: [{ name: "app", image: "nginx:1.28", ports: [{ containerPort: 80 }] }] } };
    const current = { ...live, metadata: { ...live.metadata, labels: { app: "web", old: "1" } } };
    const out = threeWayMerge(original, modified, current, POD_SCHEMA) as typeof live;
    expect(out.metadata.labels).toEqual({ app: "web" });
    expect(out.spec.containers[0].image).toBe("nginx:1.28");
    // Added by admission, not in either manifest: kept.
    expect(out.spec.volumes).toEqual(live.spec.volumes);
    expect(out.spec.containers[0].volumeMounts).toEqual(live.spec.containers[0].volumeMounts);
    expect(out.spec.containers[0].ports).toEqual([{ containerPort: 80, protocol: "TCP" }]);
    expect(out.spec.containers.map((c) => c.name)).toEqual(["app", "side"]);
  });

  it("a list without a merge key in the manifest replaces the live one (the default tolerations go)", () => {
    const modified = { ...original, spec: { ...original.spec, tolerations: [{ key: "z", operator: "Exists" }] } };
    const out = threeWayMerge(original, modified, live, POD_SCHEMA) as typeof live;
    expect(out.spec.tolerations).toEqual([{ key: "z", operator: "Exists" }]);
  });
});
