/**
 * awk's parser, after busybox 1.36 editors/awk.c: parse_expr() builds expression trees by
 * operator priority exactly as busybox does (so `2^3^2` groups to the left and a redirection
 * binds as busybox binds it), parse_program()/chain_group() read rules and statements with the
 * same token expectations, so a program busybox rejects is rejected here with the same message.
 */
import { nestingDepth } from "./ast";
import type { Chunk, Expr, Func, Program, Rule, Stmt } from "./ast";
import {
  EMSG_UNEXP_TOKEN,
  Lexer,
  ST,
  TC,
  TI_COLON,
  TI_GETLINE_FILE,
  TI_IN,
  TI_LESS,
  TI_PGETLINE,
  TI_PREDEC,
  TI_PREINC,
  TI_TERNARY,
  TI_TERNARY_PARSED,
  TS_BINOP,
  TS_GRPSEQ,
  TS_LVALUE,
  TS_OPERAND,
  TS_OPSEQ,
  TS_UOPPRE,
} from "./lexer";
import type { Info } from "./lexer";

/** busybox's tree node while parsing: `a` is the parent, `l`/`r` the operands. */
interface Raw {
  info: Info;
  pri: number;
  l: Raw | null;
  r: Raw | null;
  a: Raw | null;
  line: number;
  kind?: "var" | "arg" | "num" | "str" | "regex" | "func" | "builtin" | "length" | "getline";
  /** a[sub]: an element (an empty a[] is the name alone, as in busybox). */
  sub?: Raw | null;
  name?: string;
  idx?: number;
  num?: number;
}

const ROOT: Info = { op: "root", pri: 127 };
const EXPR_OPS: Record<string, "binary" | "assign" | "compare"> = {
  "+": "binary",
  "-": "binary",
  "*": "binary",
  "/": "binary",
  "%": "binary",
  "^": "binary",
  "=": "assign",
  "+=": "assign",
  "-=": "assign",
  "*=": "assign",
  "/=": "assign",
  "%=": "assign",
  "^=": "assign",
  "==": "compare",
  "!=": "compare",
  ">=": "compare",
  "<=": "compare",
  ">": "compare",
  "<": "compare",
};

/** Deeper nesting than this is refused (busybox recurses on the C stack; the JS stack is smaller). */
const MAX_DEPTH = 200;

class Parser {
  private lx!: Lexer;
  /** Parameters of the function being parsed: name → position. */
  private params = new Map<string, number>();
  private loops = 0;
  private depth = 0;
  readonly program: Program = { begin: [], rules: [], end: [], funcs: new Map() };

  parse(src: string, progname: string): void {
    this.lx = new Lexer(src, progname);
    const lx: Lexer = this.lx;
    const top = TS_OPSEQ | TC.LBRACE | TC.BEGIN | TC.END | TC.FUNCDECL | TC.EOF | TC.NEWLINE;
    let tc = lx.next(top);
    for (;;) {
      if (tc === TC.EOF) return;
      if (tc === TC.NEWLINE) {
        tc = lx.next(top);
        continue;
      }
      if (tc === TC.BEGIN || tc === TC.END) {
        // No newline may come between BEGIN and its {.
        lx.next(TC.LBRACE);
        const chunk: Chunk = { progname, body: this.untilRbrace() };
        (tc === TC.BEGIN ? this.program.begin : this.program.end).push(chunk);
      } else if (tc === TC.FUNCDECL) this.func(progname);
      else if (tc & TS_OPSEQ) {
        lx.unread();
        const pattern = this.conv(this.expr(TC.SEMICOL | TC.NEWLINE | TC.EOF | TC.LBRACE));
        const rule: Rule = { progname, pattern, body: lx.tclass === TC.LBRACE ? this.untilRbrace() : null };
        this.program.rules.push(rule);
      } else this.program.rules.push({ progname, pattern: null, body: this.untilRbrace() });
      // After a rule, one semicolon may follow.
      tc = lx.next(top | TC.SEMICOL);
      if (tc === TC.SEMICOL) tc = lx.next(top);
    }
  }

  private func(progname: string): void {
    const lx: Lexer = this.lx;
    lx.next(TC.FUNCTION);
    const name = lx.str;
    const existing = this.program.funcs.get(name);
    if (existing) lx.error("Duplicate function");
    this.params = new Map();
    let nparams = 0;
    for (;;) {
      if (lx.next(TC.VARIABLE | TC.RPAREN) === TC.RPAREN) {
        if (nparams === 0) break;
        lx.error(EMSG_UNEXP_TOKEN);
      }
      // A repeated name takes the later position, as busybox's hash does.
      this.params.set(lx.str, nparams++);
      if (lx.next(TC.COMMA | TC.RPAREN) === TC.RPAREN) break;
    }
    const f: Func = { name, progname, nparams, body: [], depth: 1 };
    // Registered before the body so a function can call itself.
    this.program.funcs.set(name, f);
    while (lx.next(TC.LBRACE | TC.NEWLINE) === TC.NEWLINE) continue;
    f.body = this.untilRbrace();
    f.depth = nestingDepth(f.body);
    this.params = new Map();
  }

  private untilRbrace(): Stmt[] {
    const lx: Lexer = this.lx;
    const body: Stmt[] = [];
    let tc: number;
    while ((tc = lx.next(TS_GRPSEQ | TC.RBRACE)) !== TC.RBRACE) {
      if (tc === TC.NEWLINE) continue;
      lx.unread();
      body.push(this.group());
    }
    return body;
  }

  private nest<T>(f: () => T): T {
    if (++this.depth > MAX_DEPTH) this.lx.error("Nesting too deep");
    try {
      return f();
    } finally {
      this.depth--;
    }
  }

  private lrparen(): Expr | null {
    this.lx.next(TC.LPAREN);
    return this.conv(this.expr(TC.RPAREN));
  }

  private loopBody(): Stmt {
    this.loops++;
    try {
      return this.group();
    } finally {
      this.loops--;
    }
  }

  /** chain_expr(): an expression up to ; newline or } (the } is left for the caller). */
  private simple(): Expr | null {
    const e = this.conv(this.expr(TC.SEMICOL | TC.NEWLINE | TC.RBRACE));
    if (this.lx.tclass & TC.RBRACE) this.lx.unread();
    return e;
  }

  /** chain_group(): one statement. */
  private group(): Stmt {
    return this.nest(() => this.groupBody());
  }

  private groupBody(): Stmt {
    const lx: Lexer = this.lx;
    let tc: number;
    do tc = lx.next(TS_GRPSEQ);
    while (tc === TC.NEWLINE);
    if (tc === TC.LBRACE) return { k: "block", body: this.untilRbrace() };
    if (tc & (TS_OPSEQ | TC.SEMICOL)) {
      lx.unread();
      return { k: "expr", e: this.simple() };
    }
    const info = lx.info;
    const line = lx.line;
    if (info === ST.if) {
      const cond = this.lrparen();
      const then = this.group();
      let otherwise: Stmt | null = null;
      if (lx.next(TS_GRPSEQ | TC.RBRACE | TC.ELSE) === TC.ELSE) otherwise = this.group();
      else lx.unread();
      return { k: "if", cond, then, else: otherwise };
    }
    if (info === ST.while) {
      const cond = this.lrparen();
      return { k: "while", cond, body: this.loopBody() };
    }
    if (info === ST.do) {
      const body = this.loopBody();
      lx.next(TC.WHILE);
      return { k: "do", body, cond: this.lrparen() };
    }
    if (info === ST.for) {
      lx.next(TC.LPAREN);
      const first = this.expr(TC.SEMICOL | TC.RPAREN);
      if (lx.tclass & TC.RPAREN) {
        if (!first || first.info !== TI_IN) lx.error(EMSG_UNEXP_TOKEN);
        return { k: "forin", v: this.conv(first.l), arr: this.conv(first.r), body: this.loopBody() };
      }
      const cond = this.conv(this.expr(TC.SEMICOL));
      const step = this.conv(this.expr(TC.RPAREN));
      return { k: "for", init: this.conv(first), cond, step, body: this.loopBody() };
    }
    switch (info.op) {
      case "print":
      case "printf": {
        const args = this.conv(this.expr(TC.SEMICOL | TC.NEWLINE | TC.OUTRDR | TC.RBRACE));
        let redir: { mode: string; target: Expr | null } | null = null;
        if (lx.tclass & TC.OUTRDR) {
          const mode = lx.info.op;
          redir = { mode, target: this.conv(this.expr(TC.SEMICOL | TC.NEWLINE | TC.RBRACE)) };
        }
        if (lx.tclass & TC.RBRACE) lx.unread();
        return { k: info.op, args, redir, line };
      }
      case "break":
      case "continue":
        if (this.loops === 0) lx.error(`'${info.op}' not in a loop`);
        this.simple();
        return { k: info.op };
      case "next":
      case "nextfile":
        this.simple();
        return { k: info.op };
      case "exit":
      case "return":
        return { k: info.op, e: this.simple() };
      default: {
        // delete needs its argument.
        const e = this.simple();
        if (!e) lx.error("Too few arguments");
        return { k: "delete", e, line };
      }
    }
  }

  private node(info: Info): Raw {
    return { info, pri: info.pri, l: null, r: null, a: null, line: this.lx.line };
  }

  /** parse_expr(): an expression up to (and eating) a token of class `term`. */
  private expr(term: number): Raw | null {
    return this.nest(() => this.exprBody(term));
  }

  private exprBody(term: number): Raw | null {
    const lx: Lexer = this.lx;
    const sn = this.node(ROOT);
    let cn = sn;
    let glptr: Raw | null = null;
    let expected = TS_OPERAND | TS_UOPPRE | TC.REGEXP | term;
    let tc: number;
    while (!((tc = lx.next(expected)) & term)) {
      if (glptr && lx.info === TI_LESS) {
        // getline ... < file: the file name hangs off the getline as a concatenation with nothing on its left.
        cn = glptr.l = this.node(TI_GETLINE_FILE);
        cn.a = glptr;
        expected = TS_OPERAND | TS_UOPPRE;
        glptr = null;
        continue;
      }
      if (tc & (TS_BINOP | TC.UOPPOST)) {
        // Climb back over operators that bind tighter, then hang the new one there.
        let info = lx.info;
        let vn = cn;
        while (info.pri > (vn.a!.pri & ~1) || (info === vn.info && info === TI_COLON)) {
          vn = vn.a!;
          if (!vn.a) lx.error(EMSG_UNEXP_TOKEN);
        }
        if (info === TI_TERNARY) info = TI_TERNARY_PARSED;
        const parent = vn.a!;
        cn = parent.r = this.node(info);
        cn.a = parent;
        if (tc & TS_BINOP) {
          cn.l = vn;
          expected = TS_OPERAND | TS_UOPPRE | TC.REGEXP;
          if (info === TI_PGETLINE) {
            lx.next(TC.GETLINE);
            cn.pri = 0;
            expected = TS_OPERAND | TS_UOPPRE | TS_BINOP | term;
          }
        } else {
          cn.r = vn;
          expected = TS_OPERAND | TS_UOPPRE | TS_BINOP | term;
        }
        vn.a = cn;
        continue;
      }
      const vn = cn;
      cn = vn.r = this.node(lx.info);
      cn.a = vn;
      expected = TS_OPERAND | TS_UOPPRE | TC.REGEXP;
      if (lx.info === TI_PREINC || lx.info === TI_PREDEC) expected = TS_LVALUE | TC.UOPPRE1;
      if (!(tc & (TS_OPERAND | TC.REGEXP))) continue;
      expected = TS_UOPPRE | TC.UOPPOST | TS_BINOP | TS_OPERAND | term;
      cn.pri = 0;
      switch (tc) {
        case TC.VARIABLE:
        case TC.ARRAY: {
          const idx = this.params.get(lx.str);
          if (idx !== undefined) {
            cn.kind = "arg";
            cn.idx = idx;
          } else {
            cn.kind = "var";
            cn.name = lx.str;
          }
          if (tc === TC.ARRAY) cn.sub = this.expr(TC.ARRTERM);
          break;
        }
        case TC.NUMBER:
          cn.kind = "num";
          cn.num = lx.num;
          break;
        case TC.STRING:
          cn.kind = "str";
          cn.name = lx.str;
          expected &= ~TC.UOPPOST;
          break;
        case TC.REGEXP:
          cn.kind = "regex";
          cn.name = lx.str;
          break;
        case TC.FUNCTION:
          cn.kind = "func";
          cn.name = lx.str;
          cn.l = this.expr(TC.RPAREN);
          break;
        case TC.LPAREN: {
          const inner = this.expr(TC.RPAREN);
          if (!inner) lx.error("Empty sequence");
          cn = vn.r = inner;
          cn.a = vn;
          break;
        }
        case TC.GETLINE:
          cn.kind = "getline";
          glptr = cn;
          expected = TS_OPERAND | TS_UOPPRE | TS_BINOP | term;
          break;
        case TC.BUILTIN:
          cn.kind = "builtin";
          cn.name = cn.info.op;
          lx.next(TC.LPAREN);
          cn.l = this.expr(TC.RPAREN);
          break;
        case TC.LENGTH: {
          cn.kind = "length";
          cn.name = "length";
          const t = lx.next(TC.LPAREN | TC.SEMICOL | TC.NEWLINE | TC.RBRACE | TC.BINOPX | TC.COMMA);
          if (t !== TC.LPAREN) lx.unread();
          else cn.l = this.expr(TC.RPAREN);
          break;
        }
      }
    }
    return sn.r;
  }

  /** The raw tree as the interpreter's AST. */
  private conv(n: Raw | null): Expr | null {
    if (!n) return null;
    const line = n.line;
    switch (n.kind) {
      case "var":
      case "arg": {
        const base: Expr = n.kind === "var" ? { k: "var", name: n.name!, line } : { k: "arg", idx: n.idx!, line };
        return n.sub ? { k: "elem", base, sub: this.conv(n.sub), line } : base;
      }
      case "num":
        return { k: "num", v: n.num!, line };
      case "str":
        return { k: "str", v: n.name!, line };
      case "regex":
        return { k: "regex", src: n.name!, line };
      case "func":
        return { k: "call", name: n.name!, args: this.conv(n.l), line };
      case "builtin":
        return { k: "builtin", name: n.name!, args: this.conv(n.l), line };
      case "length":
        // length without parentheses, or with empty ones, is length($0).
        return { k: "builtin", name: "length", args: this.conv(n.l), line };
      case "getline":
        return { k: "getline", file: this.conv(n.l), lv: this.conv(n.r), line };
    }
    const op = n.info.op;
    const l = (): Expr | null => this.conv(n.l);
    const r = (): Expr | null => this.conv(n.r);
    switch (op) {
      case "$":
        return { k: "field", e: r(), line };
      case "preinc":
      case "predec":
      case "postinc":
      case "postdec":
      case "uplus":
      case "uminus":
      case "!":
        return { k: "unary", op, e: r(), line };
      case "~":
      case "!~":
        return { k: "match", neg: op === "!~", l: l(), r: r(), line };
      case "&&":
        return { k: "and", l: l(), r: r(), line };
      case "||":
        return { k: "or", l: l(), r: r(), line };
      case "?":
        return { k: "cond", c: l(), r: r(), line };
      case ":":
        return { k: "colon", l: l(), r: r(), line };
      case "in":
        return { k: "in", l: l(), r: r(), line };
      case ",":
        return { k: "comma", l: l(), r: r(), line };
      case "concat":
        return { k: "concat", l: l(), r: r(), line };
      case "pgetline":
        return { k: "pgetline", cmd: l(), lv: r(), line };
    }
    const kind = EXPR_OPS[op];
    if (kind) return { k: kind, op, l: l(), r: r(), line };
    // Anything else busybox would only reject when it runs.
    return { k: "colon", l: l(), r: r(), line };
  }
}

export interface Source {
  text: string;
  progname: string;
}

/** Parses the program sources in order (each -f file, then -e texts or the command-line program). */
export function parseProgram(sources: Source[]): Program {
  const p = new Parser();
  for (const s of sources) p.parse(s.text, s.progname);
  return p.program;
}

export { AwkSyntaxError } from "./lexer";
export { TI_COLON };
