/**
 * while/until and for. Only while/until can be steady: a for loop walks a fixed list, so no two
 * of its heads are the same state.
 */
import type { ForCommand, List, LoopCommand } from "./ast";
import { LoopSignal } from "./errors";
import type { Shell } from "./interpreter";
import type { Gen, IO } from "./runtime";
import { newLoopTracker, resumedAtHead, steadyAtHead } from "./steady";

/** Runs a loop body; returns "break" or "next", re-throwing break/continue aimed further out. */
function* loopBody(sh: Shell, body: List, io: IO, status: { value: number }): Gen<"break" | "next"> {
  try {
    status.value = yield* sh.runList(body, io);
    return "next";
  } catch (e) {
    if (!(e instanceof LoopSignal)) throw e;
    if (e.levels > 1) throw new LoopSignal(e.kind, e.levels - 1);
    return e.kind === "break" ? "break" : "next";
  }
}

export function* runWhile(sh: Shell, cmd: LoopCommand, io: IO): Gen<number> {
  const rt = sh.rt;
  const status = { value: 0 };
  const tracker = newLoopTracker();
  sh.loopDepth++;
  try {
    for (;;) {
      if (++rt.steps > rt.budget) yield* rt.runaway();
      const steady = steadyAtHead(sh, tracker, io);
      if (steady) {
        rt.steps = 0;
        yield steady;
        resumedAtHead(sh, tracker, io);
      }
      const c = yield* sh.suppressed(() => sh.runList(cmd.cond, io));
      if ((c === 0) === cmd.until) break;
      if ((yield* loopBody(sh, cmd.body, io, status)) === "break") break;
    }
  } finally {
    sh.loopDepth--;
  }
  return status.value;
}

export function* runFor(sh: Shell, cmd: ForCommand, io: IO): Gen<number> {
  const rt = sh.rt;
  const items = cmd.words === null ? [...sh.state.positional] : yield* sh.expandWords(cmd.words, io);
  const status = { value: 0 };
  sh.loopDepth++;
  try {
    for (const item of items) {
      if (++rt.steps > rt.budget) yield* rt.runaway();
      sh.state.set(cmd.name, item);
      if ((yield* loopBody(sh, cmd.body, io, status)) === "break") break;
    }
  } finally {
    sh.loopDepth--;
  }
  return status.value;
}
