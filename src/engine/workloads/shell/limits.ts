/**
 * podplay limits on what a simulated shell may hold (docs/limits.md). A real container's shell
 * grows a string until the container's memory limit OOM-kills it or the node runs out; podplay
 * stops earlier, at sizes no classroom script needs, so a doubling loop (`x=$x$x`) can neither
 * exhaust the simulator's memory nor take minutes. The shell then fails as busybox does when
 * malloc fails, `sh: out of memory`, and the run's notes name the limit.
 */
import { ShellError } from "./errors";

/** Longest value a variable, an expanded word or a command substitution may have, in characters. */
export const MAX_SHELL_VALUE = 64 * 1024;
/** Most characters a pipe between two commands may carry, and a file written by a script may hold. */
export const MAX_SHELL_DATA = 1024 * 1024;
/** Expanding this many characters costs one interpreter step, so large values also spend the step budget. */
export const CHARS_PER_STEP = 256;

/** Thrown where a shell string passes a limit; the shell prints `sh: out of memory` and exits 1 (busybox's xmalloc failure). */
export class ShellLimitError extends ShellError {
  constructor(
    /** What passed which limit, for the run's note. */
    readonly detail: string,
  ) {
    super("out of memory", 1);
  }
}

const kib = (n: number) => `${n / 1024} KiB`;

/** `value` unchanged, or a ShellLimitError when it is longer than a shell value may be. */
export function checkValue(value: string, what: string): string {
  if (value.length > MAX_SHELL_VALUE) throw new ShellLimitError(`${what} grew past ${kib(MAX_SHELL_VALUE)} (podplay's limit on a shell value)`);
  return value;
}

/** Throws when data of `length` characters would pass the pipe and file limit. */
export function checkData(length: number, what: string): void {
  if (length > MAX_SHELL_DATA) throw new ShellLimitError(`${what} grew past ${kib(MAX_SHELL_DATA)} (podplay's limit on a pipe or a file written by a script)`);
}

/** Most processes a container's script may run at once (background jobs); a fork past it fails as under a pids cgroup limit. */
export const MAX_PROCESSES = 1000;
