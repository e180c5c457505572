/**
 * The awk applet: busybox 1.36 awk_main() (editors/awk.c). Options `-F SEP`, `-v VAR=VAL`,
 * `-f FILE`, `-e PROGRAM` (repeatable), `-W` ignored; the program is the first operand unless
 * -f or -e gave one; the remaining operands are ARGV, files to read or VAR=VAL assignments.
 * Errors are busybox's: `awk: cmd. line:1: Unexpected token`, `awk: can't open 'f': ...`, each
 * with exit status 1.
 */
import type { AppletContext, AppletResult } from "../applet";
import { pathOf } from "../applet";
import { ShellLimitError } from "../limits";
import type { TaskGen } from "../tasks";
import { AwkFatal, AwkInterp, AwkRuntimeError } from "./interp";
import { AwkSyntaxError, unescape } from "./lexer";
import { parseProgram } from "./parser";
import type { Source } from "./parser";

const USAGE = `Usage: awk [OPTIONS] [AWK_PROGRAM] [FILE]...

	-v VAR=VAL	Set variable
	-F SEP		Use SEP as field separator
	-f FILE		Read program from FILE
	-e AWK_PROGRAM
`;

interface Options {
  fs?: string;
  vars: string[];
  files: string[];
  programs: string[];
  warnW: boolean;
  operands: string[];
}

/** getopt32 with "+F:v:*f:*e:*W:": options stop at the first operand. */
function parseOptions(args: string[]): Options | { bad: string } {
  const o: Options = { vars: [], files: [], programs: [], warnW: false, operands: [] };
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i];
    if (a === "--") {
      i++;
      break;
    }
    if (!a.startsWith("-") || a === "-") break;
    for (let j = 1; j < a.length; j++) {
      const letter = a[j];
      if (!"Fvfe W".includes(letter) || letter === " ") return { bad: `invalid option -- '${letter}'` };
      const value = j + 1 < a.length ? a.slice(j + 1) : args[++i];
      if (value === undefined) return { bad: `option requires an argument -- '${letter}'` };
      if (letter === "F") o.fs = value;
      else if (letter === "v") o.vars.push(value);
      else if (letter === "f") o.files.push(value);
      else if (letter === "e") o.programs.push(value);
      else o.warnW = true;
      break;
    }
  }
  o.operands = args.slice(i);
  return o;
}

function usage(ctx: AppletContext, message?: string): number {
  if (message) ctx.err.write(`awk: ${message}\n`);
  ctx.err.write(USAGE);
  return 1;
}

export function awk(ctx: AppletContext): AppletResult {
  return run(ctx);
}

function* run(ctx: AppletContext): TaskGen<number> {
  const o = parseOptions(ctx.argv.slice(1));
  if ("bad" in o) return usage(ctx, o.bad);
  if (o.warnW) ctx.err.write("awk: warning: option -W is ignored\n");
  try {
    const sources: Source[] = [];
    for (const f of o.files) {
      const text = f === "-" ? ctx.stdin.readAll() : ctx.fs.isDir(pathOf(ctx, f)) ? undefined : ctx.fs.read(pathOf(ctx, f));
      if (text === undefined) {
        ctx.err.write(`awk: can't open '${f}': No such file or directory\n`);
        return 1;
      }
      sources.push({ text, progname: f });
    }
    for (const p of o.programs) sources.push({ text: p, progname: "cmd. line" });
    const operands = [...o.operands];
    if (o.files.length === 0 && o.programs.length === 0) {
      const program = operands.shift();
      if (program === undefined) return usage(ctx);
      sources.push({ text: program, progname: "cmd. line" });
    }
    // -v values are checked before the program is parsed, as busybox sets them first.
    if (o.vars.some((v) => !/^[A-Za-z_][A-Za-z0-9_]*=/.test(v))) return usage(ctx);
    const prog = parseProgram(sources);
    const interp = new AwkInterp(prog, ctx);
    if (o.fs !== undefined) interp.setS(interp.global("FS"), unescape(o.fs));
    for (const v of o.vars) interp.assign(v);
    interp.setArgs(operands);
    return yield* interp.run();
  } catch (e) {
    if (e instanceof AwkSyntaxError || e instanceof AwkRuntimeError) {
      ctx.err.write(`awk: ${e.progname}:${e.line}: ${e.message}\n`);
      return 1;
    }
    if (e instanceof AwkFatal) {
      ctx.err.write(`awk: ${e.message}\n`);
      return 1;
    }
    if (e instanceof ShellLimitError) {
      // busybox dies on a failed malloc with "awk: out of memory".
      ctx.host.onLimit?.(e.detail);
      ctx.err.write("awk: out of memory\n");
      return 1;
    }
    throw e;
  }
}
