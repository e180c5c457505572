/**
 * Recursive-descent parser for the sh subset. Error texts follow busybox ash
 * (`syntax error: unexpected "fi"`, `unexpected end of file (expecting "done")`); the caller adds
 * the `sh: ` prefix because that depends on how the shell was invoked.
 */
import type { AndOr, CaseCommand, Command, ForCommand, IfCommand, List, LoopCommand, Pipeline, Redir, Script, SimpleCommand, Word } from "./ast";
import { Lexer, ShellSyntaxError, makeWord } from "./lexer";
import type { NestedParser, Token } from "./lexer";

/** Deeper nesting than this is refused so neither parsing nor execution can exhaust the JS stack. */
export const MAX_NESTING = 200;

const STOP_WORDS = new Set(["then", "else", "elif", "fi", "do", "done", "esac", "}"]);
const KEYWORDS = new Set(["if", "then", "else", "elif", "fi", "do", "done", "case", "esac", "while", "until", "for", "in", "{", "}", "!"]);
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=/;

const NESTED: NestedParser = {
  substitution(src, pos, depth) {
    const lex = new Lexer(src, pos, depth + 1, NESTED);
    const p = new Parser(lex);
    const body = p.compoundList();
    const t = p.take();
    if (t.t !== "op" || t.op !== ")") p.unexpected(t, ")");
    return { script: { body }, end: lex.pos };
  },
  text(src, depth) {
    const p = new Parser(new Lexer(src, 0, depth + 1, NESTED));
    const body = p.compoundList();
    const t = p.take();
    if (t.t !== "eof") p.unexpected(t);
    return { body };
  },
};

function tokenName(t: Token): string {
  switch (t.t) {
    case "eof":
      return "end of file";
    case "newline":
      return "newline";
    case "redir":
      return "redirection";
    case "op":
      return `"${t.op}"`;
    case "word":
      return t.plain !== null && KEYWORDS.has(t.plain) ? `"${t.plain}"` : "word";
  }
}

function isWord(t: Token, plain: string): boolean {
  return t.t === "word" && t.plain === plain;
}

function isOp(t: Token, op: string): boolean {
  return t.t === "op" && t.op === op;
}

/** The delimiter of a here-document: its text with quotes removed. */
function delimiterText(w: Word): string {
  return w.parts.map((p) => (p.k === "lit" ? p.text : p.k === "param" ? "$" + p.name : "")).join("");
}

export class Parser {
  private look: Token | null = null;
  private nesting = 0;

  constructor(private readonly lex: Lexer) {}

  peek(): Token {
    return (this.look ??= this.lex.next());
  }

  take(): Token {
    const t = this.peek();
    this.look = null;
    return t;
  }

  unexpected(t: Token, expecting?: string): never {
    const tail = expecting === undefined ? "" : ` (expecting "${expecting}")`;
    throw new ShellSyntaxError(`syntax error: unexpected ${tokenName(t)}${tail}`);
  }

  /** The whole script, one line (complete command) at a time, as ash does. */
  program(): { script: Script; error?: string } {
    const items: List["items"] = [];
    try {
      for (;;) {
        this.skipNewlines();
        if (this.peek().t === "eof") break;
        items.push(...this.line());
      }
      return { script: { body: { items } } };
    } catch (e) {
      if (e instanceof ShellSyntaxError) return { script: { body: { items } }, error: e.message };
      throw e;
    }
  }

  private line(): List["items"] {
    const items: List["items"] = [];
    for (;;) {
      const andOr = this.andOr();
      const t = this.peek();
      if (isOp(t, ";") || isOp(t, "&")) {
        this.take();
        items.push({ andOr, background: isOp(t, "&") });
        const n = this.peek();
        if (n.t === "newline" || n.t === "eof") return items;
        continue;
      }
      items.push({ andOr, background: false });
      if (t.t === "newline" || t.t === "eof") return items;
      this.unexpected(t);
    }
  }

  private skipNewlines(): void {
    while (this.peek().t === "newline") this.take();
  }

  /** A list inside a compound command: stops (without consuming) at a closing keyword, ")", ";;" or EOF. */
  compoundList(): List {
    const items: List["items"] = [];
    for (;;) {
      this.skipNewlines();
      const t = this.peek();
      if (t.t === "eof" || isOp(t, ")") || isOp(t, ";;")) break;
      if (t.t === "word" && t.plain !== null && STOP_WORDS.has(t.plain)) break;
      const andOr = this.andOr();
      const sep = this.peek();
      if (isOp(sep, ";") || isOp(sep, "&")) {
        this.take();
        items.push({ andOr, background: isOp(sep, "&") });
      } else {
        items.push({ andOr, background: false });
        if (sep.t !== "newline") break;
      }
    }
    return { items };
  }

  private requiredList(): List {
    const list = this.compoundList();
    if (list.items.length === 0) this.unexpected(this.peek());
    return list;
  }

  private expectWord(word: string): void {
    const t = this.take();
    if (!isWord(t, word)) this.unexpected(t, word);
  }

  private andOr(): AndOr {
    const first = this.pipeline();
    const rest: AndOr["rest"] = [];
    for (;;) {
      const t = this.peek();
      if (!isOp(t, "&&") && !isOp(t, "||")) return { first, rest };
      this.take();
      this.skipNewlines();
      rest.push({ op: isOp(t, "&&") ? "&&" : "||", pipeline: this.pipeline() });
    }
  }

  private pipeline(): Pipeline {
    let negate = false;
    if (isWord(this.peek(), "!")) {
      this.take();
      negate = true;
    }
    const commands = [this.command()];
    while (isOp(this.peek(), "|")) {
      this.take();
      this.skipNewlines();
      commands.push(this.command());
    }
    return { negate, commands };
  }

  private command(): Command {
    const t = this.peek();
    if (t.t === "word" && t.plain !== null) {
      const compound = this.compound(t.plain);
      if (compound) return compound;
      if (STOP_WORDS.has(t.plain)) this.unexpected(t);
    }
    if (isOp(t, "(")) return this.compound("(")!;
    if (t.t === "word" || t.t === "redir") return this.simple();
    return this.unexpected(t);
  }

  private compound(keyword: string): Command | null {
    let parse: (() => Command) | null = null;
    if (keyword === "if") parse = () => this.ifCommand();
    else if (keyword === "while" || keyword === "until") parse = () => this.loop(keyword === "until");
    else if (keyword === "for") parse = () => this.forCommand();
    else if (keyword === "case") parse = () => this.caseCommand();
    else if (keyword === "{") parse = () => this.group("{", "}");
    else if (keyword === "(") parse = () => this.group("(", ")");
    if (!parse) return null;
    if (++this.nesting + this.lex.depth > MAX_NESTING) throw new ShellSyntaxError("syntax error: nesting too deep");
    const node = parse();
    this.nesting--;
    const redirs = node.type === "function" ? [] : node.redirs;
    while (this.peek().t === "redir") redirs.push(this.redirect());
    return node;
  }

  private ifCommand(): IfCommand {
    this.take();
    const clauses: IfCommand["clauses"] = [];
    let elseBody: List | null = null;
    let cond = this.requiredList();
    for (;;) {
      this.expectWord("then");
      clauses.push({ cond, body: this.requiredList() });
      const t = this.take();
      if (isWord(t, "elif")) {
        cond = this.requiredList();
        continue;
      }
      if (isWord(t, "else")) {
        elseBody = this.requiredList();
        this.expectWord("fi");
      } else if (!isWord(t, "fi")) this.unexpected(t, "fi");
      return { type: "if", clauses, elseBody, redirs: [] };
    }
  }

  private loop(until: boolean): LoopCommand {
    this.take();
    const cond = this.requiredList();
    this.expectWord("do");
    const body = this.requiredList();
    this.expectWord("done");
    return { type: "loop", until, cond, body, redirs: [] };
  }

  private forCommand(): ForCommand {
    this.take();
    const nameTok = this.take();
    if (nameTok.t !== "word" || nameTok.plain === null || !NAME.test(nameTok.plain)) {
      throw new ShellSyntaxError("syntax error: bad for loop variable");
    }
    this.skipNewlines();
    let words: Word[] | null = null;
    if (isWord(this.peek(), "in")) {
      this.take();
      words = [];
      for (let t = this.peek(); t.t === "word"; t = this.peek()) words.push((this.take() as { word: Word }).word);
      const sep = this.take();
      if (!isOp(sep, ";") && sep.t !== "newline") this.unexpected(sep, "do");
    } else if (isOp(this.peek(), ";")) this.take();
    this.skipNewlines();
    this.expectWord("do");
    const body = this.requiredList();
    this.expectWord("done");
    return { type: "for", name: nameTok.plain, words, body, redirs: [] };
  }

  private caseCommand(): CaseCommand {
    this.take();
    const subject = this.take();
    if (subject.t !== "word") return this.unexpected(subject);
    this.skipNewlines();
    this.expectWord("in");
    const items: CaseCommand["items"] = [];
    for (;;) {
      this.skipNewlines();
      if (isWord(this.peek(), "esac")) {
        this.take();
        break;
      }
      if (isOp(this.peek(), "(")) this.take();
      const patterns: Word[] = [];
      for (;;) {
        const p = this.take();
        if (p.t !== "word") this.unexpected(p);
        patterns.push(p.word);
        const sep = this.take();
        if (isOp(sep, ")")) break;
        if (!isOp(sep, "|")) this.unexpected(sep, ")");
      }
      items.push({ patterns, body: this.compoundList() });
      const end = this.take();
      if (isWord(end, "esac")) break;
      if (!isOp(end, ";;")) this.unexpected(end, ";;");
    }
    return { type: "case", subject: subject.word, items, redirs: [] };
  }

  private group(open: "{" | "(", close: "}" | ")"): Command {
    this.take();
    const body = this.requiredList();
    const t = this.take();
    if (open === "{" ? !isWord(t, close) : !isOp(t, close)) this.unexpected(t, close);
    return { type: open === "{" ? "group" : "subshell", body, redirs: [] };
  }

  private redirect(): Redir {
    const t = this.take() as Extract<Token, { t: "redir" }>;
    const target = this.take();
    if (target.t !== "word") return this.unexpected(target);
    const fd = t.fd ?? (t.op.startsWith("<") ? 0 : 1);
    const redir: Redir = { fd, op: t.op, target: target.word };
    if (t.op === "<<" || t.op === "<<-") {
      const quoted = target.word.parts.some((p) => p.k !== "lit" || p.quoted);
      this.lex.queueHeredoc(redir, delimiterText(target.word), quoted, t.op === "<<-");
    }
    return redir;
  }

  private simple(): Command {
    const cmd: SimpleCommand = { type: "simple", assigns: [], words: [], redirs: [] };
    for (;;) {
      const t = this.peek();
      if (t.t === "redir") {
        cmd.redirs.push(this.redirect());
        continue;
      }
      if (t.t !== "word") break;
      this.take();
      const head = t.word.parts[0];
      const first = cmd.words.length === 0 && head?.k === "lit" && !head.quoted ? head : null;
      const m = first ? ASSIGNMENT.exec(first.text) : null;
      if (first && m) {
        const rest = first.text.slice(m[0].length);
        const parts = [...(rest ? [{ ...first, text: rest }] : []), ...t.word.parts.slice(1)];
        cmd.assigns.push({ name: m[1], value: makeWord(parts.length ? parts : [{ k: "lit", text: "", quoted: true }]) });
        continue;
      }
      cmd.words.push(t.word);
      if (cmd.words.length === 1 && cmd.assigns.length === 0 && cmd.redirs.length === 0 && isOp(this.peek(), "(")) {
        return this.functionDef(t.plain);
      }
    }
    if (cmd.words.length === 0 && cmd.assigns.length === 0 && cmd.redirs.length === 0) this.unexpected(this.peek());
    return cmd;
  }

  private functionDef(name: string | null): Command {
    this.take();
    const close = this.take();
    if (!isOp(close, ")")) this.unexpected(close, ")");
    if (name === null || !NAME.test(name)) throw new ShellSyntaxError("syntax error: bad function name");
    this.skipNewlines();
    const t = this.peek();
    const body = t.t === "word" && t.plain !== null ? this.compound(t.plain) : isOp(t, "(") ? this.compound("(") : null;
    if (!body) return this.unexpected(t);
    return { type: "function", name, body };
  }
}

export type ParseResult = { ast: Script } | { error: string; before: Script };

/**
 * Parses a whole script. On a syntax error, `before` holds the complete lines that precede it:
 * ash parses and runs one line at a time, so those lines still run before the error is reported.
 */
export function parse(src: string): ParseResult {
  const { script, error } = new Parser(new Lexer(src, 0, 0, NESTED)).program();
  return error === undefined ? { ast: script } : { error, before: script };
}

const cache = new Map<string, ParseResult>();
const CACHE_LIMIT = 256;

/** parse(), memoised: exec probes and loops re-run the same few scripts constantly. */
export function parseCached(src: string): ParseResult {
  let r = cache.get(src);
  if (!r) {
    r = parse(src);
    // Dropping everything at the limit keeps the cache deterministic and bounded.
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(src, r);
  }
  return r;
}
