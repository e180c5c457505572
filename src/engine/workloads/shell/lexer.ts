/**
 * Tokenizer for the sh subset. Words are split into parts (quoted text, $VAR, $(...), $((...)))
 * here rather than at run time so a cached parse does all the character-level work once.
 * Command substitutions are parsed by calling back into the parser on the same source, which
 * keeps quoting inside $(...) exact without a separate paren-matching heuristic.
 */
import type { ParamOp, Redir, RedirOp, Script, Word, WordPart } from "./ast";

export class ShellSyntaxError extends Error {}

export type Op = "&&" | "||" | "|" | ";" | ";;" | "&" | "(" | ")";

export type Token =
  | { t: "word"; word: Word; plain: string | null }
  | { t: "op"; op: Op }
  | { t: "newline" }
  | { t: "redir"; fd: number | null; op: RedirOp }
  | { t: "eof" };

/** Supplied by the parser so the lexer can parse $(...) and `...` bodies. */
export interface NestedParser {
  /** Parses from `pos` (just after "$(") up to and including the matching ")". */
  substitution(src: string, pos: number, depth: number): { script: Script; end: number };
  /** Parses a complete script (the body of a backquote substitution). */
  text(src: string, depth: number): Script;
}

const OPERATORS: [string, Token][] = [
  ["&>>", { t: "redir", fd: null, op: "&>>" }],
  ["&&", { t: "op", op: "&&" }],
  ["&>", { t: "redir", fd: null, op: "&>" }],
  ["&", { t: "op", op: "&" }],
  ["||", { t: "op", op: "||" }],
  ["|", { t: "op", op: "|" }],
  [";;", { t: "op", op: ";;" }],
  [";", { t: "op", op: ";" }],
  ["(", { t: "op", op: "(" }],
  [")", { t: "op", op: ")" }],
  ["<<-", { t: "redir", fd: null, op: "<<-" }],
  ["<<", { t: "redir", fd: null, op: "<<" }],
  ["<>", { t: "redir", fd: null, op: "<>" }],
  ["<&", { t: "redir", fd: null, op: "<&" }],
  ["<", { t: "redir", fd: null, op: "<" }],
  [">>", { t: "redir", fd: null, op: ">>" }],
  [">&", { t: "redir", fd: null, op: ">&" }],
  [">|", { t: "redir", fd: null, op: ">|" }],
  [">", { t: "redir", fd: null, op: ">" }],
];

const META = new Set([" ", "\t", "\n", ";", "&", "|", "(", ")", "<", ">"]);
const SPECIAL_PARAMS = new Set(["?", "$", "#", "@", "*", "!", "-", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]);
const GLOB_CHARS = /[*?[]/;

const isNameStart = (c: string | undefined): boolean => c !== undefined && /[A-Za-z_]/.test(c);
const isNameChar = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9_]/.test(c);

function pushLit(parts: WordPart[], text: string, quoted: boolean): void {
  const last = parts[parts.length - 1];
  if (last && last.k === "lit" && last.quoted === quoted) last.text += text;
  else parts.push({ k: "lit", text, quoted });
}

export function makeWord(parts: WordPart[]): Word {
  let literal: string | null = "";
  for (const p of parts) {
    if (p.k !== "lit" || (!p.quoted && GLOB_CHARS.test(p.text))) {
      literal = null;
      break;
    }
    literal += p.text;
  }
  return { parts, literal };
}

interface PendingHeredoc {
  redir: Redir;
  delim: string;
  quoted: boolean;
  strip: boolean;
}

/** Which backslash escapes a double-quote-like context honours. */
const DQUOTE_ESCAPES = new Set(["$", "`", '"', "\\", "\n"]);
const HEREDOC_ESCAPES = new Set(["$", "`", "\\", "\n"]);

export class Lexer {
  pos: number;
  private pending: PendingHeredoc[] = [];

  constructor(
    readonly src: string,
    pos: number,
    readonly depth: number,
    private readonly nested: NestedParser,
  ) {
    this.pos = pos;
  }

  /** Called by the parser right after it reads a here-document's delimiter word. */
  queueHeredoc(redir: Redir, delim: string, quoted: boolean, strip: boolean): void {
    redir.heredoc = { body: makeWord([]) };
    this.pending.push({ redir, delim, quoted, strip });
  }

  next(): Token {
    const src = this.src;
    for (;;) {
      const c = src[this.pos];
      if (c === " " || c === "\t") this.pos++;
      else if (c === "\\" && src[this.pos + 1] === "\n") this.pos += 2;
      else if (c === "#") {
        while (this.pos < src.length && src[this.pos] !== "\n") this.pos++;
      } else break;
    }
    if (this.pos >= src.length) return { t: "eof" };
    const c = src[this.pos];
    if (c === "\n") {
      this.pos++;
      this.readHeredocs();
      return { t: "newline" };
    }
    const ioNumber = /^(\d)(?=[<>])/.exec(src.slice(this.pos, this.pos + 2));
    if (ioNumber) {
      this.pos += 1;
      const t = this.next();
      if (t.t === "redir") return { ...t, fd: Number(ioNumber[1]) };
      throw new ShellSyntaxError("syntax error: bad redirection");
    }
    for (const [text, tok] of OPERATORS) {
      if (src.startsWith(text, this.pos)) {
        this.pos += text.length;
        return tok;
      }
    }
    return this.readWord();
  }

  private readWord(): Token {
    const src = this.src;
    const parts: WordPart[] = [];
    const start = this.pos;
    while (this.pos < src.length) {
      const c = src[this.pos];
      if (META.has(c)) break;
      if (c === "\\") {
        const n = src[this.pos + 1];
        if (n === undefined) {
          pushLit(parts, "\\", false);
          this.pos++;
        } else {
          if (n !== "\n") pushLit(parts, n, true);
          this.pos += 2;
        }
      } else if (c === "'") {
        const end = src.indexOf("'", this.pos + 1);
        if (end < 0) throw new ShellSyntaxError("syntax error: unterminated quoted string");
        pushLit(parts, src.slice(this.pos + 1, end), true);
        this.pos = end + 1;
      } else if (c === '"') {
        this.pos++;
        this.readDoubleQuoted(parts);
      } else if (c === "$") {
        this.readDollar(parts, false);
      } else if (c === "`") {
        this.readBackquote(parts, false);
      } else if (c === "~" && this.pos === start) {
        let end = this.pos + 1;
        while (end < src.length && /[A-Za-z0-9_.-]/.test(src[end])) end++;
        if (end >= src.length || src[end] === "/" || META.has(src[end])) {
          parts.push({ k: "tilde", user: src.slice(this.pos + 1, end) });
          this.pos = end;
        } else {
          pushLit(parts, c, false);
          this.pos++;
        }
      } else {
        pushLit(parts, c, false);
        this.pos++;
      }
    }
    const only = parts.length === 1 ? parts[0] : undefined;
    const plain = only && only.k === "lit" && !only.quoted ? only.text : null;
    return { t: "word", word: makeWord(parts), plain };
  }

  /**
   * An empty "" must still leave a part behind (it makes an empty field), but "$@" must not
   * gain one: with no positional parameters it expands to no field at all.
   */
  private readDoubleQuoted(parts: WordPart[]): void {
    const before = parts.length;
    this.readQuoted(parts, '"', DQUOTE_ESCAPES);
    if (parts.length === before) pushLit(parts, "", true);
  }

  /**
   * Reads double-quote-like text: up to `end` ('"'), or to the end of the source when `end` is
   * null (here-document bodies and $((...)) contents, which are lexed from their own string).
   */
  private readQuoted(parts: WordPart[], end: string | null, escapes: Set<string>): void {
    const src = this.src;
    for (;;) {
      if (this.pos >= src.length) {
        if (end === null) return;
        throw new ShellSyntaxError("syntax error: unterminated quoted string");
      }
      const c = src[this.pos];
      if (c === end) {
        this.pos++;
        return;
      }
      if (c === "\\" && escapes.has(src[this.pos + 1])) {
        if (src[this.pos + 1] !== "\n") pushLit(parts, src[this.pos + 1], true);
        this.pos += 2;
      } else if (c === "$") {
        this.readDollar(parts, true);
      } else if (c === "`") {
        this.readBackquote(parts, true);
      } else {
        pushLit(parts, c, true);
        this.pos++;
      }
    }
  }

  private readDollar(parts: WordPart[], quoted: boolean): void {
    const src = this.src;
    const n = src[this.pos + 1];
    if (n === "(" && src[this.pos + 2] === "(") {
      const close = this.findArithEnd(this.pos + 3);
      if (close >= 0) {
        const expr = this.embedded(src.slice(this.pos + 3, close), HEREDOC_ESCAPES);
        parts.push({ k: "arith", expr, quoted });
        this.pos = close + 2;
        return;
      }
    }
    if (n === "(") {
      const { script, end } = this.nested.substitution(src, this.pos + 2, this.depth);
      parts.push({ k: "cmdsub", script, quoted });
      this.pos = end;
    } else if (n === "{") {
      this.readBraced(parts, quoted);
    } else if (n === "'" && !quoted) {
      this.pos += 2;
      pushLit(parts, this.readAnsiC(), true);
    } else if (isNameStart(n)) {
      let end = this.pos + 2;
      while (isNameChar(src[end])) end++;
      parts.push({ k: "param", name: src.slice(this.pos + 1, end), op: null, arg: null, quoted });
      this.pos = end;
    } else if (n !== undefined && SPECIAL_PARAMS.has(n)) {
      parts.push({ k: "param", name: n, op: null, arg: null, quoted });
      this.pos += 2;
    } else {
      pushLit(parts, "$", quoted);
      this.pos++;
    }
  }

  /** Index of the first ")" of the "))" closing a $(( )), or -1 when it is really $( (...) ). */
  private findArithEnd(from: number): number {
    const src = this.src;
    let depth = 0;
    for (let i = from; i < src.length; i++) {
      const c = src[i];
      if (c === "(") depth++;
      else if (c === ")") {
        if (depth > 0) depth--;
        else return src[i + 1] === ")" ? i : -1;
      }
    }
    throw new ShellSyntaxError('syntax error: unexpected end of file (expecting "))")');
  }

  private readBraced(parts: WordPart[], quoted: boolean): void {
    const src = this.src;
    let p = this.pos + 2;
    const readName = (): string => {
      if (isNameStart(src[p])) {
        const s = p;
        while (isNameChar(src[p])) p++;
        return src.slice(s, p);
      }
      if (/[0-9]/.test(src[p] ?? "")) {
        const s = p;
        while (/[0-9]/.test(src[p] ?? "")) p++;
        return src.slice(s, p);
      }
      if (src[p] !== undefined && SPECIAL_PARAMS.has(src[p])) return src[p++];
      return "";
    };
    const bad = (): never => {
      throw new ShellSyntaxError("syntax error: bad substitution");
    };
    if (src[p] === "#" && src[p + 1] !== "}" && src[p + 1] !== undefined) {
      p++;
      const name = readName();
      if (!name || src[p] !== "}") bad();
      parts.push({ k: "param", name, op: "len", arg: null, quoted });
      this.pos = p + 1;
      return;
    }
    const name = readName();
    if (!name) bad();
    if (p >= src.length) throw new ShellSyntaxError("syntax error: missing '}'");
    if (src[p] === "}") {
      parts.push({ k: "param", name, op: null, arg: null, quoted });
      this.pos = p + 1;
      return;
    }
    let op: ParamOp;
    const two = src.slice(p, p + 2);
    if (two === ":-" || two === ":=" || two === ":+" || two === ":?" || two === "##" || two === "%%") op = two;
    else if ("-=+?#%".includes(src[p] ?? "x")) op = src[p] as ParamOp;
    else return bad();
    this.pos = p + op.length;
    const arg = this.readBraceArg(quoted);
    parts.push({ k: "param", name, op, arg, quoted });
  }

  /** The word after the operator in ${name<op>word}, up to the matching "}". */
  private readBraceArg(inDquote: boolean): Word {
    const src = this.src;
    const parts: WordPart[] = [];
    for (;;) {
      if (this.pos >= src.length) throw new ShellSyntaxError("syntax error: missing '}'");
      const c = src[this.pos];
      if (c === "}") {
        this.pos++;
        return makeWord(parts);
      }
      if (c === "\\" && this.pos + 1 < src.length) {
        pushLit(parts, src[this.pos + 1], true);
        this.pos += 2;
      } else if (c === "'" && !inDquote) {
        const end = src.indexOf("'", this.pos + 1);
        if (end < 0) throw new ShellSyntaxError("syntax error: unterminated quoted string");
        pushLit(parts, src.slice(this.pos + 1, end), true);
        this.pos = end + 1;
      } else if (c === '"') {
        this.pos++;
        this.readDoubleQuoted(parts);
      } else if (c === "$") {
        this.readDollar(parts, inDquote);
      } else if (c === "`") {
        this.readBackquote(parts, inDquote);
      } else {
        pushLit(parts, c, inDquote);
        this.pos++;
      }
    }
  }

  private readBackquote(parts: WordPart[], quoted: boolean): void {
    const src = this.src;
    let p = this.pos + 1;
    let text = "";
    for (;;) {
      if (p >= src.length) throw new ShellSyntaxError("syntax error: EOF in backquote substitution");
      const c = src[p];
      if (c === "`") break;
      if (c === "\\" && (src[p + 1] === "\\" || src[p + 1] === "`" || src[p + 1] === "$" || (quoted && src[p + 1] === '"'))) {
        text += src[p + 1];
        p += 2;
      } else {
        text += c;
        p++;
      }
    }
    parts.push({ k: "cmdsub", script: this.nested.text(text, this.depth), quoted });
    this.pos = p + 1;
  }

  /** bash/busybox $'...': C escapes, no expansion. */
  private readAnsiC(): string {
    const src = this.src;
    const simple: Record<string, string> = { n: "\n", t: "\t", r: "\r", a: "\x07", b: "\b", f: "\f", v: "\v", e: "\x1b", "\\": "\\", "'": "'", '"': '"' };
    let out = "";
    for (;;) {
      if (this.pos >= src.length) throw new ShellSyntaxError("syntax error: unterminated quoted string");
      const c = src[this.pos++];
      if (c === "'") return out;
      if (c !== "\\") {
        out += c;
        continue;
      }
      const e = src[this.pos++] ?? "";
      if (e in simple) out += simple[e];
      else if (/[0-7]/.test(e)) {
        let digits = e;
        while (digits.length < 3 && /[0-7]/.test(src[this.pos] ?? "")) digits += src[this.pos++];
        out += String.fromCharCode(parseInt(digits, 8));
      } else if (e === "x") {
        let digits = "";
        while (digits.length < 2 && /[0-9a-fA-F]/.test(src[this.pos] ?? "")) digits += src[this.pos++];
        out += digits ? String.fromCharCode(parseInt(digits, 16)) : "\\x";
      } else out += "\\" + e;
    }
  }

  /** Lexes a standalone double-quote-like text (heredoc body, arithmetic) into a word. */
  private embedded(text: string, escapes: Set<string>): Word {
    const sub = new Lexer(text, 0, this.depth, this.nested);
    const parts: WordPart[] = [];
    sub.readQuoted(parts, null, escapes);
    return makeWord(parts);
  }

  private readHeredocs(): void {
    const src = this.src;
    for (const h of this.pending) {
      let body = "";
      while (this.pos < src.length) {
        const eol = src.indexOf("\n", this.pos);
        const raw = src.slice(this.pos, eol < 0 ? src.length : eol);
        this.pos = eol < 0 ? src.length : eol + 1;
        const line = h.strip ? raw.replace(/^\t+/, "") : raw;
        if (line === h.delim) break;
        body += line + "\n";
      }
      h.redir.heredoc = { body: h.quoted ? makeWord([{ k: "lit", text: body, quoted: true }]) : this.embedded(body, HEREDOC_ESCAPES) };
    }
    this.pending = [];
  }
}
