import { describe, expect, it } from "vitest";
import { simulate } from "./simulate";
import { ERR_TOO_LONG, parseQuantity } from "./admission/quantity";

/**
 * Quantities and durations that overflow or are not finite are refused, with the API server's
 * message where it has one and a stated podplay limit (docs/limits.md) where it has none; they
 * are never read as zero or as forever.
 */

const pod = (resources: string) => `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - name: c
    image: nginx
    resources:
${resources}`;

describe("resource quantities", () => {
  it("cpu: '1e400' parses as apimachinery does (stored as 10e399) and is refused by podplay's countable limit, at its line", () => {
    // staging/src/k8s.io/apimachinery/pkg/api/resource/quantity.go: ParseQuantity caps only BinarySI
    // values at int64, so 1e400 (DecimalExponent) is a valid quantity; the scheduler's MilliValue()
    // would overflow int64 (and read it as 0).
    expect(parseQuantity("1e400").toString()).toBe("10e399");
    const r = simulate(pod("      requests:\n        cpu: '1e400'\n"));
    expect(r.errors.map((e) => [e.message, e.line])).toEqual([
      [
        'Pod "p" is invalid: spec.containers[0].resources.requests[cpu]: Invalid value: "10e399": podplay limit: must be at most 9223372036854775807m; the scheduler and the kubelet count CPU in int64 millicores, so a real cluster stores this amount but counts it wrongly',
        10,
      ],
    ]);
    expect(r.objects).toEqual([]);
  });

  it("the largest countable amounts are accepted; one more is refused", () => {
    expect(simulate(pod("      requests:\n        cpu: 9223372036854775807m\n        memory: '9223372036854775807'\n")).errors).toEqual([]);
    // 8Ei is BinarySI, which ParseQuantity caps at int64: stored as 9223372036854775807, so countable.
    expect(simulate(pod("      requests:\n        memory: 8Ei\n")).objects[0].spec.containers[0].resources.requests.memory).toBe("9223372036854775807");
    const r = simulate(pod("      requests:\n        cpu: 9223372036854775808m\n        memory: '9223372036854775808'\n"));
    expect(r.errors.map((e) => e.path)).toEqual(["spec.containers[0].resources.requests[cpu]", "spec.containers[0].resources.requests[memory]"]);
    expect(r.errors[1].message).toContain("podplay limit: must be less than 8Ei");
  });

  it("exponents of any int32 size never throw, in parsing, comparing or rounding", () => {
    const big = parseQuantity("1e2147483647");
    const tiny = parseQuantity("1e-2147483647");
    expect(big.cmp(parseQuantity("1"))).toBe(1);
    expect(tiny.cmp(parseQuantity("1n"))).toBe(0); // rounded up to one nano unit, as Go does
    expect(parseQuantity("-1e2147483647").cmp(big)).toBe(-1);
    expect(big.milliValue() > 0n).toBe(true);
    const r = simulate(pod("      requests:\n        memory: 1e2147483647\n      limits:\n        cpu: '1e2147483647'\n        ephemeral-storage: 1e-2147483647\n"));
    expect(r.errors.map((e) => e.path)).toEqual(["spec.containers[0].resources.limits[cpu]", "spec.containers[0].resources.requests[memory]", "spec.containers[0].resources.requests[cpu]"]);
  });

  it("a quantity of thousands of digits is refused by a stated length limit, not parsed for seconds", () => {
    expect(ERR_TOO_LONG).toBe("podplay limit: a quantity is at most 1,000 characters long");
    expect(() => parseQuantity("9".repeat(1001))).toThrow(ERR_TOO_LONG);
    const r = simulate(pod(`      requests:\n        cpu: '${"9".repeat(2_000_000)}'\n`));
    expect(r.errors.map((e) => e.message)).toEqual([`Pod in version "v1" cannot be handled as a Pod: ${ERR_TOO_LONG}`]);
  });

  it("a YAML .inf or .nan for a quantity is kubectl's JSON error", () => {
    const r = simulate(pod("      requests:\n        cpu: .inf\n        memory: .nan\n"));
    expect(r.errors.map((e) => e.message)).toEqual([
      'Pod in version "v1" cannot be handled as a Pod: json: unsupported value: +Inf',
      'Pod in version "v1" cannot be handled as a Pod: json: unsupported value: NaN',
    ]);
  });
});

describe("Scenario durations and numbers", () => {
  const scenario = (spec: string) => `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers: [{name: c, image: nginx}]
---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
${spec}`;

  it("pullSeconds: 1e308 is refused by podplay's duration limit, at its line, instead of pulling forever", () => {
    const r = simulate(scenario("  images:\n  - image: nginx\n    pullSeconds: 1e308\n"));
    expect(r.errors.map((e) => [e.message, e.line])).toEqual([["Scenario is invalid: spec.images[0].pullSeconds: Invalid value: 1e+308: podplay limit: must be at most 7d, the longest run podplay simulates", 12]]);
  });

  it("every duration has the same limit; 7d itself is fine", () => {
    expect(simulate(scenario("  images:\n  - image: nginx\n    pullSeconds: 7d\n")).errors).toEqual([]);
    const r = simulate(scenario("  behaviors:\n  - image: nginx\n    exit: {after: 99999999999999999999d}\n"));
    expect(r.errors.map((e) => e.path)).toEqual(["spec.behaviors[0].exit.after"]);
  });

  it(".nan and .inf are shown as Go prints them (NaN, +Inf), not as null", () => {
    const r = simulate(scenario("  nodes:\n  - name: n1\n    pods: .nan\n  images:\n  - image: nginx\n    pullSeconds: .inf\n    sizeBytes: -.inf\n"));
    expect(r.errors.map((e) => e.message)).toEqual([
      "Scenario is invalid: spec.nodes[0].pods: Invalid value: NaN: must be an integer between 0 and 100000, inclusive",
      "Scenario is invalid: spec.images[0].pullSeconds: Invalid value: +Inf: must be a duration such as 30s, 5m or 1h30m",
      "Scenario is invalid: spec.images[0].sizeBytes: Invalid value: -Inf: must be an integer between 0 and 1000000000000, inclusive",
    ]);
  });
});
