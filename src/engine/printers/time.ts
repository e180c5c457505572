/**
 * Timestamp handling shared by the printers. Objects carry RFC 3339 strings; kubectl computes
 * ages from those strings (already truncated to whole seconds by metav1.Time serialization)
 * against its own clock, which here is the simulated `now`.
 */
import { humanDuration } from "./humanDuration";

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;

/** Milliseconds since the Unix epoch (fractional for MicroTime values), or undefined if unparsable. */
export function parseTime(value: string | null | undefined): number | undefined {
  if (!value) return undefined;
  const m = RFC3339.exec(value);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, frac, z, sign, oh, om] = m;
  let ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  if (frac) ms += Number(`0.${frac}`) * 1000;
  if (!z && sign) {
    const offset = (Number(oh) * 60 + Number(om)) * 60_000;
    ms += sign === "+" ? -offset : offset;
  }
  return ms;
}

/** Wall-clock milliseconds for simulated second `t`. */
export function simMs(t: number, epochMs: number): number {
  return epochMs + t * 1000;
}

const pad2 = (n: number): string => String(n).padStart(2, "0");

/** metav1.Time serialization: RFC 3339 in UTC, fractional seconds dropped. */
export function formatRFC3339(ms: number): string {
  const d = new Date(Math.floor(ms / 1000) * 1000);
  return (
    `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}` +
    `T${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}Z`
  );
}

/** metav1.MicroTime serialization (RFC3339Micro): always six fractional digits. */
export function formatRFC3339Micro(ms: number): string {
  const micros = Math.round(ms * 1000);
  const wholeSecondMs = Math.floor(micros / 1_000_000) * 1000;
  const frac = String(micros - wholeSecondMs * 1000).padStart(6, "0");
  return formatRFC3339(wholeSecondMs).replace("Z", `.${frac}Z`);
}

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * Go's time.RFC1123Z layout. kubectl formats in the local zone of the machine it runs on;
 * the simulator pins that machine to UTC so output is reproducible.
 */
export function formatRFC1123Z(ms: number): string {
  const d = new Date(Math.floor(ms / 1000) * 1000);
  return (
    `${DAYS[d.getUTCDay()]}, ${pad2(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ` +
    `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())} +0000`
  );
}

/** kubectl's translateTimestampSince: `<unknown>` for a zero/missing timestamp. */
export function translateTimestampSince(value: string | null | undefined, nowMs: number): string {
  const ms = parseTime(value);
  if (ms === undefined) return "<unknown>";
  return humanDuration((nowMs - ms) / 1000);
}

/** RFC1123Z rendering of an RFC 3339 string; Go prints the zero time for a missing one. */
export function rfc1123zOf(value: string | null | undefined): string {
  const ms = parseTime(value);
  return ms === undefined ? "Mon, 01 Jan 0001 00:00:00 +0000" : formatRFC1123Z(ms);
}
