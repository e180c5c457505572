/**
 * Starting a shell: ash's command-line handling (-c SCRIPT [NAME [ARG]...], a script file, or
 * stdin), then parsing and running the script. Syntax errors follow ash, which parses and runs
 * one line at a time: the lines before the bad one still run.
 */
import { Shell } from "./interpreter";
import { MAX_NESTING, parseCached } from "./parser";
import { baseName, resolvePath } from "./paths";
import type { Gen, IO, Runtime } from "./runtime";
import { ShellState } from "./state";
import type { ShellOptions } from "./state";

const LETTERS: Record<string, keyof ShellOptions> = { e: "errexit", x: "xtrace", u: "nounset", f: "noglob" };
const NAMES = new Set<string>(["errexit", "xtrace", "nounset", "noglob"]);
const SHELL_WEIGHT = 2;
/** Letters ash accepts that change nothing observable here. */
const IGNORED = "ilmvhabCnEsp";

export function* invokeShell(rt: Runtime, argv: string[], io: IO, env: Record<string, string>, cwd: string): Gen<number> {
  const self = argv[0];
  const options: [keyof ShellOptions, boolean][] = [];
  let command = false;
  let fromStdin = false;
  let i = 1;
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--" || a === "-") {
      i++;
      break;
    }
    if (a.startsWith("--")) continue; // bash long options (--login, --norc): accepted, ignored
    if (!/^[-+]./.test(a)) break;
    const on = a[0] === "-";
    for (const f of a.slice(1)) {
      if (f === "c") command = true;
      else if (f === "s") fromStdin = true;
      else if (f === "o") {
        const name = argv[++i] ?? "";
        if (NAMES.has(name)) options.push([name as keyof ShellOptions, on]);
      } else if (LETTERS[f]) options.push([LETTERS[f], on]);
      else if (!IGNORED.includes(f)) {
        io.err.write(`${self}: illegal option -${f}\n`);
        return 2;
      }
    }
  }

  let source: string;
  let arg0 = self;
  let params: string[];
  if (command) {
    if (i >= argv.length) {
      io.err.write(`${self}: -c requires an argument\n`);
      return 2;
    }
    source = argv[i];
    arg0 = argv[i + 1] ?? self;
    params = argv.slice(i + 2);
  } else if (i < argv.length && !fromStdin) {
    const file = argv[i];
    const text = rt.fs.isDir(resolvePath(cwd, file)) ? undefined : rt.fs.read(resolvePath(cwd, file));
    if (text === undefined) {
      io.err.write(`${self}: can't open '${file}': No such file or directory\n`);
      return 2;
    }
    source = text;
    arg0 = file;
    params = argv.slice(i + 1);
  } else {
    // A container's stdin is empty unless `stdin: true`, so a bare `sh` usually exits at once.
    source = io.in.readAll();
    params = argv.slice(i);
  }

  // A shell costs about twice the JS stack of other nesting levels, so it counts double.
  if (rt.depth + SHELL_WEIGHT > MAX_NESTING) {
    io.err.write(`${self}: nesting too deep\n`);
    return 2;
  }
  rt.depth += SHELL_WEIGHT;
  try {
    return yield* run(rt, source, arg0, self, params, options, io, env, cwd, command);
  } finally {
    rt.depth -= SHELL_WEIGHT;
  }
}

function* run(rt: Runtime, source: string, arg0: string, self: string, params: string[], options: [keyof ShellOptions, boolean][], io: IO, env: Record<string, string>, cwd: string, fromArg: boolean): Gen<number> {
  const state = new ShellState(arg0, env, params, cwd);
  // The container's command, or `exec sh`: this shell is the process. Otherwise a forked child.
  const task = rt.procs.current;
  if (task.execPending) rt.procs.becomeShell(task, state, baseName(self));
  else state.rootPid = rt.procs.allocPid();
  if (state.get("PWD") === undefined) {
    state.set("PWD", cwd);
    state.export("PWD");
  }
  for (const [name, on] of options) state.setOption(name, on);
  const shell = new Shell(rt, state, baseName(self));
  const parsed = parseCached(source);
  // ash evalstring(minusc, EV_EXIT): the last command of `sh -c` may replace the shell, if the
  // parser met the end of the text right after it (not after a newline: parser_eof()).
  const tail = fromArg && !rt.host.forksLastCommand && !/\n[ \t]*(?:#[^\n]*)?$/.test(source);
  if (!("error" in parsed)) return yield* shell.runScript(parsed.ast, io, tail);
  const status = yield* shell.runScript(parsed.before, io);
  if (shell.exited) return status;
  io.err.write(`${arg0}: ${parsed.error}\n`);
  return 2;
}
