// pkg/apis/core/helper/qos/qos.go ComputePodQOS (fidelity rule R16).
import { describe, expect, it } from "vitest";
import type { Pod } from "../api/types";
import { computePodQOS } from "./qos";

const pod = (containers: object[], initContainers: object[] = [], resources?: object): Pod => ({ spec: { containers, initContainers, resources } }) as unknown as Pod;
const c = (requests?: object, limits?: object) => ({ name: "c", resources: { requests, limits } });

describe("computePodQOS", () => {
  it("is BestEffort without any cpu or memory request or limit", () => {
    expect(computePodQOS(pod([c(), c({ "example.com/gpu": "1" }, { "example.com/gpu": "1" })]))).toBe("BestEffort");
  });

  it("is Guaranteed when every container limits cpu and memory and requests equal limits", () => {
    const g = c({ cpu: "500m", memory: "128Mi" }, { cpu: "500m", memory: "128Mi" });
    expect(computePodQOS(pod([g, g], [g]))).toBe("Guaranteed");
  });

  it("is Burstable when one container lacks a cpu limit, even if requests equal limits", () => {
    expect(computePodQOS(pod([c({ memory: "1Gi" }, { memory: "1Gi" })]))).toBe("Burstable");
    expect(computePodQOS(pod([c({ cpu: "1", memory: "1Gi" }, { cpu: "1", memory: "1Gi" }), c({ cpu: "1" }, { cpu: "1" })]))).toBe("Burstable");
  });

  it("compares summed requests with summed limits", () => {
    const a = c({ cpu: "200m", memory: "1Gi" }, { cpu: "300m", memory: "1Gi" });
    const b = c({ cpu: "300m", memory: "1Gi" }, { cpu: "200m", memory: "1Gi" });
    expect(computePodQOS(pod([a, b]))).toBe("Guaranteed");
  });

  it("ignores zero quantities", () => {
    expect(computePodQOS(pod([c({ cpu: "0" }, { memory: "0" })]))).toBe("BestEffort");
  });

  it("uses pod-level resources when they are set (PodLevelResources)", () => {
    expect(computePodQOS(pod([c()], [], { requests: { cpu: "1", memory: "1Gi" }, limits: { cpu: "1", memory: "1Gi" } }))).toBe("Guaranteed");
  });
});
