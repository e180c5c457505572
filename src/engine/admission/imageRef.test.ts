// pkg/util/parsers/parsers.go ParseImageName over github.com/distribution/reference, as
// SetDefaults_Container uses it for imagePullPolicy (fidelity rule R12).
import { describe, expect, it } from "vitest";
import { defaultPullPolicy, parseImageName } from "./imageRef";

describe("defaultPullPolicy (SetDefaults_Container)", () => {
  it.each([
    ["nginx", "Always"],
    ["nginx:latest", "Always"],
    ["alpine:latest", "Always"],
    ["polinux/stress", "Always"],
    ["nginx:1.25", "IfNotPresent"],
    ["registry.k8s.io/busybox:1.27.2", "IfNotPresent"],
    ["localhost:5000/app", "Always"],
    [`nginx@sha256:${"a".repeat(64)}`, "IfNotPresent"],
    [`nginx:latest@sha256:${"a".repeat(64)}`, "Always"],
    // references that do not parse have no tag at all
    ["Nginx", "IfNotPresent"],
    ["nginx:Latest", "IfNotPresent"],
    [`nginx@sha256:${"a".repeat(40)}`, "IfNotPresent"],
    ["", "IfNotPresent"],
  ])("%s → %s", (image, policy) => {
    expect(defaultPullPolicy(image)).toBe(policy);
  });

  it("splits repository, tag and digest", () => {
    expect(parseImageName("registry.k8s.io/e2e-test-images/agnhost:2.40")).toEqual({ repository: "registry.k8s.io/e2e-test-images/agnhost", tag: "2.40", digest: "" });
  });
});
