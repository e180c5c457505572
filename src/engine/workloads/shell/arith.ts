/**
 * $((...)) arithmetic: C integer expressions over shell variables, as ash evaluates them.
 * Expressions are parsed once per distinct text (after $-expansion) and cached, since loop
 * counters like `i=$((i+1))` re-evaluate the same text every iteration.
 */
import { ShellError } from "./errors";

export interface ArithVars {
  get(name: string): string | undefined;
  set(name: string, value: string): void;
}

type Expr =
  | { t: "num"; v: number }
  | { t: "var"; name: string }
  | { t: "unary"; op: string; e: Expr }
  | { t: "binary"; op: string; a: Expr; b: Expr }
  | { t: "assign"; op: string; name: string; e: Expr }
  | { t: "incdec"; op: "++" | "--"; prefix: boolean; name: string }
  | { t: "cond"; c: Expr; a: Expr; b: Expr };

const syntaxError = (): never => {
  throw new ShellError("arithmetic syntax error");
};

const TOKEN = /\s*(0[xX][0-9a-fA-F]+|\d+|[A-Za-z_][A-Za-z0-9_]*|<<=|>>=|\*\*|\+\+|--|&&|\|\||==|!=|<=|>=|<<|>>|[-+*/%&|^]=|[-+*/%()?:!~<>=&|^,])/y;

function tokenize(src: string): string[] {
  const out: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < src.length) {
    if (/^\s*$/.test(src.slice(TOKEN.lastIndex))) break;
    const m = TOKEN.exec(src);
    if (!m) syntaxError();
    out.push(m![1]);
  }
  return out;
}

/** Binary operators by precedence, loosest first (C order). */
const LEVELS: string[][] = [["||"], ["&&"], ["|"], ["^"], ["&"], ["==", "!="], ["<", "<=", ">", ">="], ["<<", ">>"], ["+", "-"], ["*", "/", "%"]];
const ASSIGN_OPS = new Set(["=", "+=", "-=", "*=", "/=", "%=", "<<=", ">>=", "&=", "|=", "^="]);
const IDENT = /^[A-Za-z_]/;

/** Deeper nesting of parentheses or unary operators is refused before it can exhaust the JS stack. */
const MAX_DEPTH = 200;

class ArithParser {
  private i = 0;
  private depth = 0;
  constructor(private readonly toks: string[]) {}

  parseAll(): Expr {
    const e = this.comma();
    if (this.i < this.toks.length) syntaxError();
    return e;
  }

  private peek(): string | undefined {
    return this.toks[this.i];
  }

  private eat(tok: string): boolean {
    if (this.toks[this.i] !== tok) return false;
    this.i++;
    return true;
  }

  private comma(): Expr {
    let e = this.assignment();
    while (this.eat(",")) e = { t: "binary", op: ",", a: e, b: this.assignment() };
    return e;
  }

  private assignment(): Expr {
    const name = this.peek();
    const op = this.toks[this.i + 1];
    if (name !== undefined && IDENT.test(name) && op !== undefined && ASSIGN_OPS.has(op)) {
      this.i += 2;
      return { t: "assign", op, name, e: this.assignment() };
    }
    return this.conditional();
  }

  private conditional(): Expr {
    const c = this.binary(0);
    if (!this.eat("?")) return c;
    const a = this.assignment();
    if (!this.eat(":")) syntaxError();
    return { t: "cond", c, a, b: this.assignment() };
  }

  private binary(level: number): Expr {
    if (level >= LEVELS.length) return this.power();
    let a = this.binary(level + 1);
    for (let op = this.peek(); op !== undefined && LEVELS[level].includes(op); op = this.peek()) {
      this.i++;
      a = { t: "binary", op, a, b: this.binary(level + 1) };
    }
    return a;
  }

  private power(): Expr {
    const base = this.unary();
    if (this.eat("**")) return { t: "binary", op: "**", a: base, b: this.power() };
    return base;
  }

  private unary(): Expr {
    if (++this.depth > MAX_DEPTH) syntaxError();
    try {
      return this.unaryInner();
    } finally {
      this.depth--;
    }
  }

  private unaryInner(): Expr {
    const op = this.peek();
    if (op === "++" || op === "--") {
      this.i++;
      const name = this.peek();
      if (name === undefined || !IDENT.test(name)) syntaxError();
      this.i++;
      return { t: "incdec", op, prefix: true, name: name! };
    }
    if (op === "-" || op === "+" || op === "!" || op === "~") {
      this.i++;
      return { t: "unary", op, e: this.unary() };
    }
    return this.primary();
  }

  private primary(): Expr {
    const tok = this.toks[this.i++];
    if (tok === undefined) return syntaxError();
    if (tok === "(") {
      const e = this.comma();
      if (!this.eat(")")) syntaxError();
      return e;
    }
    if (/^\d/.test(tok)) return { t: "num", v: parseNumber(tok) ?? syntaxError() };
    if (!IDENT.test(tok)) return syntaxError();
    const post = this.peek();
    if (post === "++" || post === "--") {
      this.i++;
      return { t: "incdec", op: post, prefix: false, name: tok };
    }
    return { t: "var", name: tok };
  }
}

/** C integer literal: decimal, 0x hex or 0 octal. */
function parseNumber(text: string): number | null {
  const s = text.trim();
  const m = /^([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\d*)$/.exec(s);
  if (!m) return null;
  const body = m[2];
  const v = body.length > 1 && body[0] === "0" && !/[xX]/.test(body) ? parseInt(body, 8) : Number(body);
  return m[1] === "-" ? -v : v;
}

function readVar(vars: ArithVars, name: string): number {
  const raw = vars.get(name);
  if (raw === undefined || raw.trim() === "") return 0;
  const v = parseNumber(raw);
  if (v === null) throw new ShellError(`arithmetic syntax error`);
  return v;
}

function applyBinary(op: string, a: number, b: number): number {
  switch (op) {
    case "+":
      return a + b;
    case "-":
      return a - b;
    case "*":
      return a * b;
    case "/":
    case "%":
      if (b === 0) throw new ShellError("divide by zero");
      return op === "/" ? Math.trunc(a / b) : a % b;
    case "**":
      if (b < 0) throw new ShellError("exponent less than 0");
      return a ** b;
    case "<<":
      return a << b;
    case ">>":
      return a >> b;
    case "&":
      return a & b;
    case "|":
      return a | b;
    case "^":
      return a ^ b;
    case "<":
      return Number(a < b);
    case "<=":
      return Number(a <= b);
    case ">":
      return Number(a > b);
    case ">=":
      return Number(a >= b);
    case "==":
      return Number(a === b);
    case "!=":
      return Number(a !== b);
    case ",":
      return b;
    default:
      return syntaxError();
  }
}

function evaluate(e: Expr, vars: ArithVars): number {
  switch (e.t) {
    case "num":
      return e.v;
    case "var":
      return readVar(vars, e.name);
    case "unary": {
      const v = evaluate(e.e, vars);
      return e.op === "-" ? -v : e.op === "+" ? v : e.op === "!" ? Number(v === 0) : ~v;
    }
    case "binary":
      if (e.op === "&&") return Number(evaluate(e.a, vars) !== 0 && evaluate(e.b, vars) !== 0);
      if (e.op === "||") return Number(evaluate(e.a, vars) !== 0 || evaluate(e.b, vars) !== 0);
      return applyBinary(e.op, evaluate(e.a, vars), evaluate(e.b, vars));
    case "cond":
      return evaluate(e.c, vars) !== 0 ? evaluate(e.a, vars) : evaluate(e.b, vars);
    case "assign": {
      const rhs = evaluate(e.e, vars);
      const v = e.op === "=" ? rhs : applyBinary(e.op.slice(0, -1), readVar(vars, e.name), rhs);
      vars.set(e.name, String(v));
      return v;
    }
    case "incdec": {
      const old = readVar(vars, e.name);
      const v = e.op === "++" ? old + 1 : old - 1;
      vars.set(e.name, String(v));
      return e.prefix ? v : old;
    }
  }
}

const cache = new Map<string, Expr>();
const CACHE_LIMIT = 512;

export function evalArith(text: string, vars: ArithVars): number {
  let expr = cache.get(text);
  if (!expr) {
    if (text.trim() === "") return 0;
    expr = new ArithParser(tokenize(text)).parseAll();
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(text, expr);
  }
  return evaluate(expr, vars);
}
