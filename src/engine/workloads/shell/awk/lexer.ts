/**
 * awk's tokenizer, after busybox 1.36 editors/awk.c next_token(): the parser says which token
 * classes it expects, and that decides what the text means (`/` is a regexp only where an
 * operand may start, `>` a redirection only inside print). Concatenation is an operator the
 * tokenizer inserts between two operands, and newlines vanish after tokens that cannot end a
 * statement. Error messages and their line numbers are busybox's.
 */

// Token classes (busybox TC_*), in tokenlist order: the order decides which of `>`/`>>`/`|`
// a redirection or an operator is.
export const TC = {
  LPAREN: 1 << 0,
  RPAREN: 1 << 1,
  REGEXP: 1 << 2,
  OUTRDR: 1 << 3,
  UOPPOST: 1 << 4,
  UOPPRE1: 1 << 5,
  BINOPX: 1 << 6,
  IN: 1 << 7,
  COMMA: 1 << 8,
  PIPE: 1 << 9,
  UOPPRE2: 1 << 10,
  ARRTERM: 1 << 11,
  LBRACE: 1 << 12,
  RBRACE: 1 << 13,
  SEMICOL: 1 << 14,
  NEWLINE: 1 << 15,
  STATX: 1 << 16,
  WHILE: 1 << 17,
  ELSE: 1 << 18,
  BUILTIN: 1 << 19,
  LENGTH: 1 << 20,
  GETLINE: 1 << 21,
  FUNCDECL: 1 << 22,
  BEGIN: 1 << 23,
  END: 1 << 24,
  EOF: 1 << 25,
  VARIABLE: 1 << 26,
  ARRAY: 1 << 27,
  FUNCTION: 1 << 28,
  STRING: 1 << 29,
  NUMBER: 1 << 30,
} as const;

export const TS_UOPPRE = TC.UOPPRE1 | TC.UOPPRE2;
export const TS_BINOP = TC.BINOPX | TC.COMMA | TC.PIPE | TC.IN;
export const TS_OPERAND = TC.VARIABLE | TC.ARRAY | TC.FUNCTION | TC.BUILTIN | TC.LENGTH | TC.GETLINE | TC.LPAREN | TC.STRING | TC.NUMBER;
export const TS_LVALUE = TC.VARIABLE | TC.ARRAY;
export const TS_STATEMNT = TC.STATX | TC.WHILE;
const TS_WORD = TC.IN | TS_STATEMNT | TC.ELSE | TC.BUILTIN | TC.LENGTH | TC.GETLINE | TC.FUNCDECL | TC.BEGIN | TC.END;
const TS_NOTERM = TS_BINOP | TC.COMMA | TC.LBRACE | TC.RBRACE | TC.SEMICOL | TC.NEWLINE;
export const TS_OPSEQ = TS_OPERAND | TS_UOPPRE | TC.REGEXP;
export const TS_GRPSEQ = TS_OPSEQ | TS_STATEMNT | TC.SEMICOL | TC.NEWLINE | TC.LBRACE;
const TS_CONCAT_L = TC.VARIABLE | TC.ARRTERM | TC.RPAREN | TC.STRING | TC.NUMBER | TC.UOPPOST | TC.LENGTH;
const TS_CONCAT_R = TS_OPERAND | TS_UOPPRE;

/** What a token means: its operation and, for operators, its priority (lower binds tighter; odd groups left to right). */
export interface Info {
  op: string;
  pri: number;
}

const info = (op: string, pri = 0): Info => ({ op, pri });

export const TI_PREINC = info("preinc", 9);
export const TI_PREDEC = info("predec", 9);
export const TI_LESS = info("<", 39);
export const TI_TERNARY = info("?", 64);
/** `?` as the parser files it: busybox adds P(6) to its priority. */
export const TI_TERNARY_PARSED = info("?", 70);
export const TI_COLON = info(":", 67);
export const TI_IN = info("in", 49);
export const TI_COMMA = info(",", 80);
export const TI_PGETLINE = info("pgetline", 37);
export const TI_CONCAT = info("concat", 35);
/** The `< file` of a getline: a concatenation with nothing on its left, priority 37. */
export const TI_GETLINE_FILE = info("concat", 37);
export const TI_REGEXP = info("regexp");
const TI_NONE = info("");

/** Statement keywords' info. */
export const ST = { if: info("if"), do: info("do"), for: info("for"), while: info("while") };

const BUILTINS = ["and", "compl", "lshift", "or", "rshift", "xor", "close", "system", "fflush", "atan2", "cos", "exp", "int", "log", "rand", "sin", "sqrt", "srand", "gensub", "gsub", "index", "match", "split", "sprintf", "sub", "substr", "systime", "strftime", "mktime", "tolower", "toupper"];

/** busybox's tokenlist: [text, class, info], in its order. */
const TOKENS: [string, number, Info][] = [
  ["(", TC.LPAREN, TI_NONE],
  [")", TC.RPAREN, TI_NONE],
  ["/", TC.REGEXP, TI_REGEXP],
  [">>", TC.OUTRDR, info("a")],
  [">", TC.OUTRDR, info("w")],
  ["|", TC.OUTRDR, info("|")],
  ["++", TC.UOPPOST, info("postinc", 9)],
  ["--", TC.UOPPOST, info("postdec", 9)],
  ["++", TC.UOPPRE1, TI_PREINC],
  ["--", TC.UOPPRE1, TI_PREDEC],
  ["$", TC.UOPPRE1, info("$", 5)],
  ["==", TC.BINOPX, info("==", 39)],
  ["=", TC.BINOPX, info("=", 74)],
  ["+=", TC.BINOPX, info("+=", 74)],
  ["-=", TC.BINOPX, info("-=", 74)],
  ["*=", TC.BINOPX, info("*=", 74)],
  ["/=", TC.BINOPX, info("/=", 74)],
  ["%=", TC.BINOPX, info("%=", 74)],
  ["^=", TC.BINOPX, info("^=", 74)],
  ["+", TC.BINOPX, info("+", 29)],
  ["-", TC.BINOPX, info("-", 29)],
  ["**=", TC.BINOPX, info("^=", 74)],
  ["**", TC.BINOPX, info("^", 15)],
  ["/", TC.BINOPX, info("/", 25)],
  ["%", TC.BINOPX, info("%", 25)],
  ["^", TC.BINOPX, info("^", 15)],
  ["*", TC.BINOPX, info("*", 25)],
  ["!=", TC.BINOPX, info("!=", 39)],
  [">=", TC.BINOPX, info(">=", 39)],
  ["<=", TC.BINOPX, info("<=", 39)],
  [">", TC.BINOPX, info(">", 39)],
  ["<", TC.BINOPX, TI_LESS],
  ["!~", TC.BINOPX, info("!~", 45)],
  ["~", TC.BINOPX, info("~", 45)],
  ["&&", TC.BINOPX, info("&&", 55)],
  ["||", TC.BINOPX, info("||", 59)],
  ["?", TC.BINOPX, TI_TERNARY],
  [":", TC.BINOPX, TI_COLON],
  ["in", TC.IN, TI_IN],
  [",", TC.COMMA, TI_COMMA],
  ["|", TC.PIPE, TI_PGETLINE],
  ["+", TC.UOPPRE2, info("uplus", 19)],
  ["-", TC.UOPPRE2, info("uminus", 19)],
  ["!", TC.UOPPRE2, info("!", 19)],
  ["]", TC.ARRTERM, TI_NONE],
  ["{", TC.LBRACE, TI_NONE],
  ["}", TC.RBRACE, TI_NONE],
  [";", TC.SEMICOL, TI_NONE],
  ["\n", TC.NEWLINE, TI_NONE],
  ["if", TC.STATX, ST.if],
  ["do", TC.STATX, ST.do],
  ["for", TC.STATX, ST.for],
  ["break", TC.STATX, info("break")],
  ["continue", TC.STATX, info("continue")],
  ["delete", TC.STATX, info("delete")],
  ["print", TC.STATX, info("print")],
  ["printf", TC.STATX, info("printf")],
  ["next", TC.STATX, info("next")],
  ["nextfile", TC.STATX, info("nextfile")],
  ["return", TC.STATX, info("return")],
  ["exit", TC.STATX, info("exit")],
  ["while", TC.WHILE, ST.while],
  ["else", TC.ELSE, TI_NONE],
  ...BUILTINS.map((b): [string, number, Info] => [b, TC.BUILTIN, info(b)]),
  ["length", TC.LENGTH, info("length")],
  ["getline", TC.GETLINE, info("getline")],
  ["func", TC.FUNCDECL, TI_NONE],
  ["function", TC.FUNCDECL, TI_NONE],
  ["BEGIN", TC.BEGIN, TI_NONE],
  ["END", TC.END, TI_NONE],
];

/** A syntax error as busybox reports it: `awk: PROGNAME:LINE: MESSAGE`, exit status 1. */
export class AwkSyntaxError extends Error {
  constructor(
    readonly progname: string,
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

export const EMSG_UNEXP_EOS = "Unexpected end of string";
export const EMSG_UNEXP_TOKEN = "Unexpected token";

const isAlnum = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9_]/.test(c);
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= "0" && c <= "9";

/**
 * bb_process_escape_sequence: the escape after a backslash at `s[i]` (i is past the backslash).
 * Returns the character and where the escape ends; an unknown escape returns "\\" and i unchanged.
 */
export function escapeAt(s: string, i: number): { ch: string; end: number } {
  let q = i;
  let base = 8;
  let digits = 0;
  let n = 0;
  if (s[q] === "x") {
    q++;
    base = 16;
    digits++;
  }
  do {
    const c = s[q];
    if (c === undefined) break;
    let d = c.charCodeAt(0) - 48;
    if (d < 0 || d >= 10) {
      const l = (c.charCodeAt(0) | 0x20) - 97;
      d = l >= 0 ? l + 10 : 99;
    }
    if (d >= base) {
      if (base === 16 && --digits === 0) return { ch: "\\", end: i };
      break;
    }
    const r = n * base + d;
    if (r > 255) break;
    n = r;
    q++;
  } while (++digits < 3);
  if (digits === 0) {
    const map: Record<string, string> = { a: "\x07", b: "\b", e: "\x1b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v", "\\": "\\" };
    const c = s[q];
    if (c !== undefined && c in map) return { ch: map[c], end: q + 1 };
    return { ch: "\\", end: i };
  }
  return { ch: String.fromCharCode(n), end: q };
}

/** awk's nextchar(): one character of a string literal or -v value, escapes processed. */
function nextChar(s: string, i: number): { ch: string; end: number } {
  for (;;) {
    const c = s[i++];
    if (c !== "\\") return { ch: c, end: i };
    const e = escapeAt(s, i);
    if (e.end !== i) return e;
    // An unknown escape \z is z; a backslash-newline vanishes.
    const z = s[i];
    if (z === undefined) return { ch: "", end: i };
    i++;
    if (z !== "\n") return { ch: z, end: i };
  }
}

/** unescape_string_in_place: what -v VAR=VALUE, -F and command-line assignments do to their text. */
export function unescape(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; ) {
    const r = nextChar(s, i);
    out += r.ch;
    i = r.end;
  }
  return out;
}

/**
 * strtod() as glibc reads a number at `s[i]`: leading white space, a sign, decimal or hex digits
 * with an exponent, inf, infinity, nan. Returns the value and where it ended (i itself when
 * nothing was read).
 */
export function strtod(s: string, i = 0): { value: number; end: number } {
  let p = i;
  while (p < s.length && " \t\n\v\f\r".includes(s[p])) p++;
  let sign = 1;
  if (s[p] === "+" || s[p] === "-") {
    if (s[p] === "-") sign = -1;
    p++;
  }
  const rest = s.slice(p, p + 9).toLowerCase();
  if (rest.startsWith("inf")) return { value: sign * Infinity, end: p + (rest.startsWith("infinity") ? 8 : 3) };
  if (rest.startsWith("nan")) {
    let end = p + 3;
    const m = /^\([A-Za-z0-9_]*\)/.exec(s.slice(end));
    if (m) end += m[0].length;
    return { value: NaN, end };
  }
  if (s[p] === "0" && (s[p + 1] === "x" || s[p + 1] === "X")) {
    const m = /^0[xX]([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?/.exec(s.slice(p));
    if (m && (m[1] || m[2])) {
      let v = 0;
      for (const c of m[1]) v = v * 16 + parseInt(c, 16);
      let scale = 1 / 16;
      for (const c of m[2] ?? "") {
        v += parseInt(c, 16) * scale;
        scale /= 16;
      }
      let end = p + m[0].length;
      const e = /^[pP]([+-]?\d+)/.exec(s.slice(end));
      if (e) {
        v *= 2 ** Number(e[1]);
        end += e[0].length;
      }
      return { value: sign * v, end };
    }
    return { value: 0 * sign, end: p + 1 };
  }
  const m = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(s.slice(p));
  if (!m) return { value: 0, end: i };
  return { value: sign * Number(m[0]), end: p + m[0].length };
}

export class Lexer {
  pos = 0;
  /** Line of the text being read (t_lineno) and of the token last read (g_lineno). */
  tLine = 1;
  line = 1;
  /** The last token read: its class, info, text (names, strings, regexps) and number. */
  tclass: number = TC.NEWLINE;
  info: Info = TI_NONE;
  str = "";
  num = 0;
  private rollback = false;
  private concatInserted = false;
  private saveClass = 0;
  private saveInfo: Info = TI_NONE;

  constructor(
    private readonly src: string,
    readonly progname: string,
  ) {}

  error(message: string): never {
    throw new AwkSyntaxError(this.progname, this.line, message);
  }

  /** The next token, which must be of one of the `expected` classes. */
  next(expected: number): number {
    const last = this.tclass;
    if (this.rollback) this.rollback = false;
    else if (this.concatInserted) {
      this.concatInserted = false;
      this.tclass = this.saveClass;
      this.info = this.saveInfo;
    } else this.read(expected, last);
    if (!(this.tclass & expected)) this.error(last & (TC.NEWLINE | TC.EOF) ? EMSG_UNEXP_EOS : EMSG_UNEXP_TOKEN);
    return this.tclass;
  }

  /** Makes the next call to next() return the current token again. */
  unread(): void {
    this.rollback = true;
  }

  private skipSpaces(): void {
    const s = this.src;
    for (;;) {
      if (s[this.pos] === "\\" && s[this.pos + 1] === "\n") {
        this.pos += 2;
        this.tLine++;
      } else if (s[this.pos] === " " || s[this.pos] === "\t") this.pos++;
      else return;
    }
  }

  private read(expected: number, last: number): void {
    const s = this.src;
    let tc: number;
    for (;;) {
      this.skipSpaces();
      this.line = this.tLine;
      if (s[this.pos] === "#") while (this.pos < s.length && s[this.pos] !== "\n") this.pos++;
      const c = s[this.pos];
      if (c === undefined) tc = TC.EOF;
      else if (c === '"') tc = this.readString();
      else if (expected & TC.REGEXP && c === "/") tc = this.readRegexp();
      else if (c === "." || isDigit(c)) tc = this.readNumber();
      else tc = this.readWord(expected, last);
      // Newlines after a token that cannot end a statement are skipped.
      if (last & TS_NOTERM && tc & TC.NEWLINE) continue;
      break;
    }
    if (last & TS_CONCAT_L && tc & TS_CONCAT_R && expected & TS_BINOP && !(last === TC.LENGTH && tc === TC.LPAREN)) {
      this.concatInserted = true;
      this.saveClass = tc;
      this.saveInfo = this.info;
      tc = TC.BINOPX;
      this.info = TI_CONCAT;
    }
    this.tclass = tc;
  }

  private readString(): number {
    const s = this.src;
    let p = this.pos + 1;
    let out = "";
    while (s[p] !== '"') {
      if (p >= s.length || s[p] === "\n") this.error(EMSG_UNEXP_EOS);
      const r = nextChar(s, p);
      out += r.ch;
      p = r.end;
    }
    this.pos = p + 1;
    this.str = out;
    return TC.STRING;
  }

  private readRegexp(): number {
    const s = this.src;
    let p = this.pos + 1;
    let out = "";
    while (s[p] !== "/") {
      if (p >= s.length || s[p] === "\n") this.error(EMSG_UNEXP_EOS);
      const c = s[p++];
      if (c !== "\\") {
        out += c;
        continue;
      }
      // A known escape becomes its character, \\ stays two backslashes, anything else keeps its backslash.
      const e = escapeAt(s, p);
      out += e.ch;
      if (s[p] === "\\") out += "\\";
      if (e.end === p) out += s[p++] ?? "";
      else p = e.end;
    }
    this.pos = p + 1;
    this.str = out;
    return TC.REGEXP;
  }

  private readNumber(): number {
    const s = this.src;
    let p = this.pos;
    let value: number | undefined;
    // Program text (not input) may hold hex and octal integers: 0x1F, 011.
    if (s[p] === "0" && (s[p + 1] === "x" || s[p + 1] === "X" || isDigit(s[p + 1]))) {
      const hex = s[p + 1] === "x" || s[p + 1] === "X";
      const m = hex ? /^0[xX][0-9a-fA-F]*/.exec(s.slice(p)) : /^0[0-7]*/.exec(s.slice(p))!;
      const digits = hex ? m![0].slice(2) : m![0];
      const end = p + (hex && !digits ? 1 : m![0].length);
      if (hex || (!isDigit(s[end]) && s[end] !== ".")) {
        value = digits ? parseInt(digits, hex ? 16 : 8) : 0;
        p = end;
      }
    }
    if (value === undefined) {
      const r = strtod(s, p);
      value = r.value;
      p = r.end;
    }
    this.pos = p;
    if (s[p] === ".") this.error(EMSG_UNEXP_TOKEN);
    this.num = value;
    return TC.NUMBER;
  }

  private readWord(expected: number, last: number): number {
    const s = this.src;
    let p = this.pos;
    if (s[p] === "\n") this.tLine++;
    for (const [text, tc, inf] of TOKENS) {
      if (!(tc & (expected | TS_WORD | TC.NEWLINE))) continue;
      if (!s.startsWith(text, p)) continue;
      if (tc & TS_WORD && isAlnum(s[p + text.length])) continue;
      this.info = inf;
      this.pos = p + text.length;
      return tc;
    }
    if (!isAlnum(s[p])) this.error(EMSG_UNEXP_TOKEN);
    const start = p;
    while (isAlnum(s[p])) p++;
    this.str = s.slice(start, p);
    const skip = (q: number): number => {
      while (s[q] === " " || s[q] === "\t" || (s[q] === "\\" && s[q + 1] === "\n")) q += s[q] === "\\" ? 2 : 1;
      return q;
    };
    if (last === TC.FUNCDECL) p = skip(p);
    else if (expected & TC.ARRAY && s[skip(p)] === "[") p = skip(p);
    let tc: number;
    if (s[p] === "(") {
      p++;
      tc = TC.FUNCTION;
    } else if (s[p] === "[") {
      p++;
      tc = TC.ARRAY;
    } else tc = TC.VARIABLE;
    this.pos = p;
    return tc;
  }
}
