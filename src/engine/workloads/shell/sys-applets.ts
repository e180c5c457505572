/** Applets about time, identity, the environment and processes. */
import type { AppletContext, AppletResult } from "./applet";
import { fail, getopt } from "./applet";
import { baseName, parentDir } from "./paths";
import { hasOwn, own, setOwn } from "../../util/ownMap";
import { killMain } from "./jobs";
import { SIGHUP, SIGQUIT, SIGTERM, signalNumber } from "./signals";

/** 2026-01-01T00:00:00Z: what `date` shows at simulated second 0 unless the host says otherwise. */
export const DEFAULT_UNIX_EPOCH_OFFSET = 1767225600;

export const trueApplet = (): number => 0;
export const falseApplet = (): number => 1;

const UNITS: Record<string, number> = { "": 1, s: 1, m: 60, h: 3600, d: 86400 };

/** Busybox sleep: each argument may be fractional and carry an s/m/h/d suffix; they add up. */
export function sleep(ctx: AppletContext): AppletResult {
  const args = ctx.argv.slice(1);
  if (args.length === 0) {
    ctx.err.write("Usage: sleep [N]...\n");
    return 1;
  }
  let total = 0;
  for (const a of args) {
    if (/^inf(inity)?$/i.test(a)) {
      total = Infinity;
      continue;
    }
    const m = /^(\d+(?:\.\d*)?|\.\d+)([smhd]?)$/.exec(a);
    if (!m) return fail(ctx, "sleep", `invalid number '${a}'`);
    total += Number(m[1]) * UNITS[m[2]];
  }
  if (total <= 0) return 0;
  return (function* () {
    yield { kind: "sleep" as const, seconds: total };
    return 0;
  })();
}

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const DAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const two = (n: number): string => String(n).padStart(2, "0");

/** strftime in UTC (containers run with TZ unset). */
export function strftime(format: string, unixSeconds: number): string {
  const d = new Date(Math.floor(unixSeconds) * 1000);
  const Y = d.getUTCFullYear();
  const startOfYear = Date.UTC(Y, 0, 1);
  return format.replace(/%([a-zA-Z%])/g, (all, c: string) => {
    switch (c) {
      case "a":
        return DAYS[d.getUTCDay()];
      case "A":
        return DAY_NAMES[d.getUTCDay()];
      case "b":
      case "h":
        return MONTHS[d.getUTCMonth()];
      case "B":
        return MONTH_NAMES[d.getUTCMonth()];
      case "d":
        return two(d.getUTCDate());
      case "e":
        return String(d.getUTCDate()).padStart(2, " ");
      case "H":
        return two(d.getUTCHours());
      case "I":
        return two(d.getUTCHours() % 12 || 12);
      case "j":
        return String(Math.floor((d.getTime() - startOfYear) / 86400000) + 1).padStart(3, "0");
      case "m":
        return two(d.getUTCMonth() + 1);
      case "M":
        return two(d.getUTCMinutes());
      case "S":
        return two(d.getUTCSeconds());
      case "p":
        return d.getUTCHours() < 12 ? "AM" : "PM";
      case "s":
        return String(Math.floor(unixSeconds));
      case "y":
        return two(Y % 100);
      case "Y":
        return String(Y);
      case "Z":
        return "UTC";
      case "z":
        return "+0000";
      case "T":
        return strftime("%H:%M:%S", unixSeconds);
      case "F":
        return strftime("%Y-%m-%d", unixSeconds);
      case "D":
        return strftime("%m/%d/%y", unixSeconds);
      case "R":
        return strftime("%H:%M", unixSeconds);
      case "c":
        return strftime("%a %b %e %H:%M:%S %Y", unixSeconds);
      case "n":
        return "\n";
      case "t":
        return "\t";
      case "%":
        return "%";
      default:
        return all;
    }
  });
}

export function unixNow(ctx: AppletContext): number {
  return (ctx.host.unixEpochOffset ?? DEFAULT_UNIX_EPOCH_OFFSET) + ctx.host.now();
}

export function date(ctx: AppletContext): number {
  let format = "%a %b %e %H:%M:%S %Z %Y";
  let when = unixNow(ctx);
  const args = ctx.argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a.startsWith("+")) format = a.slice(1);
    else if (a === "-u" || a === "--utc") continue;
    else if (a === "-R") format = "%a, %d %b %Y %H:%M:%S %z";
    else if (a.startsWith("-I")) format = a === "-I" || a === "-Idate" ? "%Y-%m-%d" : "%Y-%m-%dT%H:%M:%S+00:00";
    else if (a === "-d" || a.startsWith("-d")) {
      const spec = a === "-d" ? args[++i] : a.slice(2);
      const m = /^@(\d+)$/.exec(spec ?? "");
      if (!m) return fail(ctx, "date", `invalid date '${spec ?? ""}'`);
      when = Number(m[1]);
    } else return fail(ctx, "date", `invalid date '${a}'`);
  }
  ctx.out.write(strftime(format, when) + "\n");
  return 0;
}

export function hostname(ctx: AppletContext): number {
  const flag = ctx.argv[1];
  const name = ctx.host.hostname;
  if (flag === "-i") {
    if (!ctx.host.podIP) return fail(ctx, "hostname", `${name}: Unknown host`);
    ctx.out.write(ctx.host.podIP + "\n");
  } else if (flag === "-s") ctx.out.write(name.split(".")[0] + "\n");
  else ctx.out.write(name + "\n");
  return 0;
}

export function printenv(ctx: AppletContext): number {
  const names = ctx.argv.slice(1);
  if (names.length === 0) {
    for (const [k, v] of Object.entries(ctx.env)) ctx.out.write(`${k}=${v}\n`);
    return 0;
  }
  let status = 0;
  for (const n of names) {
    const v = own(ctx.env, n);
    if (v === undefined) status = 1;
    else ctx.out.write(v + "\n");
  }
  return status;
}

/** env [-i] [-u NAME] [NAME=VALUE]... [COMMAND [ARG]...] */
export function env(ctx: AppletContext): AppletResult {
  const args = ctx.argv.slice(1);
  let vars: Record<string, string> = { ...ctx.env };
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i];
    if (a === "-i" || a === "-" || a === "--ignore-environment") vars = {};
    else if (a === "-u") {
      const name = args[++i] ?? "";
      if (hasOwn(vars, name)) delete vars[name];
    }
    else if (a === "--") {
      i++;
      break;
    } else break;
  }
  for (; i < args.length && /^[^=]+=/.test(args[i]); i++) {
    const eq = args[i].indexOf("=");
    setOwn(vars, args[i].slice(0, eq), args[i].slice(eq + 1));
  }
  if (i >= args.length) {
    for (const [k, v] of Object.entries(vars)) ctx.out.write(`${k}=${v}\n`);
    return 0;
  }
  return ctx.exec(args.slice(i), vars);
}

export function id(ctx: AppletContext): number {
  const o = getopt(ctx.argv.slice(1), "ungG");
  if (o.flags.has("u") || o.flags.has("g")) ctx.out.write((o.flags.has("n") ? "root" : "0") + "\n");
  else if (o.flags.has("G")) ctx.out.write((o.flags.has("n") ? "root wheel" : "0 10") + "\n");
  else ctx.out.write("uid=0(root) gid=0(root) groups=0(root),10(wheel)\n");
  return 0;
}

export function whoami(ctx: AppletContext): number {
  ctx.out.write("root\n");
  return 0;
}

export function uname(ctx: AppletContext): number {
  const o = getopt(ctx.argv.slice(1), "asnrvmpio");
  const parts: string[] = [];
  const all = o.flags.has("a");
  if (all || o.flags.has("s") || o.flags.size === 0) parts.push("Linux");
  if (all || o.flags.has("n")) parts.push(ctx.host.hostname);
  if (all || o.flags.has("r")) parts.push("6.8.0");
  if (all || o.flags.has("v")) parts.push("#1 SMP PREEMPT_DYNAMIC");
  if (all || o.flags.has("m")) parts.push("x86_64");
  if (all || o.flags.has("o")) parts.push("GNU/Linux");
  ctx.out.write(parts.join(" ") + "\n");
  return 0;
}

export function pwd(ctx: AppletContext): number {
  ctx.out.write(ctx.cwd + "\n");
  return 0;
}

export function basename(ctx: AppletContext): number {
  const [path, suffix] = ctx.argv.slice(1);
  if (path === undefined) return fail(ctx, "basename", "missing operand");
  let b = baseName(path);
  if (suffix && b !== suffix && b.endsWith(suffix)) b = b.slice(0, -suffix.length);
  ctx.out.write(b + "\n");
  return 0;
}

export function dirname(ctx: AppletContext): number {
  const path = ctx.argv[1];
  if (path === undefined) return fail(ctx, "dirname", "missing operand");
  const trimmed = path.length > 1 ? path.replace(/\/+$/, "") : path;
  ctx.out.write((trimmed.includes("/") ? parentDir(trimmed) : ".") + "\n");
  return 0;
}

export function seq(ctx: AppletContext): number {
  const nums = ctx.argv.slice(1).map(Number);
  if (nums.length === 0 || nums.length > 3 || nums.some(Number.isNaN)) return fail(ctx, "seq", "invalid argument");
  const [first, step, last] = nums.length === 1 ? [1, 1, nums[0]] : nums.length === 2 ? [nums[0], 1, nums[1]] : nums;
  if (step === 0) return fail(ctx, "seq", "invalid increment");
  let out = "";
  for (let v = first, n = 0; step > 0 ? v <= last : v >= last; v += step, n++) {
    if (n > 100000) break;
    out += v + "\n";
  }
  ctx.out.write(out);
  return 0;
}

/** killall [-q] [-SIG | -s SIG] NAME...; -0 only checks the process exists (busybox kill_main as killall). */
export function killall(ctx: AppletContext): number {
  const args = ctx.argv.slice(1);
  let signo = SIGTERM;
  let quiet = false;
  let i = 0;
  for (; i < args.length && args[i].startsWith("-") && args[i] !== "-"; i++) {
    const a = args[i];
    if (a === "-q") quiet = true;
    else {
      signo = signalNumber(a === "-s" ? (args[++i] ?? "") : a.slice(1));
      if (signo < 0) return fail(ctx, "killall", `bad signal name '${a === "-s" ? (args[i] ?? "") : a.slice(1)}'`);
    }
  }
  const names = args.slice(i);
  if (names.length === 0) {
    ctx.err.write("Usage: killall [-l] [-q] [-SIG] PROCESS_NAME...\n");
    return 1;
  }
  let status = 0;
  for (const name of names) {
    const ok = signo === 0 ? ctx.procs.alive(name) : ctx.procs.signalName(name, signo);
    if (ok) continue;
    status = 1;
    if (!quiet) ctx.err.write(`killall: ${name}: no process killed\n`);
  }
  return status;
}

/** /bin/kill (the shell's own `kill` is a builtin, jobs.ts): kill_main under its applet name. */
export function kill(ctx: AppletContext): number {
  return killMain(ctx.argv.slice(1), { out: ctx.out, err: ctx.err }, "kill", ctx.procs);
}

const NGINX_SIGNALS: Record<string, number> = { quit: SIGQUIT, stop: SIGTERM, reload: SIGHUP, reopen: 10 };

/**
 * nginx as a control client: `-s quit|stop|reload|reopen` signals the running master, `-t` and
 * `-v` report. Anything else starts a server, which in a shell means running until killed.
 */
export function nginx(ctx: AppletContext): AppletResult {
  const args = ctx.argv.slice(1);
  const s = args.indexOf("-s");
  if (s >= 0) {
    const signal = own(NGINX_SIGNALS, args[s + 1] ?? "");
    if (!signal) return fail(ctx, "nginx", `invalid option: "-s ${args[s + 1] ?? ""}"`);
    if (ctx.procs.signalName("nginx", signal)) return 0;
    return fail(ctx, "nginx", '[error] open() "/run/nginx.pid" failed (2: No such file or directory)');
  }
  if (args.includes("-t") || args.includes("-T")) {
    ctx.err.write("nginx: the configuration file /etc/nginx/nginx.conf syntax is ok\nnginx: configuration file /etc/nginx/nginx.conf test is successful\n");
    return 0;
  }
  if (args.includes("-v") || args.includes("-V")) {
    ctx.err.write("nginx version: nginx/1.27.3\n");
    return 0;
  }
  return (function* () {
    yield { kind: "sleep" as const, seconds: Infinity };
    return 0;
  })();
}
