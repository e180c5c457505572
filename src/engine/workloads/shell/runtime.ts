/**
 * What one container process shares across every shell it starts (nested `sh -c`, subshells,
 * scripts): the host, the tracked filesystem, the output sink and the step budget.
 */
import type { Input, Writer } from "./io";
import { OutputSink } from "./io";
import { TrackedFs } from "./tracked-fs";
import type { ShellHost, ShellYield } from "./types";

export type Gen<T> = Generator<ShellYield, T, void>;

/** A command's standard streams. Mutable only by `exec` without a command, which redirects the rest of the list. */
export interface IO {
  in: Input;
  out: Writer;
  err: Writer;
}

export const DEFAULT_STEP_BUDGET = 100_000;

/**
 * Starts a shell process (sh -c, a script file). Injected rather than imported so the runtime
 * does not depend on the interpreter that depends on it.
 */
export type ShellLauncher = (rt: Runtime, argv: string[], io: IO, env: Record<string, string>, cwd: string) => Gen<number>;

export class Runtime {
  /** Steps since time last passed (a sleep was yielded). */
  steps = 0;
  /** Nesting of function calls, subshells and shells, bounded so the JS stack cannot run out. */
  depth = 0;
  readonly fs: TrackedFs;
  readonly sink: OutputSink;

  constructor(
    readonly host: ShellHost,
    private readonly launcher: ShellLauncher,
    readonly budget: number = DEFAULT_STEP_BUDGET,
  ) {
    this.fs = new TrackedFs(host.fs, host.fsVersion ? () => host.fsVersion!() : undefined);
    this.sink = new OutputSink(host.onOutput ? (fd, t) => host.onOutput!(fd, t) : undefined);
  }

  invokeShell(argv: string[], io: IO, env: Record<string, string>, cwd: string): Gen<number> {
    return this.launcher(this, argv, io, env, cwd);
  }

  /** Called when `steps` exceeds the budget. If resumed, the count starts over. */
  *runaway(): Gen<void> {
    const steps = this.steps;
    this.steps = 0;
    yield { kind: "runaway", steps };
  }

  /** Forwards an applet's yields, restarting the step count whenever simulated time passes. */
  *timed<T>(gen: Gen<T>): Gen<T> {
    for (let r = gen.next(); ; r = gen.next()) {
      if (r.done) return r.value;
      if (r.value.kind === "sleep") this.steps = 0;
      yield r.value;
    }
  }
}
