import { Inflate } from "fflate";

/**
 * Input is fed to the inflater this many bytes at a time. Deflate expands at most about 1032:1,
 * so one step can produce at most about 0.5 MiB: the most a zip bomb makes us hold beyond the cap.
 */
const STEP = 512;

export type InflateResult =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; reason: "tooLarge"; inflated: number }
  | { ok: false; reason: "malformed"; inflated: number };

/**
 * Inflates raw deflate data, refusing output larger than `maxBytes`. A one-shot `inflateSync`
 * would allocate (or, given an `out` buffer, silently truncate) the whole expansion before we could
 * look at its size; the stream lets us count as we go and stop feeding it once over the cap.
 * `inflated` reports how much was produced before stopping (tests hold it near the cap).
 */
export function inflateCapped(data: Uint8Array, maxBytes: number, dictionary?: Uint8Array): InflateResult {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let over = false;
  let ended = false;
  try {
    const stream = new Inflate(dictionary ? { dictionary } : {}, (chunk, final) => {
      total += chunk.length;
      if (total > maxBytes) over = true;
      else chunks.push(chunk);
      if (final) ended = true;
    });
    for (let i = 0; i < data.length && !over; i += STEP) stream.push(data.subarray(i, i + STEP), i + STEP >= data.length);
    if (data.length === 0) stream.push(data, true);
  } catch {
    return { ok: false, reason: over ? "tooLarge" : "malformed", inflated: total };
  }
  if (over) return { ok: false, reason: "tooLarge", inflated: total };
  if (!ended) return { ok: false, reason: "malformed", inflated: total };
  const bytes = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    bytes.set(c, o);
    o += c.length;
  }
  return { ok: true, bytes };
}
