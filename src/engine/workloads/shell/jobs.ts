/**
 * The job builtins of busybox ash (shell/ash.c), for a non-interactive shell (no job control):
 * `wait` (waitcmd), `jobs` (jobscmd, showjob) and `kill` (killcmd, which turns %N into PIDs,
 * then procps/kill.c kill_main).
 */
import type { ProcessControl } from "./applet";
import { ShellError } from "./errors";
import type { Shell } from "./interpreter";
import type { Writer } from "./io";
import type { Gen, IO } from "./runtime";
import { SIGINT, SIGPIPE, SIGTERM, signalDescription, signalList, signalName, signalNumber } from "./signals";
import type { Job, Task } from "./tasks";

/** ash nextopt: option letters from `allowed`, up to "--" or the first operand; an illegal one is fatal. */
function options(name: string, argv: string[], allowed: string): { flags: Set<string>; args: string[] } {
  const flags = new Set<string>();
  let i = 1;
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (a[0] !== "-" || a === "-") break;
    if (a === "--") {
      i++;
      break;
    }
    for (const c of a.slice(1)) {
      if (!allowed.includes(c)) throw new ShellError(`${name}: illegal option -${c}`);
      flags.add(c);
    }
  }
  return { flags, args: argv.slice(i) };
}

function job(sh: Shell, name: string, spec: string): Job {
  const j = spec.startsWith("%") ? sh.jobs.get(spec) : `${spec}: no such job`;
  if (typeof j === "string") throw new ShellError(`${name}: ${j}`);
  return j;
}

/**
 * Blocks in `wait` until `done()` holds or a trapped signal arrives: then wait returns at once
 * with 128 + the signal (waitcmd's sigout), and the handler runs after it (dotrap).
 */
function* block(sh: Shell, done: () => boolean): Gen<number | null> {
  const task = sh.rt.procs.current;
  // A subshell here stands for a child process: its parent's signals do not reach its wait.
  const interruptible = sh.state === task.proc;
  for (;;) {
    if (interruptible && task.pending.length) return 128 + task.lastSignal;
    if (done()) return null;
    task.waiting = interruptible;
    try {
      yield { kind: "block" };
    } finally {
      task.waiting = false;
    }
  }
}

/** The job's end as waitone reports it when it collects it: a signal's name on stderr (not for SIGINT, SIGPIPE). */
function collect(t: Task, err: Writer): void {
  if (!t.reaped && t.signaled && t.signaled !== SIGINT && t.signaled !== SIGPIPE) err.write(`${signalDescription(t.signaled)}\n`);
  t.reaped = true;
}

/**
 * wait [-n] [PID|%JOB]…: without operands, until every job has ended (status 0); with them,
 * each in turn, the status being the last one's, 127 for a PID that is not a job of this shell.
 */
export function* wait(sh: Shell, argv: string[], io: IO): Gen<number> {
  const { flags, args } = options("wait", argv, "n");
  if (args.length === 0) {
    const one = flags.has("n");
    if (one && sh.jobs.size === 0) return 127;
    const running = (): Job[] => {
      const list = sh.jobs.list;
      for (const j of list) if (!j.task.alive) sh.jobs.waited(j);
      return list.filter((j) => j.task.alive);
    };
    const before = running();
    const sig = yield* block(sh, () => (one ? before.some((j) => !j.task.alive) : running().length === 0));
    if (sig !== null) return sig;
    for (const j of sh.jobs.list) if (!j.task.alive) j.task.reaped = true;
    if (!one) return 0;
    const ended = before.find((j) => !j.task.alive);
    if (!ended) return 0;
    sh.jobs.waited(ended);
    return ended.task.status;
  }
  let status = 127;
  for (const a of args) {
    let j: Job | undefined;
    if (a.startsWith("%")) j = job(sh, "wait", a);
    else {
      if (!/^\d+$/.test(a)) throw new ShellError(`wait: Illegal number: ${a}`);
      j = sh.jobs.byPid(Number(a));
      if (!j) continue;
    }
    const t = j.task;
    const sig = yield* block(sh, () => !t.alive);
    if (sig !== null) return sig;
    collect(t, io.err);
    sh.jobs.waited(j);
    status = t.status;
  }
  return status;
}

/** ash sprint_status48: "Done", "Done(N)", or the signal's description. */
function jobStatus(t: Task): string {
  if (t.alive) return "Running";
  if (t.signaled) return signalDescription(t.signaled);
  return t.status ? `Done(${t.status})` : "Done";
}

/**
 * jobs [-lp] [%JOB]…: `[N]+  Running` padded to column 33, then the command, which ash keeps
 * only under job control (so nothing in a script). -p prints PIDs, -l adds them. A job shown
 * as ended leaves the table.
 */
export function jobs(sh: Shell, argv: string[], io: IO): number {
  const { flags, args } = options("jobs", argv, "lp");
  const list = args.length ? args.map((a) => job(sh, "jobs", a)) : [...sh.jobs.list];
  let out = "";
  for (const j of list) {
    const t = j.task;
    if (!t.alive) t.reaped = true;
    if (flags.has("p")) out += `${t.pid}\n`;
    else {
      // A job shown as ended leaves the table at once, so the next one may become current (ash freejob).
      const mark = j === sh.jobs.newest(0) ? "+" : j === sh.jobs.newest(1) ? "-" : " ";
      let s = `[${j.num}]${mark}  `;
      if (flags.has("l")) s += `${t.pid} `;
      s += jobStatus(t);
      out += s + " ".repeat(Math.max(33 - s.length, 1)) + "\n";
    }
    if (!t.alive) sh.jobs.free(j);
  }
  io.out.write(out);
  return 0;
}

/**
 * kill [-l [N|SIG]…] [-s SIG | -SIG] PID|%JOB…, the ash builtin: a %JOB names its running
 * processes (killcmd), the rest is kill_main. Messages carry the shell's name, as busybox
 * prints its applet name ("sh") for a builtin.
 */
export function kill(sh: Shell, argv: string[], io: IO): number {
  const args = argv.slice(1).map((a) => {
    if (!a.startsWith("%") || argv[1] === "-l") return a;
    const t = job(sh, "kill", a).task;
    return t.alive ? ` ${t.pid}` : "";
  });
  return killMain(args, io, sh.shellName, sh.rt);
}

/** busybox procps/kill.c kill_main for kill (not killall): the status is the number of failures. */
export function killMain(args: string[], io: { out: Writer; err: Writer }, name: string, procs: ProcessControl): number {
  const fail = (msg: string): void => io.err.write(`${name}: ${msg}\n`);
  let signo = SIGTERM;
  let i = 0;
  const first = args[0];
  if (first !== undefined && first[0] === "-") {
    if (first === "-l") {
      const rest = args.slice(1);
      if (!rest.length) io.out.write(signalList());
      for (const a of rest) {
        // A number prints its name (an exit status 128+N names signal N), a name its number.
        if (/^\d/.test(a)) {
          if (!/^\d+$/.test(a)) return fail(`unknown signal '${a}'`), 1;
          io.out.write(`${signalName(Number(a) & 0x7f)}\n`);
        } else {
          const n = signalNumber(a);
          if (n < 0) return fail(`unknown signal '${a}'`), 1;
          io.out.write(`${n}\n`);
        }
      }
      return 0;
    }
    i = 1;
    if (first !== "--") {
      let spec = first.slice(1);
      if (spec === "s" && args[1] !== undefined) spec = args[i++];
      signo = signalNumber(spec);
      if (signo < 0) return fail(`bad signal name '${spec}'`), 1;
    }
  }
  const pids = args.slice(i);
  if (pids.length === 0) return fail("you need to specify whom to kill"), 1;
  let errors = 0;
  for (const arg of pids) {
    // A %JOB became " PID PID…" (possibly empty): each one is killed.
    for (const p of arg.startsWith(" ") || arg === "" ? arg.split(" ").filter(Boolean) : [arg]) {
      if (!/^-?\d+$/.test(p)) {
        fail(`invalid number '${p}'`);
        errors++;
      } else if (!procs.signal(Number(p), signo)) {
        fail(`can't kill pid ${Number(p)}: No such process`);
        errors++;
      }
    }
  }
  return errors;
}
