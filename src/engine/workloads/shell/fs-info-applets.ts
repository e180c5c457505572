/**
 * stat (busybox 1.36 coreutils/stat.c), readlink (coreutils/readlink.c) and find
 * (findutils/find.c, its common primaries). podplay's filesystem keeps contents only, so what it
 * has no record of is what `ls -l` shows too: files 0644 and directories 0755, owned by root,
 * changed now; there are no symbolic links.
 */
import type { AppletContext, AppletResult } from "./applet";
import { fail, getopt, pathOf } from "./applet";
import { formatInteger, formatString } from "./cformat";
import { globRegExp } from "./glob";
import { utf8Bytes } from "./hash-applets";
import { Input } from "./io";
import { baseName, parentDir, resolvePath } from "./paths";
import { DEFAULT_UNIX_EPOCH_OFFSET, strftime } from "./sys-applets";
import type { TaskGen } from "./tasks";
import { fnv1a } from "../../util/hash";

interface Meta {
  dir: boolean;
  size: number;
  mode: number;
  inode: number;
  links: number;
  time: number;
}

function meta(ctx: AppletContext, path: string): Meta | null {
  if (!ctx.fs.exists(path)) return null;
  const dir = ctx.fs.isDir(path);
  const size = dir ? 4096 : utf8Bytes(ctx.fs.read(path) ?? "").length;
  return {
    dir,
    size,
    mode: dir ? 0o40755 : 0o100644,
    inode: (fnv1a(path) % 9_000_000) + 1_000_000,
    links: dir ? 2 : 1,
    time: Math.floor((ctx.host.unixEpochOffset ?? DEFAULT_UNIX_EPOCH_OFFSET) + ctx.host.now()),
  };
}

function modeString(m: Meta): string {
  const bits = m.mode & 0o777;
  let s = m.dir ? "d" : "-";
  for (let shift = 6; shift >= 0; shift -= 3) {
    const b = (bits >> shift) & 7;
    s += (b & 4 ? "r" : "-") + (b & 2 ? "w" : "-") + (b & 1 ? "x" : "-");
  }
  return s;
}

/** human_time(): 2026-01-01 00:00:00.000000000 +0000. */
function humanTime(t: number): string {
  return strftime("%Y-%m-%d %H:%M:%S", t) + ".000000000 +0000";
}

const DEFAULT_FORMAT = "  File: %N\n  Size: %-10s\tBlocks: %-10b IO Block: %-6o %F\nDevice: %Dh/%dd\tInode: %-10i  Links: %h\nAccess: (%04a/%10.10A)  Uid: (%5u/%8U)   Gid: (%5g/%8G)\nAccess: %x\nModify: %y\nChange: %z";
const TERSE_FORMAT = "%n %s %b %f %u %g %D %i %h %t %T %X %Y %Z %o";
/** The overlay filesystem's device, as a container sees its root. */
const DEVICE = 0x2d;

/** print_it() with print_stat(): each %spec with its printf modifiers, then a newline. */
function statFormat(format: string, name: string, m: Meta): string {
  let out = "";
  let i = 0;
  while (i < format.length) {
    const p = format.indexOf("%", i);
    if (p < 0) {
      out += format.slice(i);
      break;
    }
    out += format.slice(i, p);
    const mods = /^[#\-+.I 0-9]*/.exec(format.slice(p + 1))![0];
    const c = format[p + 1 + mods.length];
    i = p + 2 + mods.length;
    if (c === undefined || c === "%") {
      out += "%";
      continue;
    }
    const fm = /^([#\-+ 0]*)(\d*)(?:\.(\d*))?/.exec(mods)!;
    const spec = (conv: string) => ({ flags: fm[1], width: fm[2] ? Number(fm[2]) : null, precision: fm[3] !== undefined ? Number(fm[3] || "0") : null, conv });
    const num = (n: number, conv = "d") => formatInteger(spec(conv), BigInt(n));
    const str = (s: string) => formatString(spec("s"), s);
    switch (c) {
      case "n":
      case "N":
        out += str(name);
        break;
      case "d":
        out += num(DEVICE);
        break;
      case "D":
        out += num(DEVICE, "x");
        break;
      case "i":
        out += num(m.inode);
        break;
      case "a":
        out += num(m.mode & 0o7777, "o");
        break;
      case "A":
        out += str(modeString(m));
        break;
      case "f":
        out += num(m.mode, "x");
        break;
      case "F":
        out += str(m.dir ? "directory" : m.size === 0 ? "regular empty file" : "regular file");
        break;
      case "h":
        out += num(m.links);
        break;
      case "u":
      case "g":
        out += num(0);
        break;
      case "U":
      case "G":
        out += str("root");
        break;
      case "t":
      case "T":
        out += num(0, "x");
        break;
      case "s":
        out += num(m.size);
        break;
      case "B":
        out += num(512);
        break;
      case "b":
        out += num(Math.ceil(m.size / 4096) * 8);
        break;
      case "o":
        out += num(4096);
        break;
      case "x":
      case "y":
      case "z":
        out += str(humanTime(m.time));
        break;
      case "X":
      case "Y":
      case "Z":
        out += num(m.time);
        break;
      default:
        out += formatString(spec("c"), c);
    }
  }
  return out + "\n";
}

/** stat [-tL] [-c FMT] FILE... */
export function stat(ctx: AppletContext): number {
  const o = getopt(ctx.argv.slice(1), "tLfc:");
  if (o.bad !== undefined || o.operands.length === 0) {
    ctx.err.write("Usage: stat [-ltf] [-c FMT] FILE...\n");
    return 1;
  }
  const format = typeof o.flags.get("c") === "string" ? String(o.flags.get("c")) : o.flags.has("t") ? TERSE_FORMAT : DEFAULT_FORMAT;
  let ok = true;
  let out = "";
  for (const f of o.operands) {
    const m = meta(ctx, pathOf(ctx, f));
    if (!m) {
      ctx.out.write(out);
      out = "";
      ctx.err.write(`stat: can't stat '${f}': No such file or directory\n`);
      ok = false;
      continue;
    }
    out += statFormat(format, f, m);
  }
  ctx.out.write(out);
  return ok ? 0 : 1;
}

/** readlink [-fenv] FILE: nothing is a symbolic link here; -f and -e print the canonical path. */
export function readlink(ctx: AppletContext): number {
  const o = getopt(ctx.argv.slice(1), "fenvsq");
  if (o.bad !== undefined || o.operands.length !== 1) {
    ctx.err.write("Usage: readlink [-fnv] FILE\n");
    return 1;
  }
  const f = o.operands[0];
  const nl = o.flags.has("n") ? "" : "\n";
  if (o.flags.has("f") || o.flags.has("e")) {
    const p = pathOf(ctx, f);
    const exists = o.flags.has("e") ? ctx.fs.exists(p) : ctx.fs.isDir(parentDir(p));
    if (!exists) return 1;
    ctx.out.write(p + nl);
    return 0;
  }
  if (o.flags.has("v")) ctx.err.write(`readlink: ${f}: ${ctx.fs.exists(pathOf(ctx, f)) ? "Invalid argument" : "No such file or directory"}\n`);
  return 1;
}

// ---- find --------------------------------------------------------------------------------------

type Test = (path: string, name: string, depth: number) => boolean;

interface FindPlan {
  tests: Test[];
  actions: ({ kind: "print"; sep: string } | { kind: "exec"; argv: string[]; batch: boolean } | { kind: "delete" })[];
  maxdepth: number;
  mindepth: number;
}

/**
 * find [PATH]... [-name|-iname|-path PAT] [-type f|d] [-maxdepth N] [-mindepth N] [-print|-print0|
 * -exec CMD {} ;|-exec CMD {} +|-delete]: the tests all hold (an implicit -a); without an action
 * each match is printed. Directories are walked in name order.
 */
export function find(ctx: AppletContext): AppletResult {
  const args = ctx.argv.slice(1);
  let i = 0;
  const roots: string[] = [];
  while (i < args.length && !args[i].startsWith("-") && args[i] !== "!" && args[i] !== "(") roots.push(args[i++]);
  if (roots.length === 0) roots.push(".");
  const plan: FindPlan = { tests: [], actions: [], maxdepth: Infinity, mindepth: 0 };
  for (; i < args.length; i++) {
    const a = args[i];
    const value = (): string | undefined => args[++i];
    switch (a) {
      case "-name":
      case "-iname":
      case "-path": {
        const pat = value();
        if (pat === undefined) return fail(ctx, "find", `${a}: requires an argument`);
        const re = new RegExp(globRegExp(pat).source, a === "-iname" ? "i" : "");
        plan.tests.push(a === "-path" ? (p) => re.test(p) : (_p, n) => re.test(n));
        break;
      }
      case "-type": {
        const t = value();
        if (t !== "f" && t !== "d") return fail(ctx, "find", `bad arg '${t ?? ""}'`);
        plan.tests.push((p) => ctx.fs.isDir(pathOf(ctx, p)) === (t === "d"));
        break;
      }
      case "-maxdepth":
      case "-mindepth": {
        const n = value();
        if (n === undefined || !/^\d+$/.test(n)) return fail(ctx, "find", `invalid number '${n ?? ""}'`);
        if (a === "-maxdepth") plan.maxdepth = Number(n);
        else plan.mindepth = Number(n);
        break;
      }
      case "-print":
      case "-print0":
        plan.actions.push({ kind: "print", sep: a === "-print" ? "\n" : "\0" });
        break;
      case "-delete":
        plan.actions.push({ kind: "delete" });
        break;
      case "-exec": {
        const cmd: string[] = [];
        for (i++; i < args.length && args[i] !== ";" && !(args[i] === "+" && args[i - 1] === "{}"); i++) cmd.push(args[i]);
        if (i >= args.length) return fail(ctx, "find", "-exec CMD must end by ';' or '+'");
        plan.actions.push({ kind: "exec", argv: cmd, batch: args[i] === "+" });
        break;
      }
      case "-a":
      case "-and":
        break;
      default:
        return fail(ctx, "find", `unrecognized: ${a}`);
    }
  }
  if (plan.actions.length === 0) plan.actions.push({ kind: "print", sep: "\n" });
  return (function* (): TaskGen<number> {
    let status = 0;
    const batch = new Map<number, string[]>();
    const visit = function* (shown: string, depth: number): TaskGen<void> {
      const p = resolvePath(ctx.cwd, shown);
      if (depth >= plan.mindepth && plan.tests.every((t) => t(shown, baseName(shown), depth))) {
        for (const [k, act] of plan.actions.entries()) {
          if (act.kind === "print") ctx.out.write(shown + act.sep);
          else if (act.kind === "delete") ctx.fs.remove(p);
          else if (act.batch) batch.set(k, [...(batch.get(k) ?? []), shown]);
          else {
            const argv = act.argv.map((w) => w.split("{}").join(shown));
            if ((yield* ctx.exec(argv, ctx.env, { in: new Input("") })) !== 0) status = 1;
          }
        }
      }
      if (ctx.fs.isDir(p) && depth < plan.maxdepth) {
        for (const name of [...ctx.fs.list(p)].sort()) yield* visit(shown.endsWith("/") ? shown + name : `${shown}/${name}`, depth + 1);
      }
    };
    for (const r of roots) {
      if (!ctx.fs.exists(pathOf(ctx, r))) {
        ctx.err.write(`find: ${r}: No such file or directory\n`);
        status = 1;
        continue;
      }
      yield* visit(r, 0);
    }
    for (const [k, found] of batch) {
      const act = plan.actions[k] as { argv: string[] };
      const at = act.argv.indexOf("{}");
      const argv = [...act.argv.slice(0, at), ...found, ...act.argv.slice(at + 1)];
      if ((yield* ctx.exec(argv, ctx.env, { in: new Input("") })) !== 0) status = 1;
    }
    return status;
  })();
}
