/**
 * Builtins that act on the shell itself (variables, options, control flow, directory), which is
 * why they cannot be applets. `special` ones follow POSIX special-builtin rules: assignments in
 * front of them persist. Errors a non-interactive ash treats as fatal are thrown as ShellError.
 */
import type { Shell } from "./interpreter";
import { ExitSignal, LoopSignal, ReturnSignal, ShellError } from "./errors";
import { APPLETS, appletPath, isShell } from "./commands";
import { resolvePath } from "./paths";
import type { Gen, IO } from "./runtime";
import { trap } from "./traps";
import { jobs, kill, wait } from "./jobs";

export interface Builtin {
  special: boolean;
  run(sh: Shell, argv: string[], io: IO): number | Gen<number>;
}

function count(name: string, arg: string | undefined, fallback: number): number {
  if (arg === undefined) return fallback;
  if (!/^\d+$/.test(arg)) throw new ShellError(`${name}: Illegal number: ${arg}`);
  return Number(arg);
}

const quote = (v: string): string => `'${v.replace(/'/g, `'"'"'`)}'`;

function loopControl(kind: "break" | "continue"): Builtin {
  return {
    special: true,
    run(sh, argv) {
      const n = count(kind, argv[1], 1);
      if (n === 0) throw new ShellError(`${kind}: Illegal number: 0`);
      if (sh.loopDepth === 0) return 0;
      throw new LoopSignal(kind, Math.min(n, sh.loopDepth));
    },
  };
}

function cd(sh: Shell, argv: string[], io: IO): number {
  const s = sh.state;
  let target = argv[1] ?? s.get("HOME") ?? "/";
  if (target === "-") {
    target = s.get("OLDPWD") ?? s.cwd;
    io.out.write(target + "\n");
  }
  const path = resolvePath(s.cwd, target);
  if (!sh.rt.fs.isDir(path)) {
    io.err.write(`${s.arg0}: cd: can't cd to ${target}: ${sh.rt.fs.exists(path) ? "Not a directory" : "No such file or directory"}\n`);
    return 2;
  }
  s.set("OLDPWD", s.cwd);
  s.cwd = path;
  s.set("PWD", path);
  return 0;
}

function exportOrReadonly(sh: Shell, argv: string[], io: IO, name: string): number {
  const s = sh.state;
  const args = argv.slice(1).filter((a) => a !== "-p");
  if (args.length === 0) {
    for (const [k, v] of s.variables()) if (name === "readonly" || s.isExported(k)) io.out.write(`${name} ${k}=${quote(v)}\n`);
    return 0;
  }
  for (const a of args) {
    const eq = a.indexOf("=");
    const key = eq < 0 ? a : a.slice(0, eq);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) throw new ShellError(`${name}: ${key}: bad variable name`);
    if (eq >= 0) s.set(key, a.slice(eq + 1));
    if (name === "export") s.export(key);
  }
  return 0;
}

function local(sh: Shell, argv: string[], io: IO): number {
  const frame = sh.localFrames[sh.localFrames.length - 1];
  if (!frame) {
    io.err.write(`${sh.state.arg0}: local: not in a function\n`);
    return 2;
  }
  for (const a of argv.slice(1)) {
    const eq = a.indexOf("=");
    const key = eq < 0 ? a : a.slice(0, eq);
    if (!frame.has(key)) frame.set(key, sh.state.get(key));
    if (eq >= 0) sh.state.set(key, a.slice(eq + 1));
  }
  return 0;
}

const OPTION_LETTERS: Record<string, "errexit" | "xtrace" | "nounset" | "noglob"> = { e: "errexit", x: "xtrace", u: "nounset", f: "noglob" };
const OPTION_NAMES = new Set(["errexit", "xtrace", "nounset", "noglob"]);

function set(sh: Shell, argv: string[], io: IO): number {
  const s = sh.state;
  const args = argv.slice(1);
  if (args.length === 0) {
    for (const [k, v] of s.variables()) io.out.write(`${k}=${quote(v)}\n`);
    return 0;
  }
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i];
    if (a === "--") {
      i++;
      s.positional = args.slice(i);
      return 0;
    }
    if (!/^[-+]./.test(a)) break;
    const on = a[0] === "-";
    for (const letter of a.slice(1)) {
      if (letter === "o") {
        const opt = args[++i];
        if (opt === undefined) {
          for (const n of OPTION_NAMES) io.out.write(`${n.padEnd(15)} ${s.opts[n as "errexit"] ? "on" : "off"}\n`);
        } else if (OPTION_NAMES.has(opt)) s.setOption(opt as "errexit", on);
        else if (opt !== "pipefail" && opt !== "posix") throw new ShellError(`set: illegal option -o ${opt}`);
      } else if (OPTION_LETTERS[letter]) s.setOption(OPTION_LETTERS[letter], on);
      else if (!"vCamb".includes(letter)) throw new ShellError(`set: illegal option -${letter}`);
    }
  }
  if (i < args.length) s.positional = args.slice(i);
  return 0;
}

function read(sh: Shell, argv: string[], io: IO): number {
  let raw = false;
  const names: string[] = [];
  const args = argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "-r") raw = true;
    else if (a === "-p") io.err.write(args[++i] ?? "");
    else if (a === "-t" || a === "-n" || a === "-u" || a === "-d") i++;
    else if (!a.startsWith("-")) names.push(a);
  }
  if (names.length === 0) names.push("REPLY");
  let line = io.in.readLine();
  const eof = line === null;
  if (!raw && line !== null) {
    while (line.endsWith("\\")) {
      const more = io.in.readLine();
      line = line.slice(0, -1) + (more ?? "");
      if (more === null) break;
    }
    line = line.replace(/\\(.)/g, "$1");
  }
  const ifs = sh.state.get("IFS") ?? " \t\n";
  const blank = (c: string | undefined): boolean => c !== undefined && ifs.includes(c) && " \t\n".includes(c);
  let rest = line ?? "";
  let a = 0;
  let b = rest.length;
  while (a < b && blank(rest[a])) a++;
  while (b > a && blank(rest[b - 1])) b--;
  rest = rest.slice(a, b);
  names.forEach((name, i) => {
    if (i === names.length - 1) {
      sh.state.set(name, rest);
      return;
    }
    let j = 0;
    while (j < rest.length && !ifs.includes(rest[j])) j++;
    sh.state.set(name, rest.slice(0, j));
    rest = rest.slice(j + 1);
    while (blank(rest[0])) rest = rest.slice(1);
  });
  return eof ? 1 : 0;
}

function describe(sh: Shell, name: string): string | null {
  if (sh.state.func(name)) return "function";
  if (BUILTINS.has(name) || name === "exec") return "builtin";
  if (APPLETS.has(name) || isShell(name)) return appletPath(name);
  return null;
}

/** command [-v|-V] NAME [ARG]...: runs NAME skipping functions, or says what it is. */
function* command(sh: Shell, argv: string[], io: IO): Gen<number> {
  const flag = argv[1] === "-v" || argv[1] === "-V" ? argv[1] : null;
  const names = argv.slice(flag ? 2 : 1);
  if (!flag) return names.length ? yield* sh.execArgv(names, io, sh.state.environment()) : 0;
  let status = 0;
  for (const n of names) {
    const kind = describe(sh, n);
    if (kind === null) {
      status = 127;
      if (flag === "-V") io.err.write(`${n}: not found\n`);
    } else if (flag === "-v") io.out.write(`${kind.startsWith("/") ? kind : n}\n`);
    else io.out.write(`${n} is ${kind.startsWith("/") ? kind : kind === "function" ? "a function" : "a shell builtin"}\n`);
  }
  return status;
}

function* source(sh: Shell, argv: string[], io: IO): Gen<number> {
  const file = argv[1];
  if (file === undefined) throw new ShellError(".: filename argument required");
  const text = sh.rt.fs.read(resolvePath(sh.state.cwd, file));
  if (text === undefined) throw new ShellError(`.: can't open '${file}'`);
  const params = sh.state.positional;
  if (argv.length > 2) sh.state.positional = argv.slice(2);
  try {
    return yield* sh.evalString(text, io, "");
  } finally {
    if (argv.length > 2) sh.state.positional = params;
  }
}

export const BUILTINS: ReadonlyMap<string, Builtin> = new Map<string, Builtin>([
  [":", { special: true, run: () => 0 }],
  [".", { special: true, run: source }],
  ["source", { special: true, run: source }],
  ["break", loopControl("break")],
  ["continue", loopControl("continue")],
  ["cd", { special: false, run: cd }],
  ["eval", { special: true, run: (sh, argv, io) => sh.evalString(argv.slice(1).join(" "), io) }],
  [
    "exit",
    {
      special: true,
      run(sh, argv) {
        throw new ExitSignal(count("exit", argv[1], sh.state.status) & 255);
      },
    },
  ],
  ["export", { special: true, run: (sh, argv, io) => exportOrReadonly(sh, argv, io, "export") }],
  ["readonly", { special: true, run: (sh, argv, io) => exportOrReadonly(sh, argv, io, "readonly") }],
  ["local", { special: true, run: local }],
  [
    "return",
    {
      special: true,
      run(sh, argv) {
        throw new ReturnSignal(count("return", argv[1], sh.state.status) & 255);
      },
    },
  ],
  ["set", { special: true, run: set }],
  [
    "shift",
    {
      special: true,
      run(sh, argv) {
        const n = count("shift", argv[1], 1);
        if (n > sh.state.positional.length) throw new ShellError("shift: can't shift that many");
        sh.state.positional = sh.state.positional.slice(n);
        return 0;
      },
    },
  ],
  [
    "unset",
    {
      special: true,
      run(sh, argv) {
        const functions = argv[1] === "-f";
        for (const n of argv.slice(1).filter((a) => a !== "-f" && a !== "-v")) {
          if (functions) sh.state.unsetFunction(n);
          else sh.state.unset(n);
        }
        return 0;
      },
    },
  ],
  ["trap", { special: true, run: trap }],
  ["read", { special: false, run: read }],
  ["wait", { special: false, run: wait }],
  ["jobs", { special: false, run: jobs }],
  ["kill", { special: false, run: kill }],
  ["umask", { special: false, run: (_sh, argv, io) => (argv.length === 1 ? (io.out.write("0022\n"), 0) : 0) }],
  ["ulimit", { special: false, run: (_sh, argv, io) => (argv.length === 1 ? (io.out.write("unlimited\n"), 0) : 0) }],
  ["hash", { special: false, run: () => 0 }],
  ["command", { special: false, run: command }],
  [
    "type",
    {
      special: false,
      run(sh, argv, io) {
        let status = 0;
        for (const n of argv.slice(1)) {
          const kind = describe(sh, n);
          if (kind === null) {
            io.out.write(`${n}: not found\n`);
            status = 127;
          } else io.out.write(`${n} is ${kind.startsWith("/") ? kind : kind === "function" ? "a function" : "a shell builtin"}\n`);
        }
        return status;
      },
    },
  ],
]);
