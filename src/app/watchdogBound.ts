import { WATCHDOG_MS } from "../worker/client";

/**
 * The watchdog's bound. A link may only shorten it (`?watchdogMs=`, at least 500 ms): a URL
 * someone sends must never lengthen or switch off the guard that keeps the page responsive.
 * Tests and benchmarks that need a longer one set `window.__podplayWatchdogMs` in an init script
 * (Playwright's addInitScript), which only code already running in the page can do.
 */
export const WATCHDOG_RANGE = [500, 120_000] as const;

export function watchdogBound(search: string, fromHarness: unknown): number {
  const clamp = (v: number) => Math.min(WATCHDOG_RANGE[1], Math.max(WATCHDOG_RANGE[0], v));
  const harness = typeof fromHarness === "number" && Number.isFinite(fromHarness) && fromHarness > 0 ? clamp(fromHarness) : WATCHDOG_MS;
  const v = Number(new URLSearchParams(search).get("watchdogMs"));
  return Number.isFinite(v) && v > 0 ? Math.min(harness, clamp(v)) : harness;
}
