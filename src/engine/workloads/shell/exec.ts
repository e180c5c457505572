/**
 * Running a program as a shell does after PATH lookup: an applet, a nested shell, or a file from
 * the container's filesystem. Functions and builtins were already ruled out by the caller.
 */
import type { Applet, AppletContext } from "./applet";
import { isShell, lookupApplet } from "./commands";
import type { Shell } from "./interpreter";
import { baseName, resolvePath } from "./paths";
import type { Gen, IO } from "./runtime";

/** `via` names the builtin that asked (exec), for its error message. */
export function* execProgram(sh: Shell, argv: string[], io: IO, env: Record<string, string>, via?: string): Gen<number> {
  const name = argv[0];
  const { rt, state } = sh;
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

function* runApplet(sh: Shell, applet: Applet, argv: string[], io: IO, env: Record<string, string>): Gen<number> {
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
  };
  const r = applet(ctx);
  return typeof r === "number" ? r : yield* sh.rt.timed(r);
}
