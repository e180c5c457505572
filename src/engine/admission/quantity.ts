/**
 * resource.Quantity, ported from staging/src/k8s.io/apimachinery/pkg/api/resource (quantity.go,
 * suffix.go, amount.go, math.go). A quantity is an exact decimal: `mantissa × 10^exp`, plus the
 * suffix family it was written in, which decides how it is printed.
 *
 * Go keeps small values in an int64 and falls back to inf.Dec; both print the same canonical form,
 * so one BigInt representation serves for both. What the split does change is kept: a string that
 * parsed on the int64 fast path and was already canonical is remembered and printed back verbatim
 * (so "1E3" stays "1E3" and "+1" stays "+1", as the API server stores them).
 */

export type QuantityFormat = "DecimalExponent" | "BinarySI" | "DecimalSI";

const SPLIT_RE = "^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$";
export const ERR_FORMAT_WRONG = `quantities must match the regular expression '${SPLIT_RE}'`;
export const ERR_NUMERIC = "unable to parse numeric part of quantity";
export const ERR_SUFFIX = "unable to parse quantity's suffix";

/** Thrown by parseQuantity with the exact text of the Go error (or podplay's length limit). */
export class QuantityError extends Error {}

/**
 * podplay limit: the longest quantity text parsed. Go parses any length; arbitrary-precision
 * decimals of millions of digits take JavaScript seconds to read and print, and no resource needs
 * more than a few dozen characters.
 */
export const MAX_QUANTITY_CHARS = 1000;
// Grouped by hand, not with toLocaleString: this runs at import, and the first Intl call loads ICU
// (about 10 ms of every CLI process's start-up).
export const ERR_TOO_LONG = `podplay limit: a quantity is at most ${String(MAX_QUANTITY_CHARS).replace(/\B(?=(\d{3})+$)/g, ",")} characters long`;

/**
 * Exponents past this many decimal digits are beyond any int64 many times over. Arithmetic that
 * would need 10^n for a larger n (1e2147483647 is a valid quantity) works with this bound instead:
 * comparisons and signs stay exact, only the size of an astronomically large value is capped.
 */
const MAX_POW10 = 400;

/** Number of decimal digits of |m| (1 for 0). */
function digits(m: bigint): number {
  return (m < 0n ? -m : m).toString().length;
}

/** 10^n for a shift that arithmetic needs, capped at MAX_POW10 (see there). */
function pow10(n: number): bigint {
  return 10n ** BigInt(Math.min(n, MAX_POW10));
}

const NANO = -9;
const MAX_INT64 = (1n << 63n) - 1n;
const MIN_INT64 = -(1n << 63n);
/** resource.MaxMilliValue: the largest value whose milli form still fits an int64. */
export const MAX_MILLI_VALUE = MAX_INT64 / 1000n;

const DEC_SUFFIX: Record<string, number> = { n: -9, u: -6, m: -3, "": 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const BIN_SUFFIX: Record<string, number> = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };
const DEC_BY_EXP = new Map(Object.entries(DEC_SUFFIX).map(([s, e]) => [e, s]));
const BIN_BY_EXP = new Map(Object.entries(BIN_SUFFIX).map(([s, e]) => [e, s]));

export class Quantity {
  constructor(
    /** value = mantissa × 10^exp */
    readonly mantissa: bigint,
    readonly exp: number,
    readonly format: QuantityFormat,
    /** The original text, kept only where Go keeps it (already canonical, int64 fast path). */
    readonly cached?: string,
  ) {}

  static zero(format: QuantityFormat = "DecimalSI"): Quantity {
    return new Quantity(0n, 0, format);
  }

  isZero(): boolean {
    return this.mantissa === 0n;
  }

  /** The decimal exponent of the leading digit, plus one (1 for 1..9, 3 for 100..999, -2 for 0.001..0.009). */
  magnitude(): number {
    return digits(this.mantissa) + this.exp;
  }

  sign(): number {
    return this.mantissa > 0n ? 1 : this.mantissa < 0n ? -1 : 0;
  }

  cmp(other: Quantity): number {
    const sa = this.sign();
    const sb = other.sign();
    if (sa !== sb || sa === 0) return sa < sb ? -1 : sa > sb ? 1 : 0;
    // Orders of magnitude first, so 1e2147483647 never needs its 10^n.
    const ma = this.magnitude();
    const mb = other.magnitude();
    if (ma !== mb) return (ma < mb ? -1 : 1) * sa;
    const e = Math.min(this.exp, other.exp);
    const a = this.mantissa * 10n ** BigInt(this.exp - e);
    const b = other.mantissa * 10n ** BigInt(other.exp - e);
    return a < b ? -1 : a > b ? 1 : 0;
  }

  /** ceil-away-from-zero of value / 10^scale, like Quantity.ScaledValue (int64 overflow is not modelled). */
  scaledValue(scale: number): bigint {
    return roundAway(this.mantissa, this.exp - scale);
  }

  /** Quantity.Value(): the value rounded up to an integer. */
  value(): bigint {
    return this.scaledValue(0);
  }

  /** Quantity.MilliValue(). */
  milliValue(): bigint {
    return this.scaledValue(-3);
  }

  /**
   * Quantity.RoundUp: rounds away from zero to `scale` (-3 is milli). The remembered text survives
   * only when nothing had to change, as in Go.
   */
  roundUp(scale: number): Quantity {
    if (this.exp >= scale) return this;
    return new Quantity(roundAway(this.mantissa, this.exp - scale), scale, this.format);
  }

  /** Quantity.Add: an exact sum; a zero receiver takes the other operand's format. */
  add(other: Quantity): Quantity {
    const e = Math.min(this.exp, other.exp);
    const m = this.mantissa * pow10(this.exp - e) + other.mantissa * pow10(other.exp - e);
    return new Quantity(m, e, this.isZero() ? other.format : this.format);
  }

  /** Quantity.String(): the remembered text, else the canonical form. */
  toString(): string {
    return this.cached ?? canonical(this);
  }
}

/** Rounds mantissa × 10^exp to an integer count of 10^0 units, away from zero (exp may be negative). */
function roundAway(mantissa: bigint, exp: number): bigint {
  if (exp >= 0) return mantissa * pow10(exp);
  // A value below 1 in magnitude rounds away to ±1 without computing 10^-exp.
  if (-exp > digits(mantissa)) return mantissa === 0n ? 0n : mantissa > 0n ? 1n : -1n;
  const div = 10n ** BigInt(-exp);
  const q = mantissa / div;
  if (q * div === mantissa) return q;
  return mantissa > 0n ? q + 1n : q - 1n;
}

/**
 * CanonicalizeBytes: no precision lost, no fractional digits, the largest suffix that fits. A value
 * beyond the suffix tables (past E or Ei, below n) is written in exponent form rather than losing
 * its magnitude, as current apimachinery does.
 */
function canonical(q: Quantity): string {
  if (q.isZero()) return "0";
  let format = q.format;
  if (format === "BinarySI") {
    const small = q.cmp(new Quantity(-1024n, 0, "DecimalSI")) > 0 && q.cmp(new Quantity(1024n, 0, "DecimalSI")) < 0;
    if (small || exactInteger(q) === undefined) format = "DecimalSI";
  }
  if (format === "BinarySI") {
    let amount = roundAway(q.mantissa, q.exp);
    let e = 0;
    while (amount % 1024n === 0n && (amount >= 1024n || amount <= -1024n)) {
      amount /= 1024n;
      e++;
    }
    const suffix = BIN_BY_EXP.get(e * 10) ?? (e === 0 ? "" : undefined);
    if (suffix !== undefined) return amount.toString() + suffix;
    format = "DecimalExponent";
  }
  let amount = q.mantissa;
  let e = q.exp;
  while (amount % 10n === 0n) {
    amount /= 10n;
    e++;
  }
  while (e % 3 !== 0) {
    amount *= 10n;
    e--;
  }
  const si = format === "DecimalSI" ? DEC_BY_EXP.get(e) : undefined;
  if (si !== undefined) return amount.toString() + si;
  return amount.toString() + (e === 0 ? "" : `e${e}`);
}

/** The value as an integer if it is one. */
function exactInteger(q: Quantity): bigint | undefined {
  if (q.exp >= 0) return q.mantissa * pow10(q.exp);
  if (-q.exp > digits(q.mantissa)) return q.mantissa === 0n ? 0n : undefined;
  const div = 10n ** BigInt(-q.exp);
  return q.mantissa % div === 0n ? q.mantissa / div : undefined;
}

interface Scanned {
  positive: boolean;
  value: string;
  num: string;
  denom: string;
  suffix: string;
}

/** parseQuantityString: the fast scanner, kept character for character (it is what decides errors). */
function scan(str: string): Scanned {
  let positive = true;
  let pos = 0;
  const end = str.length;
  const isDigit = (c: string) => c >= "0" && c <= "9";
  if (pos < end) {
    if (str[0] === "-") {
      positive = false;
      pos++;
    } else if (str[0] === "+") pos++;
  }
  for (let i = pos; ; i++) {
    if (i >= end) return { positive, value: "0", num: "0", denom: "", suffix: "" };
    if (str[i] === "0") pos++;
    else break;
  }
  let num: string;
  for (let i = pos; ; i++) {
    if (i >= end) return { positive, value: str.slice(0, end), num: str.slice(pos, end), denom: "", suffix: "" };
    if (!isDigit(str[i])) {
      num = str.slice(pos, i);
      pos = i;
      break;
    }
  }
  if (num.length === 0) num = "0";
  let denom = "";
  if (pos < end && str[pos] === ".") {
    pos++;
    for (let i = pos; ; i++) {
      if (i >= end) return { positive, value: str.slice(0, end), num, denom: str.slice(pos, end), suffix: "" };
      if (!isDigit(str[i])) {
        denom = str.slice(pos, i);
        pos = i;
        break;
      }
    }
  }
  const value = str.slice(0, pos);
  const suffixStart = pos;
  for (let i = pos; ; i++) {
    if (i >= end) return { positive, value, num, denom, suffix: str.slice(suffixStart, end) };
    if (!"eEinumkKMGTP".includes(str[i])) {
      pos = i;
      break;
    }
  }
  if (pos < end && (str[pos] === "-" || str[pos] === "+")) pos++;
  for (let i = pos; ; i++) {
    if (i >= end) return { positive, value, num, denom, suffix: str.slice(suffixStart, end) };
    if (!isDigit(str[i])) break;
  }
  throw new QuantityError(ERR_FORMAT_WRONG);
}

function interpret(suffix: string): { base: 10 | 2; exponent: number; format: QuantityFormat } | undefined {
  if (suffix in DEC_SUFFIX) return { base: 10, exponent: DEC_SUFFIX[suffix], format: "DecimalSI" };
  if (suffix in BIN_SUFFIX) return { base: 2, exponent: BIN_SUFFIX[suffix], format: "BinarySI" };
  if (suffix.length > 1 && (suffix[0] === "E" || suffix[0] === "e")) {
    const rest = suffix.slice(1);
    if (!/^[+-]?[0-9]+$/.test(rest)) return undefined;
    const n = Number(rest);
    // the exponent becomes an int32 scale that is later negated
    if (!Number.isSafeInteger(n) || Math.abs(n) > 2147483647) return undefined;
    return { base: 10, exponent: n, format: "DecimalExponent" };
  }
  return undefined;
}

/** ParseQuantity. Throws QuantityError with the Go message. */
export function parseQuantity(str: string): Quantity {
  if (str.length === 0) throw new QuantityError(ERR_FORMAT_WRONG);
  if (str.length > MAX_QUANTITY_CHARS) throw new QuantityError(ERR_TOO_LONG);
  if (str === "0") return new Quantity(0n, 0, "DecimalSI", "0");
  const { positive, value, num, denom, suffix } = scan(str);
  const how = interpret(suffix);
  if (!how) throw new QuantityError(ERR_SUFFIX);
  const { base, exponent } = how;
  let format = how.format;

  let precision: number;
  let scale = 0;
  let multiplier = 1n;
  if (format === "BinarySI") {
    if (exponent >= 0 && denom.length === 0) {
      multiplier = 1n << BigInt(exponent);
      // float32 arithmetic in Go; exact enough here for the suffix exponents that exist
      precision = 15 - num.length - Math.trunc((exponent * 3) / 10) - 1;
    } else precision = -1;
  } else {
    scale = exponent;
    precision = 18 - (num.length + denom.length);
  }

  if (precision >= 0) {
    scale -= denom.length;
    if (scale >= NANO) {
      const shifted = num + denom;
      const parsed = BigInt(shifted);
      const product = parsed * multiplier;
      if (product <= MAX_INT64 && product >= MIN_INT64) {
        const result = positive ? product : -product;
        const canonicalAsWritten =
          format === "BinarySI"
            ? exponent % 10 === 0 && (parsed & 7n) !== 0n
            : scale % 3 === 0 && !shifted.endsWith("000") && shifted[0] !== "0";
        return new Quantity(result, scale, format, canonicalAsWritten ? str : undefined);
      }
    }
  }

  // The inf.Dec path: arbitrary precision, rounded up to nano units.
  const m = /^([+-]?)([0-9]*)(?:\.([0-9]*))?$/.exec(value);
  if (!m || (m[2] === "" && (m[3] ?? "") === "")) throw new QuantityError(ERR_NUMERIC);
  const frac = m[3] ?? "";
  let mantissa = BigInt((m[2] || "0") + frac);
  let exp = -frac.length;
  if (base === 10) exp += exponent;
  else mantissa *= 1n << BigInt(exponent);
  if (mantissa !== 0n && exp < NANO) {
    mantissa = roundAway(mantissa, exp - NANO);
    exp = NANO;
  }
  if (format === "BinarySI") {
    const q = new Quantity(mantissa, exp, format);
    if (q.cmp(new Quantity(MAX_INT64, 0, format)) > 0) {
      mantissa = MAX_INT64;
      exp = 0;
    }
    if (mantissa > 0n && new Quantity(mantissa, exp, format).cmp(new Quantity(1n, 0, format)) < 0) format = "DecimalSI";
  }
  return new Quantity(positive ? mantissa : -mantissa, exp, format);
}

/**
 * How a quantity arrives in JSON (Quantity.UnmarshalJSON): a string, or a bare number whose text
 * is parsed the same way. `numberText` is the number as Go's JSON encoder would have written it.
 */
export function quantityFromJSON(value: string | number): Quantity {
  const text = typeof value === "number" ? goJSONNumber(value) : value;
  return parseQuantity(text.trim());
}

/** encoding/json's float64 text: shortest round-trip digits, exponent form outside [1e-6, 1e21). */
export function goJSONNumber(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return n.toFixed(0);
  const abs = Math.abs(n);
  if (abs !== 0 && (abs < 1e-6 || abs >= 1e21)) {
    // Go writes e+21 and e-07, then trims the zero of a one-digit negative exponent: e-7.
    const [mant, e] = n.toExponential().split("e");
    const ex = Number(e);
    return ex < 0 ? `${mant}e-${-ex}` : `${mant}e+${String(ex).padStart(2, "0")}`;
  }
  return String(n);
}
