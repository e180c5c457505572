/** Applets that read text: cat, grep, wc, head, tail, tee. */
import type { AppletContext, AppletResult } from "./applet";
import { fail, getopt, pathOf } from "./applet";

export type Source = { name: string; text: string } | { name: string; error: "missing" | "dir" };

/** Reads an operand ("-" is stdin); /dev/null is always empty. */
export function source(ctx: AppletContext, operand: string): Source {
  if (operand === "-" || operand === "/dev/stdin") return { name: operand, text: ctx.stdin.readAll() };
  const p = pathOf(ctx, operand);
  if (p === "/dev/null") return { name: operand, text: "" };
  if (ctx.fs.isDir(p)) return { name: operand, error: "dir" };
  const text = ctx.fs.read(p);
  return text === undefined ? { name: operand, error: "missing" } : { name: operand, text };
}

export function sources(ctx: AppletContext, operands: string[]): Source[] {
  return (operands.length ? operands : ["-"]).map((o) => source(ctx, o));
}

export function cat(ctx: AppletContext): number {
  const o = getopt(ctx.argv.slice(1), "nbuvetA");
  let status = 0;
  for (const s of sources(ctx, o.operands)) {
    if ("error" in s) {
      status = fail(ctx, "cat", s.error === "dir" ? "read error: Is a directory" : `can't open '${s.name}': No such file or directory`);
      continue;
    }
    if (!o.flags.has("n")) ctx.out.write(s.text);
    else ctx.out.write(lines(s.text).map((l, i) => `${String(i + 1).padStart(6)}\t${l}\n`).join(""));
  }
  return status;
}

/** Lines without their terminators; a final unterminated line counts. */
export function lines(text: string): string[] {
  if (text === "") return [];
  const ls = text.split("\n");
  if (ls[ls.length - 1] === "") ls.pop();
  return ls;
}

const POSIX_CLASSES: Record<string, string> = { alpha: "A-Za-z", digit: "0-9", alnum: "A-Za-z0-9", upper: "A-Z", lower: "a-z", space: "\\s", blank: " \\t", punct: "!-\\/:-@\\[-`{-~", xdigit: "0-9A-Fa-f" };

/** POSIX basic (or extended) regular expression → JavaScript. */
export function posixRegex(pattern: string, extended: boolean): string {
  let out = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "[") {
      let j = i + 1;
      let body = "";
      if (pattern[j] === "^") body += pattern[j++];
      if (pattern[j] === "]") body += "\\" + pattern[j++];
      while (j < pattern.length && pattern[j] !== "]") {
        const cls = /^\[:([a-z]+):\]/.exec(pattern.slice(j));
        if (cls) {
          body += POSIX_CLASSES[cls[1]] ?? "";
          j += cls[0].length;
          continue;
        }
        const ch = pattern[j++];
        // A backslash is an ordinary character inside a POSIX bracket expression.
        body += ch === "\\" ? "\\\\" : ch;
      }
      if (j >= pattern.length) {
        out += "\\[";
        continue;
      }
      out += `[${body}]`;
      i = j;
      continue;
    }
    if (c === "\\" && i + 1 < pattern.length) {
      const n = pattern[++i];
      if (!extended && "(){}|+?".includes(n)) out += n;
      else if (n === "<" || n === ">") out += "\\b";
      else out += "\\" + n;
      continue;
    }
    if (!extended && "(){}|+?".includes(c)) out += "\\" + c;
    else if (c === "*" && (out === "" || out === "^")) out += "\\*";
    else if (c === "/") out += "\\/";
    else out += c;
  }
  return out;
}

export function grep(ctx: AppletContext): number {
  const o = getopt(ctx.argv.slice(1), "qivcnEFwxslhHoe:", true);
  if (o.bad !== undefined) return fail(ctx, "grep", `invalid option -- '${o.bad}'`, 2);
  const patternArg = o.flags.get("e");
  const operands = [...o.operands];
  const pattern = typeof patternArg === "string" ? patternArg : operands.shift();
  if (pattern === undefined) {
    ctx.err.write("Usage: grep [-qivcnEFwxslhHo] PATTERN [FILE]...\n");
    return 2;
  }
  const has = (f: string): boolean => o.flags.has(f);
  let src = has("F") ? pattern.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&") : posixRegex(pattern, has("E"));
  if (has("w")) src = `\\b(?:${src})\\b`;
  if (has("x")) src = `^(?:${src})$`;
  let re: RegExp;
  try {
    re = new RegExp(src, has("i") ? "i" : "");
  } catch {
    return fail(ctx, "grep", `bad regex '${pattern}'`, 2);
  }
  const inputs = sources(ctx, operands);
  const prefix = (inputs.length > 1 || has("H")) && !has("h");
  let matched = false;
  let errors = false;
  for (const s of inputs) {
    if ("error" in s) {
      errors = true;
      if (!has("s")) fail(ctx, "grep", `${s.name}: ${s.error === "dir" ? "Is a directory" : "No such file or directory"}`, 2);
      continue;
    }
    const name = s.name === "-" ? "(standard input)" : s.name;
    let count = 0;
    lines(s.text).forEach((line, i) => {
      if (re.test(line) === has("v")) return;
      count++;
      matched = true;
      if (has("q") || has("c") || has("l")) return;
      const text = has("o") ? (re.exec(line)?.[0] ?? line) : line;
      ctx.out.write(`${prefix ? name + ":" : ""}${has("n") ? `${i + 1}:` : ""}${text}\n`);
    });
    if (has("q") && matched) return 0;
    if (has("c")) ctx.out.write(`${prefix ? name + ":" : ""}${count}\n`);
    if (has("l") && count > 0) ctx.out.write(name + "\n");
  }
  if (errors && !(has("q") && matched)) return 2;
  return matched ? 0 : 1;
}

function utf8Length(text: string): number {
  let n = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return n;
}

/**
 * wc [-lwc]: a single count of stdin prints the bare number (busybox drops the padding then);
 * otherwise counts are right-aligned in 7 columns, followed by the file name.
 */
export function wc(ctx: AppletContext): number {
  const o = getopt(ctx.argv.slice(1), "lwcmL");
  const wanted = ["l", "w", "c"].filter((f) => o.flags.has(f) || (f === "c" && o.flags.has("m")));
  const columns = wanted.length ? wanted : ["l", "w", "c"];
  let status = 0;
  const totals = [0, 0, 0];
  const inputs = sources(ctx, o.operands);
  for (const s of inputs) {
    if ("error" in s) {
      status = fail(ctx, "wc", `${s.name}: ${s.error === "dir" ? "Is a directory" : "No such file or directory"}`);
      continue;
    }
    const counts: Record<string, number> = {
      l: (s.text.match(/\n/g) ?? []).length,
      w: s.text.split(/\s+/).filter(Boolean).length,
      c: utf8Length(s.text),
    };
    columns.forEach((c, i) => (totals[i] += counts[c]));
    const bare = columns.length === 1 && s.name === "-";
    const nums = columns.map((c) => (bare ? String(counts[c]) : String(counts[c]).padStart(7))).join(" ");
    ctx.out.write(s.name === "-" ? `${nums}\n` : `${nums} ${s.name}\n`);
  }
  if (inputs.length > 1) ctx.out.write(`${columns.map((_, i) => String(totals[i]).padStart(7)).join(" ")} total\n`);
  return status;
}

/** Rewrites the obsolete `head -5` form as `-n 5`. */
function countArgs(args: string[]): string[] {
  return args.flatMap((a) => (/^-\d+$/.test(a) ? ["-n", a.slice(1)] : [a]));
}

function headTail(ctx: AppletContext, name: "head" | "tail"): AppletResult {
  const o = getopt(countArgs(ctx.argv.slice(1)), name === "head" ? "n:c:qv" : "n:c:fFqs:v");
  const nArg = String(o.flags.get("n") ?? "10");
  const fromStart = name === "tail" && nArg.startsWith("+");
  const n = Number(nArg.replace(/^[+-]/, ""));
  if (!Number.isInteger(n)) return fail(ctx, name, `invalid number '${nArg}'`);
  const bytes = o.flags.get("c");
  let status = 0;
  const inputs = sources(ctx, o.operands);
  inputs.forEach((s, i) => {
    if ("error" in s) {
      status = fail(ctx, name, `can't open '${s.name}': No such file or directory`);
      return;
    }
    if (inputs.length > 1) ctx.out.write(`${i > 0 ? "\n" : ""}==> ${s.name} <==\n`);
    if (typeof bytes === "string") {
      const c = Number(bytes);
      ctx.out.write(name === "head" ? s.text.slice(0, c) : s.text.slice(-c));
      return;
    }
    const ls = s.text.split(/(?<=\n)/);
    const picked = name === "head" ? ls.slice(0, n) : fromStart ? ls.slice(Math.max(0, n - 1)) : n === 0 ? [] : ls.slice(-n);
    ctx.out.write(picked.join(""));
  });
  if (name === "tail" && (o.flags.has("f") || o.flags.has("F"))) {
    // Following a file never ends on its own: this is the `tail -f /dev/null` keep-alive idiom.
    return (function* () {
      yield { kind: "sleep" as const, seconds: Infinity };
      return status;
    })();
  }
  return status;
}

export const head = (ctx: AppletContext): AppletResult => headTail(ctx, "head");
export const tail = (ctx: AppletContext): AppletResult => headTail(ctx, "tail");

export function tee(ctx: AppletContext): number {
  const o = getopt(ctx.argv.slice(1), "ai");
  const text = ctx.stdin.readAll();
  let status = 0;
  for (const f of o.operands) {
    const p = pathOf(ctx, f);
    if (p === "/dev/null") continue;
    if (ctx.fs.isDir(p) || !ctx.fs.isDir(p.slice(0, p.lastIndexOf("/")) || "/")) status = fail(ctx, "tee", `can't open '${f}': No such file or directory`);
    else ctx.fs.write(p, text, o.flags.has("a"));
  }
  ctx.out.write(text);
  return status;
}
