/**
 * API timestamps are metav1.Time: RFC 3339 at whole-second precision (fractions are truncated
 * when Go marshals them), so an API object never shows more precision than a real one.
 */
export function toTimestamp(t: number, epochMs: number): string {
  const ms = epochMs + Math.floor(t + 1e-9) * 1000;
  // A run formats the same few seconds over and over (every write stamps the current one).
  if (ms === lastMs) return lastText;
  let text = formatted.get(ms);
  if (text === undefined) {
    text = new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
    if (formatted.size >= 4096) formatted.clear();
    formatted.set(ms, text);
  }
  lastMs = ms;
  lastText = text;
  return text;
}

const formatted = new Map<number, string>();
let lastMs = NaN;
let lastText = "";

/** Simulated seconds of an API timestamp. */
export function fromTimestamp(ts: string, epochMs: number): number {
  return (Date.parse(ts) - epochMs) / 1000;
}
