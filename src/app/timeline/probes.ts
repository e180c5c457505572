import type { ProbeRun } from "../../engine/trace/types";
import type { ProbeTrack } from "./types";

/** One probe attempt, expanded from its run on demand. */
export interface ProbeAttempt {
  t: number;
  run: ProbeRun;
  /** Index within the run. */
  index: number;
  /** The worker's consecutive-result counter after this attempt. */
  consecutive: number;
  /** The Unhealthy event of a failed attempt, when there is one. */
  id?: number;
}

const EPS = 1e-6;

function firstIndexIn(run: ProbeRun, t0: number): number {
  return Math.max(0, Math.ceil((t0 - run.start) / run.period - EPS));
}

function lastIndexIn(run: ProbeRun, t1: number): number {
  return Math.min(run.count - 1, Math.floor((t1 - run.start) / run.period + EPS));
}

function runEnd(run: ProbeRun): number {
  return run.start + (run.count - 1) * run.period;
}

/** Index of the first run that may hold attempts at or after `t0` (runs are sorted by start and don't overlap). */
function firstRun(runs: ProbeRun[], t0: number): number {
  let lo = 0;
  let hi = runs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (runEnd(runs[mid]) < t0 - EPS) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Calls `visit(t, run, index)` for each attempt in [t0, t1], in time order, without allocating. */
export function visitAttempts(track: ProbeTrack, t0: number, t1: number, visit: (t: number, run: ProbeRun, index: number) => void): void {
  const runs = track.runs;
  for (let r = firstRun(runs, t0); r < runs.length; r++) {
    const run = runs[r];
    if (run.start > t1 + EPS) break;
    const last = lastIndexIn(run, t1);
    for (let i = firstIndexIn(run, t0); i <= last; i++) visit(run.start + i * run.period, run, i);
  }
}

/** How many attempts fall in [t0, t1]: O(runs), never expands them. */
export function countAttempts(track: ProbeTrack, t0: number, t1: number): number {
  let n = 0;
  const runs = track.runs;
  for (let r = firstRun(runs, t0); r < runs.length; r++) {
    const run = runs[r];
    if (run.start > t1 + EPS) break;
    n += Math.max(0, lastIndexIn(run, t1) - firstIndexIn(run, t0) + 1);
  }
  return n;
}

function failureId(track: ProbeTrack, t: number): number | undefined {
  const f = track.failures;
  let lo = 0;
  let hi = f.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (f[mid].t < t - EPS) lo = mid + 1;
    else hi = mid;
  }
  return lo < f.length && Math.abs(f[lo].t - t) < 1e-3 ? f[lo].id : undefined;
}

function attempt(track: ProbeTrack, run: ProbeRun, index: number): ProbeAttempt {
  const t = run.start + index * run.period;
  const a: ProbeAttempt = { t, run, index, consecutive: run.consecutive + index };
  if (run.result === "failure") a.id = failureId(track, t);
  return a;
}

/** The attempt nearest `t` within `tolerance` seconds, if any. */
export function attemptNear(track: ProbeTrack, t: number, tolerance: number): ProbeAttempt | undefined {
  let best: ProbeAttempt | undefined;
  let bestD = tolerance;
  const runs = track.runs;
  for (let r = firstRun(runs, t - tolerance); r < runs.length; r++) {
    const run = runs[r];
    if (run.start > t + tolerance) break;
    const i = Math.min(run.count - 1, Math.max(0, Math.round((t - run.start) / run.period)));
    const d = Math.abs(run.start + i * run.period - t);
    if (d <= bestD) {
      bestD = d;
      best = attempt(track, run, i);
    }
  }
  return best;
}

/** The last attempt at or before `t`, if any. */
export function attemptBefore(track: ProbeTrack, t: number): ProbeAttempt | undefined {
  const runs = track.runs;
  let found: ProbeAttempt | undefined;
  for (const run of runs) {
    if (run.start > t + EPS) break;
    found = attempt(track, run, lastIndexIn(run, t));
  }
  return found;
}
