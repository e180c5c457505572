/**
 * Word expansion: parameters, command substitution, arithmetic, then field splitting and
 * pathname expansion, with quote removal throughout. Expansion is a generator because a
 * command substitution may sleep (`x=$(sleep 5; date)`).
 */
import type { Script, Word, WordPart } from "./ast";
import type { ShellFs } from "./types";
import type { TaskGen } from "./tasks";
import { evalArith } from "./arith";
import type { ArithVars } from "./arith";
import { ShellError } from "./errors";
import { escapeGlob, expandPathname, hasGlob, trimPattern } from "./glob";

type Gen<T> = TaskGen<T>;

/** What expansion needs from the shell. */
export interface ExpandHost extends ArithVars {
  /** Any parameter, special ones included ($?, $#, $1, ...); undefined when unset. */
  param(name: string): string | undefined;
  positional(): string[];
  nounset(): boolean;
  noglob(): boolean;
  commandSub(script: Script): Gen<string>;
  fs: ShellFs;
  cwd(): string;
}

interface Field {
  value: string;
  /** The same text with quoted characters escaped, for pathname expansion. */
  pattern: string;
  glob: boolean;
}

const DEFAULT_IFS = " \t\n";
const SPECIAL = new Set(["?", "$", "#", "@", "*", "!", "-", "0"]);

class FieldBuilder {
  fields: Field[] = [];
  private cur: Field | null = null;

  constructor(private readonly ifs: string) {}

  private field(): Field {
    return (this.cur ??= { value: "", pattern: "", glob: false });
  }

  quoted(text: string): void {
    const f = this.field();
    f.value += text;
    f.pattern += escapeGlob(text);
  }

  literal(text: string): void {
    const f = this.field();
    f.value += text;
    f.pattern += text;
    if (hasGlob(text)) f.glob = true;
  }

  /** Text produced by an unquoted expansion: split on IFS, and still subject to globbing. */
  split(text: string): void {
    for (const c of text) {
      if (this.ifs.includes(c)) {
        this.breakField(!" \t\n".includes(c));
        continue;
      }
      const f = this.field();
      f.value += c;
      f.pattern += c === "\\" ? "\\\\" : c;
      if (c === "*" || c === "?" || c === "[") f.glob = true;
    }
  }

  /** Ends the current field; `keepEmpty` for a non-whitespace IFS delimiter. */
  breakField(keepEmpty: boolean): void {
    if (this.cur) this.fields.push(this.cur);
    else if (keepEmpty) this.fields.push({ value: "", pattern: "", glob: false });
    this.cur = null;
  }

  done(): Field[] {
    if (this.cur) this.fields.push(this.cur);
    this.cur = null;
    return this.fields;
  }
}

function ifsOf(host: ExpandHost): string {
  return host.param("IFS") ?? DEFAULT_IFS;
}

function* paramValue(host: ExpandHost, part: Extract<WordPart, { k: "param" }>): Gen<string> {
  const { name, op, arg } = part;
  const value = name === "@" || name === "*" ? host.positional().join(" ") : host.param(name);
  const isSet = name === "@" || name === "*" ? host.positional().length > 0 : value !== undefined;
  const colon = op !== null && op.startsWith(":");
  const missing = !isSet || (colon && value === "");
  switch (op) {
    case null:
      if (!isSet && host.nounset() && !SPECIAL.has(name)) throw new ShellError(`${name}: parameter not set`);
      return value ?? "";
    case "len":
      return String(name === "#" || name === "@" || name === "*" ? host.positional().length : (value ?? "").length);
    case "-":
    case ":-":
      return missing ? yield* expandString(host, arg!) : value!;
    case "=":
    case ":=":
      if (!missing) return value!;
      if (!/^[A-Za-z_]/.test(name)) throw new ShellError(`${name}: bad variable name`);
      host.set(name, yield* expandString(host, arg!));
      return host.param(name) ?? "";
    case "+":
    case ":+":
      return missing ? "" : yield* expandString(host, arg!);
    case "?":
    case ":?": {
      if (!missing) return value!;
      const msg = arg && arg.parts.length ? yield* expandString(host, arg) : "parameter not set";
      throw new ShellError(`${name}: ${msg}`);
    }
    default:
      return trimPattern(value ?? "", yield* expandPattern(host, arg!), op);
  }
}

function* arithValue(host: ExpandHost, expr: Word): Gen<string> {
  return String(evalArith(yield* expandString(host, expr), host));
}

/** Full expansion of command words into argv fields. */
export function* expandFields(host: ExpandHost, words: Word[]): Gen<string[]> {
  const out: string[] = [];
  for (const word of words) {
    if (word.literal !== null) {
      out.push(word.literal);
      continue;
    }
    const b = new FieldBuilder(ifsOf(host));
    for (const part of word.parts) {
      switch (part.k) {
        case "lit":
          if (part.quoted) b.quoted(part.text);
          else b.literal(part.text);
          break;
        case "tilde":
          b.quoted(part.user === "" ? (host.param("HOME") ?? "/root") : part.user === "root" ? "/root" : `/home/${part.user}`);
          break;
        case "param":
          if ((part.name === "@" || part.name === "*") && part.op === null) {
            const params = host.positional();
            if (part.quoted && part.name === "*") b.quoted(params.join(ifsOf(host).slice(0, 1)));
            else
              params.forEach((p, i) => {
                if (i > 0) b.breakField(false);
                if (part.quoted) b.quoted(p);
                else b.split(p);
              });
          } else {
            const v = yield* paramValue(host, part);
            if (part.quoted) b.quoted(v);
            else b.split(v);
          }
          break;
        case "cmdsub": {
          const v = yield* host.commandSub(part.script);
          if (part.quoted) b.quoted(v);
          else b.split(v);
          break;
        }
        case "arith": {
          const v = yield* arithValue(host, part.expr);
          if (part.quoted) b.quoted(v);
          else b.split(v);
          break;
        }
      }
    }
    for (const f of b.done()) {
      const matches = f.glob && !host.noglob() ? expandPathname(f.pattern, host.fs, host.cwd()) : [];
      if (matches.length) out.push(...matches);
      else out.push(f.value);
    }
  }
  return out;
}

/** Expansion without field splitting or globbing: assignments, redirection targets, here-documents. */
export function* expandString(host: ExpandHost, word: Word): Gen<string> {
  if (word.literal !== null) return word.literal;
  let s = "";
  for (const part of word.parts) s += yield* partText(host, part);
  return s;
}

/** Expansion to a pattern: quoted characters are escaped so they match only themselves. */
export function* expandPattern(host: ExpandHost, word: Word): Gen<string> {
  let s = "";
  for (const part of word.parts) {
    const text = yield* partText(host, part);
    const quoted = part.k === "tilde" || part.quoted;
    s += quoted ? escapeGlob(text) : text;
  }
  return s;
}

function* partText(host: ExpandHost, part: WordPart): Gen<string> {
  switch (part.k) {
    case "lit":
      return part.text;
    case "tilde":
      return part.user === "" ? (host.param("HOME") ?? "/root") : part.user === "root" ? "/root" : `/home/${part.user}`;
    case "param":
      return yield* paramValue(host, part);
    case "cmdsub":
      return yield* host.commandSub(part.script);
    case "arith":
      return yield* arithValue(host, part.expr);
  }
}
