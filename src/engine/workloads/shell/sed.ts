/**
 * sed after busybox 1.36 editors/sed.c: commands are parsed by add_cmd() and run over the lines
 * by process_files(), with the same addresses (N, $, /re/, \cREc, ranges, addr,+N, !), the
 * commands s (g, N, p, I, w), p P d D = a i c q n N y { } h H g G x : b t T r w, options -n -e
 * -f -i -r/-E, and busybox's messages (`sed: unmatched '/'`, `sed: unsupported command x`).
 */
import type { AppletContext } from "./applet";
import { pathOf } from "./applet";
import { parentDir } from "./paths";
import { posixRegex, source } from "./text-applets";

class SedError extends Error {}

interface Address {
  line: number; // 0: none, -1: $, >0: line number, -2: dead (a matched N,xxx range)
  re: RegExp | null;
}

interface Cmd {
  beg: Address;
  begLineOrig: number;
  end: Address;
  endLineOrig: number;
  invert: boolean;
  cmd: string;
  inMatch: boolean;
  // s
  sub?: RegExp | null;
  repl?: string;
  which?: number;
  subP?: boolean;
  file?: string;
  // a i c text, labels, y map
  text?: string;
  ymap?: Map<string, string>;
}

const WS = " \t\n\v\f\r";

class SedParser {
  cmds: Cmd[] = [];
  private pending: string | null = null;
  prevRegex: RegExp | null = null;
  quiet = 0;

  constructor(private readonly extended: boolean) {}

  compile(src: string, icase = false): RegExp {
    try {
      return new RegExp(posixRegex(src, this.extended), icase ? "gsi" : "gs");
    } catch {
      throw new SedError(`bad regex '${src}'`);
    }
  }

  /** index_of_next_unescaped_regexp_delim(). Negative delimiter: no bracket handling. */
  private nextDelim(delim: number, str: string): number {
    let bracket = -1;
    let escaped = false;
    if (delim < 0) {
      bracket--;
      delim = -delim;
    }
    const d = String.fromCharCode(delim);
    for (let idx = 0; idx < str.length; idx++) {
      const ch = str[idx];
      if (bracket >= 0) {
        if (ch === "]" && !(bracket === idx - 1 || (bracket === idx - 2 && str[idx - 1] === "^"))) bracket = -1;
      } else if (escaped) escaped = false;
      else if (ch === "\\") escaped = true;
      else if (bracket === -1 && ch === "[") bracket = idx;
      else if (ch === d) return idx;
    }
    throw new SedError(`unmatched '${d}'`);
  }

  /** copy_parsing_escapes(): \n \t \r, and the escaped delimiter. */
  private escapes(s: string, delim: string | null): string {
    let out = s;
    for (const [letter, ch] of [
      ["n", "\n"],
      ["t", "\t"],
      ["r", "\r"],
    ]) out = parseEscapes(out, letter, ch);
    if (delim) out = parseEscapes(out, delim, delim);
    return out;
  }

  private regexDelim(s: string): { match: string; replace: string; end: number } {
    if (s === "") throw new SedError("bad format in substitution expression");
    const d = s.charCodeAt(0);
    let p = 1;
    const i1 = this.nextDelim(d, s.slice(p));
    const match = this.escapes(s.slice(p, p + i1), s[0]);
    p += i1 + 1;
    const i2 = this.nextDelim(-d, s.slice(p));
    const replace = this.escapes(s.slice(p, p + i2), s[0] !== "&" ? s[0] : null);
    return { match, replace, end: p + i2 };
  }

  private address(s: string): { addr: Address; len: number } {
    const m = /^\d+/.exec(s);
    if (m) return { addr: { line: Number(m[0]), re: null }, len: m[0].length };
    if (s[0] === "$") return { addr: { line: -1, re: null }, len: 1 };
    if (s[0] === "/" || s[0] === "\\") {
      let p = 0;
      let delim = "/";
      if (s[0] === "\\") delim = s[++p];
      p++;
      const next = this.nextDelim(delim.charCodeAt(0), s.slice(p));
      let re: RegExp;
      if (next !== 0) {
        re = this.compile(this.escapes(s.slice(p, p + next), null));
        this.prevRegex = re;
      } else {
        if (!this.prevRegex) throw new SedError("no previous regexp");
        re = this.prevRegex;
      }
      return { addr: { line: 0, re }, len: p + next + 1 };
    }
    return { addr: { line: 0, re: null }, len: 0 };
  }

  /** add_cmd(): one line of script (lines ending in an odd number of backslashes continue). */
  add(line: string): void {
    if (this.pending !== null) line = `${this.pending}\n${line}`;
    this.pending = null;
    const trailing = /\\*$/.exec(line)![0].length;
    if (trailing % 2) {
      this.pending = line.slice(0, -1);
      return;
    }
    let s = line;
    for (;;) {
      s = s.replace(/^[; \t\n\v\f\r]+/, "");
      if (!s) break;
      if (s[0] === "#") {
        if (s[1] === "n") this.quiet++;
        const nl = s.search(/[\n\r]/);
        if (nl < 0) break;
        s = s.slice(nl);
        continue;
      }
      const cmd: Cmd = { beg: { line: 0, re: null }, begLineOrig: 0, end: { line: 0, re: null }, endLineOrig: 0, invert: false, cmd: "", inMatch: false };
      const a = this.address(s);
      cmd.beg = a.addr;
      cmd.begLineOrig = a.addr.line;
      s = s.slice(a.len);
      if (s[0] === ",") {
        s = s.slice(1);
        const plus = /^\+(\d+)/.exec(s);
        if (plus) {
          cmd.end = { line: -2 - Number(plus[1]), re: null };
          s = s.slice(plus[0].length);
        } else {
          const b = this.address(s);
          if (b.len === 0) throw new SedError("no address after comma");
          cmd.end = b.addr;
          s = s.slice(b.len);
        }
        cmd.endLineOrig = cmd.end.line;
      }
      s = s.replace(/^[ \t\n\v\f\r]+/, "");
      if (s[0] === "!") {
        cmd.invert = true;
        s = s.slice(1).replace(/^[ \t\n\v\f\r]+/, "");
      }
      if (!s) throw new SedError("missing command");
      cmd.cmd = s[0];
      s = this.args(cmd, s.slice(1));
      this.cmds.push(cmd);
    }
  }

  finish(): void {
    if (this.pending !== null) {
      const p = this.pending;
      this.pending = null;
      this.add(p);
    }
  }

  private args(cmd: Cmd, s: string): string {
    const c = cmd.cmd;
    const twoAddr = cmd.end.line !== 0 || cmd.end.re !== null;
    if (c === "s") {
      const r = this.regexDelim(s);
      cmd.repl = r.replace;
      cmd.which = 1;
      let icase = false;
      let idx = r.end;
      for (idx++; idx < s.length; idx++) {
        const f = s[idx];
        if (/\d/.test(f)) {
          const m = /^\d+/.exec(s.slice(idx))!;
          if (r.match[0] !== "^") cmd.which = Number(m[0]);
          idx += m[0].length - 1;
          continue;
        }
        if (WS.includes(f)) continue;
        if (f === "g") cmd.which = 0;
        else if (f === "p") cmd.subP = true;
        else if (f === "i" || f === "I") icase = true;
        else if (f === "w") {
          const rest = s.slice(idx + 1).replace(/^[ \t]+/, "");
          const eol = rest.indexOf("\n");
          cmd.file = eol < 0 ? rest : rest.slice(0, eol);
          if (!cmd.file) throw new SedError("empty filename");
          idx = s.length - (eol < 0 ? 0 : rest.length - eol);
          break;
        } else if (f === "#") {
          idx = s.length;
          break;
        } else if (f === ";" || f === "}") break;
        else throw new SedError("bad option in substitution expression");
      }
      cmd.sub = r.match ? this.compile(r.match, icase) : null;
      return s.slice(idx);
    }
    if ("aic".includes(c)) {
      if (c !== "c" && twoAddr) throw new SedError(`command '${c}' uses only one address`);
      let p = 0;
      for (;;) {
        if (s[p] === "\n" || s[p] === "\\") {
          p++;
          break;
        }
        if (p >= s.length || !WS.includes(s[p])) break;
        p++;
      }
      cmd.text = this.escapes(s.slice(p), null).replace(/\\(.)/gs, "$1");
      return "";
    }
    if (c === "r" || c === "w") {
      if (c === "r" && twoAddr) throw new SedError(`command '${c}' uses only one address`);
      const rest = s.replace(/^[ \t\n\v\f\r]+/, "");
      const eol = rest.indexOf("\n");
      const name = eol < 0 ? rest : rest.slice(0, eol);
      if (!name) throw new SedError("empty filename");
      cmd.file = name;
      return eol < 0 ? "" : rest.slice(eol);
    }
    if (":btT".includes(c)) {
      const rest = s.replace(/^[ \t\n\v\f\r]+/, "");
      const m = /^[^; \t\n\v\f\r]*/.exec(rest)!;
      if (m[0]) cmd.text = m[0];
      return rest.slice(m[0].length);
    }
    if (c === "y") {
      const r = this.regexDelim(s);
      const unesc = (x: string): string => parseEscapes(x, s[0], s[0]);
      const from = unesc(r.match);
      const to = unesc(r.replace);
      cmd.ymap = new Map();
      for (let i = 0; i < from.length && i < to.length; i++) cmd.ymap.set(from[i], to[i]);
      return s.slice(r.end + 1);
    }
    if (!"dDgGhHlnNpPqx={}".includes(c)) throw new SedError(`unsupported command ${c}`);
    return s;
  }
}

/** parse_escapes(): `\<from>` becomes `to`; other escapes stay as they are. */
function parseEscapes(s: string, from: string, to: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    if (s[i] === "\\" && i + 1 < s.length) {
      if (s[i + 1] === from) {
        out += to;
        i++;
        continue;
      }
      out += s[i] + s[i + 1];
      i++;
      continue;
    }
    out += s[i];
  }
  return out;
}

interface Line {
  text: string;
  /** The line's end: "\n", or "" for a last line without one. */
  eol: string;
}

export function sed(ctx: AppletContext): number {
  const args = ctx.argv.slice(1);
  const scripts: { kind: "e" | "f"; text: string }[] = [];
  let quiet = 0;
  let inPlace: string | null = null;
  let extended = false;
  const operands: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--") {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (a === "--version") {
      ctx.out.write("This is not GNU sed version 4.0\n");
      return 0;
    }
    if (!a.startsWith("-") || a === "-") {
      operands.push(a);
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const c = a[j];
      if (c === "n") quiet++;
      else if (c === "r" || c === "E") extended = true;
      else if (c === "i") {
        inPlace = a.slice(j + 1);
        break;
      } else if (c === "e" || c === "f") {
        const v = j + 1 < a.length ? a.slice(j + 1) : args[++i];
        if (v === undefined) return usage(ctx, `option requires an argument -- '${c}'`);
        scripts.push({ kind: c, text: v });
        break;
      } else return usage(ctx, `invalid option -- '${c}'`);
    }
  }
  const p = new SedParser(extended);
  try {
    for (const s of scripts) {
      if (s.kind === "e") for (const l of s.text.split("\n")) p.add(l);
      else {
        const src = source(ctx, s.text);
        if ("error" in src) throw new SedError(`can't open '${s.text}': No such file or directory`);
        for (const l of src.text.split("\n").slice(0, src.text.endsWith("\n") ? -1 : undefined)) p.add(l);
      }
    }
    if (scripts.length === 0) {
      const script = operands.shift();
      if (script === undefined) return usage(ctx);
      for (const l of script.split("\n")) p.add(l);
    }
    p.finish();
    quiet += p.quiet;
    if (inPlace !== null) {
      if (operands.length === 0) throw new SedError("-i requires an argument");
      let status = 0;
      for (const f of operands) {
        const src = source(ctx, f);
        if ("error" in src) {
          ctx.err.write(`sed: ${f}: No such file or directory\n`);
          status = 1;
          continue;
        }
        let out = "";
        run(ctx, p, [src.text], quiet > 0, (t) => (out += t));
        for (const c of p.cmds) {
          c.beg.line = c.begLineOrig;
          c.end.line = c.endLineOrig;
          c.inMatch = false;
        }
        if (inPlace) ctx.fs.write(pathOf(ctx, f + inPlace), src.text, false);
        ctx.fs.write(pathOf(ctx, f), out, false);
      }
      return status;
    }
    const inputs: string[] = [];
    let status = 0;
    for (const f of operands.length ? operands : ["-"]) {
      const src = source(ctx, f);
      if ("error" in src) {
        ctx.err.write(`sed: can't open '${f}': No such file or directory\n`);
        status = 1;
        continue;
      }
      inputs.push(src.text);
    }
    let out = "";
    run(ctx, p, inputs, quiet > 0, (t) => (out += t));
    ctx.out.write(out);
    return status;
  } catch (e) {
    if (e instanceof SedError) {
      ctx.err.write(`sed: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}

function usage(ctx: AppletContext, message?: string): number {
  if (message) ctx.err.write(`sed: ${message}\n`);
  ctx.err.write("Usage: sed [-i[SFX]] [-nrE] [-f FILE]... [-e CMD]... [FILE]...\n");
  return 1;
}

/** process_files(): every line through every command. */
function run(ctx: AppletContext, p: SedParser, inputs: string[], quiet: boolean, write: (t: string) => void): void {
  const all: Line[] = [];
  for (const text of inputs) {
    const parts = text.split("\n");
    const last = parts.pop()!;
    for (const l of parts) all.push({ text: l, eol: "\n" });
    if (last !== "") all.push({ text: last, eol: "" });
  }
  // puts_maybe_newline(): a line that had no newline gets one only when more output follows.
  let lastPut = "\n";
  const put = (s: string, eol: string): void => {
    if (lastPut !== "\n") {
      write("\n");
      lastPut = "\n";
    }
    write(s + eol);
    if (s) lastPut = "x";
    if (eol) lastPut = eol;
  };
  const files = new Map<string, string>();
  const fileWrite = (name: string, text: string): void => {
    const path = pathOf(ctx, name);
    if (!files.has(path)) {
      if (!ctx.fs.isDir(parentDir(path))) throw new SedError(`can't open '${name}': No such file or directory`);
      ctx.fs.write(path, "", false);
      files.set(path, "");
    }
    ctx.fs.write(path, text, true);
  };
  const cmds = p.cmds;
  let idx = 0;
  let linenum = 0;
  let hold = "";
  const appends: string[] = [];
  const flushAppends = (): void => {
    for (const a of appends) put(a, "\n");
    appends.length = 0;
  };
  let quit = false;
  while (!quit && idx < all.length) {
    let ps = all[idx].text;
    let lastGets = all[idx].eol;
    idx++;
    linenum++;
    let substituted = false;
    let deleted = false;
    let pc = 0;
    restart: for (;;) {
      for (; pc < cmds.length; pc++) {
        const c = cmds[pc];
        const nextLine = idx < all.length;
        const old = c.inMatch;
        if (!old) c.end.line = c.endLineOrig;
        const begRe = c.beg.re !== null && matches(c.beg.re, ps);
        if (begRe) p.prevRegex = c.beg.re;
        c.inMatch =
          c.inMatch ||
          (c.beg.line === 0 && c.end.line === 0 && !c.beg.re && !c.end.re) ||
          (c.beg.line > 0 && (c.end.line !== 0 || c.end.re ? c.beg.line <= linenum : c.beg.line === linenum)) ||
          begRe ||
          (c.beg.line === -1 && !nextLine);
        const matched = c.inMatch;
        if (matched) {
          if (c.end.line <= -2) c.end.line = linenum + (-c.end.line - 2);
          if (c.beg.line > 0) c.beg.line = -2;
          c.inMatch = !((c.end.line ? (c.end.line === -1 ? !nextLine : c.end.line <= linenum) : !c.end.re) || (c.end.re !== null && old && matches(c.end.re, ps)));
        }
        if (c.cmd === "{") {
          if (c.invert ? matched : !matched) {
            let nest = 0;
            for (;;) {
              if (cmds[pc].cmd === "{") nest++;
              if (cmds[pc].cmd === "}" && --nest === 0) break;
              if (++pc >= cmds.length) throw new SedError("unterminated {");
            }
          }
          continue;
        }
        if (c.invert ? matched : !matched) continue;
        if (c.beg.re) p.prevRegex = c.beg.re;
        switch (c.cmd) {
          case "=":
            write(`${linenum}\n`);
            break;
          case "P": {
            const nl = ps.indexOf("\n");
            put(nl >= 0 ? ps.slice(0, nl) : ps, "\n");
            break;
          }
          case "p":
            put(ps, "\n");
            break;
          case "D": {
            const nl = ps.indexOf("\n");
            if (nl >= 0) {
              ps = ps.slice(nl + 1);
              pc = 0;
              continue restart;
            }
            deleted = true;
            break restart;
          }
          case "d":
            deleted = true;
            break restart;
          case "s": {
            const r = substitute(p, c, ps);
            if (r === null) break;
            ps = r;
            substituted = true;
            if (c.subP) put(ps, lastGets);
            if (c.file) fileWrite(c.file, ps + (lastGets || ""));
            break;
          }
          case "a":
            appends.push(c.text!);
            break;
          case "i":
            put(c.text!, "\n");
            break;
          case "c":
            if (!c.inMatch) put(c.text!, "\n");
            deleted = true;
            break restart;
          case "r": {
            const src = source(ctx, c.file!);
            if (!("error" in src)) for (const l of src.text.split("\n").filter((x, k, arr) => k < arr.length - 1 || x !== "")) appends.push(l);
            break;
          }
          case "w":
            fileWrite(c.file!, ps + (lastGets || ""));
            break;
          case "n":
            if (!quiet) put(ps, lastGets);
            if (!nextLine) {
              deleted = true;
              break restart;
            }
            ps = all[idx].text;
            lastGets = all[idx].eol;
            idx++;
            substituted = false;
            linenum++;
            break;
          case "q":
            quit = true;
            break restart;
          case "N":
            if (!nextLine) {
              quit = true;
              break restart;
            }
            ps += "\n" + all[idx].text;
            lastGets = all[idx].eol;
            idx++;
            linenum++;
            break;
          case "g":
            ps = hold;
            break;
          case "G":
            ps += "\n" + hold;
            lastGets = "\n";
            break;
          case "h":
            hold = ps;
            break;
          case "H":
            hold += "\n" + ps;
            break;
          case "x":
            [ps, hold] = [hold, ps];
            lastGets = "\n";
            break;
          case "y":
            ps = [...ps].map((ch) => c.ymap!.get(ch) ?? ch).join("");
            break;
          case "b":
          case "t":
          case "T": {
            if (c.cmd === "t") {
              if (!substituted) break;
              substituted = false;
            } else if (c.cmd === "T" && substituted) break;
            if (!c.text) {
              pc = cmds.length;
              break;
            }
            const target = cmds.findIndex((x) => x.cmd === ":" && x.text === c.text);
            if (target < 0) throw new SedError(`can't find label for jump to '${c.text}'`);
            pc = target;
            break;
          }
          case "l":
            put(ps.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n") + "$", "\n");
            break;
        }
      }
      break;
    }
    if (!deleted && !quiet) put(ps, lastGets);
    flushAppends();
  }
}

function matches(re: RegExp, s: string): boolean {
  re.lastIndex = 0;
  return re.test(s);
}

/** do_subst_command(): the replaced line, or null when nothing matched. */
function substitute(p: SedParser, c: Cmd, line: string): string | null {
  const re = c.sub ?? p.prevRegex;
  if (!re) throw new SedError("no previous regexp");
  p.prevRegex = re;
  re.lastIndex = 0;
  let m = re.exec(line);
  if (!m) return null;
  let out = "";
  let pos = 0;
  let count = 0;
  let altered = false;
  let prevEmpty = true;
  let triedEol = false;
  const which = c.which ?? 1;
  for (;;) {
    const start = m.index;
    const end = start + m[0].length;
    count++;
    let next = end;
    if (which && which !== count) {
      out += line.slice(pos, end);
      if (start === end && end < line.length) out += line[next++];
    } else {
      out += line.slice(pos, start);
      if (prevEmpty || start !== pos || start !== end) {
        out += expand(c.repl!, m);
        altered = true;
      }
      prevEmpty = start === end;
      if (prevEmpty) {
        if (end >= line.length) triedEol = true;
        else out += line[next++];
      }
      if (which !== 0) {
        pos = next;
        break;
      }
    }
    pos = next;
    if (pos >= line.length) {
      if (triedEol) break;
      triedEol = true;
    }
    re.lastIndex = pos;
    m = re.exec(line);
    if (!m) break;
  }
  out += line.slice(pos);
  return altered ? out : null;
}

/** do_subst_w_backrefs(): & the match, \1-\9 groups, \c the character c. */
function expand(repl: string, m: RegExpExecArray): string {
  let out = "";
  for (let i = 0; i < repl.length; i++) {
    const c = repl[i];
    if (c === "\\") {
      const d = repl[++i];
      if (d !== undefined && d >= "0" && d <= "9") {
        out += m[Number(d)] ?? "";
        continue;
      }
      out += d ?? "";
      continue;
    }
    out += c === "&" ? m[0] : c;
  }
  return out;
}
