/**
 * Runs a parsed awk program as busybox 1.36 editors/awk.c evaluate() does: its value flags and
 * comparison rules, field splitting and $0 rebuilding, getline, output redirections and pipes,
 * printf through C's formatting, its runtime error messages. Loops and function calls spend the
 * process's step budget like shell commands, so `while(1);` becomes a runaway script rather than
 * a hang; commands (system, pipes) run through the shell and may take simulated time, hence
 * generators throughout.
 */
import type { AppletContext } from "../applet";
import { pathOf } from "../applet";
import { formatFloat, formatInteger } from "../cformat";
import { BufferWriter, FileWriter, Input, NULL_WRITER } from "../io";
import type { Writer } from "../io";
import { MAX_SHELL_DATA, ShellLimitError, checkData, checkValue } from "../limits";
import { parentDir } from "../paths";
import type { TaskGen } from "../tasks";
import { strftime } from "../sys-applets";
import { posixRegex } from "../text-applets";
import type { Expr, Func, Program, Stmt } from "./ast";
import { strtod, unescape } from "./lexer";
import {
  AwkHash,
  Cell,
  VF_ARRAY,
  VF_CACHED,
  VF_CHILD,
  VF_DIRTY,
  VF_DONTTOUCH,
  VF_NUMBER,
  VF_SPECIAL,
  VF_USER,
  cInt,
  formatNumberWith,
  formatString,
  intArg,
  integerString,
  isIntegral,
  parseSpec,
} from "./value";

type Gen<T> = TaskGen<T>;

/** A runtime error: busybox's syntax_error() with the line of the node being run; awk exits 1. */
export class AwkRuntimeError extends Error {
  constructor(
    readonly progname: string,
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

/** Fatal errors that are not syntax errors (can't open a file): `awk: message`, exit 1. */
export class AwkFatal extends Error {}

class NextSignal {
  constructor(readonly file: boolean) {}
}
class ExitSignal {}
class ReturnSignal {
  constructor(readonly value: Cell) {}
}

const NORMAL = 0;
const BREAK = 1;
const CONTINUE = 2;

/**
 * How deep awk function calls may nest, counted in levels of the called bodies' statements and
 * expressions (what each call costs the JavaScript stack): busybox recurses until the C stack
 * runs out; podplay stops at a depth every browser's stack holds, the same everywhere.
 */
export const MAX_AWK_NESTING = 1500;

type Splitter = { kind: "regex"; re: RegExp; ire: RegExp } | { kind: "char"; c: string } | { kind: "space" } | { kind: "null" };

/** Input a getline or the main loop reads records from. */
interface InStream {
  kind: "in";
  input: Input;
  pipe: boolean;
}
interface OutStream {
  kind: "out";
  writer: Writer;
}
interface PipeOut {
  kind: "pipe";
  cmd: string;
  buf: string;
}
type Stream = InStream | OutStream | PipeOut;

const REGEX_ERRORS: [RegExp, string][] = [
  [/Unterminated group|Unmatched '\('/, "Unmatched ( or \\("],
  [/Unmatched '\)'/, "Unmatched ) or \\)"],
  [/Unterminated character class/, "Unmatched [, [^, [:, [., or [="],
  [/Nothing to repeat/, "Invalid preceding regular expression"],
  [/\\ at end of pattern/, "Trailing backslash"],
];

/** The first match of a global regexp at or after `from`. */
function find(re: RegExp, s: string, from: number): { so: number; eo: number } | null {
  re.lastIndex = from;
  const m = re.exec(s);
  return m ? { so: m.index, eo: m.index + m[0].length } : null;
}

function matches(re: RegExp, s: string): boolean {
  re.lastIndex = 0;
  return re.test(s);
}

/** The JS regexp (global, for lastIndex searches) for a POSIX extended regexp as busybox compiles it (basic when it is not a valid ERE). */
export function compileRegex(src: string, icase: boolean): RegExp {
  const flags = icase ? "gsi" : "gs";
  try {
    return new RegExp(posixRegex(src, true), flags);
  } catch {
    try {
      return new RegExp(posixRegex(src, false), flags);
    } catch (e) {
      const text = String((e as Error).message);
      const msg = REGEX_ERRORS.find(([re]) => re.test(text))?.[1] ?? "Invalid regular expression";
      throw new AwkFatal(`bad regex '${src}': ${msg}`);
    }
  }
}

/** glibc's rand(): the TYPE_3 additive feedback generator, seeded with 1 unless srand() says otherwise. */
class GlibcRandom {
  private r: number[] = [];
  private i = 0;
  constructor(seed: number) {
    this.seed(seed);
  }
  seed(seed: number): void {
    const r = new Array<number>(34);
    r[0] = seed === 0 ? 1 : seed | 0;
    for (let i = 1; i < 31; i++) {
      const hi = Math.trunc(r[i - 1] / 127773);
      const lo = r[i - 1] % 127773;
      let word = 16807 * lo - 2836 * hi;
      if (word < 0) word += 2147483647;
      r[i] = word;
    }
    for (let i = 31; i < 34; i++) r[i] = r[i - 31];
    this.r = r;
    this.i = 34;
    for (let k = 0; k < 310; k++) this.step();
  }
  private step(): number {
    const r = this.r;
    const v = (r[this.i - 31] + r[this.i - 3]) | 0;
    r.push(v);
    this.i++;
    if (r.length > 64) {
      r.splice(0, r.length - 34);
      this.i = r.length;
    }
    return v >>> 1;
  }
  next(): number {
    return this.step();
  }
}

export class AwkInterp {
  private readonly globals = new Map<string, Cell>();
  private readonly CONVFMT: Cell;
  private readonly OFMT: Cell;
  private readonly FS: Cell;
  private readonly OFS: Cell;
  private readonly ORS: Cell;
  private readonly RS: Cell;
  private readonly RT: Cell;
  private readonly FILENAME: Cell;
  private readonly SUBSEP: Cell;
  private readonly F0: Cell;
  private readonly ARGIND: Cell;
  private readonly ARGC: Cell;
  private readonly ARGV: Cell;
  private readonly ERRNO: Cell;
  private readonly FNR: Cell;
  private readonly NR: Cell;
  private readonly NF: Cell;
  private readonly IGNORECASE: Cell;
  private readonly ENVIRON: Cell;

  private fields: Cell[] = [];
  private nfields = 0;
  private f0Split = false;
  private fsplitter: Splitter = { kind: "space" };
  private rsplitter: Splitter = { kind: "char", c: "\n" };
  private icase = false;

  private frames: Cell[][] = [];
  private progname = "cmd. line";
  private readonly streams = new Map<string, Stream>();
  private readonly streamOrder = new AwkHash();
  private iF: InStream | null = null;
  private filesHappened = false;
  private exiting = false;
  exitCode = 0;
  private readonly rangeActive = new Set<number>();
  private readonly regexCache = new Map<string, RegExp>();
  private readonly random = new GlibcRandom(1);
  private seed = 1;
  private callDepth = 0;

  constructor(
    private readonly prog: Program,
    private readonly ctx: AppletContext,
  ) {
    const v = (name: string, special = false): Cell => {
      const c = this.global(name);
      if (special) c.type |= VF_SPECIAL;
      return c;
    };
    this.CONVFMT = v("CONVFMT");
    this.OFMT = v("OFMT");
    this.FS = v("FS", true);
    this.OFS = v("OFS");
    this.ORS = v("ORS");
    this.RS = v("RS", true);
    this.RT = v("RT");
    this.FILENAME = v("FILENAME");
    this.SUBSEP = v("SUBSEP");
    this.F0 = v("$", true);
    this.ARGIND = v("ARGIND");
    this.ARGC = v("ARGC");
    this.ARGV = v("ARGV");
    this.ERRNO = v("ERRNO");
    this.FNR = v("FNR");
    this.NR = v("NR");
    this.NF = v("NF", true);
    this.IGNORECASE = v("IGNORECASE", true);
    this.ENVIRON = v("ENVIRON");
    this.FS.special = "FS";
    this.RS.special = "RS";
    this.F0.special = "F0";
    this.NF.special = "NF";
    this.IGNORECASE.special = "IGNORECASE";
    const strings: [Cell, string][] = [
      [this.CONVFMT, "%.6g"],
      [this.OFMT, "%.6g"],
      [this.FS, " "],
      [this.OFS, " "],
      [this.ORS, "\n"],
      [this.RS, "\n"],
      [this.RT, ""],
      [this.FILENAME, ""],
      [this.SUBSEP, "\x1c"],
      [this.F0, ""],
    ];
    for (const [c, s] of strings) this.setS(c, s);
    for (const c of [this.ARGIND, this.ARGC, this.ARGV, this.ERRNO, this.FNR, this.NR, this.NF, this.IGNORECASE, this.ENVIRON]) this.setI(c, 0);
    const env = this.arrayOf(this.ENVIRON);
    for (const [k, val] of Object.entries(ctx.env)) this.setU(env.find(k), val);
    for (const name of ["/dev/stdin", "/dev/stdout", "/dev/stderr"]) this.streamOrder.find(name);
    this.streams.set("/dev/stdin", { kind: "in", input: ctx.stdin, pipe: false });
    this.streams.set("/dev/stdout", { kind: "out", writer: ctx.out });
    this.streams.set("/dev/stderr", { kind: "out", writer: ctx.err });
  }

  // ---- values (getvar_s, getvar_i, setvar_*, copyvar) ----------------------------------------------

  global(name: string): Cell {
    let c = this.globals.get(name);
    if (!c) {
      c = new Cell();
      this.globals.set(name, c);
    }
    return c;
  }

  private fmtNum(format: Cell, n: number): string {
    if (isIntegral(n)) return integerString(n);
    const f = this.getS(format);
    const conv = f[f.length - 1] ?? "";
    if ("diouxX".includes(conv) && conv) return formatNumberWith(f, conv, n);
    if ("eEfFgGaA".includes(conv) && conv) return formatNumberWith(f, conv, n);
    throw this.error("Invalid format specifier");
  }

  getS(c: Cell): string {
    if ((c.type & (VF_NUMBER | VF_CACHED)) === VF_NUMBER) {
      c.str = this.fmtNum(this.CONVFMT, c.num);
      c.type |= VF_CACHED;
    }
    return c.str ?? "";
  }

  getN(c: Cell): number {
    if ((c.type & (VF_NUMBER | VF_CACHED)) === 0) {
      c.num = 0;
      const s = c.str;
      if (s) {
        const r = strtod(s);
        c.num = r.value;
        if (c.type & VF_USER) {
          let p = r.end;
          while (s[p] === " " || s[p] === "\t" || (s[p] === "\\" && s[p + 1] === "\n")) p += s[p] === "\\" ? 2 : 1;
          if (p < s.length) c.type &= ~VF_USER;
        }
      } else c.type &= ~VF_USER;
      c.type |= VF_CACHED;
    }
    return c.num;
  }

  private isNumeric(c: Cell): boolean {
    this.getN(c);
    return ((c.type ^ VF_DIRTY) & (VF_NUMBER | VF_USER | VF_DIRTY)) !== 0;
  }

  private isTrue(c: Cell): boolean {
    if (this.isNumeric(c)) return c.num !== 0;
    return !!c.str;
  }

  private clear(c: Cell): Cell {
    c.type &= VF_DONTTOUCH;
    c.type |= VF_DIRTY;
    c.str = null;
    return c;
  }

  setS(c: Cell, s: string): Cell {
    this.clear(c);
    c.str = s === "" ? null : s;
    this.special(c);
    return c;
  }

  setU(c: Cell, s: string): Cell {
    this.setS(c, s);
    c.type |= VF_USER;
    return c;
  }

  setI(c: Cell, n: number): Cell {
    this.clear(c);
    c.type |= VF_NUMBER;
    c.num = n;
    this.special(c);
    return c;
  }

  private copy(dest: Cell, src: Cell): Cell {
    if (dest !== src) {
      this.clear(dest);
      dest.type |= src.type & ~VF_DONTTOUCH;
      dest.num = src.num;
      dest.str = src.str;
    }
    this.special(dest);
    return dest;
  }

  private temp(): Cell {
    return new Cell();
  }

  private tempS(s: string): Cell {
    const c = new Cell();
    c.type = VF_DIRTY;
    c.str = s === "" ? null : s;
    return c;
  }

  private tempN(n: number): Cell {
    const c = new Cell();
    c.type = VF_DIRTY | VF_NUMBER;
    c.num = n;
    return c;
  }

  arrayOf(c: Cell): AwkHash {
    while (c.type & VF_CHILD && c.parent) c = c.parent;
    if (!(c.type & VF_ARRAY) || !c.arr) {
      c.type |= VF_ARRAY;
      c.arr = new AwkHash();
    }
    return c.arr;
  }

  /** handle_special(): what setting NF, $0, a field, FS, RS or IGNORECASE does besides. */
  private special(c: Cell): void {
    if (!(c.type & VF_SPECIAL) || !c.special) return;
    const sp = c.special;
    if (sp === "NF") {
      const n = Math.trunc(this.getN(c));
      if (n < 0) throw this.error("NF set to negative value");
      this.fsrealloc(n);
      const sep = this.getS(this.OFS);
      let b: string | null = null;
      for (let i = 0; i < n; i++) {
        const s = this.getS(this.fields[i]);
        b = b === null ? s : b + sep + s;
        if (b.length > 1024) checkValue(b, "an awk record");
      }
      this.setS(this.F0, b ?? "");
      this.f0Split = true;
    } else if (sp === "F0") this.f0Split = false;
    else if (sp === "FS") {
      this.splitF0();
      this.fsplitter = this.splitter(this.getS(c));
    } else if (sp === "RS") this.rsplitter = this.splitter(this.getS(c));
    else if (sp === "IGNORECASE") this.icase = this.isTrue(c);
    else {
      const n = this.getN(this.NF);
      this.setI(this.NF, n > sp.field ? n : sp.field + 1);
    }
  }

  private error(message: string, line = this.line): AwkRuntimeError {
    return new AwkRuntimeError(this.progname, line, message);
  }

  /** Line of the node being evaluated (busybox's g_lineno). */
  private line = 0;

  // ---- fields ------------------------------------------------------------------------------------

  private fsrealloc(size: number): void {
    if (size > 0xffffff) throw new ShellLimitError("awk's field count passed 16M");
    while (this.fields.length < size) {
      const c = new Cell();
      c.type = VF_SPECIAL;
      c.special = { field: this.fields.length };
      this.fields.push(c);
    }
    for (let i = size; i < this.nfields; i++) this.clear(this.fields[i]);
    this.nfields = size;
  }

  private splitF0(): void {
    if (this.f0Split) return;
    this.f0Split = true;
    this.fsrealloc(0);
    const parts = this.split(this.getS(this.F0), this.fsplitter);
    this.fsrealloc(parts.length);
    parts.forEach((p, i) => {
      const f = this.fields[i];
      f.str = p === "" ? null : p;
      f.type |= VF_USER | VF_DIRTY;
    });
    this.clear(this.NF);
    this.NF.type = VF_NUMBER | VF_SPECIAL;
    this.NF.num = this.nfields;
  }

  private splitter(s: string): Splitter {
    if (s.length > 1) return { kind: "regex", re: this.regex(s, false), ire: this.regex(s, true) };
    if (s === "") return { kind: "null" };
    if (s === " ") return { kind: "space" };
    return { kind: "char", c: s };
  }

  /** awk_split(): `s` into fields by a splitter. */
  private split(s: string, spl: Splitter): string[] {
    const paragraph = this.getS(this.RS) === "";
    if (spl.kind === "regex") {
      if (!s) return [];
      const re = this.icase ? spl.ire : spl.re;
      const out: string[] = [];
      let n = 1;
      do {
        let l = paragraph ? s.indexOf("\n") : -1;
        if (l < 0) l = s.length;
        const m = this.nonEmptyMatch(re, s);
        let eo: number;
        if (m && m.so <= l) {
          l = m.so;
          eo = m.eo;
          n++;
        } else eo = l < s.length ? l + 1 : l;
        out.push(s.slice(0, l));
        s = s.slice(eo);
      } while (s);
      while (out.length < n) out.push("");
      return out.slice(0, n);
    }
    if (spl.kind === "null") return [...s];
    if (spl.kind === "char") {
      if (!s) return [];
      let chars = [spl.c];
      if (this.icase) chars = [spl.c.toUpperCase(), spl.c.toLowerCase()];
      if (paragraph) chars.push("\n");
      const out: string[] = [];
      let start = 0;
      for (let i = 0; i < s.length; i++) {
        if (chars.includes(s[i])) {
          out.push(s.slice(start, i));
          start = i + 1;
        }
      }
      out.push(s.slice(start));
      return out;
    }
    return s.split(/[ \t\n\v\f\r]+/).filter((f) => f !== "");
  }

  /** regexec1_nonempty(): the first match, skipping an empty match at the start as gawk does. */
  private nonEmptyMatch(re: RegExp, s: string): { so: number; eo: number } | null {
    const m = find(re, s, 0);
    if (!m) return null;
    if (m.eo !== 0) return m;
    for (let ofs = 1; ofs < s.length; ofs++) {
      const n = find(re, s.slice(ofs), 0);
      if (n && n.eo !== 0) return { so: n.so + ofs, eo: n.eo + ofs };
    }
    return null;
  }

  private regex(src: string, icase: boolean): RegExp {
    const key = (icase ? "i" : "s") + src;
    let re = this.regexCache.get(key);
    if (!re) {
      re = compileRegex(src, icase);
      if (this.regexCache.size > 1000) this.regexCache.clear();
      this.regexCache.set(key, re);
    }
    return re;
  }

  /** as_regex(): a regexp literal as written, anything else evaluated and compiled. */
  private *asRegex(e: Expr | null): Gen<RegExp> {
    if (e && e.k === "regex") return this.regex(e.src, this.icase);
    return this.regex(this.getS(yield* this.ev(e)), this.icase);
  }

  // ---- records -----------------------------------------------------------------------------------

  /** awk_getline(): the next record of `st` into `v`; 1, or 0 at the end. */
  private readRecord(st: InStream, v: Cell): number {
    const input = st.input;
    const rest = input.data.slice(input.pos);
    if (rest === "") return 0;
    let rp = 0;
    let so = rest.length;
    let eo = rest.length;
    const spl = this.rsplitter;
    if (spl.kind === "regex") {
      const m = find(this.icase ? spl.ire : spl.re, rest, 0);
      // A separator that ends the data may go on in data not yet read: it stays in the record.
      if (m && m.eo < rest.length) {
        so = m.so;
        eo = m.eo;
      }
    } else if (spl.kind === "char") {
      const at = rest.indexOf(spl.c);
      if (at >= 0) {
        so = at;
        eo = at + 1;
      }
    } else {
      while (rest[rp] === "\n") rp++;
      const at = rest.indexOf("\n\n", rp);
      if (at >= 0) {
        let e = at;
        while (rest[e] === "\n") e++;
        if (e < rest.length) {
          so = at;
          eo = e;
        }
      }
    }
    this.setU(v, rest.slice(rp, so));
    this.setS(this.RT, rest.slice(so, eo));
    input.pos += eo;
    const chars = eo;
    if (chars >= 256 && this.ctx.spend(chars >> 8)) this.pendingRunaway = true;
    return 1;
  }

  private pendingRunaway = false;

  private isAssignment(text: string): boolean {
    const m = /^[A-Za-z_][A-Za-z0-9_]*=/.exec(text);
    if (!m) return false;
    const name = m[0].slice(0, -1);
    this.setU(this.global(name), unescape(text.slice(m[0].length)));
    return true;
  }

  /** -v and command-line assignments, before BEGIN. */
  assign(text: string): boolean {
    return this.isAssignment(text);
  }

  private readFile(name: string): Input | null {
    if (name === "-" || name === "/dev/stdin") return this.ctx.stdin;
    const path = pathOf(this.ctx, name);
    if (path === "/dev/null") return new Input("");
    if (this.ctx.fs.isDir(path)) return new Input("");
    const text = this.ctx.fs.read(path);
    return text === undefined ? null : new Input(text);
  }

  /** next_input_file(): the next ARGV operand that is not an assignment, else stdin once. */
  private nextInputFile(): InStream | null {
    for (;;) {
      if (this.getN(this.ARGIND) + 1 >= this.getN(this.ARGC)) {
        if (this.filesHappened) return null;
        this.filesHappened = true;
        this.setS(this.FILENAME, "-");
        return { kind: "in", input: this.ctx.stdin, pipe: false };
      }
      this.setI(this.ARGIND, this.getN(this.ARGIND) + 1);
      const ind = this.getS(this.ARGIND);
      const argv = this.arrayOf(this.ARGV);
      const el = argv.get(ind) ?? argv.find(ind);
      const fname = this.getS(el);
      if (fname && !this.isAssignment(fname)) {
        const input = this.readFile(fname);
        if (!input) throw new AwkFatal(`can't open '${fname}': No such file or directory`);
        this.filesHappened = true;
        this.setS(this.FILENAME, fname);
        return { kind: "in", input, pipe: false };
      }
    }
  }

  // ---- running -----------------------------------------------------------------------------------

  setArgs(args: string[]): void {
    const argv = this.arrayOf(this.ARGV);
    this.setU(argv.find("0"), "awk");
    args.forEach((a, i) => this.setU(argv.find(String(i + 1)), a));
    this.setI(this.ARGC, args.length + 1);
  }

  *run(): Gen<number> {
    try {
      for (const chunk of this.prog.begin) {
        this.progname = chunk.progname;
        yield* this.chain(chunk.body);
      }
      if (this.prog.rules.length === 0 && this.prog.end.length === 0) return yield* this.finish();
      if (!this.iF) this.iF = this.nextInputFile();
      while (this.iF) {
        this.setI(this.FNR, 0);
        let nextFile = false;
        while (!nextFile && this.readRecord(this.iF, this.F0) > 0) {
          if (this.pendingRunaway) {
            this.pendingRunaway = false;
            yield* this.ctx.runaway();
          }
          this.setI(this.NR, this.getN(this.NR) + 1);
          this.setI(this.FNR, this.getN(this.FNR) + 1);
          nextFile = yield* this.record();
        }
        this.iF = this.nextInputFile();
      }
    } catch (e) {
      if (!(e instanceof ExitSignal)) throw e;
    }
    return yield* this.finish();
  }

  /** The rules for one record; true after nextfile. */
  private *record(): Gen<boolean> {
    const rules = this.prog.rules;
    try {
      for (let i = 0; i < rules.length; i++) {
        const rule = rules[i];
        this.progname = rule.progname;
        const p = rule.pattern;
        let hit: boolean;
        if (p && p.k === "comma") {
          if (this.rangeActive.has(i) || this.isTrue(yield* this.ev(p.l))) {
            this.rangeActive.add(i);
            if (this.isTrue(yield* this.ev(p.r))) this.rangeActive.delete(i);
            hit = true;
          } else hit = false;
        } else hit = p === null || this.isTrue(yield* this.ev(p));
        if (!hit) continue;
        if (rule.body === null) this.ctx.out.write(this.getS(this.F0) + this.getS(this.ORS));
        else yield* this.block(rule.body);
      }
    } catch (e) {
      if (e instanceof NextSignal) return e.file;
      // return outside a function ends the rules for this record, as busybox's evaluate() loop breaks.
      if (e instanceof ReturnSignal) return false;
      throw e;
    }
    return false;
  }

  /** A BEGIN or END chain: `next` ends it. */
  private *chain(body: Stmt[]): Gen<void> {
    try {
      yield* this.block(body);
    } catch (e) {
      if (!(e instanceof NextSignal) && !(e instanceof ReturnSignal)) throw e;
    }
  }

  /** awk_exit(): END (once), then the output pipes' commands. */
  private *finish(): Gen<number> {
    if (!this.exiting) {
      this.exiting = true;
      try {
        for (const chunk of this.prog.end) {
          this.progname = chunk.progname;
          yield* this.chain(chunk.body);
        }
      } catch (e) {
        if (!(e instanceof ExitSignal)) throw e;
      }
    }
    for (const name of this.streamOrder.keys()) {
      const st = this.streams.get(name);
      if (st && st.kind === "pipe") yield* this.closePipe(st);
    }
    return this.exitCode;
  }

  // ---- statements --------------------------------------------------------------------------------

  private *block(body: Stmt[]): Gen<number> {
    for (const s of body) {
      const r = yield* this.exec(s);
      if (r !== NORMAL) return r;
    }
    return NORMAL;
  }

  /** One loop iteration's step, as the shell spends one per command. */
  private *step(): Gen<void> {
    if (this.ctx.spend(1)) yield* this.ctx.runaway();
  }

  private *exec(s: Stmt): Gen<number> {
    switch (s.k) {
      case "expr":
        if (s.e) yield* this.ev(s.e);
        return NORMAL;
      case "block":
        return yield* this.block(s.body);
      case "if":
        if (this.isTrue(yield* this.ev(s.cond))) return yield* this.exec(s.then);
        return s.else ? yield* this.exec(s.else) : NORMAL;
      case "while":
        while (this.isTrue(yield* this.ev(s.cond))) {
          yield* this.step();
          if ((yield* this.exec(s.body)) === BREAK) break;
        }
        return NORMAL;
      case "do":
        do {
          yield* this.step();
          if ((yield* this.exec(s.body)) === BREAK) break;
        } while (this.isTrue(yield* this.ev(s.cond)));
        return NORMAL;
      case "for":
        if (s.init) yield* this.ev(s.init);
        while (s.cond === null || this.isTrue(yield* this.ev(s.cond))) {
          yield* this.step();
          if ((yield* this.exec(s.body)) === BREAK) break;
          if (s.step) yield* this.ev(s.step);
        }
        return NORMAL;
      case "forin": {
        const v = yield* this.ev(s.v);
        const keys = this.arrayOf(yield* this.ev(s.arr)).keys();
        for (const k of keys) {
          yield* this.step();
          this.setS(v, k);
          if ((yield* this.exec(s.body)) === BREAK) break;
        }
        return NORMAL;
      }
      case "print":
      case "printf":
        yield* this.print(s);
        return NORMAL;
      case "next":
        throw new NextSignal(false);
      case "nextfile":
        throw new NextSignal(true);
      case "break":
        return BREAK;
      case "continue":
        return CONTINUE;
      case "exit":
        if (s.e) this.exitCode = cInt(this.getN(yield* this.ev(s.e))) & 0xff;
        throw new ExitSignal();
      case "return":
        throw new ReturnSignal(yield* this.ev(s.e));
      case "delete":
        yield* this.del(s.e!, s.line);
        return NORMAL;
    }
  }

  private *del(e: Expr, line: number): Gen<void> {
    this.line = line;
    const base = e.k === "elem" ? e.base : e;
    if (base.k !== "var" && base.k !== "arg") throw this.error("Not an array", e.line);
    const v = base.k === "var" ? this.global(base.name) : this.frames[this.frames.length - 1][base.idx];
    if (e.k === "elem") {
      const key = this.getS(yield* this.ev(e.sub));
      this.arrayOf(v).remove(key);
    } else this.arrayOf(v).clear();
  }

  /** The arguments of a comma list: its right spine. */
  private args(e: Expr | null): (Expr | null)[] {
    const out: (Expr | null)[] = [];
    while (e && e.k === "comma") {
      out.push(e.l);
      e = e.r;
    }
    if (e) out.push(e);
    return out;
  }

  private *print(s: Extract<Stmt, { k: "print" | "printf" }>): Gen<void> {
    this.line = s.line;
    let text: string;
    if (s.k === "print") {
      if (!s.args) text = this.getS(this.F0);
      else {
        const parts: string[] = [];
        for (const a of this.args(s.args)) {
          const v = yield* this.ev(a);
          parts.push(v.type & VF_NUMBER ? this.fmtNum(this.OFMT, this.getN(v)) : this.getS(v));
        }
        text = parts.join(this.getS(this.OFS));
      }
      text += this.getS(this.ORS);
    } else text = yield* this.sprintf(this.args(s.args));
    if (!s.redir) {
      this.ctx.out.write(text);
      return;
    }
    const name = this.getS(yield* this.ev(s.redir.target));
    let st = this.streams.get(name);
    if (!st) {
      st = this.openOutput(name, s.redir.mode);
      this.streamOrder.find(name);
      this.streams.set(name, st);
    }
    if (st.kind === "out") st.writer.write(text);
    else if (st.kind === "pipe") {
      checkData(st.buf.length + text.length, "awk's output to a command");
      st.buf += text;
    }
  }

  private openOutput(name: string, mode: string): Stream {
    if (mode === "|") return { kind: "pipe", cmd: name, buf: "" };
    const path = pathOf(this.ctx, name);
    if (path === "/dev/null") return { kind: "out", writer: NULL_WRITER };
    const fs = this.ctx.fs;
    if (fs.isDir(path)) throw new AwkFatal(`can't open '${name}': Is a directory`);
    if (!fs.isDir(parentDir(path))) throw new AwkFatal(`can't open '${name}': No such file or directory`);
    if (mode === "w" || !fs.exists(path)) fs.write(path, "", false);
    return { kind: "out", writer: new FileWriter(fs, path) };
  }

  private *closePipe(st: PipeOut): Gen<number> {
    const input = st.buf;
    st.buf = "";
    return yield* this.ctx.exec(["sh", "-c", st.cmd], this.ctx.env, { in: new Input(input) });
  }

  /** awk_printf(): the format and its arguments. */
  private *sprintf(args: (Expr | null)[]): Gen<string> {
    const fmt = this.getS(yield* this.ev(args[0] ?? null));
    let ai = 1;
    let out = "";
    let i = 0;
    while (i < fmt.length) {
      const pct = fmt.indexOf("%", i);
      if (pct < 0 || pct + 1 >= fmt.length) {
        out += fmt.slice(i);
        break;
      }
      if (fmt[pct + 1] === "%") {
        out += fmt.slice(i, pct + 1);
        i = pct + 2;
        continue;
      }
      let j = pct + 1;
      while (j < fmt.length && !/[A-Za-z]/.test(fmt[j])) {
        if (fmt[j] === "*") throw this.error("%*x formats are not supported");
        j++;
      }
      if (j >= fmt.length) {
        out += fmt.slice(i);
        break;
      }
      const conv = fmt[j];
      const arg = yield* this.ev(args[ai++] ?? null);
      const spec = parseSpec(fmt.slice(pct + 1, j), conv);
      let body: string;
      if (conv === "c") {
        let code = this.isNumeric(arg) ? cInt(this.getN(arg)) & 0xff : (this.getS(arg).charCodeAt(0) || 0);
        if (Number.isNaN(code)) code = 0;
        body = formatString(spec, String.fromCharCode(code));
      } else if (conv === "s") body = formatString(spec, this.getS(arg));
      else {
        const d = this.getN(arg);
        if ("diouxX".includes(conv)) body = formatInteger(spec, intArg(conv, cInt(d)));
        else if ("eEfFgGaA".includes(conv)) body = formatFloat(spec, d);
        else throw this.error("Invalid format specifier");
      }
      out += fmt.slice(i, pct) + body;
      if (out.length > 1024) checkValue(out, "an awk printf result");
      i = j + 1;
    }
    return out;
  }

  // ---- expressions -------------------------------------------------------------------------------

  private *ev(e: Expr | null): Gen<Cell> {
    if (!e) return this.tempS("");
    this.line = e.line;
    switch (e.k) {
      case "num":
        return this.tempN(e.v);
      case "str":
        return this.tempS(e.v);
      case "var":
        if (e.name === "NF") this.splitF0();
        return this.global(e.name);
      case "arg":
        return this.frames[this.frames.length - 1][e.idx];
      case "elem": {
        const base = e.base.k === "var" ? this.global(e.base.name) : this.frames[this.frames.length - 1][(e.base as { idx: number }).idx];
        const key = this.getS(yield* this.ev(e.sub));
        return this.arrayOf(base).find(key);
      }
      case "regex":
        return this.tempN(matches(this.regex(e.src, this.icase), this.getS(this.F0)) ? 1 : 0);
      case "field": {
        const i = cInt(this.getN(yield* this.ev(e.e)));
        if (i < 0) throw this.error("Access to negative field");
        if (i === 0) return this.F0;
        this.splitF0();
        if (i > this.nfields) this.fsrealloc(i);
        return this.fields[i - 1];
      }
      case "unary":
        return yield* this.unary(e.op, e.e);
      case "binary": {
        const ld = this.getN(yield* this.ev(e.l));
        const rd = this.getN(yield* this.ev(e.r));
        return this.tempN(this.arith(e.op, ld, rd));
      }
      case "assign":
        return yield* this.assignOp(e);
      case "compare": {
        const l = yield* this.ev(e.l);
        const r = yield* this.ev(e.r);
        let d: number;
        if (this.isNumeric(l) && this.isNumeric(r)) d = this.getN(l) - this.getN(r);
        else {
          let ls = this.getS(l);
          let rs = this.getS(r);
          if (this.icase) {
            ls = ls.toLowerCase();
            rs = rs.toLowerCase();
          }
          d = ls < rs ? -1 : ls > rs ? 1 : 0;
        }
        const ok = e.op === "==" ? d === 0 : e.op === "!=" ? !(d === 0) : e.op === "<" ? d < 0 : e.op === "<=" ? !(d > 0) : e.op === ">" ? d > 0 : d >= 0;
        return this.tempN(ok ? 1 : 0);
      }
      case "match": {
        const s = this.getS(yield* this.ev(e.l));
        const re = yield* this.asRegex(e.r);
        return this.tempN(matches(re, s) !== e.neg ? 1 : 0);
      }
      case "concat":
      case "comma": {
        const l = this.getS(yield* this.ev(e.l));
        const r = this.getS(yield* this.ev(e.r));
        const sep = e.k === "comma" ? this.getS(this.SUBSEP) : "";
        return this.tempS(checkValue(l + sep + r, "an awk string"));
      }
      case "and": {
        const l = yield* this.ev(e.l);
        return this.tempN(this.isTrue(l) && this.isTrue(yield* this.ev(e.r)) ? 1 : 0);
      }
      case "or": {
        const l = yield* this.ev(e.l);
        return this.tempN(this.isTrue(l) || this.isTrue(yield* this.ev(e.r)) ? 1 : 0);
      }
      case "cond": {
        const c = yield* this.ev(e.c);
        if (!e.r || e.r.k !== "colon") throw this.error("Possible syntax error", e.line);
        return yield* this.ev(this.isTrue(c) ? e.r.l : e.r.r);
      }
      case "colon":
        throw this.error("Possible syntax error", e.line);
      case "in": {
        const key = this.getS(yield* this.ev(e.l));
        const arr = this.arrayOf(yield* this.ev(e.r));
        return this.tempN(arr.has(key) ? 1 : 0);
      }
      case "call":
        return yield* this.call(e);
      case "builtin":
        return yield* this.builtin(e);
      case "getline":
        return yield* this.getline(e.file, e.lv, false, e.line);
      case "pgetline":
        return yield* this.getline(e.cmd, e.lv, true, e.line);
    }
  }

  private arith(op: string, l: number, r: number): number {
    switch (op) {
      case "+":
        return l + r;
      case "-":
        return l - r;
      case "*":
        return l * r;
      case "/":
        if (r === 0) throw this.error("Division by zero");
        return l / r;
      case "%": {
        if (r === 0) throw this.error("Division by zero");
        // L - (long long)(L / R) * R
        return l - Math.trunc(l / r) * r;
      }
      default:
        return Math.pow(l, r);
    }
  }

  private *unary(op: string, operand: Expr | null): Gen<Cell> {
    const v = yield* this.ev(operand);
    const rd = this.getN(v);
    switch (op) {
      case "preinc":
        this.setI(v, rd + 1);
        return this.tempN(rd + 1);
      case "predec":
        this.setI(v, rd - 1);
        return this.tempN(rd - 1);
      case "postinc":
        this.setI(v, rd + 1);
        return this.tempN(rd);
      case "postdec":
        this.setI(v, rd - 1);
        return this.tempN(rd);
      case "!":
        return this.tempN(this.isTrue(v) ? 0 : 1);
      case "uminus":
        return this.tempN(-rd);
      default:
        return this.tempN(rd);
    }
  }

  private *assignOp(e: Extract<Expr, { k: "assign" }>): Gen<Cell> {
    const l = yield* this.ev(e.l);
    if (e.op === "=") {
      const r = yield* this.ev(e.r);
      // A temporary string moves over without its input flag, as busybox relinks it.
      if (this.isTemp(e.r) && !(r.type & VF_NUMBER)) return this.setS(l, r.str ?? "");
      return this.copy(l, r);
    }
    const ld = this.getN(l);
    const rd = this.getN(yield* this.ev(e.r));
    return this.setI(l, this.arith(e.op.slice(0, -1), ld, rd));
  }

  /** True when an expression's value is a temporary rather than a variable, field or element. */
  private isTemp(e: Expr | null): boolean {
    if (!e) return true;
    switch (e.k) {
      case "var":
      case "arg":
      case "elem":
      case "field":
        return false;
      case "cond":
        return false;
      default:
        return true;
    }
  }

  private *call(e: Extract<Expr, { k: "call" }>): Gen<Cell> {
    const f: Func | undefined = this.prog.funcs.get(e.name);
    if (!f) throw this.error("Call to undefined function");
    const locals: Cell[] = [];
    for (const a of this.args(e.args)) {
      const arg = yield* this.ev(a);
      if (locals.length === f.nparams) {
        // Arguments past the parameters are evaluated, then cleared (busybox's clrvar(arg)).
        this.clear(arg);
        continue;
      }
      const local = this.copy(new Cell(), arg);
      local.type |= VF_CHILD;
      local.parent = arg;
      locals.push(local);
    }
    while (locals.length < f.nparams) locals.push(new Cell());
    const cost = f.depth + 2;
    if ((this.callDepth += cost) > MAX_AWK_NESTING) {
      this.callDepth -= cost;
      throw new ShellLimitError(`awk's function calls nested too deep (podplay's limit on awk recursion)`);
    }
    yield* this.step();
    const saved = this.progname;
    this.frames.push(locals);
    const res = this.temp();
    try {
      yield* this.block(f.body);
      this.clear(res);
    } catch (x) {
      if (!(x instanceof ReturnSignal)) throw x;
      this.copy(res, x.value);
    } finally {
      this.frames.pop();
      this.callDepth -= cost;
      this.progname = saved;
    }
    return res;
  }

  // ---- getline -----------------------------------------------------------------------------------

  private *getline(src: Expr | null, lv: Expr | null, pipe: boolean, line: number): Gen<Cell> {
    let st: InStream | null;
    if (src) {
      const name = this.getS(yield* this.ev(src));
      const found = this.streams.get(name);
      if (found) st = found.kind === "in" ? found : null;
      else {
        // A file that cannot be opened is tried again by the next getline.
        st = pipe ? yield* this.openCommand(name) : this.openInput(name);
        if (st) {
          this.streamOrder.find(name);
          this.streams.set(name, st);
        }
      }
    } else {
      if (!this.iF) this.iF = this.nextInputFile();
      st = this.iF;
    }
    this.line = line;
    if (!st) {
      this.setI(this.ERRNO, 2);
      return this.tempN(-1);
    }
    const target = lv ? yield* this.ev(lv) : this.F0;
    const r = this.readRecord(st, target);
    if (r > 0 && !src) {
      this.setI(this.FNR, this.getN(this.FNR) + 1);
      this.setI(this.NR, this.getN(this.NR) + 1);
    }
    return this.tempN(r);
  }

  private openInput(name: string): InStream | null {
    // Only /dev/stdin is awk's input here: getline < "-" opens a file named "-".
    const input = name === "/dev/stdin" ? this.ctx.stdin : name === "-" ? this.readFile("./-") : this.readFile(name);
    return input ? { kind: "in", input, pipe: false } : null;
  }

  /** `cmd | getline`: the command runs to its end with awk's stdin; its output is read as records. */
  private *openCommand(cmd: string): Gen<InStream> {
    const out = new BufferWriter();
    yield* this.ctx.exec(["sh", "-c", cmd], this.ctx.env, { out });
    return { kind: "in", input: new Input(out.text), pipe: true };
  }

  // ---- builtins ----------------------------------------------------------------------------------

  private *builtin(e: Extract<Expr, { k: "builtin" }>): Gen<Cell> {
    const name = e.name;
    const an = this.args(e.args);
    const line = e.line;
    switch (name) {
      case "length": {
        if (!e.args) return this.tempN(this.getS(this.F0).length);
        if (an.length > 1) throw this.error("Too many arguments", line);
        const v = yield* this.ev(e.args);
        const s = this.getS(v);
        // Only the variable itself: an array passed to a function measures 0 there, as in busybox.
        if (v.type & VF_ARRAY && v.arr) return this.tempN(v.arr.nel);
        return this.tempN(s.length);
      }
      case "int":
      case "sqrt":
      case "exp":
      case "log":
      case "sin":
      case "cos":
      case "srand":
      case "rand":
      case "systime":
      case "system":
      case "close":
      case "fflush":
        return yield* this.simpleBuiltin(name, e.args, line);
      case "sprintf":
        return this.tempS(yield* this.sprintf(an));
    }
    // Arguments evaluated as busybox's per-builtin flags say: v (value), s (as a string).
    const spec = BUILTIN_ARGS[name];
    const av: (Cell | null)[] = [null, null, null, null];
    const as: string[] = ["", "", "", ""];
    const n = Math.min(an.length, 4);
    for (let i = 0; i < n; i++) {
      const flags = spec.args[i] ?? "";
      if (flags.includes("v") || flags.includes("s")) {
        av[i] = yield* this.ev(an[i]);
        if (flags.includes("s")) as[i] = this.getS(av[i]!);
      }
    }
    this.line = line;
    if (n < spec.min) throw this.error("Too few arguments", line);
    switch (name) {
      case "substr": {
        const l = as[0].length;
        let i = cInt(this.getN(av[1]!) - 1);
        if (i > l) i = l;
        if (i < 0) i = 0;
        let cnt = n > 2 ? cInt(this.getN(av[2]!)) : l - i;
        if (cnt < 0) cnt = 0;
        return this.tempS(as[0].slice(i, i + cnt));
      }
      case "index": {
        const hay = as[0];
        const needle = as[1];
        if (!needle || needle.length > hay.length) return this.tempN(0);
        const at = this.icase ? hay.toLowerCase().indexOf(needle.toLowerCase()) : hay.indexOf(needle);
        return this.tempN(at + 1);
      }
      case "split": {
        let spl = this.fsplitter;
        if (n > 2) {
          const sep = an[2];
          if (sep && sep.k === "regex") spl = { kind: "regex", re: this.regex(sep.src, false), ire: this.regex(sep.src, true) };
          else spl = this.splitter(this.getS(yield* this.ev(sep)));
        }
        const parts = this.split(as[0], spl);
        const arr = this.arrayOf(av[1]!);
        arr.clear();
        parts.forEach((p, i) => this.setU(arr.find(String(i + 1)), p));
        return this.tempN(parts.length);
      }
      case "tolower":
      case "toupper": {
        const up = name === "toupper";
        return this.tempS(as[0].replace(/[A-Za-z]/g, (c) => (up ? c.toUpperCase() : c.toLowerCase())));
      }
      case "match": {
        const re = yield* this.asRegex(an[1]);
        const m = find(re, as[0], 0);
        const start = m ? m.so + 1 : 0;
        this.setI(this.global("RLENGTH"), m ? m.eo - m.so : -1);
        return this.setI(this.global("RSTART"), start);
      }
      case "sub":
      case "gsub": {
        const dest = av[2] ?? this.F0;
        const count = yield* this.substitute(an[0], as[1], name === "sub" ? 1 : 0, dest, dest, false);
        return this.tempN(count);
      }
      case "gensub": {
        const how = av[2] ? this.getS(av[2]) : "";
        const res = this.temp();
        yield* this.substitute(an[0], as[1], Math.trunc(strtod(how).value), av[3] ?? this.F0, res, true);
        return res;
      }
      case "atan2":
        return this.tempN(Math.atan2(this.getN(av[0]!), this.getN(av[1]!)));
      case "and":
      case "or":
      case "xor":
      case "lshift":
      case "rshift":
      case "compl":
        return this.tempN(bitwise(name, av[0] ? this.getN(av[0]) : 0, av[1] ? this.getN(av[1]) : 0));
      case "strftime": {
        const fmt = n > 0 ? as[0] : "%a %b %d %H:%M:%S %Z %Y";
        const t = n > 1 ? Math.trunc(this.getN(av[1]!)) : this.unixNow();
        return this.tempS(strftime(fmt, t));
      }
      case "mktime":
        return this.tempN(mktime(as[0]));
    }
    throw this.error("Possible syntax error", line);
  }

  private unixNow(): number {
    return Math.floor((this.ctx.host.unixEpochOffset ?? 1767225600) + this.ctx.host.now());
  }

  /** Builtins of at most one argument (busybox's OC_FBLTIN). */
  private *simpleBuiltin(name: string, arg: Expr | null, line: number): Gen<Cell> {
    const required = ["int", "sqrt", "exp", "log", "sin", "cos", "system", "close"].includes(name);
    if (required && !arg) throw this.error("Too few arguments", line);
    const v = arg ? yield* this.ev(arg) : null;
    const ld = v ? this.getN(v) : 0;
    const ls = v ? this.getS(v) : "";
    this.line = line;
    if (arg && arg.k === "comma") throw this.error("Too many arguments", line);
    switch (name) {
      case "int":
        return this.tempN(Math.trunc(ld));
      case "sqrt":
        return this.tempN(Math.sqrt(ld));
      case "exp":
        return this.tempN(Math.exp(ld));
      case "log":
        return this.tempN(Math.log(ld));
      case "sin":
        return this.tempN(Math.sin(ld));
      case "cos":
        return this.tempN(Math.cos(ld));
      case "rand": {
        if (arg) throw this.error("Too many arguments", line);
        const a = this.random.next();
        const b = this.random.next();
        const c = this.random.next();
        const u = (((a << 16) >>> 0) ^ b) >>> 0;
        const value = (BigInt(c) << 32n) | BigInt(u);
        return this.tempN(Number(value) / 2 ** 63);
      }
      case "srand": {
        const prev = this.seed;
        this.seed = arg ? Number(BigInt.asUintN(32, BigInt(Math.trunc(Number.isFinite(ld) ? ld : 0)))) : this.unixNow() >>> 0;
        this.random.seed(this.seed);
        return this.tempN(prev);
      }
      case "systime":
        if (arg) throw this.error("Too many arguments", line);
        return this.tempN(this.unixNow());
      case "system": {
        if (!ls) return this.tempN(0);
        return this.tempN(yield* this.ctx.exec(["sh", "-c", ls], this.ctx.env));
      }
      case "fflush":
        return this.tempN(0);
      case "close": {
        const st = this.streams.get(ls);
        let err = 0;
        if (st) {
          this.streams.delete(ls);
          this.streamOrder.remove(ls);
          if (st.kind === "pipe") err = (yield* this.closePipe(st)) * 256;
        }
        return this.tempN(err);
      }
    }
    throw this.error("Possible syntax error", line);
  }

  /**
   * awk_sub(): replaces the `nm`th match (0: every match) of `re` in `src` by `repl`, where `&`
   * is the match (`\\&` a literal &; with `subexp`, \\0-\\9 groups), into `dest`.
   */
  private *substitute(reExpr: Expr | null, repl: string, nm: number, src: Cell, dest: Cell, subexp: boolean): Gen<number> {
    const re = yield* this.asRegex(reExpr);
    const sp = this.getS(src);
    let res = "";
    let pos = 0;
    let matchNo = 0;
    for (;;) {
      re.lastIndex = pos;
      const m = re.exec(sp);
      if (!m) break;
      const so = m.index;
      const eo = so + m[0].length;
      res += sp.slice(pos, eo);
      if (++matchNo >= nm) {
        res = res.slice(0, res.length - (eo - so));
        let nbs = 0;
        for (const c of repl) {
          res += c;
          if (c === "\\") {
            nbs++;
            continue;
          }
          if (c === "&" || (subexp && c >= "0" && c <= "9")) {
            res = res.slice(0, res.length - ((nbs + 3) >> 1));
            let j = 0;
            if (c !== "&") {
              j = c.charCodeAt(0) - 48;
              nbs++;
            }
            if (nbs % 2) res += c;
            else res += m[j] ?? "";
          }
          nbs = 0;
        }
        if (res.length > 1024) checkValue(res, "an awk string");
      }
      pos = eo;
      if (matchNo === nm) break;
      if (eo === so) {
        // An empty match: the next character goes over unchanged.
        if (pos >= sp.length) {
          this.setS(dest, res);
          return matchNo;
        }
        res += sp[pos];
        pos++;
      }
      if (pos > sp.length) break;
    }
    res += sp.slice(pos);
    this.setS(dest, checkValue(res, "an awk string"));
    return matchNo;
  }
}

/** Which arguments busybox evaluates (v) and turns into strings (s), and how many it needs. */
const BUILTIN_ARGS: Record<string, { min: number; args: string[] }> = {
  and: { min: 2, args: ["v", "v"] },
  or: { min: 2, args: ["v", "v"] },
  xor: { min: 2, args: ["v", "v"] },
  lshift: { min: 2, args: ["v", "v"] },
  rshift: { min: 2, args: ["v", "v"] },
  compl: { min: 1, args: ["v"] },
  atan2: { min: 2, args: ["v", "v"] },
  gensub: { min: 3, args: ["", "vs", "v", "vs"] },
  gsub: { min: 2, args: ["", "vs", "vs"] },
  sub: { min: 2, args: ["", "vs", "vs"] },
  index: { min: 2, args: ["vs", "vs"] },
  match: { min: 2, args: ["vs"] },
  split: { min: 2, args: ["vs", "v"] },
  substr: { min: 2, args: ["vs", "v", "v", "v"] },
  strftime: { min: 0, args: ["vs", "v"] },
  mktime: { min: 1, args: ["vs", "v"] },
  tolower: { min: 1, args: ["vs"] },
  toupper: { min: 1, args: ["vs"] },
};

function toULong(d: number): bigint {
  if (!Number.isFinite(d)) return 0n;
  const t = BigInt(Math.trunc(d));
  return BigInt.asUintN(64, t);
}

function bitwise(name: string, a: number, b: number): number {
  const x = toULong(a);
  const y = toULong(b);
  let r: bigint;
  switch (name) {
    case "and":
      r = x & y;
      break;
    case "or":
      r = x | y;
      break;
    case "xor":
      r = x ^ y;
      break;
    case "lshift":
      r = BigInt.asUintN(64, x << (y & 63n));
      break;
    case "rshift":
      r = x >> (y & 63n);
      break;
    default:
      r = BigInt.asUintN(64, ~x);
  }
  return Number(r);
}

/** mktime("YYYY MM DD HH MM SS [DST]") in UTC (containers run with TZ unset); -1 when malformed. */
function mktime(s: string): number {
  const parts = s.trim().split(/\s+/).map(Number);
  if (parts.length < 6 || parts.slice(0, 6).some((n) => !Number.isInteger(n)) || parts[1] < 1 || parts[0] < 1900) return -1;
  const [y, mo, d, h, mi, sec] = parts;
  return Date.UTC(y, mo - 1, d, h, mi, sec) / 1000;
}

export { MAX_SHELL_DATA };
