/**
 * What one container process shares across every shell it starts (nested `sh -c`, subshells,
 * scripts): the host, the tracked filesystem, the output sink and the step budget.
 */
import type { Input, Writer } from "./io";
import { OutputSink } from "./io";
import { TrackedFs } from "./tracked-fs";
import type { ShellHost } from "./types";
import { Scheduler, type Task, type TaskGen } from "./tasks";
import { signalName } from "./signals";
import type { ProcessControl } from "./applet";

export type Gen<T> = TaskGen<T>;

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

export class Runtime implements ProcessControl {
  /** Steps since time last passed (a sleep was yielded). */
  steps = 0;
  /** Nesting of function calls, subshells and shells, bounded so the JS stack cannot run out. */
  depth = 0;
  readonly fs: TrackedFs;
  readonly sink: OutputSink;
  /** The processes (PID 1 and background jobs) and the clock they share. */
  readonly procs: Scheduler;

  constructor(
    readonly host: ShellHost,
    private readonly launcher: ShellLauncher,
    readonly budget: number = DEFAULT_STEP_BUDGET,
  ) {
    this.fs = new TrackedFs(host.fs, host.fsVersion ? () => host.fsVersion!() : undefined);
    this.sink = new OutputSink(host.onOutput ? (fd, t) => host.onOutput!(fd, t) : undefined);
    this.procs = new Scheduler(this);
  }

  // ---- ProcessControl: kill(2) from one of this shell's processes -----------------------------

  signal(pid: number, signo: number): boolean {
    const procs = this.procs;
    if (pid > 0) {
      const t = procs.byPid(pid);
      if (t) return procs.deliver(t, signo, false) !== "nosuch";
      return this.host.signalPid?.(pid, signo === 0 ? "0" : signalName(signo)) ?? false;
    }
    // No job control: every process of the container is in PID 1's process group, so 0 and -1
    // (everyone but init and the sender) reach them all; another group does not exist.
    if (pid < -1) return false;
    const self = procs.current;
    const targets = procs.tasks.filter((t) => pid === 0 || (t.pid !== 1 && t !== self));
    return this.deliverAll(targets, (t) => procs.deliver(t, signo, false)) > 0;
  }

  signalName(name: string, signo: number): boolean {
    const procs = this.procs;
    const own = this.named(name);
    this.deliverAll(own, (t) => (this.isNamed(t, name) ? procs.deliver(t, signo, false) : procs.deliverToForeground(t, signo)));
    const outside = this.host.signalProcess(name, signo === 0 ? "0" : signalName(signo));
    return own.length > 0 || outside;
  }

  alive(name: string): boolean {
    return this.named(name).length > 0 || this.host.processAlive(name);
  }

  /**
   * This shell's processes called `name`: a task that is that program or a shell of that name, or
   * whose foreground child it is. Not the caller itself (busybox killall skips its own PID; an
   * exec'd `nginx -s quit` is not the master it signals).
   */
  private named(name: string): Task[] {
    return this.procs.tasks.filter((t) => this.isNamed(t, name) || t.fg?.name === name);
  }

  private isNamed(t: Task, name: string): boolean {
    return t.program === name && !(t === this.procs.current && t.proc === null);
  }

  /** Signals `targets`, the sender itself last (a signal that kills it ends it at once). */
  private deliverAll(targets: Task[], send: (t: Task) => unknown): number {
    const self = this.procs.current;
    for (const t of targets) if (t !== self) send(t);
    if (targets.includes(self)) send(self);
    return targets.length;
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
