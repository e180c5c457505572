/**
 * Steady-state detection. A deterministic script at the same loop head with the same state will
 * do exactly what it did last time, so once two consecutive heads of one loop look identical
 * the simulator can skip ahead instead of replaying iterations for hours of simulated time.
 *
 * "State" is everything an iteration can observe: shell variables (exported or not), positional
 * parameters, $?, options, functions, the working directory, the stdin read position, what this
 * script did to the filesystem (content hashes of the paths it touched), changes made to the
 * filesystem by others (host.fsVersion) and the rest of the world (host.worldEpoch). Output is
 * not state, but it is kept: the container log gets the skipped iterations' output written back
 * (workloads/process.ts), so a loop is steady only once an iteration printed what the one before
 * printed. Time is not state: `echo $(date)` prints a new line each time, so that loop is never
 * skipped; `x=$(date)` lands in a variable and so is seen.
 */
import type { IO, Runtime } from "./runtime";
import type { ShellState } from "./state";
import type { ShellYield } from "./types";

interface SteadyContext {
  rt: Runtime;
  state: ShellState;
  /** The shell's background jobs: starting one is a change even when nothing else is. */
  jobs?: { fingerprint(): string };
}

/** Per loop activation (not per loop node): a loop entered afresh starts with no history. */
export interface LoopTracker {
  print: string | null;
  /** host.now() at the previous head. */
  time: number;
  /** Output position at the previous head, to report what one iteration prints. */
  mark: number;
  /** What the iteration before the last one printed (null: not known yet). */
  printed: string | null;
}

export function newLoopTracker(): LoopTracker {
  return { print: null, time: 0, mark: 0, printed: null };
}

function fingerprint(ctx: SteadyContext, io: IO): string {
  const { rt, state } = ctx;
  const jobs = ctx.jobs?.fingerprint() ?? "";
  return `${state.fingerprint()}\u0002${state.status}\u0002${io.in.pos}/${io.in.data.length}\u0002${rt.fs.externalVersion()}\u0002${rt.fs.fingerprint()}\u0002${rt.host.worldEpoch()}\u0002${jobs}`;
}

/** Call at each loop head: the steady yield to make, or null to run the iteration normally. */
export function steadyAtHead(ctx: SteadyContext, t: LoopTracker, io: IO): Extract<ShellYield, { kind: "steady" }> | null {
  const print = fingerprint(ctx, io);
  const now = ctx.rt.host.now();
  const output = t.print === null ? "" : ctx.rt.sink.since(t.mark);
  // A silent iteration needs no second look; one that printed must print the same twice.
  if (print === t.print && (output === t.printed || (output === "" && t.printed === null))) return { kind: "steady", period: now - t.time, output };
  t.printed = t.print === null ? null : output;
  t.print = print;
  t.time = now;
  t.mark = ctx.rt.sink.mark();
  return null;
}

/** Call when resumed after a steady yield: this head is the new reference point, since the world may have moved on. */
export function resumedAtHead(ctx: SteadyContext, t: LoopTracker, io: IO): void {
  t.print = fingerprint(ctx, io);
  t.time = ctx.rt.host.now();
  t.mark = ctx.rt.sink.mark();
  t.printed = null;
}
