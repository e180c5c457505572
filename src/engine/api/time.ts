/**
 * API timestamps are metav1.Time: RFC 3339 at whole-second precision (fractions are truncated
 * when Go marshals them), so an API object never shows more precision than a real one.
 */
export function toTimestamp(t: number, epochMs: number): string {
  const ms = epochMs + Math.floor(t + 1e-9) * 1000;
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** Simulated seconds of an API timestamp. */
export function fromTimestamp(ts: string, epochMs: number): number {
  return (Date.parse(ts) - epochMs) / 1000;
}
