/**
 * Duration formatting exactly as kubectl prints it: apimachinery's HumanDuration /
 * ShortHumanDuration (AGE, "ago", event ages) and Go's time.Duration.String() (the kubelet's
 * back-off and image-pull messages).
 *
 * Inputs are seconds as floats. They are rounded once to an integer count of micro- or
 * nanoseconds so the Go integer divisions below are reproduced without float drift.
 */

const US_PER_S = 1_000_000;

/** apimachinery `duration.HumanDuration`: ~2–3 significant figures. */
export function humanDuration(seconds: number): string {
  const us = Math.round(seconds * US_PER_S);
  // Go's int(d.Seconds()) truncates toward zero; a clock skew of up to 2s is shown as "0s".
  const secs = Math.trunc(us / US_PER_S);
  if (secs < -1) return "<invalid>";
  if (secs < 0) return "0s";
  if (secs < 60 * 2) return `${secs}s`;
  const minutes = Math.trunc(us / (60 * US_PER_S));
  if (minutes < 10) {
    const s = secs % 60;
    return s === 0 ? `${minutes}m` : `${minutes}m${s}s`;
  }
  if (minutes < 60 * 3) return `${minutes}m`;
  const hours = Math.trunc(us / (3600 * US_PER_S));
  if (hours < 8) {
    const m = minutes % 60;
    return m === 0 ? `${hours}h` : `${hours}h${m}m`;
  }
  if (hours < 48) return `${hours}h`;
  if (hours < 24 * 8) {
    const h = hours % 24;
    return h === 0 ? `${Math.trunc(hours / 24)}d` : `${Math.trunc(hours / 24)}d${h}h`;
  }
  if (hours < 24 * 365 * 2) return `${Math.trunc(hours / 24)}d`;
  if (hours < 24 * 365 * 8) {
    const dy = Math.trunc(hours / 24) % 365;
    const y = Math.trunc(hours / 24 / 365);
    return dy === 0 ? `${y}y` : `${y}y${dy}d`;
  }
  return `${Math.trunc(hours / 24 / 365)}y`;
}

/** apimachinery `duration.ShortHumanDuration`: a single unit. */
export function shortHumanDuration(seconds: number): string {
  const us = Math.round(seconds * US_PER_S);
  const secs = Math.trunc(us / US_PER_S);
  if (secs < -1) return "<invalid>";
  if (secs < 0) return "0s";
  if (secs < 60) return `${secs}s`;
  const minutes = Math.trunc(us / (60 * US_PER_S));
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.trunc(us / (3600 * US_PER_S));
  if (hours < 24) return `${hours}h`;
  if (hours < 24 * 365) return `${Math.trunc(hours / 24)}d`;
  return `${Math.trunc(hours / 24 / 365)}y`;
}

/** Go's fmtFrac: `.digits` of v/10^prec without trailing zeros (nothing when the fraction is 0). */
function fmtFrac(v: number, prec: number): { frac: string; rest: number } {
  let digits = "";
  let print = false;
  for (let i = 0; i < prec; i++) {
    const digit = v % 10;
    print = print || digit !== 0;
    if (print) digits = String(digit) + digits;
    v = Math.floor(v / 10);
  }
  return { frac: print ? `.${digits}` : "", rest: v };
}

/** Go's `time.Duration.String()`: `0s`, `350ms`, `1.561s`, `1m20s`, `5m0s`, `2h0m0s`. */
export function goDuration(seconds: number): string {
  let u = Math.round(seconds * 1e9);
  const neg = u < 0;
  if (neg) u = -u;
  let out: string;
  if (u < 1e9) {
    if (u === 0) return "0s";
    let prec: number;
    let unit: string;
    if (u < 1e3) {
      prec = 0;
      unit = "ns";
    } else if (u < 1e6) {
      prec = 3;
      unit = "µs";
    } else {
      prec = 6;
      unit = "ms";
    }
    const { frac, rest } = fmtFrac(u, prec);
    out = `${rest}${frac}${unit}`;
  } else {
    const { frac, rest } = fmtFrac(u, 9);
    let whole = rest;
    out = `${whole % 60}${frac}s`;
    whole = Math.floor(whole / 60);
    if (whole > 0) {
      out = `${whole % 60}m${out}`;
      whole = Math.floor(whole / 60);
      if (whole > 0) out = `${whole}h${out}`;
    }
  }
  return neg ? `-${out}` : out;
}
