/**
 * Signal names, numbers and default actions as Linux (x86_64) and busybox know them.
 * Names and the number/name conversion follow busybox libbb/u_signal_names.c (get_signum,
 * get_signame, print_signames); default actions and descriptions are signal(7) and glibc's
 * strsignal, which busybox ash prints for a job killed by a signal (sprint_status48).
 */

/** Index = signal number; "" where Linux has none (32, 33 are libc's). */
const NAMES = [
  "EXIT", "HUP", "INT", "QUIT", "ILL", "TRAP", "ABRT", "BUS", "FPE", "KILL", "USR1", "SEGV", "USR2", "PIPE", "ALRM", "TERM",
  "STKFLT", "CHLD", "CONT", "STOP", "TSTP", "TTIN", "TTOU", "URG", "XCPU", "XFSZ", "VTALRM", "PROF", "WINCH", "POLL", "PWR", "SYS",
];

export const SIGHUP = 1;
export const SIGINT = 2;
export const SIGQUIT = 3;
export const SIGKILL = 9;
export const SIGPIPE = 13;
export const SIGTERM = 15;
export const SIGCHLD = 17;

/** glibc's SIGRTMIN and SIGRTMAX; NSIG is SIGRTMAX + 1. */
export const SIGRTMIN = 34;
export const SIGRTMAX = 64;
export const NSIG = 65;

const DESCRIPTIONS = [
  "", "Hangup", "Interrupt", "Quit", "Illegal instruction", "Trace/breakpoint trap", "Aborted", "Bus error", "Floating point exception",
  "Killed", "User defined signal 1", "Segmentation fault", "User defined signal 2", "Broken pipe", "Alarm clock", "Terminated", "Stack fault",
  "Child exited", "Continued", "Stopped (signal)", "Stopped", "Stopped (tty input)", "Stopped (tty output)", "Urgent I/O condition",
  "CPU time limit exceeded", "File size limit exceeded", "Virtual timer expired", "Profiling timer expired", "Window changed", "I/O possible",
  "Power failure", "Bad system call",
];

/**
 * busybox get_signum: a number below NSIG (0 included, for shells), or a name with or without
 * SIG, any case (also IO, IOT, RTMIN, RTMIN+n, RTMAX, RTMAX-n); -1 when unknown.
 */
export function signalNumber(spec: string): number {
  if (/^\d+$/.test(spec)) {
    const n = Number(spec);
    return n < NSIG ? n : -1;
  }
  let name = spec.toUpperCase();
  if (name.startsWith("SIG")) name = name.slice(3);
  const i = NAMES.indexOf(name);
  if (i >= 0) return i;
  if (name === "IO") return 29;
  if (name === "IOT") return 6;
  const rt = /^RT(MIN|MAX)(?:([+-])(\d+))?$/.exec(name);
  if (rt) {
    const base = rt[1] === "MIN" ? SIGRTMIN : SIGRTMAX;
    if (rt[2] === undefined) return base;
    if ((rt[1] === "MIN") !== (rt[2] === "+")) return -1;
    const k = Number(rt[3]);
    return k <= SIGRTMAX - SIGRTMIN ? base + (rt[1] === "MIN" ? k : -k) : -1;
  }
  return -1;
}

/** busybox get_signame: "TERM" for 15, "EXIT" for 0, the number itself when it has no name. */
export function signalName(signo: number): string {
  return NAMES[signo] || String(signo);
}

/** `kill -l`: busybox print_signames, "%2u) %s" for each named signal, then RTMIN and RTMAX. */
export function signalList(): string {
  let s = "";
  for (let i = 1; i < NAMES.length; i++) if (NAMES[i]) s += `${String(i).padStart(2)}) ${NAMES[i]}\n`;
  return s + `${SIGRTMIN}) RTMIN\n${SIGRTMAX}) RTMAX\n`;
}

/** strsignal(3), as ash prints it for a job a signal killed ("Terminated", "Killed"). */
export function signalDescription(signo: number): string {
  if (DESCRIPTIONS[signo]) return DESCRIPTIONS[signo];
  if (signo >= SIGRTMIN && signo <= SIGRTMAX) return `Real-time signal ${signo - SIGRTMIN}`;
  return `Unknown signal ${signo}`;
}

export type DefaultAction = "term" | "core" | "ignore" | "stop" | "cont";

/** signal(7)'s default dispositions (real-time signals terminate). */
export function defaultAction(signo: number): DefaultAction {
  switch (signo) {
    case 3: case 4: case 5: case 6: case 7: case 8: case 11: case 24: case 25: case 31:
      return "core";
    case 17: case 23: case 28:
      return "ignore";
    case 18:
      return "cont";
    case 19: case 20: case 21: case 22:
      return "stop";
    default:
      return "term";
  }
}

/** A bit for a set of signals (1..64) held in a bigint-free pair: signals above 31 use the high word. */
export const sigbit = (signo: number): number => 2 ** (signo - 1);
