/**
 * intstr.GetScaledValueFromIntOrPercent: an integer as it is, "N%" as N% of `total` rounded up
 * or down; any other string reads as its number (0 when it is none).
 */
export function scaledValue(v: number | string, total: number, roundUp: boolean): number {
  if (typeof v === "number") return v;
  const m = /^(\d+)%$/.exec(v);
  if (!m) return Number(v) || 0;
  const exact = (Number(m[1]) * total) / 100;
  return roundUp ? Math.ceil(exact - 1e-9) : Math.floor(exact + 1e-9);
}
