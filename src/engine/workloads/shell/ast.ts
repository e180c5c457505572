/**
 * The syntax tree of the sh subset. Nodes are immutable once parsed so a cached tree can be
 * shared by every run of the same script.
 */

export type ParamOp = "-" | ":-" | "=" | ":=" | "+" | ":+" | "?" | ":?" | "#" | "##" | "%" | "%%" | "len";

export type WordPart =
  | { k: "lit"; text: string; quoted: boolean }
  | { k: "param"; name: string; op: ParamOp | null; arg: Word | null; quoted: boolean }
  | { k: "cmdsub"; script: Script; quoted: boolean }
  | { k: "arith"; expr: Word; quoted: boolean }
  | { k: "tilde"; user: string };

export interface Word {
  parts: WordPart[];
  /** The word's value when it needs no expansion (no $, no glob, no tilde): the fast path. */
  literal: string | null;
}

export interface Assign {
  name: string;
  value: Word;
}

export type RedirOp = ">" | ">>" | ">|" | "<" | "<>" | ">&" | "<&" | "&>" | "&>>" | "<<" | "<<-";

export interface Redir {
  fd: number;
  op: RedirOp;
  target: Word;
  /** For << and <<-: filled in by the lexer when it reaches the body after the next newline. */
  heredoc?: { body: Word };
}

export interface SimpleCommand {
  type: "simple";
  assigns: Assign[];
  words: Word[];
  redirs: Redir[];
}

export interface IfCommand {
  type: "if";
  clauses: { cond: List; body: List }[];
  elseBody: List | null;
  redirs: Redir[];
}

export interface LoopCommand {
  type: "loop";
  until: boolean;
  cond: List;
  body: List;
  redirs: Redir[];
}

export interface ForCommand {
  type: "for";
  name: string;
  /** null: `for x; do` iterates "$@". */
  words: Word[] | null;
  body: List;
  redirs: Redir[];
}

export interface CaseCommand {
  type: "case";
  subject: Word;
  items: { patterns: Word[]; body: List }[];
  redirs: Redir[];
}

export interface GroupCommand {
  type: "group";
  body: List;
  redirs: Redir[];
}

export interface SubshellCommand {
  type: "subshell";
  body: List;
  redirs: Redir[];
}

export interface FunctionDef {
  type: "function";
  name: string;
  body: Command;
}

export type Command =
  | SimpleCommand
  | IfCommand
  | LoopCommand
  | ForCommand
  | CaseCommand
  | GroupCommand
  | SubshellCommand
  | FunctionDef;

export interface Pipeline {
  negate: boolean;
  commands: Command[];
}

export interface AndOr {
  first: Pipeline;
  rest: { op: "&&" | "||"; pipeline: Pipeline }[];
}

export interface List {
  /** `background` (a trailing &): the command runs as a background job, a process of its own (interpreter.ts background, tasks.ts). */
  items: { andOr: AndOr; background: boolean }[];
}

export interface Script {
  body: List;
}
