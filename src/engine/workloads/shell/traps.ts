/**
 * The `trap` builtin, as busybox ash's trapcmd: `trap` lists, `trap ACTION SIG…` sets (ACTION
 * "" ignores the signal, "-" resets it), `trap SIG…` and `trap N…` reset. Signals are named with
 * or without SIG, in any case, or numbered; EXIT is 0 and ERR is ash's extra trap.
 */
import type { Shell } from "./interpreter";
import { ShellError } from "./errors";
import type { IO } from "./runtime";
import { NSIG, signalName, signalNumber } from "./signals";

/** ash NTRAP_ERR: the ERR trap's slot, after the signals. */
export const NTRAP_ERR = NSIG;

const quote = (v: string): string => `'${v.replace(/'/g, `'"'"'`)}'`;

/** What `trap` prints: `trap -- 'ACTION' NAME` by signal number, short names as ash prints them. */
export function trapListing(traps: ReadonlyMap<number, string>): string {
  let s = "";
  for (const signo of [...traps.keys()].sort((a, b) => a - b)) s += `trap -- ${quote(traps.get(signo)!)} ${signo === NTRAP_ERR ? "ERR" : signalName(signo)}\n`;
  return s;
}

export function trap(sh: Shell, argv: string[], io: IO): number {
  let args = argv.slice(1);
  // nextopt(""): "--" ends the options, a lone "-" is an operand, anything else is illegal.
  if (args[0] === "--") args = args.slice(1);
  else if (args[0] !== undefined && args[0].length > 1 && args[0][0] === "-") throw new ShellError(`trap: illegal option -${args[0][1]}`);
  if (args.length === 0) {
    io.out.write(trapListing(sh.state.traps));
    return 0;
  }
  // "trap NUM [SIG]…" resets: a lone number is a signal, not an action.
  const action = args.length > 1 && !/^\d+$/.test(args[0]) ? args.shift()! : null;
  let status = 0;
  for (const spec of args) {
    const signo = spec === "ERR" ? NTRAP_ERR : signalNumber(spec);
    if (signo < 0) {
      io.err.write(`${sh.state.arg0}: trap: ${spec}: invalid signal specification\n`);
      status = 1;
      continue;
    }
    sh.state.setTrap(signo, action === null || action === "-" ? null : action);
  }
  return status;
}
