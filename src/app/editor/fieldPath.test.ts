import { describe, expect, it } from "vitest";
import { formatFieldPath, parseFieldPath } from "./fieldPath";

describe("parseFieldPath", () => {
  it("splits names and indices", () => {
    expect(parseFieldPath("spec.containers[0].livenessProbe")).toEqual(["spec", "containers", 0, "livenessProbe"]);
    expect(parseFieldPath("spec")).toEqual(["spec"]);
    expect(parseFieldPath("")).toEqual([]);
    expect(parseFieldPath("spec.containers[12].ports[3].containerPort")).toEqual(["spec", "containers", 12, "ports", 3, "containerPort"]);
  });

  it("reads bracketed map keys, dots and all", () => {
    expect(parseFieldPath("metadata.labels[app.kubernetes.io/name]")).toEqual(["metadata", "labels", "app.kubernetes.io/name"]);
    expect(parseFieldPath("spec.containers[0].resources.limits[memory]")).toEqual(["spec", "containers", 0, "resources", "limits", "memory"]);
    expect(parseFieldPath("[0].name")).toEqual([0, "name"]);
  });

  it("rejects malformed paths", () => {
    for (const bad of ["spec..x", ".spec", "spec.", "spec[0", "spec[]", "spec[0]x"]) expect(parseFieldPath(bad), bad).toBeUndefined();
  });

  it("round-trips with formatFieldPath", () => {
    for (const p of ["spec.containers[0].livenessProbe", "metadata.labels[app.kubernetes.io/name]", "spec.actions[2].delete.pod"]) {
      expect(formatFieldPath(parseFieldPath(p)!)).toBe(p);
    }
  });
});
