// pkg/apis/core/v1/defaults.go SetDefaults_LimitRangeItem (R15c) and
// pkg/apis/core/validation/validation.go ValidateLimitRange.
import { describe, expect, it } from "vitest";
import type { LimitRange } from "../api/types";
import { errorText } from "./fieldErrors";
import { setLimitRangeDefaults, validateLimitRange } from "./limitRangeKind";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const lr = (items: object[]): any => ({ metadata: { name: "lr", namespace: "default" }, spec: { limits: items } }) as unknown as LimitRange;
const problems = (items: object[]) => {
  const r = lr(items);
  setLimitRangeDefaults(r);
  return validateLimitRange(r).map(errorText);
};

describe("setLimitRangeDefaults", () => {
  it("defaults default from max, then defaultRequest from default, then from min", () => {
    const r = lr([{ type: "Container", max: { memory: "1Gi" }, min: { memory: "500Mi", cpu: "100m" } }]);
    setLimitRangeDefaults(r);
    expect(r.spec.limits[0]).toEqual({
      type: "Container",
      max: { memory: "1Gi" },
      min: { memory: "500Mi", cpu: "100m" },
      default: { memory: "1Gi" },
      defaultRequest: { memory: "1Gi", cpu: "100m" },
    });
  });

  it("leaves Pod items alone and rounds quantities", () => {
    const r = lr([{ type: "Pod", max: { cpu: "0.0001" } }]);
    setLimitRangeDefaults(r);
    expect(r.spec.limits[0]).toEqual({ type: "Pod", max: { cpu: "1m" } });
  });
});

describe("validateLimitRange", () => {
  it("compares min, max, default and defaultRequest", () => {
    expect(problems([{ type: "Container", min: { memory: "2Gi" }, max: { memory: "1Gi" } }])).toEqual([
      "spec.limits[0].min[memory]: Invalid value: 2Gi: min value 2Gi is greater than max value 1Gi",
      "spec.limits[0].defaultRequest[memory]: Invalid value: 1Gi: min value 2Gi is greater than default request value 1Gi",
      "spec.limits[0].default[memory]: Invalid value: 2Gi: min value 2Gi is greater than default value 1Gi",
    ]);
  });

  it("forbids defaults on Pod items and rejects unknown types", () => {
    expect(problems([{ type: "Pod", default: { cpu: "1" } }, { type: "Node" }])).toEqual([
      "spec.limits[0].default: Forbidden: may not be specified when `type` is 'Pod'",
      'spec.limits[1].type: Invalid value: "Node": must be a standard limit type or fully qualified',
    ]);
  });

  it("checks maxLimitRequestRatio against 1 and max/min", () => {
    expect(problems([{ type: "Container", maxLimitRequestRatio: { cpu: "500m" } }])).toEqual([
      "spec.limits[0].maxLimitRequestRatio[cpu]: Invalid value: 500m: ratio 500m is less than 1",
    ]);
    expect(problems([{ type: "Container", min: { cpu: "1" }, max: { cpu: "2" }, maxLimitRequestRatio: { cpu: "3" } }])).toEqual([
      "spec.limits[0].maxLimitRequestRatio[cpu]: Invalid value: 3: ratio 3 is greater than max/min = 2.000000",
    ]);
  });

  it("rejects duplicate types", () => {
    expect(problems([{ type: "Container" }, { type: "Container" }])).toEqual(['spec.limits[1].type: Duplicate value: "Container"']);
  });
});
