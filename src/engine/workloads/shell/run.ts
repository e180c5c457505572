/**
 * Entry points for the simulator: run a container's argv (or a probe's, or a hook's) as a
 * generator on simulated time, or run one to completion ignoring time.
 */
import type { Script } from "./ast";
import { isShell, lookupApplet } from "./commands";
import { Input } from "./io";
import { Shell } from "./interpreter";
import { invokeShell } from "./invoke";
import { parseCached } from "./parser";
import { baseName, resolvePath } from "./paths";
import { DEFAULT_STEP_BUDGET, Runtime } from "./runtime";
import type { IO } from "./runtime";
import type { Delivery } from "./tasks";
import { ShellState } from "./state";
import type { ShellExit, ShellHost, ShellYield } from "./types";

/**
 * Runs a container's argv (command ++ args, already joined by the caller), the way the container
 * runtime would exec it:
 * - argv[0] a shell (sh, ash, bash, dash; bare or in a bin directory such as /bin/sh): ash
 *   command-line rules, so `-c SCRIPT [NAME [ARG]...]`, a script file, or stdin (empty).
 * - argv[0] an applet (bare, or in a standard bin directory: `sleep`, `/usr/bin/wget`): runs it.
 * - argv[0] a path to a file in the container's filesystem: runs it by its `#!` line if that
 *   names a shell; a file without one cannot be exec'd (`exec format error`).
 * - anything else cannot start: exit 127, `startError` and output set to the runtime's message,
 *   `exec: "badcommand": executable file not found in $PATH`. This differs from a shell, where the
 *   same command gives `sh: badcommand: not found`.
 * The host environment is passed through unchanged; the working directory is host.workingDir.
 */
export function runArgv(argv: string[], host: ShellHost, opts?: { stepBudget?: number }): Generator<ShellYield, ShellExit, void> {
  return runMain(new Runtime(host, invokeShell, opts?.stepBudget ?? DEFAULT_STEP_BUDGET), argv);
}

/**
 * A running argv and its processes: the generator to drive, and the ways in from outside
 * (signals from the kubelet or from other processes of the container: exec probes, hooks).
 * Whatever a call changes shows when the generator is next resumed, which the caller should do
 * at once (the scheduler then counts the time that passed from the host's clock).
 */
export interface ShellRun {
  gen: Generator<ShellYield, ShellExit, void>;
  /**
   * Sends signal `signo` to process `pid`. `external`: from outside the container's PID
   * namespace, as the kubelet's stop signal and SIGKILL are. Says what became of it.
   */
  signal(pid: number, signo: number, external: boolean): Delivery;
  /** killall NAME from another process of the container: false if none has that name. */
  signalName(name: string, signo: number): boolean;
  alive(name: string): boolean;
  /** What PID 1 runs now: "sh", or "sleep" after `exec sleep`. */
  readonly program: string;
}

export function startArgv(argv: string[], host: ShellHost, opts?: { stepBudget?: number }): ShellRun {
  const rt = new Runtime(host, invokeShell, opts?.stepBudget ?? DEFAULT_STEP_BUDGET);
  return {
    gen: runMain(rt, argv),
    signal: (pid, signo, external) => {
      const t = rt.procs.byPid(pid);
      return t ? rt.procs.deliver(t, signo, external) : "nosuch";
    },
    signalName: (name, signo) => rt.signalName(name, signo),
    alive: (name) => rt.alive(name),
    get program() {
      return rt.procs.main?.program ?? baseName(argv[0] ?? "");
    },
  };
}

function* runMain(rt: Runtime, argv: string[]): Generator<ShellYield, ShellExit, void> {
  const host = rt.host;
  const io: IO = { in: new Input(""), out: rt.sink.stdout, err: rt.sink.stderr };
  const cwd = host.workingDir ?? "/";
  const env = { ...host.env };
  const exit = (code: number, startError?: string): ShellExit =>
    // A start error is the runtime's, not the container's: it is reported but never streamed as a log.
    startError === undefined ? { code, ...rt.sink.result() } : { code, stdout: "", stderr: startError, output: startError, startError };
  // The container's process: PID 1 of its namespace, becoming the shell or program argv names.
  const procs = rt.procs;
  const name = argv[0] ?? "";
  // A command the image does not have (busybox has no bash) cannot be exec'd.
  if (host.lacks?.(baseName(name))) return exit(127, `exec: "${name}": executable file not found in $PATH`);
  if (isShell(name)) return exit(yield* procs.runMain(invokeShell(rt, argv, io, env, cwd)));
  if (lookupApplet(name)) {
    const shell = new Shell(rt, new ShellState(name, env, [], cwd), baseName(name));
    return exit(yield* procs.runMain(shell.execArgv(argv, io, env)));
  }
  if (name.includes("/")) {
    const path = resolvePath(cwd, name);
    const text = rt.fs.isDir(path) ? undefined : rt.fs.read(path);
    if (text === undefined) return exit(127, `exec: "${name}": stat ${name}: no such file or directory`);
    const shebang = /^#!\s*(\S+)(?:[ \t]+(\S+))?/.exec(text);
    if (!shebang) return exit(126, `exec: "${name}": exec format error`);
    const interpreter = baseName(shebang[1]) === "env" && shebang[2] ? shebang[2] : shebang[1];
    if (!isShell(interpreter)) return exit(127, `exec: "${interpreter}": executable file not found in $PATH`);
    return exit(yield* procs.runMain(invokeShell(rt, [interpreter, name, ...argv.slice(1)], io, env, cwd)));
  }
  return exit(127, `exec: "${name}": executable file not found in $PATH`);
}

/** More sleeps than this without finishing means the script will not finish: report it as runaway. */
const MAX_SLEEPS = 10_000;

/**
 * Runs a generator to completion ignoring time (for exec probes and hooks that must finish
 * instantly): sleeps are skipped but their total is returned. If it yields steady or runaway,
 * it stops and reports it. An infinite sleep (`sleep infinity`, `tail -f`) can never end and is
 * reported as blocked "steady" with sleptSeconds Infinity; a script still sleeping after 10,000
 * sleeps (a counting loop that never ends) is reported as "runaway".
 */
export function runToCompletion(gen: Generator<ShellYield, ShellExit, void>): { exit?: ShellExit; sleptSeconds: number; blocked?: "steady" | "runaway" } {
  let slept = 0;
  let sleeps = 0;
  const stop = (blocked: "steady" | "runaway"): { sleptSeconds: number; blocked: "steady" | "runaway" } => {
    gen.return(undefined as unknown as ShellExit);
    return { sleptSeconds: slept, blocked };
  };
  for (;;) {
    const r = gen.next();
    if (r.done) return { exit: r.value, sleptSeconds: slept };
    const y = r.value;
    if (y.kind !== "sleep") return stop(y.kind);
    if (!Number.isFinite(y.seconds)) {
      slept = Infinity;
      return stop("steady");
    }
    if (++sleeps > MAX_SLEEPS) return stop("runaway");
    slept += y.seconds;
  }
}

/**
 * Parses a script once (cached by its text) so repeated exec probes are cheap. The error text is
 * ash's without the program-name prefix (`syntax error: unexpected "done"`); a running shell
 * prints it as `sh: syntax error: unexpected "done"`.
 */
export function parseScript(src: string): { ast: Script } | { error: string } {
  return parseCached(src);
}
