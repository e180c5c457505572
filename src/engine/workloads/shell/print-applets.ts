/** echo and printf, with busybox's option and escape handling. */
import type { AppletContext } from "./applet";
import { formatFloat } from "./cformat";
import { MAX_SHELL_VALUE, ShellLimitError, checkData } from "./limits";

/**
 * Backslash escapes as echo -e and printf's format understand them. `stop` is set by \c, which
 * ends all output. Octal is \0NNN for echo and \NNN for printf.
 */
export function unescape(s: string, mode: "echo" | "printf"): { text: string; stop: boolean } {
  const simple: Record<string, string> = { a: "\x07", b: "\b", e: "\x1b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v", "\\": "\\" };
  if (mode === "printf") simple['"'] = '"';
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c !== "\\" || i + 1 >= s.length) {
      out += c;
      continue;
    }
    const e = s[++i];
    if (e in simple) out += simple[e];
    else if (e === "c") return { text: out, stop: true };
    else if (/[0-7]/.test(e) && (mode === "printf" || e === "0")) {
      let digits = mode === "echo" ? "" : e;
      while (digits.length < 3 && /[0-7]/.test(s[i + 1] ?? "")) digits += s[++i];
      out += String.fromCharCode(parseInt(digits || "0", 8) & 0xff);
    } else if (e === "x" && /[0-9a-fA-F]/.test(s[i + 1] ?? "")) {
      let digits = "";
      while (digits.length < 2 && /[0-9a-fA-F]/.test(s[i + 1] ?? "")) digits += s[++i];
      out += String.fromCharCode(parseInt(digits, 16));
    } else out += "\\" + e;
  }
  return { text: out, stop: false };
}

export function echo(ctx: AppletContext): number {
  const args = ctx.argv.slice(1);
  let newline = true;
  let escapes = false;
  let i = 0;
  for (; i < args.length && /^-[neE]+$/.test(args[i]); i++) {
    for (const f of args[i].slice(1)) {
      if (f === "n") newline = false;
      else escapes = f === "e";
    }
  }
  let text = args.slice(i).join(" ");
  if (escapes) {
    const r = unescape(text, "echo");
    if (r.stop) {
      ctx.out.write(r.text);
      return 0;
    }
    text = r.text;
  }
  ctx.out.write(newline ? text + "\n" : text);
  return 0;
}

function numberArg(ctx: AppletContext, arg: string | undefined, bad: { status: number }): number {
  if (arg === undefined || arg === "") return 0;
  if (/^['"]/.test(arg)) return arg.length > 1 ? arg.charCodeAt(1) : 0;
  const t = arg.trim();
  const n = /^[+-]?(0[xX][0-9a-fA-F]+|\d+(\.\d*)?([eE][+-]?\d+)?|\.\d+)$/.test(t) ? Number(t) : NaN;
  if (Number.isNaN(n)) {
    ctx.err.write(`${ctx.shellName}: invalid number '${arg}'\n`);
    bad.status = 1;
    const lead = /^[+-]?\d+/.exec(t);
    return lead ? Number(lead[0]) : 0;
  }
  return n;
}

function pad(s: string, flags: string, width: number | null): string {
  if (width === null || s.length >= width) return s;
  if (flags.includes("-")) return s.padEnd(width);
  if (flags.includes("0") && /^[+-]?[0-9.]/.test(s)) {
    const sign = /^[+-]/.test(s) ? s[0] : "";
    return sign + s.slice(sign.length).padStart(width - sign.length, "0");
  }
  return s.padStart(width);
}

const CONVERSION = /%([-+ #0]*)(\d+|\*)?(?:\.(\d+|\*))?([diouxXcsbfeEgG%])/y;

export function printf(ctx: AppletContext): number {
  const [format, ...args] = ctx.argv.slice(1);
  if (format === undefined) {
    ctx.err.write("Usage: printf FORMAT [ARGUMENT]...\n");
    return 1;
  }
  const bad = { status: 0 };
  let argi = 0;
  const next = (): string | undefined => args[argi++];
  let out = "";
  do {
    const startArg = argi;
    let i = 0;
    while (i < format.length) {
      const c = format[i];
      if (c === "\\") {
        const e = format[i + 1];
        let j = i + 2;
        if (e !== undefined && /[0-7]/.test(e)) while (j < i + 4 && /[0-7]/.test(format[j] ?? "")) j++;
        else if (e === "x") while (j < i + 4 && /[0-9a-fA-F]/.test(format[j] ?? "")) j++;
        const r = unescape(format.slice(i, j), "printf");
        if (r.stop) {
          ctx.out.write(out + r.text);
          return bad.status;
        }
        out += r.text;
        i = j;
        continue;
      }
      if (c !== "%") {
        out += c;
        i++;
        continue;
      }
      CONVERSION.lastIndex = i;
      const m = CONVERSION.exec(format);
      if (!m) {
        out += c;
        i++;
        continue;
      }
      i = CONVERSION.lastIndex;
      const [, flags, w, p, conv] = m;
      if (conv === "%") {
        out += "%";
        continue;
      }
      const width = w === "*" ? numberArg(ctx, next(), bad) : w !== undefined ? Number(w) : null;
      const given = p === "*" ? numberArg(ctx, next(), bad) : p !== undefined ? Number(p) : null;
      // C takes a negative precision as none; a width or precision past a shell value is podplay's limit.
      const precision = given === null || !(given >= 0) ? null : Math.trunc(given);
      if ((width ?? 0) > MAX_SHELL_VALUE || (precision ?? 0) > MAX_SHELL_VALUE) throw new ShellLimitError(`printf's field width or precision passed ${MAX_SHELL_VALUE / 1024} KiB (podplay's limit on a shell value)`);
      const arg = next();
      let s: string;
      switch (conv) {
        case "s":
          s = arg ?? "";
          if (precision !== null) s = s.slice(0, precision);
          break;
        case "b": {
          const r = unescape(arg ?? "", "echo");
          s = r.text;
          break;
        }
        case "c":
          s = (arg ?? "").slice(0, 1);
          break;
        case "d":
        case "i":
        case "u": {
          const n = Math.trunc(numberArg(ctx, arg, bad));
          s = (n >= 0 && flags.includes("+") ? "+" : n >= 0 && flags.includes(" ") ? " " : "") + String(n);
          break;
        }
        case "o":
          s = Math.trunc(numberArg(ctx, arg, bad)).toString(8);
          break;
        case "x":
        case "X": {
          const h = Math.trunc(numberArg(ctx, arg, bad)).toString(16);
          s = conv === "X" ? h.toUpperCase() : h;
          break;
        }
        default:
          // %e %f %g as C prints a double: exact digits, rounded half to even (cformat.ts).
          out += formatFloat({ flags, width, precision, conv }, numberArg(ctx, arg, bad));
          checkData(out.length, "printf's output");
          continue;
      }
      out += pad(s, flags, width);
      checkData(out.length, "printf's output");
    }
    if (argi === startArg) break;
  } while (argi < args.length);
  ctx.out.write(out);
  return bad.status;
}
