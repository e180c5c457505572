/**
 * expr (busybox 1.36 coreutils/expr.c), timeout (coreutils/timeout.c) and nmeter
 * (procps/nmeter.c, its %t time field: the e2e node tests stamp their log lines with
 * `date -u +%FT$(nmeter -d0 '%3t' | head -n1)Z`).
 */
import type { AppletContext, AppletResult } from "./applet";
import { fail } from "./applet";
import { BufferWriter } from "./io";
import { MAX_SHELL_DATA } from "./limits";
import { DEFAULT_UNIX_EPOCH_OFFSET, strftime } from "./sys-applets";
import { posixRegex } from "./text-applets";
import type { TaskGen } from "./tasks";

// ---- expr --------------------------------------------------------------------------------------

type Value = { int: bigint } | { str: string };

class ExprError extends Error {}

const INT64_MIN = -(2n ** 63n);
const wrap64 = (n: bigint): bigint => BigInt.asIntN(64, n);

function isNull(v: Value): boolean {
  return "int" in v ? v.int === 0n : v.str === "" || v.str === "0";
}

function str(v: Value): string {
  return "int" in v ? v.int.toString() : v.str;
}

/** toarith(): strtoll of the whole string, or undefined. */
function arith(v: Value): bigint | undefined {
  if ("int" in v) return v.int;
  const m = /^[ \t\n\v\f\r]*([+-]?\d+)$/.exec(v.str);
  if (!m) return undefined;
  const n = BigInt(m[1]);
  // strtoll saturates.
  return n > 2n ** 63n - 1n ? 2n ** 63n - 1n : n < INT64_MIN ? INT64_MIN : n;
}

class Expr {
  i = 0;
  constructor(private readonly args: string[]) {}

  private is(tok: string): boolean {
    return this.args[this.i] === tok;
  }

  eval(): Value {
    let l = this.and();
    while (this.is("|")) {
      this.i++;
      const r = this.and();
      if (isNull(l)) l = r;
    }
    return l;
  }

  private and(): Value {
    let l = this.cmp();
    while (this.is("&")) {
      this.i++;
      const r = this.cmp();
      if (isNull(l) || isNull(r)) l = { int: 0n };
    }
    return l;
  }

  private cmp(): Value {
    let l = this.add();
    for (;;) {
      const op = ["<", "<=", "=", "==", "!=", ">=", ">"].find((o) => this.is(o));
      if (!op) return l;
      this.i++;
      const r = this.add();
      const li = arith(l);
      const ri = arith(r);
      let a: bigint;
      let b = 0n;
      if (li === undefined || ri === undefined) {
        const ls = li === undefined ? str(l) : li.toString();
        const rs = ri === undefined ? str(r) : ri.toString();
        a = ls < rs ? -1n : ls > rs ? 1n : 0n;
      } else {
        a = li;
        b = ri;
      }
      const ok = op === "<" ? a < b : op === "<=" ? a <= b : op === "=" || op === "==" ? a === b : op === "!=" ? a !== b : op === ">" ? a > b : a >= b;
      l = { int: ok ? 1n : 0n };
    }
  }

  private arithOp(l: Value, r: Value, op: string): Value {
    const a = arith(l);
    const b = arith(r);
    if (a === undefined || b === undefined) throw new ExprError("non-numeric argument");
    if (op === "+") return { int: wrap64(a + b) };
    if (op === "-") return { int: wrap64(a - b) };
    if (op === "*") return { int: wrap64(a * b) };
    if (b === 0n) throw new ExprError("division by zero");
    return { int: op === "/" ? wrap64(a / b) : a % b };
  }

  private add(): Value {
    let l = this.mul();
    for (;;) {
      const op = ["+", "-"].find((o) => this.is(o));
      if (!op) return l;
      this.i++;
      l = this.arithOp(l, this.mul(), op);
    }
  }

  private mul(): Value {
    let l = this.colon();
    for (;;) {
      const op = ["*", "/", "%"].find((o) => this.is(o));
      if (!op) return l;
      this.i++;
      l = this.arithOp(l, this.colon(), op);
    }
  }

  private colon(): Value {
    let l = this.keyword();
    while (this.is(":")) {
      this.i++;
      l = this.match(l, this.keyword());
    }
    return l;
  }

  warnings: string[] = [];

  /** docolon(): an anchored basic regexp; \(…\) gives the group, else the matched length. */
  private match(sv: Value, pv: Value): Value {
    const s = str(sv);
    const p = str(pv);
    if (p[0] === "^") this.warnings.push(`warning: '${p}': using '^' as the first character\nof a basic regular expression is not portable; it is ignored`);
    let re: RegExp;
    try {
      re = new RegExp(posixRegex(p, false), "s");
    } catch {
      throw new ExprError(`bad regex '${p}'`);
    }
    const groups = new RegExp(re.source + "|").exec("")!.length - 1;
    const m = re.exec(s);
    if (m && m.index === 0) {
      if (groups > 0 && m[1] !== undefined) return { str: m[1] };
      return { int: BigInt(m[0].length) };
    }
    return groups > 0 ? { str: "" } : { int: 0n };
  }

  private keyword(): Value {
    const keys = ["quote", "length", "match", "index", "substr"];
    const k = this.args[this.i];
    if (k === undefined || !keys.includes(k)) return this.primary();
    this.i++;
    if (k === "quote") {
      if (this.i >= this.args.length) throw new ExprError("syntax error");
      return { str: this.args[this.i++] };
    }
    if (k === "length") return { int: BigInt(str(this.keyword()).length) };
    const l = this.keyword();
    if (k === "match") return this.match(l, this.keyword());
    if (k === "index") {
      const s = str(l);
      const chars = str(this.keyword());
      let at = 0;
      while (at < s.length && !chars.includes(s[at])) at++;
      return { int: at === s.length ? 0n : BigInt(at + 1) };
    }
    const i1 = arith(this.keyword());
    const i2 = arith(this.keyword());
    const s = str(l);
    if (i1 === undefined || i2 === undefined || i1 > BigInt(s.length) || i1 <= 0n || i2 <= 0n) return { str: "" };
    return { str: s.slice(Number(i1) - 1, Number(i1) - 1 + Number(i2 > 2n ** 31n ? 2n ** 31n : i2)) };
  }

  private primary(): Value {
    if (this.i >= this.args.length) throw new ExprError("syntax error");
    if (this.is("(")) {
      this.i++;
      const v = this.eval();
      if (!this.is(")")) throw new ExprError("syntax error");
      this.i++;
      return v;
    }
    if (this.is(")")) throw new ExprError("syntax error");
    return { str: this.args[this.i++] };
  }
}

export function expr(ctx: AppletContext): number {
  const args = ctx.argv.slice(1);
  if (args.length === 0) return fail(ctx, "expr", "too few arguments", 2);
  const e = new Expr(args);
  try {
    const v = e.eval();
    for (const w of e.warnings) ctx.err.write(`expr: ${w}\n`);
    if (e.i < args.length) throw new ExprError("syntax error");
    ctx.out.write(str(v) + "\n");
    return isNull(v) ? 1 : 0;
  } catch (x) {
    if (x instanceof ExprError) return fail(ctx, "expr", x.message, 2);
    throw x;
  }
}

// ---- timeout -----------------------------------------------------------------------------------

const SIGNALS: Record<string, number> = { HUP: 1, INT: 2, QUIT: 3, KILL: 9, USR1: 10, USR2: 12, ALRM: 14, TERM: 15 };

/** parse_duration_str(): seconds, with an s/m/h/d suffix, fractions allowed. */
function duration(s: string): number | null {
  const m = /^(\d+(?:\.\d*)?|\.\d+)([smhd]?)$/.exec(s);
  if (!m) return null;
  return Number(m[1]) * { "": 1, s: 1, m: 60, h: 3600, d: 86400 }[m[2]]!;
}

/**
 * timeout [-s SIG] [-k SECS] SECS PROG ARGS: runs PROG, and SECS later kills it with SIG (TERM),
 * so its status is 128+SIG. busybox's timeout execs PROG, so PROG's own status is timeout's.
 */
export function timeout(ctx: AppletContext): AppletResult {
  const args = ctx.argv.slice(1);
  let sig = "TERM";
  let i = 0;
  for (; i < args.length && args[i].startsWith("-") && args[i] !== "-"; i++) {
    const a = args[i];
    if (a === "--") {
      i++;
      break;
    }
    const letter = a[1];
    const value = a.length > 2 ? a.slice(2) : args[++i];
    if (letter !== "s" && letter !== "k") return fail(ctx, "timeout", `invalid option -- '${letter}'`);
    if (value === undefined) return fail(ctx, "timeout", `option requires an argument -- '${letter}'`);
    if (letter === "s") sig = value;
    else if (duration(value) === null) return fail(ctx, "timeout", `invalid number '${value}'`);
  }
  const signo = /^\d+$/.test(sig) ? Number(sig) : SIGNALS[sig.toUpperCase().replace(/^SIG/, "")];
  if (signo === undefined) return fail(ctx, "timeout", `unknown signal '${sig}'`);
  if (i + 1 >= args.length) {
    ctx.err.write("Usage: timeout [-s SIG] [-k KILL_SECS] SECS PROG ARGS\n");
    return 1;
  }
  const secs = duration(args[i]);
  if (secs === null) return fail(ctx, "timeout", `invalid number '${args[i]}'`);
  const argv = args.slice(i + 1);
  return (function* (): TaskGen<number> {
    // Time is counted from the sleeps passed on (a driver may skip them without moving the clock).
    let elapsed = 0;
    const killed = 128 + signo;
    const child = ctx.exec(argv, ctx.env);
    let r = child.next();
    while (!r.done) {
      const y = r.value;
      const left = secs - elapsed;
      if (y.kind === "sleep" && y.seconds < left) {
        elapsed += y.seconds;
        yield y;
        r = child.next();
        continue;
      }
      if (y.kind === "steady" && y.period > 0) {
        // A loop that would repeat until the world changes: it runs on, an iteration at a time, until the deadline.
        r = child.next();
        continue;
      }
      // The program is still running when the time is up (or would spin until then): killed.
      if (left > 0) yield { kind: "sleep", seconds: left };
      child.return(0);
      return killed;
    }
    return r.value;
  })();
}

// ---- nmeter ------------------------------------------------------------------------------------

/** What a pipe holds before its writer blocks (Linux's default capacity): what yes and nmeter -d0 get in before the reader goes away. */
export const PIPE_CAPACITY = 64 * 1024;

/** collect_tv(): HH:MM:SS[.frac] of `micros`, rounded to `prec` decimals. */
function clock(micros: number, prec: number): string {
  const scale = 10 ** (6 - prec);
  let t = Math.floor(micros / 1e6);
  let us = Math.round(micros - t * 1e6) + Math.floor(scale / 2);
  if (us >= 1e6) {
    t++;
    us -= 1e6;
  }
  return strftime("%H:%M:%S", t) + (prec ? "." + String(Math.floor(us / scale)).padStart(prec, "0") : "");
}

/**
 * nmeter [-d MSEC] FORMAT: a line every MSEC (default 1000) milliseconds, forever, the first at
 * the next multiple of MSEC. Only the time fields are modelled: %[N]t the time of day (UTC) with
 * N decimals, %[N]T the time since the first line; the /proc statistics print empty. Into a pipe
 * with -d0 or less it writes until the pipe is full, as it would until the reader went away.
 */
export function nmeter(ctx: AppletContext): AppletResult {
  const args = ctx.argv.slice(1);
  let delta = 1000;
  let i = 0;
  for (; i < args.length && /^-d/.test(args[i]); i++) {
    const v = args[i].length > 2 ? args[i].slice(2) : args[++i];
    if (v === undefined || !/^-?\d+$/.test(v)) return fail(ctx, "nmeter", `invalid number '${v ?? ""}'`);
    delta = Number(v);
  }
  const format = args[i];
  const fields: ({ text: string } | { kind: string; prec: number })[] = [];
  if (format !== undefined) {
    const re = /%(%|(\d*)([a-zA-Z]))/g;
    let last = 0;
    for (let m = re.exec(format); m; m = re.exec(format)) {
      fields.push({ text: format.slice(last, m.index) + (m[1] === "%" ? "%" : "") });
      last = re.lastIndex;
      if (m[1] === "%") continue;
      if (!"ncmsfixptTbr".includes(m[3])) return nmeterUsage(ctx);
      fields.push({ kind: m[3], prec: Math.min(6, Number((m[2] || "0")[0])) });
    }
    if (format.slice(last).includes("%")) return nmeterUsage(ctx);
    fields.push({ text: format.slice(last) });
  }
  if (format === undefined) return nmeterUsage(ctx);
  const micros = (): number => Math.round(((ctx.host.unixEpochOffset ?? DEFAULT_UNIX_EPOCH_OFFSET) + ctx.host.now()) * 1e6);
  let start = 0;
  const line = (): string => {
    const now = micros();
    return fields.map((f) => ("text" in f ? f.text : f.kind === "t" ? clock(now, f.prec) : f.kind === "T" ? clock(now - start, f.prec) : "")).join("") + "\n";
  };
  if (delta <= 0 && ctx.out instanceof BufferWriter) {
    start = micros();
    const l = line();
    const room = Math.max(l.length, Math.min(PIPE_CAPACITY, MAX_SHELL_DATA - ctx.out.text.length));
    ctx.out.write(l.repeat(Math.floor(room / l.length)));
    return 128 + 13;
  }
  return (function* (): TaskGen<number> {
    if (delta > 0) {
      const wait = delta * 1000 - (micros() % (delta * 1000));
      yield { kind: "sleep", seconds: wait / 1e6 };
    }
    start = micros();
    for (;;) {
      ctx.out.write(line());
      if (delta > 0) yield { kind: "sleep", seconds: delta / 1000 };
      else yield* ctx.runaway();
    }
  })();
}

function nmeterUsage(ctx: AppletContext): number {
  ctx.err.write("Usage: nmeter [-d MSEC] FORMAT_STRING\n");
  return 1;
}
