/**
 * Non-local control flow. `exit`, `return`, `break` and `continue` unwind through the generator
 * stack as exceptions: generators propagate them through `yield*` like ordinary calls, so no
 * node needs to check a flag after every child.
 */

export class ExitSignal {
  constructor(
    readonly code: number,
    /** `exec PROGRAM`: the program replaced the shell, so no EXIT trap runs. */
    readonly replaced = false,
  ) {}
}

export class ReturnSignal {
  constructor(readonly code: number) {}
}

export class LoopSignal {
  /** `levels` counts enclosing loops still to unwind, 1 for the innermost. */
  constructor(
    readonly kind: "break" | "continue",
    readonly levels: number,
  ) {}
}

/**
 * An error that aborts a non-interactive shell (ash: expansion errors, `${x:?}`, arithmetic
 * errors, nesting limits). The message is printed as `$0: message` and the shell exits 2.
 */
export class ShellError extends Error {
  constructor(
    message: string,
    readonly code = 2,
  ) {
    super(message);
  }
}
