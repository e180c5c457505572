// pkg/api/pod/util.go dropDisabledFields, with the v1.34 defaults of pkg/features/kube_features.go.
import { describe, expect, it } from "vitest";
import { dropDisabledPodFields, featureGates } from "./featureGates";

describe("feature gates", () => {
  it("uses v1.34 defaults unless overridden", () => {
    expect(featureGates(undefined)("ContainerRestartRules")).toBe(false);
    expect(featureGates(undefined)("PodLevelResources")).toBe(true);
    expect(featureGates({ ContainerRestartRules: true })("ContainerRestartRules")).toBe(true);
    expect(featureGates(undefined)("NoSuchGate")).toBe(false);
  });

  it("drops fields whose gate is off and reports each", () => {
    const pod = {
      spec: {
        hostnameOverride: "x",
        volumes: [{ name: "v", image: { reference: "img" } }],
        containers: [{ name: "c", lifecycle: { stopSignal: "SIGUSR1" }, env: [{ name: "E", valueFrom: { fileKeyRef: { key: "k" } } }] }],
      },
    };
    const dropped = dropDisabledPodFields(pod, featureGates(undefined));
    expect(dropped.map((d) => [d.pathText, d.gate])).toEqual([
      ["spec.hostnameOverride", "HostnameOverride"],
      ["spec.volumes[0].image", "ImageVolume"],
      ["spec.containers[0].lifecycle.stopSignal", "ContainerStopSignals"],
      ["spec.containers[0].env[0].valueFrom.fileKeyRef", "EnvFiles"],
    ]);
    expect(pod.spec).toEqual({ volumes: [{ name: "v" }], containers: [{ name: "c", lifecycle: {}, env: [{ name: "E", valueFrom: {} }] }] });
  });
});
