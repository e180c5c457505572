/**
 * QoS rules follow kubectl pkg/util/qos (GetPodQOS / ComputePodQOS), fidelity-rules.md R16.
 */
import { describe, expect, it } from "vitest";
import type { Pod } from "../api/types";
import { mkPod } from "./fixtures";
import { parseQuantity, podQOSClass } from "./quantity";

const withResources = (...rs: { requests?: Record<string, string>; limits?: Record<string, string> }[]): Pod => {
  const base = mkPod({ containers: rs.map((_, i) => `c${i}`) });
  const pod: Pod = { ...base, status: { ...base.status, qosClass: undefined } };
  rs.forEach((r, i) => (pod.spec!.containers[i].resources = r));
  return pod;
};

describe("parseQuantity (apimachinery resource.Quantity)", () => {
  it.each([
    ["500m", 0.5],
    ["1", 1],
    ["1.5", 1.5],
    ["128Mi", 128 * 2 ** 20],
    ["1Gi", 2 ** 30],
    ["1G", 1e9],
    ["2k", 2000],
    ["1e3", 1000],
  ])("%s", (q, want) => {
    expect(parseQuantity(q)).toBeCloseTo(want);
  });
});

describe("podQOSClass (kubectl qos.GetPodQOS)", () => {
  it("prefers status.qosClass", () => {
    expect(podQOSClass(mkPod())).toBe("BestEffort");
  });
  it("BestEffort without cpu/memory requests or limits", () => {
    expect(podQOSClass(withResources({}))).toBe("BestEffort");
  });
  it("Guaranteed when every container has equal cpu and memory requests and limits", () => {
    const r = { requests: { cpu: "700m", memory: "200Mi" }, limits: { cpu: "0.7", memory: "200Mi" } };
    expect(podQOSClass(withResources(r, r))).toBe("Guaranteed");
  });
  it("Burstable otherwise", () => {
    expect(podQOSClass(withResources({ requests: { memory: "100Mi" }, limits: { memory: "200Mi" } }))).toBe("Burstable");
    expect(podQOSClass(withResources({ requests: { cpu: "1", memory: "1Gi" }, limits: { cpu: "1", memory: "1Gi" } }, {}))).toBe("Burstable");
  });
});
