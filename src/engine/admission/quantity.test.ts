// Cases follow staging/src/k8s.io/apimachinery/pkg/api/resource/quantity_test.go
// (TestQuantityParse, TestQuantityString, TestQuantityParseEmit, TestQuantityRoundUp, TestJSONWhitespace).
import { describe, expect, it } from "vitest";
import { ERR_FORMAT_WRONG, ERR_SUFFIX, Quantity, goJSONNumber, parseQuantity, quantityFromJSON } from "./quantity";

const str = (s: string) => parseQuantity(s).toString();
const dec = (m: number | bigint, e: number, f: "DecimalSI" | "BinarySI" | "DecimalExponent") => new Quantity(BigInt(m), e, f);

describe("parseQuantity (quantity.go ParseQuantity)", () => {
  it.each([
    ["0", 0, 0, "DecimalSI"],
    ["0Ki", 0, 0, "BinarySI"],
    ["1Ki", 1024, 0, "BinarySI"],
    ["7Mi", 7 * 1024 * 1024, 0, "BinarySI"],
    ["5n", 5, -9, "DecimalSI"],
    ["50k", 5, 4, "DecimalSI"],
    ["1E", 1, 18, "DecimalSI"],
    ["1E-3", 1, -3, "DecimalExponent"],
    ["1e3", 1, 3, "DecimalExponent"],
    ["100.035k", 100035, 0, "DecimalSI"],
    ["0.0005k", 5, -1, "DecimalSI"],
    ["0.5e-2", 5, -3, "DecimalExponent"],
    ["1.3E+6", 13, 5, "DecimalExponent"],
    ["6.987654321G", 6987654321, 0, "DecimalSI"],
    ["3.001n", 4, -9, "DecimalSI"],
    ["1.1E-9", 2, -9, "DecimalExponent"],
    ["0.0000000005", 1, -9, "DecimalSI"],
    ["0.00000012345", 124, -9, "DecimalSI"],
    ["12E", 12, 18, "DecimalSI"],
    ["100.035Ki", 10243584, -2, "BinarySI"],
    ["0.5Mi", 524288, 0, "BinarySI"],
    ["0.000000000001Ki", 2, -9, "DecimalSI"],
    [".001", 1, -3, "DecimalSI"],
    ["1.", 1, 0, "DecimalSI"],
    ["1.G", 1, 9, "DecimalSI"],
  ] as const)("%s", (input, m, e, format) => {
    const got = parseQuantity(input);
    expect(got.cmp(dec(m, e, format))).toBe(0);
    expect(got.format).toBe(format);
    const neg = parseQuantity("-" + input);
    expect(neg.cmp(dec(-m, e, format))).toBe(0);
  });

  it("caps BinarySI at the int64 maximum", () => {
    expect(parseQuantity("9Ei").cmp(dec((1n << 63n) - 1n, 0, "BinarySI"))).toBe(0);
  });

  it.each(["1.1.M", "1+1.0M", "aoeu", " 1", "1 ", ""])("rejects %j with the regular-expression message", (input) => {
    expect(() => parseQuantity(input)).toThrow(ERR_FORMAT_WRONG);
  });

  it.each(["0.1mi", ".5i", "1i", "-3.01i", "-3.01e-", "1K", "1e4294967297"])("rejects the suffix of %j", (input) => {
    expect(() => parseQuantity(input)).toThrow(ERR_SUFFIX);
  });

  it("has the exact Go error text", () => {
    expect(ERR_FORMAT_WRONG).toBe("quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'");
  });
});

describe("canonical form (quantity.go CanonicalizeBytes, TestQuantityString)", () => {
  it.each([
    [dec(1024 * 1024 * 1024, 0, "BinarySI"), "1Gi"],
    [dec(300 * 1024 * 1024, 0, "BinarySI"), "300Mi"],
    [dec(1001n * 1024n ** 3n, 0, "BinarySI"), "1001Gi"],
    [dec(5, 0, "BinarySI"), "5"],
    [dec(500, -3, "BinarySI"), "500m"],
    [dec(1000, 6, "DecimalSI"), "1G"],
    [dec(108, -2, "DecimalSI"), "1080m"],
    [dec(10800, -4, "DecimalSI"), "1080m"],
    [dec(1, 21, "DecimalSI"), "1e21"],
    [dec(1, 70, "BinarySI"), "10e69"],
    [dec(1234567, -3, "BinarySI"), "1234567m"],
    [dec(1025, 0, "BinarySI"), "1025"],
    [dec(0, 0, "BinarySI"), "0"],
    [dec(1, -9, "DecimalExponent"), "1e-9"],
    [dec(80, -3, "DecimalExponent"), "80e-3"],
    [dec(300, 6, "DecimalExponent"), "300e6"],
    [dec(108, -8, "DecimalSI"), "1080n"],
    [dec(1, -12, "DecimalSI"), "1e-12"],
    [dec(1, -10, "DecimalSI"), "100e-12"],
    [dec(-2000, 0, "BinarySI"), "-2000"],
    [dec(2n ** 70n, 0, "BinarySI"), "1180591620717411303424"],
  ])("%s prints %s", (q, want) => {
    expect(q.toString()).toBe(want);
  });

  it.each([
    ["1Ki", "1Ki"],
    ["1024Mi", "1Gi"],
    ["1000M", "1G"],
    [".001Ki", "1024m"],
    [".000000000001Ki", "2n"],
    ["-1024Mi", "-1Gi"],
  ])("parse then emit %s → %s (TestQuantityParseEmit)", (input, want) => {
    expect(str(input)).toBe(want);
  });

  it("keeps text that was already canonical and parsed on the int64 path", () => {
    expect(parseQuantity("1E3").cached).toBe("1E3");
    expect(str("+1")).toBe("+1");
    expect(parseQuantity("1024Mi").cached).toBeUndefined();
    expect(parseQuantity("100Mi").cached).toBe("100Mi");
  });

  it("stores the values the Kubernetes docs show (R15d)", () => {
    expect(str("0.5")).toBe("500m");
    expect(str("0.75")).toBe("750m");
    expect(str("1")).toBe("1");
    expect(str("1.5Gi")).toBe("1536Mi");
    expect(quantityFromJSON(1e3).toString()).toBe("1k");
    expect(quantityFromJSON(129e6).toString()).toBe("129M");
    expect(quantityFromJSON(0.5).toString()).toBe("500m");
    expect(quantityFromJSON("129e6").toString()).toBe("129e6");
  });
});

describe("RoundUp, Value and arithmetic (TestQuantityRoundUp)", () => {
  it.each([
    ["9.01", -3, "9010m"],
    ["9.01", -1, "9100m"],
    ["9.01", 0, "10"],
    ["9.01", 2, "100"],
    ["-9.01", 0, "-10"],
    ["0.0001", -3, "1m"],
  ])("%s rounded to scale %i is %s", (input, scale, want) => {
    expect(parseQuantity(input).roundUp(scale).toString()).toBe(want);
  });

  it("keeps the remembered text when no rounding is needed", () => {
    expect(parseQuantity("100Mi").roundUp(-3).toString()).toBe("100Mi");
  });

  it("computes Value and MilliValue rounding up", () => {
    expect(parseQuantity("1.5Gi").value()).toBe(1610612736n);
    expect(parseQuantity("0.1m").milliValue()).toBe(1n);
    expect(parseQuantity("250m").milliValue()).toBe(250n);
    expect(parseQuantity("1500m").value()).toBe(2n);
  });

  it("adds exactly, a zero receiver taking the other format", () => {
    expect(parseQuantity("0").add(parseQuantity("1Gi")).toString()).toBe("1Gi");
    expect(parseQuantity("100m").add(parseQuantity("0")).toString()).toBe("100m");
    expect(parseQuantity("500m").add(parseQuantity("1")).toString()).toBe("1500m");
  });

  it("compares across suffix families", () => {
    expect(parseQuantity("10000T").cmp(parseQuantity("100Gi"))).toBe(1);
    expect(parseQuantity("1Gi").cmp(parseQuantity("1073741824"))).toBe(0);
  });
});

describe("JSON input (Quantity.UnmarshalJSON, TestJSONWhitespace)", () => {
  it("trims whitespace inside strings and parses bare numbers", () => {
    expect(quantityFromJSON(" 1").toString()).toBe("1");
    expect(quantityFromJSON("1 ").toString()).toBe("1");
    expect(quantityFromJSON(-1).toString()).toBe("-1");
  });

  it("writes numbers as encoding/json does", () => {
    expect(goJSONNumber(1000)).toBe("1000");
    expect(goJSONNumber(0.5)).toBe("0.5");
    expect(goJSONNumber(1e-7)).toBe("1e-7");
    expect(goJSONNumber(1e21)).toBe("1e+21");
    expect(goJSONNumber(1.5e-10)).toBe("1.5e-10");
  });
});
