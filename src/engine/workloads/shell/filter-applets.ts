/**
 * Filters scripts pipe text through, after busybox 1.36: tr (coreutils/tr.c), cut
 * (coreutils/cut.c), sort (coreutils/sort.c), uniq (coreutils/uniq.c), yes (coreutils/yes.c) and
 * xargs (findutils/xargs.c). They read their whole input at once, as podplay's pipes hand it
 * over, and keep busybox's options, output and messages.
 */
import type { AppletContext, AppletResult } from "./applet";
import { fail, getopt, pathOf } from "./applet";
import { escapeAt, strtod } from "./awk/lexer";
import { BufferWriter, Input } from "./io";
import { MAX_SHELL_DATA } from "./limits";
import { PIPE_CAPACITY } from "./proc-applets";
import type { TaskGen } from "./tasks";
import { lines, sources } from "./text-applets";

// ---- tr ----------------------------------------------------------------------------------------

const CLASSES: Record<string, () => string> = {
  alpha: () => range("A", "Z") + range("a", "z"),
  alnum: () => range("0", "9") + range("A", "Z") + range("a", "z"),
  digit: () => range("0", "9"),
  lower: () => range("a", "z"),
  upper: () => range("A", "Z"),
  space: () => "\t\n\v\f\r ",
  blank: () => "\t ",
  punct: () => [...range("\x21", "\x7e")].filter((c) => !/[A-Za-z0-9]/.test(c)).join(""),
  cntrl: () => range("\x00", "\x1f") + "\x7f",
  xdigit: () => range("0", "9") + "ABCDEF" + "abcdef",
};

function range(a: string, b: string): string {
  let s = "";
  for (let i = a.charCodeAt(0); i <= b.charCodeAt(0); i++) s += String.fromCharCode(i);
  return s;
}

/** tr's expand(): ranges, escapes, [:class:] and [=c=]; anything else literally. */
function expandSet(arg: string): string {
  let out = "";
  let i = 0;
  const at = (): { ch: string; next: number } => {
    if (arg[i] === "\\") {
      const e = escapeAt(arg, i + 1);
      if (e.end === i + 1) return { ch: "\\", next: i + 1 };
      return { ch: e.ch, next: e.end };
    }
    return { ch: arg[i], next: i + 1 };
  };
  while (i < arg.length) {
    const { ch, next } = at();
    if (arg[next] === "-" && next + 1 < arg.length) {
      let hi = arg[next + 1];
      let after = next + 2;
      if (hi === "\\") {
        const e = escapeAt(arg, next + 2);
        hi = e.end === next + 2 ? "\\" : e.ch;
        after = e.end === next + 2 ? next + 2 : e.end;
      }
      out += ch <= hi ? range(ch, hi) : "";
      i = after;
      continue;
    }
    if (ch === "[" && next === i + 1) {
      const cls = /^\[:([a-z]+):\]/.exec(arg.slice(i));
      if (cls && CLASSES[cls[1]]) {
        out += CLASSES[cls[1]]();
        i += cls[0].length;
        continue;
      }
      const eq = /^\[=(.)=\]/s.exec(arg.slice(i));
      if (eq) {
        out += eq[1];
        i += eq[0].length;
        continue;
      }
    }
    out += ch;
    i = next;
  }
  return out;
}

export function tr(ctx: AppletContext): number {
  const o = getopt(ctx.argv.slice(1), "Ccds");
  if (o.bad !== undefined) return fail(ctx, "tr", `invalid option -- '${o.bad}'`);
  if (o.operands.length === 0) {
    ctx.err.write("Usage: tr [-cds] STRING1 [STRING2]\n");
    return 1;
  }
  const del = o.flags.has("d");
  const squeeze = o.flags.has("s");
  let set1 = expandSet(o.operands[0]);
  if (o.flags.has("c") || o.flags.has("C")) {
    let comp = "";
    for (let c = 0; c < 256; c++) if (!set1.includes(String.fromCharCode(c))) comp += String.fromCharCode(c);
    set1 = comp;
  }
  let set2 = "";
  const map = new Map<string, string>();
  if (o.operands.length > 1) {
    if (o.operands[1] === "") return fail(ctx, "tr", "STRING2 cannot be empty");
    set2 = expandSet(o.operands[1]);
    // Past the end of STRING2, its last character (or '0' when there was none yet) repeats.
    let last = "0";
    for (let i = 0, j = 0; i < set1.length; i++) {
      if (j < set2.length) last = set2[j++];
      map.set(set1[i], last);
    }
  }
  const inSet1 = new Set(set1);
  const inSet2 = new Set(set2);
  const text = ctx.stdin.readAll();
  let out = "";
  let last: string | null = null;
  for (const c of text) {
    if (del && inSet1.has(c)) continue;
    const coded = map.get(c) ?? c;
    if (squeeze && last === coded && (inSet1.has(c) || inSet2.has(coded))) continue;
    out += coded;
    last = coded;
  }
  ctx.out.write(out);
  return 0;
}

// ---- cut ---------------------------------------------------------------------------------------

interface CutRange {
  start: number;
  end: number;
}

const INT_MAX = 2147483647;

export function cut(ctx: AppletContext): number {
  const o = getopt(ctx.argv.slice(1), "b:c:f:d:O:sDF:n");
  if (o.bad !== undefined) return fail(ctx, "cut", `invalid option -- '${o.bad}'`);
  const kinds = ["b", "c", "f", "F"].filter((k) => o.flags.has(k));
  if (kinds.length === 0) return fail(ctx, "cut", "expected a list of bytes, characters, or fields");
  if (kinds.length > 1) {
    ctx.err.write("Usage: cut [OPTIONS] [FILE]...\n");
    return 1;
  }
  const kind = kinds[0];
  const regex = kind === "F";
  const fields = kind === "f" || regex;
  let delim = String(o.flags.get("d") ?? "");
  if (!delim) delim = regex ? "[[:space:]]+" : "\t";
  const odelim = o.flags.has("O") ? String(o.flags.get("O")) : regex ? " " : delim;
  if (!fields) {
    if (o.flags.has("s")) return fail(ctx, "cut", "suppressing non-delimited lines makes sense only when operating on fields");
    if (o.flags.has("d")) return fail(ctx, "cut", "a delimiter may be specified only when operating on fields");
  }
  const ranges: CutRange[] = [];
  for (const tok of String(o.flags.get(kind)).split(",")) {
    if (!tok) continue;
    const [a, b] = tok.includes("-") ? [tok.slice(0, tok.indexOf("-")), tok.slice(tok.indexOf("-") + 1)] : [tok, undefined];
    const num = (s: string): number | null => (/^\d+$/.test(s) ? Number(s) : null);
    let s = 0;
    if (a !== "") {
      const n = num(a);
      if (n === null) return fail(ctx, "cut", `invalid number '${a}'`);
      s = n === 0 ? 0 : n - 1;
    }
    let e: number;
    if (b === undefined) e = s;
    else if (b === "") e = INT_MAX;
    else {
      const n = num(b);
      if (n === null) return fail(ctx, "cut", `invalid number '${b}'`);
      if (n < s) return fail(ctx, "cut", `${n}<${s}`);
      e = n - 1;
    }
    ranges.push({ start: s, end: e });
  }
  if (ranges.length === 0) return fail(ctx, "cut", "missing list of positions");
  if (!o.flags.has("D")) ranges.sort((x, y) => x.start - y.start);
  const re = regex ? new RegExp(posixToJs(delim), "g") : null;
  let status = 0;
  for (const src of sources(ctx, o.operands)) {
    if ("error" in src) {
      status = fail(ctx, "cut", `can't open '${src.name}': ${src.error === "dir" ? "Is a directory" : "No such file or directory"}`);
      continue;
    }
    let out = "";
    for (const line of lines(src.text)) {
      const r = fields ? cutFields(line, ranges, delim, odelim, re, o.flags.has("s"), o.flags.has("D")) : cutChars(line, ranges);
      if (r !== null) out += r + "\n";
    }
    ctx.out.write(out);
  }
  return status;
}

function posixToJs(re: string): string {
  return re.replace(/\[:space:\]/g, "\\s").replace(/\[:blank:\]/g, " \\t").replace(/\[:digit:\]/g, "0-9").replace(/\[:alpha:\]/g, "A-Za-z");
}

function cutChars(line: string, ranges: CutRange[]): string {
  const printed = new Set<number>();
  let out = "";
  for (const r of ranges) {
    for (let p = r.start; p < line.length; ) {
      if (!printed.has(p)) {
        printed.add(p);
        out += line[p];
      }
      if (++p > r.end) break;
    }
  }
  return out;
}

/** cut_file()'s field loop, delimiter by delimiter; null when -s drops the line. */
function cutFields(line: string, ranges: CutRange[], delim: string, odelim: string, re: RegExp | null, suppress: boolean, nosort: boolean): string | null {
  const len = line.length;
  let uu = 0;
  let start = 0;
  let end = 0;
  let dcount = 0;
  let cl = 0;
  let out = "";
  let outCount = 0;
  for (;;) {
    if (end === len || dcount > ranges[cl].end) {
      if (++cl >= ranges.length) break;
      if (nosort) start = dcount = uu = 0;
      end = 0;
    }
    if (uu === len) {
      if (!cl && !dcount && !re) {
        if (suppress) return null;
      } else if (dcount < ranges[cl].start) start = len;
      end = len;
    } else {
      if (re) {
        re.lastIndex = uu;
        const m = re.exec(line);
        if (m && m[0].length > 0) {
          end = m.index;
          uu = m.index + m[0].length;
        } else {
          uu = len;
          continue;
        }
      } else {
        end = uu++;
        if (line[end] !== delim[0]) continue;
      }
      if (dcount++ < ranges[cl].start) {
        start = uu;
        continue;
      }
    }
    if (end !== start || !re) out += (outCount++ ? odelim : "") + line.slice(start, end);
    start = uu;
    if (!dcount) break;
  }
  return out;
}

// ---- sort --------------------------------------------------------------------------------------

interface SortKey {
  range: [number, number, number, number];
  flags: string;
}

/** get_key(): the part of a line a key compares, with its -b -d -f -i treatment. */
function getKey(str: string, key: SortKey, flags: string, sep: string | null): string {
  const whole = key.range[0] === 1 && !key.range[1] && !key.range[2] && !key.range[3];
  if (whole && !/[bdfiB]/.test(flags)) return str;
  const len = str.length;
  const isSpace = (c: string | undefined): boolean => c !== undefined && " \t\n\v\f\r".includes(c);
  let start = 0;
  let end = 0;
  for (let j = 0; j < 2; j++) {
    if (!key.range[2 * j]) end = len;
    else {
      let ch = "";
      end = 0;
      for (let i = 1; i < key.range[2 * j] + j; i++) {
        if (sep !== null) {
          while (end < len) {
            ch = str[end++];
            if (ch === sep) break;
          }
          if (end >= len && ch !== sep) ch = "";
        } else {
          while (isSpace(str[end])) end++;
          while (end < len && !isSpace(str[end])) end++;
        }
      }
      if (j && ch) end--;
    }
    if (!j) start = end;
  }
  if (flags.includes("b")) while (isSpace(str[start])) start++;
  if (flags.includes("B")) while (end > start && isSpace(str[end - 1])) end--;
  if (key.range[3]) end = Math.min(key.range[3], len);
  if (key.range[1]) start = Math.min(start + key.range[1] - 1, len);
  if (end < start) end = start;
  let s = str.slice(start, end);
  if (flags.includes("d")) s = s.replace(/[^A-Za-z0-9 \t\n\v\f\r]/g, "");
  if (flags.includes("i")) s = s.replace(/[^\x20-\x7e]/g, "");
  if (flags.includes("f")) s = s.toUpperCase();
  return s;
}

function byteCompare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** atof(): the number at the start of a string (after white space), 0 when none. */
function atof(s: string): number {
  return strtod(s).value;
}

export function sort(ctx: AppletContext): number {
  const args = ctx.argv.slice(1);
  const keys: SortKey[] = [];
  let global = "";
  let sep: string | null = null;
  let output: string | null = null;
  const operands: string[] = [];
  const die = (msg: string): number => fail(ctx, "sort", msg, 2);
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--" || !a.startsWith("-") || a === "-") {
      operands.push(...(a === "--" ? args.slice(i + 1) : args.slice(i)));
      break;
    }
    for (let j = 1; j < a.length; j++) {
      const c = a[j];
      if ("kotST".includes(c)) {
        const value = j + 1 < a.length ? a.slice(j + 1) : args[++i];
        if (value === undefined) return die(`option requires an argument -- '${c}'`);
        if (c === "k") keys.push({ range: [0, 0, 0, 0], flags: value });
        else if (c === "t") {
          if (value.length !== 1) return die("bad -t parameter");
          sep = value;
        } else if (c === "o") output = value;
        break;
      }
      if (!"nghMVucszbrdfim".includes(c)) return die(`invalid option -- '${c}'`);
      global += c;
    }
  }
  if (global.includes("b")) global += "B";
  for (const k of keys) {
    const spec = k.flags;
    k.flags = "";
    let p = 0;
    let part = 0;
    while (p < spec.length) {
      const m = /^(\d+)(?:\.(\d+))?/.exec(spec.slice(p));
      if (!m || Number(m[1]) === 0 || (m[2] !== undefined && Number(m[2]) === 0)) return die("bad field specification");
      k.range[2 * part] = Number(m[1]);
      if (m[2] !== undefined) k.range[2 * part + 1] = Number(m[2]);
      p += m[0].length;
      while (p < spec.length) {
        const c = spec[p];
        if (c === "," && part++ === 0) {
          p++;
          break;
        }
        if (!"nghMVucszbrdfimSTokt".includes(c)) return die("unknown key option");
        if (!"nghMbrdfi".includes(c)) return die("unknown sort type");
        k.flags += part && c === "b" ? "B" : c;
        p++;
      }
    }
  }
  if (keys.length === 0) keys.push({ range: [1, 0, 0, 0], flags: "" });
  const all: string[] = [];
  for (const name of operands.length ? operands : ["-"]) {
    const src = sources(ctx, [name])[0];
    if ("error" in src) return die(`can't open '${name}': ${src.error === "dir" ? "Is a directory" : "No such file or directory"}`);
    all.push(...lines(src.text));
  }
  let tieBreak = !global.includes("s");
  const compare = (x: string, y: string): number => {
    let retval = 0;
    let flags = global;
    for (const key of keys) {
      if (retval) break;
      flags = key.flags || global;
      const a = getKey(x, key, flags, sep);
      const b = getKey(y, key, flags, sep);
      if (flags.includes("n")) {
        const dx = atof(a);
        const dy = atof(b);
        retval = dx > dy ? 1 : dx < dy ? -1 : 0;
      } else if (flags.includes("g") || flags.includes("h")) retval = generalCompare(a, b);
      else retval = byteCompare(a, b);
    }
    if (retval === 0 && tieBreak) {
      flags = global;
      retval = byteCompare(x, y);
    }
    return flags.includes("r") ? -retval : retval;
  };
  if (global.includes("c")) {
    const limit = global.includes("u") ? -1 : 0;
    for (let i = 1; i < all.length; i++) {
      if (compare(all[i - 1], all[i]) > limit) {
        ctx.err.write(`Check line ${i}\n`);
        return 1;
      }
    }
    return 0;
  }
  const sorted = [...all].sort(compare);
  let result = sorted;
  if (global.includes("u")) {
    tieBreak = false;
    result = [];
    for (const l of sorted) if (result.length === 0 || compare(result[result.length - 1], l) !== 0) result.push(l);
  }
  const text = result.map((l) => l + "\n").join("");
  if (output !== null) {
    const p = pathOf(ctx, output);
    ctx.fs.write(p, text, false);
  } else ctx.out.write(text);
  return 0;
}

function generalCompare(x: string, y: string): number {
  const a = strtod(x);
  const b = strtod(y);
  if (a.end === 0) return b.end === 0 ? 0 : -1;
  if (b.end === 0) return 1;
  if (Number.isNaN(a.value)) return Number.isNaN(b.value) ? 0 : -1;
  if (Number.isNaN(b.value)) return 1;
  return a.value > b.value ? 1 : a.value < b.value ? -1 : 0;
}

// ---- uniq --------------------------------------------------------------------------------------

export function uniq(ctx: AppletContext): number {
  const o = getopt(ctx.argv.slice(1), "cduf:s:w:iz");
  if (o.bad !== undefined) return fail(ctx, "uniq", `invalid option -- '${o.bad}'`);
  const skipFields = Number(o.flags.get("f") ?? 0);
  const skipChars = Number(o.flags.get("s") ?? 0);
  const maxChars = o.flags.has("w") ? Number(o.flags.get("w")) : Infinity;
  if (![skipFields, skipChars].every(Number.isInteger) || !(maxChars >= 0)) return fail(ctx, "uniq", "invalid number");
  if (o.operands.length > 2) {
    ctx.err.write("Usage: uniq [-cduiz] [-f,s,w N] [FILE [OUTFILE]]\n");
    return 1;
  }
  const input = o.operands[0];
  let text: string;
  if (input === undefined || input === "-") text = ctx.stdin.readAll();
  else {
    const src = sources(ctx, [input])[0];
    if ("error" in src) return fail(ctx, "uniq", `can't open '${input}': ${src.error === "dir" ? "Is a directory" : "No such file or directory"}`);
    text = src.text;
  }
  const eol = o.flags.has("z") ? "\0" : "\n";
  const all = o.flags.has("z") ? text.split("\0").filter((l, i, a) => i < a.length - 1 || l !== "") : lines(text);
  const compareKey = (line: string): string => {
    let s = line;
    for (let i = 0; i < skipFields; i++) s = s.replace(/^[ \t\n\v\f\r]*[^ \t\n\v\f\r]*/, "");
    s = s.slice(Math.min(skipChars, s.length));
    if (maxChars !== Infinity) s = s.slice(0, maxChars);
    return o.flags.has("i") ? s.toLowerCase() : s;
  };
  let out = "";
  for (let i = 0; i < all.length; ) {
    let j = i + 1;
    while (j < all.length && compareKey(all[j]) === compareKey(all[i])) j++;
    const dups = j - i - 1;
    const show = dups ? !o.flags.has("u") : !o.flags.has("d");
    if (show) out += (o.flags.has("c") ? `${String(dups + 1).padStart(7)} ` : "") + all[i] + eol;
    i = j;
  }
  const outfile = o.operands[1];
  if (outfile !== undefined && outfile !== "-") ctx.fs.write(pathOf(ctx, outfile), out, false);
  else ctx.out.write(out);
  return 0;
}

// ---- yes ---------------------------------------------------------------------------------------

/**
 * yes writes its line until the reader goes away. podplay's pipes hand over what was written
 * once the writer ends, so yes fills the pipe's capacity (64 KiB) and ends as SIGPIPE would end
 * it; written anywhere else it never ends on its own: it writes 1 MiB, then spins as a runaway
 * script does.
 */
export function yes(ctx: AppletContext): AppletResult {
  const words = ctx.argv.slice(1);
  const line = (words.length ? words.join(" ") : "y") + "\n";
  if (ctx.out instanceof BufferWriter) {
    const room = Math.min(PIPE_CAPACITY, MAX_SHELL_DATA - ctx.out.text.length);
    const n = Math.max(1, Math.floor(room / line.length));
    ctx.out.write(line.repeat(n));
    return 128 + 13;
  }
  return (function* (): TaskGen<number> {
    const chunk = line.repeat(Math.max(1, Math.floor(65536 / line.length)));
    for (let written = 0; written < MAX_SHELL_DATA; written += chunk.length) {
      ctx.out.write(chunk);
      if (ctx.spend(chunk.length >> 8)) break;
    }
    for (;;) yield* ctx.runaway();
  })();
}

// ---- xargs -------------------------------------------------------------------------------------

/** process_stdin(): words separated by blanks and newlines, with '…', "…" and \ quoting. */
function xargsWords(text: string): string[] | { error: string } {
  const words: string[] = [];
  let word: string | null = null;
  let quote = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = "";
      else word += c;
      continue;
    }
    if (" \t\n\v\f\r".includes(c)) {
      if (word !== null) words.push(word);
      word = null;
    } else if (c === "\\") {
      word = (word ?? "") + (text[++i] ?? "");
    } else if (c === "'" || c === '"') {
      quote = c;
      word = word ?? "";
    } else word = (word ?? "") + c;
  }
  if (quote) return { error: `unmatched ${quote === "'" ? "single" : "double"} quote` };
  if (word !== null) words.push(word);
  return words;
}

export function xargs(ctx: AppletContext): AppletResult {
  const args = ctx.argv.slice(1);
  let maxArgs = Infinity;
  let repl: string | null = null;
  let noEmpty = false;
  let verbose = false;
  let zero = false;
  let eof: string | null = null;
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i];
    if (a === "--") {
      i++;
      break;
    }
    if (!a.startsWith("-") || a === "-") break;
    let stop = false;
    for (let j = 1; j < a.length && !stop; j++) {
      const c = a[j];
      const value = (): string | undefined => {
        stop = true;
        return j + 1 < a.length ? a.slice(j + 1) : args[++i];
      };
      if (c === "r") noEmpty = true;
      else if (c === "t") verbose = true;
      else if (c === "0") zero = true;
      else if (c === "x" || c === "p" || c === "o") continue;
      else if (c === "n" || c === "s" || c === "P" || c === "E" || c === "I" || c === "a") {
        const v = value();
        if (v === undefined) return fail(ctx, "xargs", `option requires an argument -- '${c}'`);
        if (c === "n") {
          if (!/^\d+$/.test(v) || Number(v) < 1) return fail(ctx, "xargs", `invalid number '${v}'`);
          maxArgs = Number(v);
        } else if (c === "I") repl = v;
        else if (c === "E") eof = v || null;
      } else if (c === "i" || c === "e") {
        stop = true;
        const v = a.slice(j + 1);
        if (c === "i") repl = v || "{}";
        else eof = v || null;
      } else return fail(ctx, "xargs", `invalid option -- '${c}'`);
    }
  }
  const cmd = args.slice(i);
  if (cmd.length === 0) cmd.push("echo");
  const text = ctx.stdin.readAll();
  return (function* (): TaskGen<number> {
    const batches: string[][] = [];
    if (repl !== null) {
      for (const line of lines(text)) {
        if (line === "") continue;
        batches.push(cmd.map((w) => w.split(repl!).join(line)));
      }
    } else {
      let words: string[];
      if (zero) words = text.split("\0").filter((w, k, all) => w !== "" || k < all.length - 1);
      else {
        const r = xargsWords(text);
        if ("error" in r) return fail(ctx, "xargs", r.error);
        words = r;
      }
      if (eof !== null && words.includes(eof)) words = words.slice(0, words.indexOf(eof));
      if (words.length === 0) {
        if (!noEmpty) batches.push([...cmd]);
      } else for (let k = 0; k < words.length; k += maxArgs === Infinity ? words.length : maxArgs) batches.push([...cmd, ...words.slice(k, maxArgs === Infinity ? undefined : k + maxArgs)]);
    }
    let exitcode = 0;
    for (const argv of batches) {
      if (verbose) ctx.err.write(argv.join(" ") + "\n");
      const status = yield* ctx.exec(argv, ctx.env, { in: new Input("") });
      if (status === 127 || status === 126) return status;
      if (status === 255) {
        ctx.err.write(`xargs: ${argv[0]}: exited with status 255; aborting\n`);
        return 124;
      }
      if (status !== 0) exitcode = 123;
    }
    return exitcode;
  })();
}
