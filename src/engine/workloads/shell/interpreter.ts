/**
 * Executes the syntax tree. Every node runs as a generator so a `sleep` anywhere, however deeply
 * nested, suspends the whole script until the simulator resumes it at the right simulated time.
 */
import type { AndOr, CaseCommand, Command, FunctionDef, IfCommand, List, Pipeline, Script, SimpleCommand, Word } from "./ast";
import { BUILTINS } from "./builtins";
import type { Builtin } from "./builtins";
import { execProgram, programExists } from "./exec";
import { ExitSignal, LoopSignal, ReturnSignal, ShellError } from "./errors";
import { CHARS_PER_STEP, ShellLimitError, checkValue } from "./limits";
import { expandFields, expandPattern, expandString } from "./expand";
import type { ExpandHost } from "./expand";
import { escapeGlob, globMatch } from "./glob";
import { BufferWriter, Input } from "./io";
import { MAX_NESTING, parseCached } from "./parser";
import { applyRedirections } from "./redirect";
import type { Gen, IO, Runtime } from "./runtime";
import type { ShellState } from "./state";
import { runFor, runWhile } from "./loops";
import { JobTable } from "./tasks";
import { SIGINT, SIGQUIT } from "./signals";
import { NTRAP_ERR, trapListing } from "./traps";

/** Applets that are ash builtins: they run in the shell itself, never exec'd in its place. */
const ASH_BUILTIN_APPLETS = new Set(["echo", "printf", "test", "[", "[[", "true", "false"]);

/** ash forkchild's "job hack": a child whose command is `jobs …` keeps the job list. */
function keepsJobs(cmd: Command | undefined): boolean {
  return cmd?.type === "simple" && cmd.words[0]?.literal === "jobs";
}

/** `$(trap)`: a command substitution that is only the word `trap`. */
function isBareTrap(script: Script): boolean {
  const items = script.body.items;
  if (items.length !== 1 || items[0].background || items[0].andOr.rest.length) return false;
  const p = items[0].andOr.first;
  const c = p.commands[0];
  return !p.negate && p.commands.length === 1 && c.type === "simple" && !c.assigns.length && !c.redirs.length && c.words.length === 1 && c.words[0].literal === "trap";
}

export class Shell implements ExpandHost {
  /** >0 while running a condition, a non-final && / || operand or a negated pipeline: set -e is off there. */
  private suppressErrexit = 0;
  /** Enclosing loops in the current function body, for break/continue. */
  loopDepth = 0;
  /** One frame per active function call: variable → value before `local`. */
  readonly localFrames: Map<string, string | undefined>[] = [];
  private lastSubstitutionStatus: number | null = null;
  /** Streams of the command whose words are being expanded, for $(...) stderr and stdin. */
  private expandIO: IO | null = null;
  /** Set once `exit` (or a fatal error) ended this shell. */
  exited = false;
  /** This shell's background jobs (a subshell starts with none: ash forkchild frees them). */
  jobs = new JobTable();

  constructor(
    readonly rt: Runtime,
    public state: ShellState,
    /** Busybox's applet name for this shell ("sh"), used by builtin applets' messages. */
    readonly shellName: string,
  ) {}

  // ---- ExpandHost -------------------------------------------------------------------------

  get fs(): Runtime["fs"] {
    return this.rt.fs;
  }
  cwd(): string {
    return this.state.cwd;
  }
  nounset(): boolean {
    return this.state.opts.nounset;
  }
  noglob(): boolean {
    return this.state.opts.noglob;
  }
  positional(): string[] {
    return this.state.positional;
  }
  get(name: string): string | undefined {
    return this.param(name);
  }
  set(name: string, value: string): void {
    this.state.set(name, value);
  }

  param(name: string): string | undefined {
    return this.state.param(name);
  }

  *commandSub(script: Script): Gen<string> {
    const io = this.expandIO;
    const out = new BufferWriter();
    const sub: IO = { in: io?.in ?? new Input(""), out, err: io?.err ?? this.rt.sink.stderr };
    if (isBareTrap(script)) {
      // ash forkchild's "trap hack": `$(trap)` lists the parent's traps, so they can be saved.
      out.write(trapListing(this.state.traps));
      this.lastSubstitutionStatus = 0;
    } else this.lastSubstitutionStatus = yield* this.subshell(() => this.runList(script.body, sub), sub, keepsJobs(script.body.items[0]?.andOr.first.commands[0]));
    return out.text.replace(/\n+$/, "");
  }

  private *withExpandIO<T>(io: IO, body: () => Gen<T>): Gen<T> {
    const saved = this.expandIO;
    this.expandIO = io;
    try {
      return yield* body();
    } finally {
      this.expandIO = saved;
    }
  }

  *expandWords(words: Word[], io: IO): Gen<string[]> {
    let literal = true;
    for (const w of words) if (w.literal === null) literal = false;
    if (literal) return words.map((w) => w.literal!);
    const fields = yield* this.withExpandIO(io, () => expandFields(this, words));
    for (const f of fields) this.sized(f, "a word");
    return fields;
  }

  *expandText(word: Word, io: IO): Gen<string> {
    if (word.literal !== null) return word.literal;
    return this.sized(yield* this.withExpandIO(io, () => expandString(this, word)), "a value");
  }

  /** A value within podplay's shell limits; long values also spend steps (limits.ts). */
  private sized(value: string, what: string): string {
    this.rt.steps += Math.floor(value.length / CHARS_PER_STEP);
    if (value.length >= CHARS_PER_STEP) this.rt.host.onWork?.(value.length);
    return checkValue(value, what);
  }

  // ---- Lists and pipelines -------------------------------------------------------------------

  /**
   * `tail`: the list is the last thing this process runs (ash EV_EXIT: the end of `sh -c` or of a
   * background job), so its last command may replace the process instead of forking.
   */
  *runList(list: List, io: IO, tail = false): Gen<number> {
    let status = 0;
    const items = list.items;
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      const last = tail && i === items.length - 1;
      if (item.background) status = this.background(item.andOr, io);
      // The common single-pipeline item skips a generator level: JS stack depth is the budget here.
      else status = item.andOr.rest.length ? yield* this.runAndOr(item.andOr, io, last) : yield* this.runPipeline(item.andOr.first, io, last);
    }
    return status;
  }

  /**
   * `cmd &`: a forked subshell runs the command as a new process while this shell goes on
   * (ash evalsubshell with FORK_BG): its stdin is /dev/null, and without job control it ignores
   * SIGINT and SIGQUIT (forkchild). $! is its PID; the status of `cmd &` itself is 0.
   */
  private background(ao: AndOr, io: IO): number {
    const procs = this.rt.procs;
    const parent = procs.current;
    const child = new Shell(this.rt, this.state.clone(), this.shellName);
    const bio: IO = { in: new Input(""), out: io.out, err: io.err };
    const task = procs.spawn(parent, child.runJob(ao, bio), [...parent.ignored, SIGINT, SIGQUIT]);
    task.proc = child.state;
    task.program = parent.program;
    this.state.lastBackground = task.pid;
    this.state.status = 0;
    this.jobs.add(task);
    return 0;
  }

  /** A background job's body: the command (the last thing the child runs), then the job's own EXIT trap if it set one. */
  *runJob(ao: AndOr, io: IO): Gen<number> {
    return yield* this.runTop(() => this.runAndOr(ao, io, true), io);
  }

  /** Runs `body` with set -e off, as for conditions. */
  *suppressed(body: () => Gen<number>): Gen<number> {
    this.suppressErrexit++;
    try {
      return yield* body();
    } finally {
      this.suppressErrexit--;
    }
  }

  private *runAndOr(ao: AndOr, io: IO, tail = false): Gen<number> {
    const rest = ao.rest;
    let status = rest.length ? yield* this.suppressed(() => this.runPipeline(ao.first, io)) : yield* this.runPipeline(ao.first, io, tail);
    for (let i = 0; i < rest.length; i++) {
      if ((rest[i].op === "&&") !== (status === 0)) continue;
      const p = rest[i].pipeline;
      status = i < rest.length - 1 ? yield* this.suppressed(() => this.runPipeline(p, io)) : yield* this.runPipeline(p, io, tail);
    }
    return status;
  }

  private *runPipeline(p: Pipeline, io: IO, tail = false): Gen<number> {
    let status: number;
    if (p.negate) {
      const s = yield* this.suppressed(() => this.runParts(p, io));
      status = s === 0 ? 1 : 0;
    } else if (p.commands.length === 1) {
      const cmd = p.commands[0];
      status = cmd.type === "simple" ? yield* this.runSimple(cmd, io, tail) : yield* this.runCommand(cmd, io, tail);
    } else status = yield* this.runParts(p, io);
    this.state.status = status;
    // Signal handlers run after the command that was running when the signal came (ash dotrap at
    // the end of evaltree), and before set -e acts on its status. Only the process's own shell
    // runs them: a subshell here stands for a child process, which has its own signals.
    const task = this.rt.procs.current;
    if (task.pending.length && this.state === task.proc) yield* this.dotrap(io);
    if (status !== 0 && !p.negate && this.suppressErrexit === 0) {
      if (this.state.traps.has(NTRAP_ERR)) yield* this.errTrap(io, status);
      if (this.state.opts.errexit) throw new ExitSignal(status);
    }
    return status;
  }

  private inErrTrap = false;

  /** ash evaltree: a command that fails outside a condition runs the ERR trap (not from inside it); $? is kept; its errors are not fatal. */
  private *errTrap(io: IO, status: number): Gen<void> {
    const action = this.state.traps.get(NTRAP_ERR)!;
    if (this.inErrTrap || !action) return;
    this.inErrTrap = true;
    try {
      yield* this.evalString(action, io, "");
    } catch (e) {
      if (!(e instanceof ShellError)) throw e;
      this.reportLimit(e);
      io.err.write(`${this.state.arg0}: ${e.message}\n`);
    } finally {
      this.inErrTrap = false;
    }
    this.state.status = status;
  }

  /**
   * Runs the handlers of the signals received (ash dotrap), lowest signal first; $? is what it
   * was before. A root shell's SIGINT without a trap ends the shell with 130 (raise_interrupt).
   */
  private *dotrap(io: IO): Gen<void> {
    const task = this.rt.procs.current;
    const status = this.state.status;
    const pending = [...task.pending].sort((a, b) => a - b);
    for (const sig of pending) {
      task.pending = task.pending.filter((s) => s !== sig);
      const action = this.state.traps.get(sig);
      if (action === undefined) {
        if (sig === SIGINT) throw new ExitSignal(128 + SIGINT);
        continue;
      }
      if (action === "") continue;
      yield* this.evalString(action, io, "");
      this.state.status = status;
    }
  }

  /** Pipeline parts run one after another in subshells, each reading what the previous one wrote. */
  private *runParts(p: Pipeline, io: IO): Gen<number> {
    if (p.commands.length === 1) return yield* this.runCommand(p.commands[0], io);
    let input = io.in;
    let status = 0;
    for (let i = 0; i < p.commands.length; i++) {
      const last = i === p.commands.length - 1;
      const out = last ? io.out : new BufferWriter();
      const partIO: IO = { in: input, out, err: io.err };
      const cmd = p.commands[i];
      status = yield* this.subshell(() => this.runCommand(cmd, partIO), partIO, keepsJobs(cmd));
      if (!last) input = new Input((out as BufferWriter).text);
    }
    return status;
  }

  // ---- Commands ------------------------------------------------------------------------------

  *runCommand(cmd: Command, io: IO, tail = false): Gen<number> {
    if (cmd.type === "simple") return yield* this.runSimple(cmd, io, tail);
    if (cmd.type === "function") {
      this.state.defineFunction(cmd);
      return 0;
    }
    if (++this.rt.steps > this.rt.budget) yield* this.rt.runaway();
    let rio = io;
    if (cmd.redirs.length) {
      const r = yield* this.redirect(cmd.redirs, io);
      if (typeof r === "string") return this.redirectionFailed(r, io);
      rio = r;
    }
    this.enter();
    try {
      switch (cmd.type) {
        case "if":
          return yield* this.runIf(cmd, rio, tail);
        case "loop":
          return yield* runWhile(this, cmd, rio);
        case "for":
          return yield* runFor(this, cmd, rio);
        case "case":
          return yield* this.runCase(cmd, rio, tail);
        case "group":
          return yield* this.runList(cmd.body, rio, tail);
        case "subshell":
          // The last thing a process runs needs no fork (ash evalsubshell: EV_EXIT, no traps).
          if (tail && !this.state.hasActiveTraps()) return yield* this.runList(cmd.body, rio, true);
          return yield* this.subshell(() => this.runList(cmd.body, rio), rio);
      }
    } finally {
      this.rt.depth--;
    }
  }

  *redirect(redirs: SimpleCommand["redirs"], io: IO): Gen<IO | string> {
    return yield* applyRedirections(this.rt, this.state.cwd, redirs, io, (r, heredoc) => this.expandText(heredoc ? r.heredoc!.body : r.target, io));
  }

  private redirectionFailed(message: string, io: IO): number {
    io.err.write(`${this.state.arg0}: ${message}\n`);
    return 2;
  }

  private *runSimple(cmd: SimpleCommand, io: IO, tail = false): Gen<number> {
    if (++this.rt.steps > this.rt.budget) yield* this.rt.runaway();
    this.lastSubstitutionStatus = null;
    const argv = cmd.words.length ? yield* this.expandWords(cmd.words, io) : [];
    const assigns: [string, string][] = [];
    for (const a of cmd.assigns) {
      const value = yield* this.expandText(a.value, io);
      // Without a command, each assignment is visible to the next one's expansion (a=1 b=$a).
      if (argv.length === 0) this.state.set(a.name, value);
      else assigns.push([a.name, value]);
    }
    if (this.state.opts.xtrace) {
      const shown = argv.length ? [...assigns.map(([k, v]) => `${k}=${v}`), ...argv] : cmd.assigns.map((a) => `${a.name}=${this.state.get(a.name) ?? ""}`);
      if (shown.length) io.err.write(`+ ${shown.join(" ")}\n`);
    }
    const r = cmd.redirs.length ? yield* this.redirect(cmd.redirs, io) : io;
    if (typeof r === "string") return this.redirectionFailed(r, io);
    if (argv.length === 0) return this.lastSubstitutionStatus ?? 0;
    if (argv[0] === "exec") {
      if (argv.length === 1) {
        // `exec >file`: the redirections outlive the command, for the rest of this list.
        Object.assign(io, r);
        return 0;
      }
      // The program replaces this shell: in the process's own shell it becomes the process (its
      // PID, what signals reach); no EXIT trap runs after it. A subshell's exec ends the subshell.
      const task = this.rt.procs.current;
      const replaces = this.state === task.proc;
      const found = programExists(this, argv[1]);
      if (replaces && found) task.execPending = true;
      const status = yield* this.execArgv(argv.slice(1), r, { ...this.state.environment(), ...Object.fromEntries(assigns) }, "exec");
      task.execPending = false;
      throw new ExitSignal(status, found);
    }
    return yield* this.dispatch(argv, assigns, r, tail);
  }

  private *dispatch(argv: string[], assigns: [string, string][], io: IO, tail: boolean): Gen<number> {
    const name = argv[0];
    const fn = this.state.func(name);
    if (fn) return assigns.length ? yield* this.withTemporaryVars(assigns, () => this.callFunction(fn, argv, io)) : yield* this.callFunction(fn, argv, io);
    const builtin = BUILTINS.get(name);
    if (builtin) {
      const run = (): Gen<number> => this.runBuiltin(builtin, argv, io);
      if (!builtin.special) return yield* this.withTemporaryVars(assigns, run);
      // Assignments before a special builtin stay set afterwards (POSIX).
      for (const [k, v] of assigns) this.state.set(k, v);
      return yield* run();
    }
    const env = assigns.length ? { ...this.state.environment(), ...Object.fromEntries(assigns) } : this.state.environment();
    if (!tail || ASH_BUILTIN_APPLETS.has(name)) return yield* this.execArgv(argv, io, env);
    // The process's last command, no traps set: ash execs it instead of forking (evalcommand with
    // EV_EXIT), so `sh -c 'sleep 3600'` leaves sleep as PID 1.
    const task = this.rt.procs.current;
    if (this.state === task.proc && !this.state.hasActiveTraps()) task.execPending = true;
    try {
      return yield* this.execArgv(argv, io, env);
    } finally {
      task.execPending = false;
    }
  }

  private *runBuiltin(builtin: Builtin, argv: string[], io: IO): Gen<number> {
    const r = builtin.run(this, argv, io);
    return typeof r === "number" ? r : yield* r;
  }

  /** Runs argv as a program (no functions or builtins): an applet, a nested shell or a script file. */
  execArgv(argv: string[], io: IO, env: Record<string, string>, via?: string): Gen<number> {
    return execProgram(this, argv, io, env, via);
  }

  private *withTemporaryVars(assigns: [string, string][], body: () => Gen<number>): Gen<number> {
    if (assigns.length === 0) return yield* body();
    const saved = assigns.map(([k]) => [k, this.state.get(k)] as const);
    for (const [k, v] of assigns) this.state.set(k, v);
    try {
      return yield* body();
    } finally {
      for (const [k, v] of saved) {
        if (v === undefined) this.state.unset(k);
        else this.state.set(k, v);
      }
    }
  }

  private enter(): void {
    if (++this.rt.depth > MAX_NESTING) {
      this.rt.depth--;
      throw new ShellError("nesting too deep");
    }
  }

  private *callFunction(fn: FunctionDef, argv: string[], io: IO): Gen<number> {
    this.enter();
    const state = this.state;
    const params = state.positional;
    const loops = this.loopDepth;
    state.positional = argv.slice(1);
    this.loopDepth = 0;
    this.localFrames.push(new Map());
    try {
      return yield* this.runCommand(fn.body, io);
    } catch (e) {
      if (e instanceof ReturnSignal) return e.code;
      throw e;
    } finally {
      for (const [k, v] of this.localFrames.pop()!) {
        if (v === undefined) state.unset(k);
        else state.set(k, v);
      }
      state.positional = params;
      this.loopDepth = loops;
      this.rt.depth--;
    }
  }

  /**
   * Runs `body` on a copy of the shell state; exit, return and fatal errors end only the copy. A
   * subshell has no jobs, unless it runs `jobs` (`$(jobs -p)`, `jobs | wc -l`: ash forkchild).
   */
  *subshell(body: () => Gen<number>, io: IO, keepJobs = false): Gen<number> {
    this.enter();
    const saved = this.state;
    const loops = this.loopDepth;
    const jobs = this.jobs;
    if (!keepJobs) this.jobs = new JobTable();
    this.state = saved.clone();
    const exited = this.exited;
    try {
      // A subshell is a process of its own: it ends as a shell does, with its EXIT trap if it set one.
      return yield* this.runTop(body, io);
    } finally {
      this.exited = exited;
      this.state = saved;
      this.loopDepth = loops;
      this.jobs = jobs;
      this.rt.depth--;
    }
  }

  // ---- Compound commands ---------------------------------------------------------------------

  private *runIf(cmd: IfCommand, io: IO, tail: boolean): Gen<number> {
    for (const clause of cmd.clauses) {
      const c = yield* this.suppressed(() => this.runList(clause.cond, io));
      if (c === 0) return yield* this.runList(clause.body, io, tail);
    }
    return cmd.elseBody ? yield* this.runList(cmd.elseBody, io, tail) : 0;
  }

  private *runCase(cmd: CaseCommand, io: IO, tail: boolean): Gen<number> {
    const subject = yield* this.expandText(cmd.subject, io);
    for (const item of cmd.items) {
      for (const p of item.patterns) {
        // A literal word has no unquoted wildcards: any *?[ in it were quoted and match themselves.
        const pattern = p.literal !== null ? escapeGlob(p.literal) : yield* this.withExpandIO(io, () => expandPattern(this, p));
        if (globMatch(pattern, subject)) return yield* this.runList(item.body, io, tail);
      }
    }
    return 0;
  }

  // ---- Top level -----------------------------------------------------------------------------

  /**
   * Runs a whole script in this shell, turning exit and fatal errors into a status, then the EXIT
   * trap. `tail`: nothing follows it in this process (`sh -c`), so its last command may be exec'd.
   */
  *runScript(script: Script, io: IO, tail = false): Gen<number> {
    return yield* this.runTop(() => this.runList(script.body, io, tail), io);
  }

  /** What ends a shell process: exit and fatal errors become its status, then the EXIT trap runs (ash exitshell). */
  private *runTop(body: () => Gen<number>, io: IO): Gen<number> {
    let status: number;
    let exec = false;
    try {
      status = yield* body();
    } catch (e) {
      status = this.endStatus(e, io);
      exec = e instanceof ExitSignal && e.replaced;
    }
    const trap = this.state.traps.get(0);
    if (trap !== undefined && !exec) {
      this.state.setTrap(0, null);
      try {
        yield* this.evalString(trap, io);
      } catch (e) {
        status = this.endStatus(e, io);
      }
    }
    return status;
  }

  private endStatus(e: unknown, io: IO): number {
    this.exited = true;
    if (e instanceof ExitSignal || e instanceof ReturnSignal) return e.code;
    if (e instanceof LoopSignal) return 0;
    if (e instanceof ShellError) {
      this.reportLimit(e);
      io.err.write(`${this.state.arg0}: ${e.message}\n`);
      return e.code;
    }
    throw e;
  }

  private reportLimit(e: ShellError): void {
    if (e instanceof ShellLimitError) this.rt.host.onLimit?.(e.detail, e.message);
  }

  /** eval / trap / `.`: parses and runs text in this shell. */
  *evalString(src: string, io: IO, what = "eval"): Gen<number> {
    const parsed = parseCached(src);
    this.enter();
    try {
      if ("error" in parsed) {
        yield* this.runList(parsed.before.body, io);
        throw new ShellError(what ? `${what}: ${parsed.error}` : parsed.error);
      }
      return yield* this.runList(parsed.ast.body, io);
    } finally {
      this.rt.depth--;
    }
  }
}
