/**
 * test / [ / [[ with busybox's grammar (oexpr → aexpr → nexpr → primary) and messages.
 * Errors exit 2, as busybox's longjmp out of the parser does.
 */
import type { AppletContext } from "./applet";
import { pathOf } from "./applet";
import { baseName } from "./paths";

class TestError {
  constructor(readonly message: string) {}
}

const UNARY = new Set(["-e", "-f", "-d", "-s", "-r", "-w", "-x", "-L", "-h", "-p", "-S", "-b", "-c", "-t", "-z", "-n", "-g", "-u", "-k", "-O", "-G"]);
const BINARY = new Set(["=", "==", "!=", "<", ">", "-eq", "-ne", "-lt", "-le", "-gt", "-ge", "-nt", "-ot", "-ef"]);

function integer(s: string): number {
  if (!/^\s*[+-]?\d+\s*$/.test(s)) throw new TestError(s === "" ? "bad number" : `${s}: bad number`);
  return Number(s.trim());
}

/** Deeper nesting of ( and ! is refused before it can exhaust the JS stack. */
const MAX_DEPTH = 200;

class TestParser {
  private i = 0;
  private depth = 0;
  constructor(
    private readonly args: string[],
    private readonly ctx: AppletContext,
  ) {}

  run(): boolean {
    if (this.args.length === 0) return false;
    const v = this.or();
    if (this.i < this.args.length) throw new TestError(`${this.args[this.i]}: unknown operand`);
    return v;
  }

  private remaining(): number {
    return this.args.length - this.i;
  }

  private or(): boolean {
    let v = this.and();
    while (this.args[this.i] === "-o" && this.remaining() > 1) {
      this.i++;
      const rhs = this.and();
      v = v || rhs;
    }
    return v;
  }

  private and(): boolean {
    let v = this.not();
    while (this.args[this.i] === "-a" && this.remaining() > 1) {
      this.i++;
      const rhs = this.not();
      v = v && rhs;
    }
    return v;
  }

  private not(): boolean {
    if (++this.depth > MAX_DEPTH) throw new TestError("expression too complex");
    try {
      if (this.args[this.i] === "!" && this.remaining() > 1) {
        this.i++;
        return !this.not();
      }
      return this.primary();
    } finally {
      this.depth--;
    }
  }

  private primary(): boolean {
    const a = this.args;
    const tok = a[this.i];
    if (tok === undefined) throw new TestError("argument expected");
    if (this.remaining() >= 3 && BINARY.has(a[this.i + 1])) {
      this.i += 3;
      return this.binary(tok, a[this.i - 2], a[this.i - 1]);
    }
    if (tok === "(" && this.remaining() >= 2) {
      this.i++;
      const v = this.or();
      if (a[this.i] !== ")") throw new TestError("closing paren expected");
      this.i++;
      return v;
    }
    if (UNARY.has(tok) && this.remaining() >= 2) {
      this.i += 2;
      return this.unary(tok, a[this.i - 1]);
    }
    this.i++;
    return tok !== "";
  }

  private unary(op: string, arg: string): boolean {
    const fs = this.ctx.fs;
    const path = (): string => pathOf(this.ctx, arg);
    switch (op) {
      case "-z":
        return arg === "";
      case "-n":
        return arg !== "";
      case "-e":
      case "-r":
      case "-w":
      case "-x":
        return arg !== "" && fs.exists(path());
      case "-f":
        return arg !== "" && fs.exists(path()) && !fs.isDir(path());
      case "-d":
        return arg !== "" && fs.isDir(path());
      case "-s":
        return arg !== "" && (fs.isDir(path()) || (fs.read(path()) ?? "").length > 0);
      case "-c":
        return path() === "/dev/null";
      case "-t":
        integer(arg);
        return false;
      default:
        return false;
    }
  }

  private binary(lhs: string, op: string, rhs: string): boolean {
    switch (op) {
      case "=":
      case "==":
        return lhs === rhs;
      case "!=":
        return lhs !== rhs;
      case "<":
        return lhs < rhs;
      case ">":
        return lhs > rhs;
      case "-eq":
        return integer(lhs) === integer(rhs);
      case "-ne":
        return integer(lhs) !== integer(rhs);
      case "-lt":
        return integer(lhs) < integer(rhs);
      case "-le":
        return integer(lhs) <= integer(rhs);
      case "-gt":
        return integer(lhs) > integer(rhs);
      case "-ge":
        return integer(lhs) >= integer(rhs);
      case "-ef":
        return this.ctx.fs.exists(pathOf(this.ctx, lhs)) && pathOf(this.ctx, lhs) === pathOf(this.ctx, rhs);
      default:
        return false;
    }
  }
}

export function testApplet(ctx: AppletContext): number {
  const name = baseName(ctx.argv[0]);
  let args = ctx.argv.slice(1);
  const close = name === "[" ? "]" : name === "[[" ? "]]" : null;
  if (close !== null) {
    if (args[args.length - 1] !== close) {
      ctx.err.write(`${ctx.shellName}: missing ${close}\n`);
      return 2;
    }
    args = args.slice(0, -1);
  }
  try {
    return new TestParser(args, ctx).run() ? 0 : 1;
  } catch (e) {
    if (!(e instanceof TestError)) throw e;
    ctx.err.write(`${ctx.shellName}: ${e.message}\n`);
    return 2;
  }
}
