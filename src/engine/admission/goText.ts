/** strconv.Quote / fmt's %q for the strings API messages quote (names, values). */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    switch (ch) {
      case '"':
        out += '\\"';
        continue;
      case "\\":
        out += "\\\\";
        continue;
      case "\x07":
        out += "\\a";
        continue;
      case "\b":
        out += "\\b";
        continue;
      case "\f":
        out += "\\f";
        continue;
      case "\n":
        out += "\\n";
        continue;
      case "\r":
        out += "\\r";
        continue;
      case "\t":
        out += "\\t";
        continue;
      case "\v":
        out += "\\v";
        continue;
    }
    if (c < 0x20 || c === 0x7f) out += "\\x" + c.toString(16).padStart(2, "0");
    else if (c >= 0x80 && c < 0xa0) out += "\\u" + c.toString(16).padStart(4, "0");
    else if (c === 0x2028 || c === 0x2029 || c === 0xfeff) out += "\\u" + c.toString(16).padStart(4, "0");
    else out += ch;
  }
  return out + '"';
}

/**
 * fmt's %v: an integer type prints plainly; a float64 in shortest %g, which switches to exponent
 * form below 1e-4 and from 1e+06 up (so 1e6 prints "1e+06").
 */
export function goNumber(n: number | bigint, float = false): string {
  if (typeof n === "bigint") return n.toString();
  if (!float) return Number.isInteger(n) ? n.toFixed(0) : String(n);
  if (!Number.isFinite(n)) return n > 0 ? "+Inf" : n < 0 ? "-Inf" : "NaN";
  if (n === 0) return "0";
  const [mant, e] = n.toExponential().split("e");
  const ex = Number(e);
  if (ex < -4 || ex >= 6) return `${mant}e${ex < 0 ? "-" : "+"}${String(Math.abs(ex)).padStart(2, "0")}`;
  return String(n);
}

/** fmt's %f: six decimals, as the LimitRanger prints a limit-to-request ratio. */
export function goFixed6(n: number): string {
  return n.toFixed(6);
}
