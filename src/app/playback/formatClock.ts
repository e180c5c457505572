/** Simulated time for the playback clock: 0:07.5, 2:05.0, 1:02:05. */
export function formatClock(t: number): string {
  const tenths = Math.round(t * 10);
  const s = Math.floor(tenths / 10);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  if (h) return `${h}:${String(m).padStart(2, "0")}:${String(sec).padStart(2, "0")}`;
  return `${m}:${String(sec).padStart(2, "0")}.${tenths % 10}`;
}
