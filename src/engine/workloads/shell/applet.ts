/**
 * The contract every applet (busybox command) implements. Most applets finish at once and
 * return their exit status; the few that take simulated time (sleep, wget timeouts, nested
 * shells) return a generator instead, so the common path costs no generator at all.
 */
import type { Input, Writer } from "./io";
import type { ShellFs, ShellHost } from "./types";
import type { TaskGen } from "./tasks";
import { resolvePath } from "./paths";

export interface AppletContext {
  argv: string[];
  stdin: Input;
  out: Writer;
  err: Writer;
  host: ShellHost;
  /** The host's filesystem behind the interpreter's change tracking. */
  fs: ShellFs;
  /** The exported environment this command sees. */
  env: Record<string, string>;
  cwd: string;
  /**
   * Prefix for messages of applets that are ash builtins (echo, printf, test, kill): busybox
   * prints its applet name ("sh"), not the shell's $0.
   */
  shellName: string;
  /**
   * Runs another command (for `env CMD`, awk's system()): applets, shells and scripts, no shell
   * functions. `io` replaces any of this command's streams (awk's `"cmd" | getline` reads what
   * the command writes).
   */
  exec(argv: string[], env: Record<string, string>, io?: Partial<AppletIO>): TaskGen<number>;
  /**
   * Spends `n` steps of the process's runaway budget (runtime.ts), as the shell spends one per
   * command: true once the budget is used up, and the applet must then `yield* runaway()`. For
   * applets that loop on their own (awk's while, yes).
   */
  spend(n: number): boolean;
  runaway(): TaskGen<void>;
  /** The container's processes, as kill, killall and nginx -s reach them. */
  procs: ProcessControl;
}

export interface AppletIO {
  in: Input;
  out: Writer;
  err: Writer;
}

/** Signals between a container's processes (kill(2) as seen from inside the container). */
export interface ProcessControl {
  /** kill(PID, SIG): false when no such process (ESRCH). 0 and negative PIDs address process groups. */
  signal(pid: number, signo: number): boolean;
  /** Signals every process called `name` (killall); false when there is none. */
  signalName(name: string, signo: number): boolean;
  /** A process called `name` exists (killall -0, pidof). */
  alive(name: string): boolean;
}

export type AppletResult = number | TaskGen<number>;
export type Applet = (ctx: AppletContext) => AppletResult;

export function pathOf(ctx: AppletContext, p: string): string {
  return resolvePath(ctx.cwd, p);
}

export interface ParsedOptions {
  flags: Map<string, string | true>;
  operands: string[];
  /** The first unknown option letter, if any. */
  bad?: string;
}

/**
 * getopt(3)-style parsing: `spec` lists option letters, a trailing ":" marks one that takes a
 * value ("qO:T:"). Options stop at "--" or the first operand unless `permute` (GNU style, as
 * wget and curl do).
 */
export function getopt(args: string[], spec: string, permute = false): ParsedOptions {
  const flags = new Map<string, string | true>();
  const operands: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--") {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (!a.startsWith("-") || a === "-") {
      if (!permute) {
        operands.push(...args.slice(i));
        break;
      }
      operands.push(a);
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const letter = a[j];
      const at = spec.indexOf(letter);
      if (at < 0 || letter === ":") return { flags, operands, bad: letter };
      if (spec[at + 1] === ":") {
        const value = j + 1 < a.length ? a.slice(j + 1) : args[++i];
        if (value === undefined) return { flags, operands, bad: letter };
        flags.set(letter, value);
        break;
      }
      flags.set(letter, true);
    }
  }
  return { flags, operands };
}

/** `applet: message\n` on stderr, returning the status so callers can `return fail(...)`. */
export function fail(ctx: AppletContext, name: string, message: string, status = 1): number {
  ctx.err.write(`${name}: ${message}\n`);
  return status;
}
