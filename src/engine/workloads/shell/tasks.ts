/**
 * The processes of one container's shell and how they share simulated time.
 *
 * Each Task is a process with its own PID: the container's main process (PID 1), and every
 * background job (`cmd &`), which busybox ash runs in a forked child (shell/ash.c evalsubshell,
 * forkshell, forkchild). Foreground commands, subshells and `$(…)` still run inside their
 * parent's task, one after another, as ash waits for them (waitforjob). The scheduler interleaves
 * the tasks on one simulated clock: it resumes whichever task is due first and yields to the
 * simulator only the shortest wait, so a parent's sleeps and its children's sleeps interleave as
 * they would in a container.
 *
 * Signals follow the kernel and ash: a trapped signal is remembered and its handler runs after
 * the foreground command (ash dotrap at the end of evaltree), or at once when the shell waits in
 * the `wait` builtin (waitcmd: "the reception of a signal for which a trap has been set will
 * cause the wait builtin to return immediately with an exit status greater than 128"); an
 * ignored one is dropped; any other takes the signal's default action. PID 1 of a PID namespace
 * gets no signal whose disposition is the default (kernel/signal.c sig_task_ignored,
 * SIGNAL_UNKILLABLE; pid_namespaces(7)), except SIGKILL sent from outside the namespace, which is
 * how the kubelet's SIGKILL ends a container while `kill -9 1` inside it does nothing.
 */
import type { ShellState } from "./state";
import type { ShellHost, ShellYield } from "./types";
import { ShellError } from "./errors";
import { MAX_PROCESSES } from "./limits";
import { SIGINT, SIGKILL, SIGQUIT, defaultAction } from "./signals";

/** What a task yields to the scheduler: a ShellYield, or `block` (the `wait` builtin, until a child changes state or a signal arrives). */
export type TaskYield = ShellYield | { kind: "block" };
export type TaskGen<T> = Generator<TaskYield, T, void>;

/** Thrown inside a task that a signal killed while it ran (it signalled itself): unwinds it without traps. */
export class KilledSignal {
  constructor(
    readonly signo: number,
    readonly status = 128 + signo,
  ) {}
}

export class Task {
  /** run: resume at `due`; block: in `wait`; steady: parked at a steady loop head; spin: ran away; done. */
  state: "run" | "block" | "steady" | "spin" | "done" = "run";
  due = 0;
  /** Order among tasks due at the same time: the one that became due first runs first. */
  seq = 0;
  steady: { head: number; period: number; output: string } | undefined;
  /** Steps a runaway task ran without time passing. */
  spun = 0;
  /** Runtime.depth and Runtime.steps while this task is not running. */
  depth = 0;
  steps = 0;
  /**
   * The shell this process is: its state's traps decide what signals do. null once the process
   * exec'd a program (`exec sleep 3600`), which has the default dispositions.
   */
  proc: ShellState | null = null;
  /** The task becomes the next shell or program it starts (the container's first process, `exec`). */
  execPending = false;
  /** ash's rootshell: the shell the process started as, not a forked subshell (SIGINT and SIGQUIT differ). */
  root = false;
  /** The process's name, as killall and pidof see it. */
  program = "sh";
  /** Signals ignored whatever the traps say (SIG_IGN on entry: a background job's SIGINT and SIGQUIT). */
  ignored: ReadonlySet<number>;
  /** Trapped signals received whose handlers have not run yet (ash gotsig), and the last one (pending_sig). */
  pending: number[] = NONE;
  lastSignal = 0;
  /** In the `wait` builtin, which a trapped signal interrupts. */
  waiting = false;
  /** The foreground program this shell waits for (a forked child), which killall can reach by name; `ended` once a signal ended it. */
  fg: { name: string; ended: { status: number; signo: number } | null } | null = null;
  /** Exit status once done (128 + signal number for a signal). */
  status = 0;
  /** The signal that killed it, 0 if it exited. */
  signaled = 0;
  /** Its parent shell already collected its exit (waitpid), so `wait PID` prints no signal name. */
  reaped = false;

  constructor(
    readonly pid: number,
    readonly parent: Task | null,
    public gen: TaskGen<number> | null,
    ignored?: Iterable<number>,
  ) {
    this.ignored = ignored ? ignoredSet(ignored) : NOTHING;
  }

  get alive(): boolean {
    return this.state !== "done";
  }
}

/** Shared by every task that has nothing pending or ignored (most of them: exec probes run one each). */
const NONE: number[] = [];
const NOTHING: ReadonlySet<number> = new Set();

function ignoredSet(signals: Iterable<number>): ReadonlySet<number> {
  const s = new Set(signals);
  return s.size ? s : NOTHING;
}

/** A background job in its shell's job table (ash struct job with one process). */
export interface Job {
  /** %N */
  num: number;
  task: Task;
  /** `wait` returned its status (ash jp->waited): its slot may be reused. Set with JobTable.waited. */
  waited: boolean;
  freed: boolean;
}

/**
 * A shell's background jobs (ash jobtab): numbered by slot, the lowest free one first; the
 * newest is the current job (%+), the one before it the previous (%-). A script that never
 * waits for its jobs keeps them all, as ash does, so nothing here walks the whole table per job.
 */
export class JobTable {
  private slots: (Job | undefined)[] = [];
  /** Oldest first; freed jobs are dropped lazily. */
  private order: Job[] = [];
  private freedCount = 0;
  /** Slots that may be free (freed, or their job ended and was waited for), lowest first. */
  private reusable: number[] = [];
  /** Bumped by every change the table itself makes. */
  private version = 0;

  add(task: Task): Job {
    // ash makejob: the first unused slot, or one whose job is done and was waited for.
    let i = this.slots.length;
    while (this.reusable.length) {
      const k = this.reusable.shift()!;
      const old = this.slots[k];
      if (old === undefined || (old.waited && !old.task.alive)) {
        i = k;
        if (old) this.free(old);
        break;
      }
    }
    const job: Job = { num: i + 1, task, waited: false, freed: false };
    this.version++;
    this.slots[i] = job;
    this.order.push(job);
    return job;
  }

  /** `wait` collected the job: once it has ended its slot may be reused. */
  waited(job: Job): void {
    if (job.waited) return;
    job.waited = true;
    this.version++;
    this.offer(job.num - 1);
  }

  free(job: Job): void {
    if (job.freed) return;
    job.freed = true;
    this.version++;
    if (this.slots[job.num - 1] === job) {
      this.slots[job.num - 1] = undefined;
      this.offer(job.num - 1);
    }
    if (++this.freedCount > 16 && this.freedCount > this.order.length / 2) {
      this.order = this.order.filter((j) => !j.freed);
      this.freedCount = 0;
    }
  }

  private offer(slot: number): void {
    const r = this.reusable;
    let k = 0;
    while (k < r.length && r[k] < slot) k++;
    if (r[k] !== slot) r.splice(k, 0, slot);
  }

  /** Newest first, as `jobs` lists them. */
  get list(): Job[] {
    const out: Job[] = [];
    for (let k = this.order.length - 1; k >= 0; k--) if (!this.order[k].freed) out.push(this.order[k]);
    return out;
  }

  /** The current job (%+) and the previous one (%-). */
  newest(n: 0 | 1): Job | undefined {
    for (let k = this.order.length - 1, seen = 0; k >= 0; k--) {
      if (this.order[k].freed) continue;
      if (seen++ === n) return this.order[k];
    }
    return undefined;
  }

  get size(): number {
    return this.order.length - this.freedCount;
  }

  /** The job whose process is `pid`, newest first. */
  byPid(pid: number): Job | undefined {
    for (let k = this.order.length - 1; k >= 0; k--) if (!this.order[k].freed && this.order[k].task.pid === pid) return this.order[k];
    return undefined;
  }

  /** ash getjob: %N, %+, %%, %-, % (current), %PREFIX and %?TEXT (the command text is empty without job control). */
  get(spec: string): Job | string {
    const p = spec.slice(1);
    if (p === "" || p === "+" || p === "%") return this.newest(0) ?? "No current job";
    if (p === "-") return this.newest(1) ?? "No previous job";
    if (/^\d+$/.test(p)) return this.slots[Number(p) - 1] ?? `${spec}: no such job`;
    // Without job control ash keeps no command text, so only an empty pattern matches (every job).
    if (p === "?" && this.size > 1) return `${spec}: ambiguous`;
    return (p === "?" && this.newest(0)) || `${spec}: no such job`;
  }

  /**
   * What a loop can observe of the table, PIDs aside (a loop that starts a job each time differs
   * only by them). A table this large is told apart by its changes alone (a loop that changes
   * it then never counts as steady).
   */
  fingerprint(): string {
    if (this.size > 64) return `#${this.size}:${this.version}`;
    let s = "";
    for (const j of this.order) if (!j.freed) s += `${j.num}:${j.task.alive ? "r" : `d${j.task.status}`}${j.waited ? "w" : ""},`;
    return s;
  }
}

export type Delivery = "nosuch" | "ignored" | "caught" | "killed" | "done";

/** `current` before any task ran. */
const NO_TASK = new Task(0, null, null);

/** The runtime fields a task switch saves and restores. */
interface Switchable {
  depth: number;
  steps: number;
  readonly host: ShellHost;
}

const EPS = 1e-9;

/**
 * Every task of one shell process tree and the clock they share. `vt` is the scheduler's own
 * clock, advanced by what it yields, so it also works where the host's clock stands still
 * (exec probes, run to completion).
 */
export class Scheduler {
  readonly tasks: Task[] = [];
  /** The task whose code runs now (the one last resumed). */
  current: Task;
  /** The task being stepped, null between steps: a signal to it must unwind it from inside. */
  private running: Task | null = null;
  vt = 0;
  private seq = 0;
  private counter: number;
  /** Set when something outside the tasks (a signal from the kubelet) resumed the scheduler early. */
  private interrupted = false;

  constructor(
    private readonly rt: Switchable,
    firstPid = 1,
  ) {
    this.counter = firstPid;
    this.current = NO_TASK;
  }

  /** A PID for a new process (a fork), from the host's counter when it keeps one for the container. */
  allocPid(): number {
    return this.rt.host.allocPid ? this.rt.host.allocPid() : this.counter++;
  }

  /** Creates a task, runnable now, after those already due. */
  spawn(parent: Task | null, gen: TaskGen<number>, ignored?: Iterable<number>): Task {
    if (this.tasks.length >= MAX_PROCESSES) {
      const e = new ShellError("can't fork: Resource temporarily unavailable");
      this.rt.host.onLimit?.(`its processes passed ${MAX_PROCESSES.toLocaleString("en-US")} at once (podplay's limit on a container's processes)`, e.message);
      throw e;
    }
    const t = new Task(this.allocPid(), parent, gen, ignored);
    this.schedule(t, this.vt);
    this.tasks.push(t);
    return t;
  }

  private schedule(t: Task, at: number): void {
    t.state = "run";
    t.due = at;
    t.seq = ++this.seq;
  }

  /**
   * `exec PROGRAM` (or the container's command): the task is that program now, with the default
   * dispositions except for what its shell ignored (SIG_IGN survives execve; caught signals do not).
   */
  becomeProgram(t: Task, name: string): void {
    t.ignored = this.inheritedIgnores(t);
    t.proc = null;
    t.program = name;
    t.root = false;
    t.execPending = false;
  }

  /** `exec sh …` (or the container's command): the new shell is the process, a root shell (ash shlvl 0). */
  becomeShell(t: Task, state: ShellState, name: string): void {
    t.ignored = this.inheritedIgnores(t);
    t.proc = state;
    t.program = name;
    t.root = true;
    t.execPending = false;
    state.rootPid = t.pid;
  }

  private inheritedIgnores(t: Task): ReadonlySet<number> {
    const traps = t.proc?.traps;
    if (!traps?.size) return t.ignored;
    const ignored = new Set(t.ignored);
    for (const [sig, action] of traps) if (action === "" && sig > 0) ignored.add(sig);
    return ignoredSet(ignored);
  }

  byPid(pid: number): Task | undefined {
    return this.tasks.find((t) => t.pid === pid);
  }

  /** The first process: it becomes the shell or program it starts (the container's command). */
  main: Task | undefined;

  /** Starts `gen` as the main process and runs every task until it ends (see run). */
  runMain(gen: TaskGen<number>): Generator<ShellYield, number, void> {
    const main = this.spawn(null, gen);
    main.execPending = true;
    this.main = main;
    return this.run(main);
  }

  /**
   * Runs tasks until `main` ends, yielding to the simulator whenever none can run now. Returns
   * main's exit status; the other tasks end with it (the kernel kills a PID namespace whose init
   * exits).
   */
  *run(main: Task): Generator<ShellYield, number, void> {
    for (;;) {
      if (!main.alive) return main.status;
      const t = this.nextDue();
      if (t) {
        this.step(t);
        continue;
      }
      let next = Infinity;
      for (const x of this.tasks) if (x.state === "run") next = Math.min(next, x.due);
      const parked = this.tasks.filter((x) => x.state === "steady" || x.state === "spin");
      if (next < Infinity) {
        // Others have work at known times: a steady loop cannot be skipped, it runs on.
        const steady = parked.filter((x) => x.state === "steady");
        if (steady.length) {
          for (const x of steady) this.unpark(x, next);
          continue;
        }
        yield* this.wait({ kind: "sleep", seconds: next - this.vt });
        continue;
      }
      if (parked.length === 0) {
        // Every task waits for another or for a signal: only the simulator can wake them.
        yield* this.wait({ kind: "sleep", seconds: Infinity });
        continue;
      }
      const steady = parked.filter((x) => x.state === "steady");
      if (parked.length === 1 && steady.length === 1) {
        // One loop repeats and nothing else will happen: the simulator may skip its iterations.
        const s = steady[0].steady!;
        yield* this.wait({ kind: "steady", period: s.period, output: s.output });
        this.unpark(steady[0], this.vt);
        continue;
      }
      const spin = parked.find((x) => x.state === "spin");
      if (spin || steady.every((x) => x.steady!.period === 0)) {
        // Busy loops and nothing else: the container spins (until the world changes).
        yield* this.wait(spin ? { kind: "runaway", steps: spin.spun } : { kind: "steady", period: 0, output: "" });
        for (const x of parked) this.schedule(x, this.vt);
        continue;
      }
      for (const x of steady) if (x.steady!.period > 0) this.unpark(x, this.vt);
    }
  }

  /** The runnable task due first, if any is due now. */
  private nextDue(): Task | undefined {
    let best: Task | undefined;
    for (const t of this.tasks) {
      if (t.state !== "run" || t.due > this.vt + EPS) continue;
      if (!best || t.due < best.due - EPS || (Math.abs(t.due - best.due) <= EPS && t.seq < best.seq)) best = t;
    }
    return best;
  }

  /**
   * A parked steady task resumes at its next loop head not before now (iterations are whole),
   * or, for a loop without sleep, together with the next thing that happens (`next`).
   */
  private unpark(t: Task, next: number): void {
    const s = t.steady!;
    t.steady = undefined;
    const at = s.period > 0 ? s.head + Math.ceil((this.vt - s.head) / s.period - EPS) * s.period : next;
    this.schedule(t, Math.max(at, this.vt));
  }

  /** Yields to the simulator and moves the clock by what passed. */
  private *wait(y: ShellYield): Generator<ShellYield, void, void> {
    const before = this.rt.host.now();
    this.interrupted = false;
    yield y;
    const hostPassed = Math.max(0, this.rt.host.now() - before);
    const passed = y.kind === "sleep" && !this.interrupted && Number.isFinite(y.seconds) ? y.seconds : hostPassed;
    this.interrupted = false;
    this.vt += passed;
  }

  private step(t: Task): void {
    this.current = t;
    this.running = t;
    this.rt.depth = t.depth;
    this.rt.steps = t.steps;
    let r: IteratorResult<TaskYield, number>;
    try {
      r = t.gen!.next();
    } catch (e) {
      if (!(e instanceof KilledSignal)) throw e;
      r = { done: true, value: e.status };
      t.signaled = e.signo;
    } finally {
      this.running = null;
      t.depth = this.rt.depth;
      t.steps = this.rt.steps;
    }
    if (r.done) {
      this.finish(t, r.value, t.signaled);
      return;
    }
    const y = r.value;
    if (y.kind === "sleep") this.schedule(t, this.vt + Math.max(0, y.seconds));
    else if (y.kind === "block") t.state = "block";
    else if (y.kind === "steady") {
      t.state = "steady";
      t.steady = { head: this.vt, period: y.period, output: y.output };
    } else {
      t.state = "spin";
      t.spun = y.steps;
    }
  }

  private finish(t: Task, status: number, signaled: number): void {
    t.state = "done";
    t.status = status & 255;
    t.signaled = signaled;
    t.gen = null;
    const i = this.tasks.indexOf(t);
    if (i >= 0) this.tasks.splice(i, 1);
    const p = t.parent;
    if (p?.alive) {
      // ash reaps any child while it waits for a foreground one (waitforjob: waitpid(-1)).
      t.reaped = p.state === "steady" || (p.state === "run" && p.due > this.vt + EPS);
      if (p.state === "block") this.schedule(p, this.vt);
    }
  }

  /**
   * Sends signal `signo` to task `t` (0 only checks it exists). `external`: from outside the
   * container's PID namespace (the kubelet), the only sender whose SIGKILL reaches PID 1.
   */
  deliver(t: Task, signo: number, external: boolean): Delivery {
    if (!t.alive) return "nosuch";
    if (this.running === null) this.interrupted = true;
    if (signo === 0) return "done";
    const init = t.pid === 1;
    if (signo === SIGKILL) {
      if (init && !external) return "ignored";
      this.kill(t, signo);
      return "killed";
    }
    if (t.ignored.has(signo)) return "ignored";
    const trap = t.proc?.traps.get(signo);
    if (trap === "") return "ignored";
    // A shell catches SIGINT even without a trap (ash setsignal: S_CATCH for a root shell running
    // -c or a script), and its root shell ignores SIGQUIT.
    const caught = trap !== undefined || (t.proc !== null && t.root && signo === SIGINT);
    if (caught) {
      if (!t.pending.includes(signo)) t.pending = [...t.pending, signo];
      t.lastSignal = signo;
      if (t.waiting && t.state === "block") this.schedule(t, this.vt);
      return "caught";
    }
    if (t.proc !== null && t.root && signo === SIGQUIT) return "ignored";
    if (t.proc === null) {
      // A program with a handler (nginx) gets the signal even as PID 1.
      const h = programHandler(t.program, signo);
      if (h === "continue") return "caught";
      if (h !== undefined) {
        this.end(t, h, 0);
        return "caught";
      }
    }
    const action = defaultAction(signo);
    if (action !== "term" && action !== "core") return "ignored";
    // The default disposition never reaches a namespace's init.
    if (init) return "ignored";
    this.kill(t, signo);
    return "killed";
  }

  /** Ends a task by a signal: unwinds it from inside if it is the one running. */
  private kill(t: Task, signo: number): void {
    this.end(t, 128 + signo, signo);
  }

  /** Ends a task with `status` (killed by `signo`, or 0: a handler exited). */
  private end(t: Task, status: number, signo: number): void {
    if (this.running === t) throw new KilledSignal(signo, status);
    const gen = t.gen;
    t.gen = null;
    if (gen) {
      // Its finally blocks run with its own depth and step count, then the running task's return.
      const saved = [this.rt.depth, this.rt.steps, this.current] as const;
      this.rt.depth = t.depth;
      this.rt.steps = t.steps;
      this.current = t;
      try {
        gen.return(0);
      } finally {
        [this.rt.depth, this.rt.steps, this.current] = saved;
      }
    }
    this.finish(t, status, signo);
  }

  /** The foreground program of task `t` gets `signo`: a forked child, with the shell's ignored signals. */
  deliverToForeground(t: Task, signo: number): Delivery {
    const fg = t.fg;
    if (!fg || !t.alive) return "nosuch";
    if (this.running === null) this.interrupted = true;
    if (signo === 0) return "done";
    if (signo !== SIGKILL && (t.ignored.has(signo) || t.proc?.traps.get(signo) === "")) return "ignored";
    const h = signo === SIGKILL ? undefined : programHandler(fg.name, signo);
    if (h === "continue") return "caught";
    if (h === undefined) {
      const action = signo === SIGKILL ? "term" : defaultAction(signo);
      if (action !== "term" && action !== "core") return "ignored";
    }
    fg.ended = h === undefined ? { status: 128 + signo, signo } : { status: h, signo: 0 };
    if (t.state === "run" && this.running !== t) this.schedule(t, this.vt);
    return h === undefined ? "killed" : "caught";
  }
}

/**
 * Programs that install signal handlers, by name: what a signal makes them do (exit with a
 * status, or carry on). nginx: TERM and INT stop it at once, QUIT gracefully, both exiting 0;
 * HUP reloads, USR1 reopens logs, USR2 and WINCH serve upgrades (nginx.org/en/docs/control.html).
 */
const PROGRAM_HANDLERS: Record<string, Partial<Record<number, number | "continue">>> = {
  nginx: { 1: "continue", 2: 0, 3: 0, 10: "continue", 12: "continue", 15: 0, 28: "continue" },
};

function programHandler(name: string, signo: number): number | "continue" | undefined {
  return Object.prototype.hasOwnProperty.call(PROGRAM_HANDLERS, name) ? PROGRAM_HANDLERS[name][signo] : undefined;
}
