/**
 * Running a program as a shell does after PATH lookup: an applet, a nested shell, or a file from
 * the container's filesystem. Functions and builtins were already ruled out by the caller.
 */
import type { Applet, AppletContext } from "./applet";
import { isShell, lookupApplet } from "./commands";
import type { Shell } from "./interpreter";
import { baseName, resolvePath } from "./paths";
import type { Gen, IO } from "./runtime";
import { SIGINT, SIGPIPE, signalDescription } from "./signals";
import type { Task } from "./tasks";

/** `via` names the builtin that asked (exec), for its error message. */
export function* execProgram(sh: Shell, argv: string[], io: IO, env: Record<string, string>, via?: string): Gen<number> {
  const name = argv[0];
  const { rt, state } = sh;
  // The image's own commands only: podplay's shell knows bash and curl, busybox does not have them.
  if (rt.host.lacks?.(baseName(name))) {
    io.err.write(`${state.arg0}: ${via ? `${via}: ` : ""}${name}: not found\n`);
    return 127;
  }
  if (isShell(name)) return yield* rt.invokeShell(argv, io, env, state.cwd);
  const applet = lookupApplet(name);
  if (applet) return yield* runApplet(sh, applet, argv, io, env);
  if (name.includes("/")) {
    const path = resolvePath(state.cwd, name);
    if (rt.fs.isDir(path)) {
      io.err.write(`${state.arg0}: ${name}: Permission denied\n`);
      return 126;
    }
    const text = rt.fs.read(path);
    if (text !== undefined) return yield* runScriptFile(sh, argv, text, io, env);
  }
  io.err.write(`${state.arg0}: ${via ? `${via}: ` : ""}${name}: not found\n`);
  return 127;
}

/** A file run as a command: by its #! interpreter, or by sh when it has none (ash's ENOEXEC fallback). */
function* runScriptFile(sh: Shell, argv: string[], text: string, io: IO, env: Record<string, string>): Gen<number> {
  const shebang = /^#![ \t]*(\S+)(?:[ \t]+(\S+))?/.exec(text);
  let interpreter = shebang ? shebang[1] : "/bin/sh";
  if (shebang && baseName(interpreter) === "env" && shebang[2]) interpreter = shebang[2];
  if (!isShell(interpreter)) {
    io.err.write(`${sh.state.arg0}: ${argv[0]}: not found\n`);
    return 127;
  }
  return yield* sh.rt.invokeShell([interpreter, argv[0], ...argv.slice(1)], io, env, sh.state.cwd);
}

/** Whether `exec NAME` finds something to run (an applet, a shell, a file), so the shell is replaced. */
export function programExists(sh: Shell, name: string): boolean {
  if (isShell(name) || lookupApplet(name)) return true;
  if (!name.includes("/")) return false;
  const path = resolvePath(sh.state.cwd, name);
  return !sh.rt.fs.isDir(path) && sh.rt.fs.read(path) !== undefined;
}

/**
 * Runs an applet. Where the task was waiting to become what it runs (the container's command,
 * `exec`), the applet is the process from now on: signals act on it, not on a shell. Otherwise it
 * is a forked child the shell waits for (ash waitforjob): killall can reach it by name, and if a
 * signal kills it the shell goes on with 128+signo, saying so on stderr as ash's waitone does
 * (except for SIGINT and SIGPIPE).
 */
function* runApplet(sh: Shell, applet: Applet, argv: string[], io: IO, env: Record<string, string>): Gen<number> {
  const rt = sh.rt;
  const task = rt.procs.current;
  const name = baseName(argv[0]);
  if (task.execPending) rt.procs.becomeProgram(task, name);
  const ctx: AppletContext = {
    argv,
    stdin: io.in,
    out: io.out,
    err: io.err,
    host: sh.rt.host,
    fs: sh.rt.fs,
    env,
    cwd: sh.state.cwd,
    shellName: sh.shellName,
    exec: (a, e, o) => execProgram(sh, a, o ? { ...io, ...o } : io, e),
    spend: (n) => (sh.rt.steps += n) > sh.rt.budget,
    runaway: () => sh.rt.runaway(),
    procs: rt,
  };
  const r = applet(ctx);
  if (typeof r === "number") return r;
  if (task.proc === null) return yield* rt.timed(r);
  const fg: NonNullable<Task["fg"]> = { name, ended: null };
  const outer = task.fg;
  task.fg = fg;
  try {
    for (let x = r.next(); ; x = r.next()) {
      if (x.done) return x.value;
      if (x.value.kind === "sleep") rt.steps = 0;
      yield x.value;
      if (fg.ended) {
        r.return(0);
        const { status, signo } = fg.ended;
        if (signo && signo !== SIGINT && signo !== SIGPIPE) io.err.write(`${signalDescription(signo)}\n`);
        return status;
      }
    }
  } finally {
    task.fg = outer;
  }
}
