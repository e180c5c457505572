// Follows C's printf (glibc stdio-common/printf_fp.c behaviour) as busybox's awk and printf use it:
// exact binary values rounded half to even, %g's choice between %e and %f and its trailing zeros.
import { describe, expect, it } from "vitest";
import { formatFloat, formatInteger, formatString } from "./cformat";

const f = (conv: string, x: number, precision: number | null = null, flags = "", width: number | null = null): string => formatFloat({ conv, precision, flags, width }, x);

describe("cformat", () => {
  it("%g: six significant digits, exponent form below 1e-4 or from 1e6, no trailing zeros", () => {
    expect([f("g", 0.1 + 0.2), f("g", 1e6), f("g", 100000), f("g", 3.14159265), f("g", 1e-5), f("g", 0.0001), f("g", 123456789), f("g", 999999.5), f("G", 1e-10)]).toEqual(["0.3", "1e+06", "100000", "3.14159", "1e-05", "0.0001", "1.23457e+08", "1e+06", "1E-10"]);
  });

  it("%f and %e round the exact value half to even; flags, width, inf and nan", () => {
    expect([f("f", 2.5, 0), f("f", 3.5, 0), f("f", 2.25, 1), f("e", 12345.678), f("e", 0), f("f", 1e22)]).toEqual(["2", "4", "2.2", "1.234568e+04", "0.000000e+00", "10000000000000000000000.000000"]);
    expect([f("f", 3.14159, 2, "", 8), f("f", -3.14159, 2, "0", 8), f("f", 5, 1, "+"), f("g", NaN), f("g", -Infinity), f("f", Infinity, null, "0", 6)]).toEqual(["    3.14", "-0003.14", "+5.0", "nan", "-inf", "   inf"]);
  });

  it("integers and strings", () => {
    const spec = (conv: string, flags = "", width: number | null = null, precision: number | null = null) => ({ conv, flags, width, precision });
    expect([formatInteger(spec("d", "0", 5), -42n), formatInteger(spec("x", "#"), 255n), formatInteger(spec("o", "#"), 8n), formatInteger(spec("d", "", null, 3), 7n), formatInteger(spec("d", "", null, 0), 0n)]).toEqual(["-0042", "0xff", "010", "007", ""]);
    expect([formatString(spec("s", "-", 5), "ab") + "|", formatString(spec("s", "", null, 2), "abc")]).toEqual(["ab   |", "ab"]);
  });
});
