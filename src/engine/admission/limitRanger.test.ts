// plugin/pkg/admission/limitranger/admission.go: mergePodResourceRequirements and
// PodValidateLimitFunc (minConstraint, maxConstraint, limitRequestRatioConstraint; R15b, R15e).
import { describe, expect, it } from "vitest";
import type { LimitRange, Pod } from "../api/types";
import { limitRangerMutate, limitRangerValidate } from "./limitRanger";

const range = (items: object[]): LimitRange => ({ spec: { limits: items } }) as unknown as LimitRange;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const pod = (spec: object): any => ({ metadata: { name: "p" }, spec }) as unknown as Pod;

describe("limitRangerMutate", () => {
  it("fills missing values and names each in the annotation, init containers too", () => {
    const p = pod({
      containers: [{ name: "app", resources: { limits: { cpu: "2" } } }],
      initContainers: [{ name: "setup" }],
    });
    limitRangerMutate(p, [range([{ type: "Container", default: { cpu: "1", memory: "512Mi" }, defaultRequest: { cpu: "500m", memory: "256Mi" } }])]);
    expect(p.spec.containers[0].resources).toEqual({ limits: { cpu: "2", memory: "512Mi" }, requests: { cpu: "500m", memory: "256Mi" } });
    expect(p.metadata.annotations["kubernetes.io/limit-ranger"]).toBe(
      "LimitRanger plugin set: cpu, memory request for container app; memory limit for container app; cpu, memory request for init container setup; cpu, memory limit for init container setup",
    );
  });

  it("leaves a pod alone when there is nothing to fill", () => {
    const p = pod({ containers: [{ name: "app", resources: { limits: { cpu: "1" }, requests: { cpu: "1" } } }] });
    limitRangerMutate(p, [range([{ type: "Container", default: { cpu: "2" } }])]);
    expect(p.metadata.annotations).toBeUndefined();
  });
});

describe("limitRangerValidate", () => {
  it("words min and max violations without a trailing period", () => {
    const p = pod({ containers: [{ name: "a", resources: { limits: { memory: "2Gi" }, requests: { memory: "100Mi" } } }] });
    const v = limitRangerValidate(p, [range([{ type: "Container", min: { memory: "500Mi" }, max: { memory: "1Gi" } }])]);
    expect(v.map((x) => [x.message, x.path.toString()])).toEqual([
      ["minimum memory usage per Container is 500Mi, but request is 100Mi", "spec.containers[0].resources.requests[memory]"],
      ["maximum memory usage per Container is 1Gi, but limit is 2Gi", "spec.containers[0].resources.limits[memory]"],
    ]);
  });

  it("reports a missing request or limit", () => {
    const p = pod({ containers: [{ name: "a" }] });
    expect(limitRangerValidate(p, [range([{ type: "Container", min: { cpu: "100m" }, max: { cpu: "1" } }])]).map((x) => x.message)).toEqual([
      "minimum cpu usage per Container is 100m.  No request is specified",
      "maximum cpu usage per Container is 1.  No limit is specified",
    ]);
  });

  it("checks the limit-to-request ratio with six decimals", () => {
    const p = pod({ containers: [{ name: "a", resources: { limits: { cpu: "1" }, requests: { cpu: "300m" } } }] });
    expect(limitRangerValidate(p, [range([{ type: "Container", maxLimitRequestRatio: { cpu: "2" } }])]).map((x) => x.message)).toEqual([
      "cpu max limit to request ratio per Container is 2, but provided ratio is 3.333333",
    ]);
  });

  it("sums containers for a Pod item, an init container counting only against its own peak", () => {
    const p = pod({
      containers: [
        { name: "a", resources: { limits: { memory: "300Mi" }, requests: { memory: "300Mi" } } },
        { name: "b", resources: { limits: { memory: "300Mi" }, requests: { memory: "300Mi" } } },
      ],
      initContainers: [{ name: "i", resources: { limits: { memory: "500Mi" }, requests: { memory: "500Mi" } } }],
    });
    expect(limitRangerValidate(p, [range([{ type: "Pod", max: { memory: "512Mi" } }])]).map((x) => x.message)).toEqual([
      "maximum memory usage per Pod is 512Mi, but limit is 600Mi",
    ]);
  });

  it("stops at the first LimitRange the pod violates", () => {
    const p = pod({ containers: [{ name: "a", resources: { limits: { cpu: "4" }, requests: { cpu: "4" } } }] });
    const v = limitRangerValidate(p, [range([{ type: "Container", max: { cpu: "2" } }]), range([{ type: "Container", max: { cpu: "1" } }])]);
    expect(v.map((x) => x.message)).toEqual(["maximum cpu usage per Container is 2, but limit is 4"]);
  });
});
