import { describe, it, expect } from "vitest";
import type { Command, Script, SimpleCommand, Word } from "./ast";
import { parse, parseCached } from "./parser";

function ast(src: string): Script {
  const r = parse(src);
  if ("error" in r) throw new Error(r.error);
  return r.ast;
}

function first(src: string): Command {
  return ast(src).body.items[0].andOr.first.commands[0];
}

function simple(src: string): SimpleCommand {
  const c = first(src);
  if (c.type !== "simple") throw new Error(`not simple: ${c.type}`);
  return c;
}

const error = (src: string): string | undefined => {
  const r = parse(src);
  return "error" in r ? r.error : undefined;
};

const literal = (w: Word): string | null => w.literal;

describe("words", () => {
  it("plain words are literal", () => {
    expect(simple("echo hello world").words.map(literal)).toEqual(["echo", "hello", "world"]);
  });

  it("quotes and backslashes are removed but mark text as quoted", () => {
    const c = simple(`echo 'a b' "c d" e\\ f ''`);
    expect(c.words.map(literal)).toEqual(["echo", "a b", "c d", "e f", ""]);
  });

  it("splits a word into parameter, substitution and arithmetic parts", () => {
    const w = simple('echo pre$HOME"${X:-d}"$(date)$((1+2))`id`$?').words[1];
    expect(w.literal).toBeNull();
    expect(w.parts.map((p) => p.k)).toEqual(["lit", "param", "param", "cmdsub", "arith", "cmdsub", "param"]);
    expect(w.parts[2]).toMatchObject({ k: "param", name: "X", op: ":-", quoted: true });
  });

  it("parses every ${} operator", () => {
    for (const op of ["-", ":-", "=", ":=", "+", ":+", "?", ":?", "#", "##", "%", "%%"]) {
      const p = simple(`echo \${v${op}w}`).words[1].parts[0];
      expect(p).toMatchObject({ k: "param", name: "v", op });
    }
    expect(simple("echo ${#v}").words[1].parts[0]).toMatchObject({ op: "len", name: "v" });
    expect(simple("echo ${10}").words[1].parts[0]).toMatchObject({ name: "10", op: null });
  });

  it("a lone $ is literal", () => {
    expect(simple("echo $ a$ $/").words.map(literal)).toEqual(["echo", "$", "a$", "$/"]);
  });

  it("$'...' understands C escapes", () => {
    expect(simple("echo $'a\\tb\\n'").words[1].literal).toBe("a\tb\n");
  });

  it("words with unquoted wildcards are not literal", () => {
    expect(simple("ls *.txt").words[1].literal).toBeNull();
    expect(simple("ls '*.txt'").words[1].literal).toBe("*.txt");
  });

  it("line continuations join lines", () => {
    expect(simple("echo a \\\n b").words.map(literal)).toEqual(["echo", "a", "b"]);
  });

  it("$( ) keeps its own quoting and nesting", () => {
    const w = simple(`echo "$(echo ")" $(echo 'x)'))"`).words[1];
    expect(w.parts[0].k).toBe("cmdsub");
  });
});

describe("simple commands", () => {
  it("separates assignments, words and redirections", () => {
    const c = simple("A=1 B=\"x y\" cmd arg >out 2>&1 <in");
    expect(c.assigns.map((a) => [a.name, a.value.literal])).toEqual([
      ["A", "1"],
      ["B", "x y"],
    ]);
    expect(c.words.map(literal)).toEqual(["cmd", "arg"]);
    expect(c.redirs.map((r) => [r.fd, r.op, r.target.literal])).toEqual([
      [1, ">", "out"],
      [2, ">&", "1"],
      [0, "<", "in"],
    ]);
  });

  it("an assignment after the command name is an argument", () => {
    expect(simple("echo A=1").words.map(literal)).toEqual(["echo", "A=1"]);
  });

  it("knows every redirection operator", () => {
    const c = simple("cmd >a >>b <c 2>/dev/null &>e &>>f 3<>g >|h <&0");
    expect(c.redirs.map((r) => `${r.fd}${r.op}`)).toEqual(["1>", "1>>", "0<", "2>", "1&>", "1&>>", "3<>", "1>|", "0<&"]);
  });

  it("reads here-document bodies after the line", () => {
    const c = simple("cat <<EOF; echo next\nline $x\nEOF\n");
    expect(c.redirs[0].heredoc?.body.parts.map((p) => p.k)).toEqual(["lit", "param", "lit"]);
    expect(ast("cat <<EOF; echo next\nline\nEOF\n").body.items.length).toBe(2);
  });

  it("reserved words are only special in command position", () => {
    expect(simple("echo if then done").words.map(literal)).toEqual(["echo", "if", "then", "done"]);
  });
});

describe("compound commands", () => {
  it("if / elif / else", () => {
    const c = first("if a; then b; elif c; then d; else e; fi");
    expect(c.type).toBe("if");
    if (c.type === "if") {
      expect(c.clauses.length).toBe(2);
      expect(c.elseBody?.items.length).toBe(1);
    }
  });

  it("while and until", () => {
    expect(first("while a; do b; done")).toMatchObject({ type: "loop", until: false });
    expect(first("until a; do b; done")).toMatchObject({ type: "loop", until: true });
  });

  it("for with and without a word list", () => {
    const c = first("for x in a b; do echo $x; done");
    expect(c).toMatchObject({ type: "for", name: "x" });
    if (c.type === "for") expect(c.words?.map(literal)).toEqual(["a", "b"]);
    expect(first("for x; do :; done")).toMatchObject({ type: "for", words: null });
  });

  it("case with alternatives", () => {
    const c = first("case $x in a|b) one;; (c) two;; *) three; esac");
    expect(c.type).toBe("case");
    if (c.type === "case") expect(c.items.map((i) => i.patterns.length)).toEqual([2, 1, 1]);
  });

  it("groups, subshells and redirections on them", () => {
    const g = first("{ a; b; } > out");
    expect(g.type).toBe("group");
    if (g.type === "group") expect(g.redirs[0].target.literal).toBe("out");
    expect(first("(a; b)").type).toBe("subshell");
  });

  it("function definitions", () => {
    expect(first("f() { echo; }")).toMatchObject({ type: "function", name: "f" });
    expect(first("f ()\n{\n echo\n}")).toMatchObject({ type: "function", name: "f" });
  });

  it("pipelines, negation, and-or lists and background", () => {
    const s = ast("! a | b && c || d &");
    const item = s.body.items[0];
    expect(item.background).toBe(true);
    expect(item.andOr.first).toMatchObject({ negate: true });
    expect(item.andOr.first.commands.length).toBe(2);
    expect(item.andOr.rest.map((r) => r.op)).toEqual(["&&", "||"]);
  });

  it("allows newlines after && | and before do", () => {
    expect(ast("a &&\nb |\nc").body.items.length).toBe(1);
  });
});

describe("syntax errors", () => {
  it("uses busybox ash's wording", () => {
    expect(error("done")).toBe('syntax error: unexpected "done"');
    expect(error("if true; then echo; fi fi")).toBe('syntax error: unexpected "fi"');
    expect(error("if true; then echo; fi foo")).toBe("syntax error: unexpected word");
    expect(error("if true; then echo")).toBe('syntax error: unexpected end of file (expecting "fi")');
    expect(error("while true; echo; done")).toBe('syntax error: unexpected "done" (expecting "do")');
    expect(error("if then")).toBe('syntax error: unexpected "then"');
    expect(error("echo )")).toBe('syntax error: unexpected ")"');
    expect(error("echo ;;")).toBe('syntax error: unexpected ";;"');
    expect(error("| cat")).toBe('syntax error: unexpected "|"');
    expect(error("echo >")).toBe("syntax error: unexpected end of file");
    expect(error("{ echo }")).toBe('syntax error: unexpected end of file (expecting "}")');
    expect(error("(echo")).toBe('syntax error: unexpected end of file (expecting ")")');
    expect(error("case x in a) echo")).toBe('syntax error: unexpected end of file (expecting ";;")');
  });

  it("reports unterminated quotes and substitutions", () => {
    expect(error("echo 'abc")).toBe("syntax error: unterminated quoted string");
    expect(error('echo "abc')).toBe("syntax error: unterminated quoted string");
    expect(error("echo $(date")).toBe('syntax error: unexpected end of file (expecting ")")');
    expect(error("echo ${a")).toBe("syntax error: missing '}'");
    expect(error("echo ${a b}")).toBe("syntax error: bad substitution");
    expect(error("echo `date")).toBe("syntax error: EOF in backquote substitution");
    expect(error("for 1 in a; do :; done")).toBe("syntax error: bad for loop variable");
  });

  it("keeps the complete lines before the error", () => {
    const r = parse("echo one\necho two; echo three\nfi\necho four");
    expect("error" in r && r.before.body.items.length).toBe(3);
  });

  it("refuses nesting beyond the limit instead of overflowing the stack", () => {
    const deep = "{ ".repeat(300) + "echo" + "; }".repeat(300);
    expect(error(deep)).toBe("syntax error: nesting too deep");
    const ok = "{ ".repeat(50) + "echo" + "; }".repeat(50);
    expect(error(ok)).toBeUndefined();
  });
});

describe("parseCached", () => {
  it("returns the identical result for identical text", () => {
    expect(parseCached("echo x; echo y")).toBe(parseCached("echo x; echo y"));
  });
});
