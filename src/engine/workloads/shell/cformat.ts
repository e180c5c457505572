/**
 * One C printf conversion (`%-08.3f`, `%x`, `%.6g`...) formatted as glibc's printf does it: the
 * digits of %e, %f and %g come from the double's exact binary value, rounded half to even, so
 * `%.0f` of 2.5 is "2" and `%.6g` of 0.1+0.2 is "0.3" as in C (JavaScript's toFixed rounds
 * half up and formats %g differently). Used by awk's printf, sprintf and its OFMT/CONVFMT.
 */

export interface Spec {
  /** Any of "-+ #0". */
  flags: string;
  width: number | null;
  precision: number | null;
  /** The conversion letter: d i o u x X c s e E f F g G a A. */
  conv: string;
}

const TWO_52 = 2n ** 52n;

/** |x| = mantissa × 2^exponent exactly, for a finite x. */
function decompose(x: number): { mant: bigint; exp: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(x));
  const bits = view.getBigUint64(0);
  const biased = Number((bits >> 52n) & 0x7ffn);
  const frac = bits & (TWO_52 - 1n);
  if (biased === 0) return { mant: frac, exp: -1074 };
  return { mant: frac | TWO_52, exp: biased - 1075 };
}

/** round(num / den), ties to even. */
function divRound(num: bigint, den: bigint): bigint {
  const q = num / den;
  const r2 = (num % den) * 2n;
  if (r2 > den || (r2 === den && q % 2n === 1n)) return q + 1n;
  return q;
}

/** round(|x| × 10^p) as an integer, exactly (p may be negative). */
function scaled(x: number, p: number): bigint {
  const { mant, exp } = decompose(x);
  let num = mant;
  let den = 1n;
  if (exp >= 0) num <<= BigInt(exp);
  else den <<= BigInt(-exp);
  if (p >= 0) num *= 10n ** BigInt(p);
  else den *= 10n ** BigInt(-p);
  return divRound(num, den);
}

/** The digits of |x| with `prec` decimals, as %f prints them (no sign). */
export function fixedDigits(x: number, prec: number): string {
  const n = scaled(x, prec).toString();
  if (prec === 0) return n;
  const padded = n.padStart(prec + 1, "0");
  return `${padded.slice(0, -prec)}.${padded.slice(-prec)}`;
}

/** |x| as d.ddd with `prec` decimals and its decimal exponent, as %e rounds it. */
function expParts(x: number, prec: number): { digits: string; exp: number } {
  if (x === 0) return { digits: "0".repeat(prec + 1), exp: 0 };
  let e = Math.floor(Math.log10(Math.abs(x)));
  for (;;) {
    const d = scaled(x, prec - e).toString();
    if (d.length > prec + 1) e++;
    else if (d.length < prec + 1) e--;
    else return { digits: d, exp: e };
  }
}

function expString(digits: string, exp: number, upper: boolean, alt: boolean): string {
  const mant = digits.length > 1 || alt ? `${digits[0]}.${digits.slice(1)}` : digits;
  const e = `${Math.abs(exp)}`.padStart(2, "0");
  return `${mant}${upper ? "E" : "e"}${exp < 0 ? "-" : "+"}${e}`;
}

/** %e, %f or %g of |x| (no sign), finite x. */
function floatBody(x: number, conv: string, precision: number | null, alt: boolean): string {
  const lower = conv.toLowerCase();
  const upper = conv !== lower;
  if (lower === "f") {
    const s = fixedDigits(x, precision ?? 6);
    return alt && !s.includes(".") ? s + "." : s;
  }
  if (lower === "e" || lower === "a") {
    const p = precision ?? 6;
    const { digits, exp } = expParts(x, p);
    return expString(digits, exp, upper, alt);
  }
  // %g: the precision counts significant digits; %e style when the exponent is < -4 or >= P.
  const p = precision === null ? 6 : precision === 0 ? 1 : precision;
  const { digits, exp } = expParts(x, p - 1);
  let s: string;
  if (exp < -4 || exp >= p) s = expString(digits, exp, upper, alt);
  else s = fixedDigits(x, p - 1 - exp);
  if (alt) return s.includes(".") ? s : s.replace(/(?=[eE]|$)/, ".");
  // Without "#", trailing zeros of the fraction go, and the point with them.
  const at = s.search(/[eE]/);
  const mant = at < 0 ? s : s.slice(0, at);
  const tail = at < 0 ? "" : s.slice(at);
  return (mant.includes(".") ? mant.replace(/\.?0*$/, "") : mant) + tail;
}

function pad(body: string, sign: string, spec: Spec, numeric: boolean): string {
  const width = spec.width ?? 0;
  const len = sign.length + body.length;
  if (len >= width) return sign + body;
  if (spec.flags.includes("-")) return (sign + body).padEnd(width);
  if (numeric && spec.flags.includes("0")) return sign + body.padStart(width - sign.length, "0");
  return (sign + body).padStart(width);
}

function signOf(negative: boolean, flags: string): string {
  if (negative) return "-";
  if (flags.includes("+")) return "+";
  if (flags.includes(" ")) return " ";
  return "";
}

/** A floating conversion (e E f F g G a A) of `x`. */
export function formatFloat(spec: Spec, x: number): string {
  const negative = x < 0 || Object.is(x, -0);
  if (!Number.isFinite(x)) {
    const upper = spec.conv === spec.conv.toUpperCase();
    const word = Number.isNaN(x) ? "nan" : "inf";
    const sign = signOf(!Number.isNaN(x) && negative, spec.flags);
    return pad(upper ? word.toUpperCase() : word, sign, { ...spec, flags: spec.flags.replace("0", "") }, false);
  }
  const body = floatBody(Math.abs(x), spec.conv, spec.precision, spec.flags.includes("#"));
  // The 0 flag is ignored when "-" is given; it pads after the sign.
  return pad(body, signOf(negative, spec.flags), spec, true);
}

/** An integer conversion (d i o u x X) of an already-converted integer value (a C int or unsigned). */
export function formatInteger(spec: Spec, n: bigint): string {
  const conv = spec.conv;
  const negative = n < 0n;
  const abs = negative ? -n : n;
  let body = conv === "o" ? abs.toString(8) : conv === "x" ? abs.toString(16) : conv === "X" ? abs.toString(16).toUpperCase() : abs.toString();
  if (spec.precision !== null) {
    body = spec.precision === 0 && abs === 0n ? "" : body.padStart(spec.precision, "0");
  }
  let prefix = "";
  if (spec.flags.includes("#")) {
    if (conv === "o" && !body.startsWith("0")) body = "0" + body;
    else if ((conv === "x" || conv === "X") && abs !== 0n) prefix = conv === "x" ? "0x" : "0X";
  }
  const sign = conv === "d" || conv === "i" ? signOf(negative, spec.flags) : "";
  // With a precision the 0 flag is ignored for integers.
  const zero = spec.precision === null && spec.flags.includes("0") && !spec.flags.includes("-");
  const width = spec.width ?? 0;
  const head = sign + prefix;
  if (zero && head.length + body.length < width) return head + body.padStart(width - head.length, "0");
  return pad(head + body, "", { ...spec, flags: spec.flags.replace("0", "") }, false);
}

/** %s and %c: precision truncates a string; padding with spaces. */
export function formatString(spec: Spec, s: string): string {
  const body = spec.conv === "s" && spec.precision !== null ? s.slice(0, spec.precision) : s;
  return pad(body, "", { ...spec, flags: spec.flags.replace("0", "") }, false);
}
