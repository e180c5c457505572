/** The awk program as the interpreter runs it. Every node keeps its source line for runtime errors. */

export type Expr =
  | { k: "num"; v: number; line: number }
  | { k: "str"; v: string; line: number }
  /** A regexp literal: matched against $0 where an expression is expected, used as is by ~, match, split, sub. */
  | { k: "regex"; src: string; line: number }
  | { k: "var"; name: string; line: number }
  /** A function's parameter, by position. */
  | { k: "arg"; idx: number; line: number }
  | { k: "elem"; base: Expr; sub: Expr | null; line: number }
  | { k: "field"; e: Expr | null; line: number }
  | { k: "unary"; op: string; e: Expr | null; line: number }
  | { k: "binary"; op: string; l: Expr | null; r: Expr | null; line: number }
  | { k: "assign"; op: string; l: Expr | null; r: Expr | null; line: number }
  | { k: "compare"; op: string; l: Expr | null; r: Expr | null; line: number }
  | { k: "match"; neg: boolean; l: Expr | null; r: Expr | null; line: number }
  | { k: "concat"; l: Expr | null; r: Expr | null; line: number }
  /** `a, b`: an argument list where one is expected, else the SUBSEP-joined key of a[i, j]. */
  | { k: "comma"; l: Expr | null; r: Expr | null; line: number }
  | { k: "and" | "or"; l: Expr | null; r: Expr | null; line: number }
  /** `c ? x : y`: `r` should be a colon node; busybox finds out only when it runs. */
  | { k: "cond"; c: Expr | null; r: Expr | null; line: number }
  | { k: "colon"; l: Expr | null; r: Expr | null; line: number }
  | { k: "in"; l: Expr | null; r: Expr | null; line: number }
  | { k: "call"; name: string; args: Expr | null; line: number }
  | { k: "builtin"; name: string; args: Expr | null; line: number }
  /** `getline [lvalue] [< file]`. */
  | { k: "getline"; file: Expr | null; lv: Expr | null; line: number }
  /** `cmd | getline [lvalue]`. */
  | { k: "pgetline"; cmd: Expr | null; lv: Expr | null; line: number };

export type Stmt =
  | { k: "expr"; e: Expr | null }
  | { k: "block"; body: Stmt[] }
  | { k: "if"; cond: Expr | null; then: Stmt; else: Stmt | null }
  | { k: "while"; cond: Expr | null; body: Stmt }
  | { k: "do"; body: Stmt; cond: Expr | null }
  | { k: "for"; init: Expr | null; cond: Expr | null; step: Expr | null; body: Stmt }
  | { k: "forin"; v: Expr | null; arr: Expr | null; body: Stmt }
  | { k: "print" | "printf"; args: Expr | null; redir: { mode: string; target: Expr | null } | null; line: number }
  | { k: "next" | "nextfile" | "break" | "continue" }
  | { k: "exit" | "return"; e: Expr | null }
  | { k: "delete"; e: Expr | null; line: number };

/** A run of statements from one program source (the -f file or the command line), named in error messages. */
export interface Chunk {
  progname: string;
  body: Stmt[];
}

export interface Rule {
  progname: string;
  /** null: every record. A comma expression is a range. */
  pattern: Expr | null;
  /** null: `{ print }`. */
  body: Stmt[] | null;
}

export interface Func {
  name: string;
  progname: string;
  nparams: number;
  body: Stmt[];
  /** nestingDepth(body), charged against podplay's awk recursion limit on each call. */
  depth: number;
}

export interface Program {
  begin: Chunk[];
  rules: Rule[];
  end: Chunk[];
  funcs: Map<string, Func>;
}

/**
 * How deeply statements and expressions nest in `body`: what running it costs the JS stack. A
 * statement level weighs two (its own frame and its block's), an expression level one.
 */
export function nestingDepth(body: Stmt[]): number {
  const expr = (e: Expr | null): number => {
    if (!e) return 0;
    let kids: (Expr | null)[];
    switch (e.k) {
      case "num":
      case "str":
      case "regex":
      case "var":
      case "arg":
        return 1;
      case "elem":
        kids = [e.base, e.sub];
        break;
      case "field":
      case "unary":
        kids = [e.e];
        break;
      case "cond":
        kids = [e.c, e.r];
        break;
      case "call":
      case "builtin":
        kids = [e.args];
        break;
      case "getline":
        kids = [e.file, e.lv];
        break;
      case "pgetline":
        kids = [e.cmd, e.lv];
        break;
      default:
        kids = [e.l, e.r];
    }
    return 1 + Math.max(0, ...kids.map(expr));
  };
  const stmt = (s: Stmt): number => {
    switch (s.k) {
      case "expr":
        return 2 + expr(s.e);
      case "block":
        return 2 + Math.max(0, ...s.body.map(stmt));
      case "if":
        return 2 + Math.max(expr(s.cond), stmt(s.then), s.else ? stmt(s.else) : 0);
      case "while":
      case "do":
        return 2 + Math.max(expr(s.cond), stmt(s.body));
      case "for":
        return 2 + Math.max(expr(s.init), expr(s.cond), expr(s.step), stmt(s.body));
      case "forin":
        return 2 + Math.max(expr(s.v), expr(s.arr), stmt(s.body));
      case "print":
      case "printf":
        return 2 + Math.max(expr(s.args), s.redir ? expr(s.redir.target) : 0);
      case "exit":
      case "return":
      case "delete":
        return 2 + expr(s.e);
      default:
        return 2;
    }
  };
  return 2 + Math.max(0, ...body.map(stmt));
}
