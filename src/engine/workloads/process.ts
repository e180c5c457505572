import { isListening, memoryAt, oomAge, type GrpcAnswer, type HttpAnswer, type HttpClient, type HttpContext, type ProgramModel, type ServedRequest } from "./program";
import type { ContainerFs } from "./fs";
import type { World } from "./world";
import { runArgv, runToCompletion, startArgv, type ShellRun } from "./shell/run";
import { DEFAULT_UNIX_EPOCH_OFFSET } from "./shell/sys-applets";
import type { HttpResult, ShellExit, ShellHost, ShellYield } from "./shell/types";
import { SIGINT, SIGQUIT, SIGTERM, signalNumber } from "./shell/signals";

/** What the container runs as PID 1. */
export type MainProgram =
  | { kind: "shell"; argv: string[] }
  | { kind: "native"; model: ProgramModel }
  /** argv[0] does not exist in the image: the runtime cannot start it. */
  | { kind: "missing"; binary: string };

export interface ProcessEnv {
  now(): number;
  world: World;
  fs: ContainerFs;
  /** The environment, made when a shell first needs it (most programs never read it). */
  env(): Record<string, string>;
  hostname: string;
  /** The pod's IP: where this container's own requests come from. */
  podIP?: string;
  searchDomains: string[];
  hasShell: boolean;
  /** Unix time at simulated second 0 (the trace's epoch), so `date` and the kubelet's timestamps agree. */
  unixEpochOffset?: number;
  /** Called when the next wake time changed outside wake() (a world change ended a steady loop). */
  rescheduled(): void;
  /** Adds to the run's work (Clock.work): what a script's long values cost. */
  charge?(units: number): void;
  /** Other processes' names in the same container, for killall -0 (none by default). */
  /** What the main process writes to its stdout and stderr (the container log), at time `t`. */
  log?(stream: "stdout" | "stderr", text: string, t: number): void;
  /** A request the main program answered (`count` identical ones, `period` apart), for its own log. */
  served?(r: ServedRequest): void;
  /** A request changed what the main program answers (probes that skipped ahead must look again). */
  answersChanged?(): void;
  /** The image's sh forks the last command of `sh -c` instead of exec'ing it (busybox before 1.28). */
  forksLastCommand?: boolean;
  /** Commands the image does not have (ImageFacts.lacks). */
  lacks?: readonly string[];
}

/** The same request repeated: `count` times, `period` seconds apart, from the time asked (a probe's skipped steady run). */
export interface Repeat {
  period: number;
  count: number;
}

/** An HTTP answer override from a scripted action: from absolute time `from`, `path` answers `status`. */
export interface HttpOverride {
  from: number;
  port?: number;
  path?: string;
  status: number;
}

export interface ProcessExit {
  code: number;
  at: number;
  reason?: "OOMKilled";
  /** Combined output, for FallbackToLogsOnError termination messages. */
  log: string;
}

/** What the stop signal did to PID 1. */
export interface StopOutcome {
  /** PID 1 has no handler for it (the kernel drops it) or ignores it: only SIGKILL will end it. */
  ignored: boolean;
  /** What PID 1 ran when the signal came ("sh", "sleep" after `exec sleep`), for explanations. */
  program: string;
}

export interface ExecResult {
  code: number;
  output: string;
  /** The command slept past the probe's timeout. */
  timedOut: boolean;
  seconds: number;
}

/**
 * One running instance of a container's main program. The runtime calls `start`, then `wake`
 * whenever `nextWake()` arrives; everything else (probes, hooks, signals) queries it at the
 * current simulated time.
 */
export class ContainerProcess {
  startedAt = NaN;
  exit: ProcessExit | undefined;
  /** Set when a script spun without sleeping and podplay stopped interpreting it. */
  runaway = false;
  /** Set when the script passed one of podplay's shell limits: what passed which limit, and the shell's error. */
  limitHit: { detail: string; message: string } | undefined;
  private gen: Generator<ShellYield, ShellExit, void> | undefined;
  /** The main script's processes, for signals from the kubelet and from hooks and probes. */
  private shell: ShellRun | undefined;
  /** PIDs of the container's PID namespace: the main process is 1, hooks' and probes' shells come after. */
  private lastPid = 0;
  private wakeAt = Infinity;
  private steady: { head: number; period: number; epoch: number; output: string; replayed: number } | undefined;
  private stopAt: { at: number; code: number } | undefined;
  private log = "";
  /** Seconds after start when the program got its stop signal (what it answers may change then). */
  private stoppedAge: number | undefined;
  private ctx: HttpContext | undefined;
  readonly overrides: HttpOverride[] = [];
  /** What this container's shells run against, made when a shell first needs it (see host). */
  private host_: ShellHost | undefined;
  private unsubscribe: (() => void) | undefined;

  constructor(
    private penv: ProcessEnv,
    readonly main: MainProgram,
  ) {
    if (main.kind === "shell") this.unsubscribe = penv.world.subscribe(() => this.onWorldChange());
  }

  /**
   * The host of this container's shells (the main script, exec probes, hooks). Most containers
   * run a catalogue program and never exec anything: the closures are made on first use, which
   * reads the same environment (its parts are never replaced).
   */
  private get shellHost(): ShellHost {
    const penv = this.penv;
    return (this.host_ ??= {
      now: () => penv.now(),
      fs: penv.fs,
      env: penv.env(),
      hostname: penv.hostname,
      searchDomains: penv.searchDomains,
      unixEpochOffset: penv.unixEpochOffset,
      resolveDns: (n) => penv.world.resolve(n),
      httpGet: (url, timeout, req) => penv.world.http(url, timeout, penv.searchDomains, req && { ip: penv.podIP ?? "", userAgent: req.userAgent, host: req.host }),
      processAlive: (name) => this.alive(name),
      signalProcess: (name, sig) => this.signalByName(name, sig),
      signalPid: (pid, sig) => this.signalPid(pid, sig),
      allocPid: () => ++this.lastPid,
      worldEpoch: () => penv.world.epoch,
      fsVersion: () => penv.fs.version,
      onLimit: (detail, message) => (this.limitHit ??= { detail, message: message ?? "out of memory" }),
      onWork: (chars) => penv.charge?.(chars / 1024),
      forksLastCommand: penv.forksLastCommand,
      lacks: penv.lacks?.length ? (name) => penv.lacks!.includes(name) : undefined,
      pid1Output: penv.log ? (fd, text) => penv.log!(fd === 1 ? "stdout" : "stderr", text, penv.now()) : undefined,
    });
  }

  get processName(): string {
    if (this.main.kind === "native") return this.main.model.processName;
    if (this.main.kind === "shell") return basename(this.main.argv[0] ?? "sh");
    return this.main.binary;
  }

  get running(): boolean {
    return !Number.isNaN(this.startedAt) && !this.exit;
  }

  start(t: number): void {
    this.startedAt = t;
    if (this.main.kind === "shell") {
      // Only the main process writes the container log: exec probes and hooks use shellHost,
      // whose output the kubelet keeps for their results and events alone.
      const log = this.penv.log;
      // The script's own processes are all the container has: what its killall and kill do not
      // find inside it does not exist.
      const host: ShellHost = {
        ...this.shellHost,
        processAlive: () => false,
        signalProcess: () => false,
        signalPid: undefined,
        ...(log ? { onOutput: (fd: 1 | 2, text: string) => log(fd === 1 ? "stdout" : "stderr", text, this.penv.now()) } : {}),
      };
      this.shell = startArgv(this.main.argv, host);
      this.gen = this.shell.gen;
      this.advance(t);
    } else if (this.main.kind === "native" && this.main.model.exit) {
      this.wakeAt = t + this.main.model.exit.after;
    }
  }

  nextWake(): number {
    return Math.min(this.wakeAt, this.stopAt?.at ?? Infinity);
  }

  /** Runs the program at `t`; returns its exit if it ended. */
  wake(t: number): ProcessExit | undefined {
    if (this.exit) return this.exit;
    if (this.stopAt && t >= this.stopAt.at - 1e-9) return this.finish(t, this.stopAt.code);
    if (t < this.wakeAt - 1e-9) return undefined;
    if (this.main.kind === "native") return this.finish(t, this.main.model.exit?.code ?? 0);
    this.replaySteady(t);
    this.steady = undefined;
    this.advance(t);
    return this.exit;
  }

  /** Forces an exit now (SIGKILL, OOM kill, scripted crash). */
  kill(t: number, code: number, reason?: "OOMKilled"): ProcessExit {
    return this.finish(t, code, reason);
  }

  /**
   * Delivers the stop signal (SIGTERM unless the image says otherwise) to PID 1 from outside its
   * PID namespace, as the runtime does for the kubelet (kuberuntime_container.go killContainer →
   * StopContainer). Linux delivers a signal to a namespace's PID 1 only if it installed a handler
   * (kernel/signal.c sig_task_ignored; pid_namespaces(7)): a shell without `trap … TERM`, or a
   * `sleep` it exec'd, ignores it; a shell with a trap runs its handler (after its foreground
   * command, or at once if it waits in `wait`). Whatever follows shows at the next wake.
   */
  stop(t: number, signal = "TERM"): StopOutcome {
    if (this.exit) return { ignored: false, program: this.processName };
    if (this.main.kind === "shell" && this.shell) {
      const program = this.shell.program;
      const d = this.shell.signal(1, signalNumber(signal) > 0 ? signalNumber(signal) : SIGTERM, true);
      this.poke(t);
      return { ignored: d === "ignored" || d === "nosuch", program };
    }
    if (this.main.kind !== "native" || !this.main.model.onStop) return { ignored: true, program: this.processName };
    const r = this.main.model.onStop;
    this.stoppedAge ??= t - this.startedAt;
    const at = t + r.delay;
    if (!this.stopAt || at < this.stopAt.at) this.stopAt = { at, code: r.code };
    return { ignored: false, program: this.processName };
  }

  /** Resumes the script now: a signal changed what its processes do. */
  private poke(t: number): void {
    if (this.exit || !this.gen) return;
    this.wakeAt = Math.min(this.wakeAt, t);
  }

  /**
   * An HTTP GET of `path` (path and query) on `port` at `t` from `client`; `repeat` asks for the
   * same request again `repeat.count` times in all (its answers do not change meanwhile). What the
   * program answered goes to its log through `served`.
   */
  http(port: number, path: string, t: number, client?: HttpClient, repeat?: Repeat): HttpAnswer | "refused" {
    const o = this.override(port, path, t);
    if (!this.listening(port, t)) return "refused";
    let answer: HttpAnswer;
    if (o) answer = { status: o.status, body: "" };
    else if (this.main.kind === "native") answer = this.main.model.http(port, path, t - this.startedAt, this.httpContext(client, t));
    else answer = { status: 200, body: "" };
    if (client && this.penv.served)
      this.penv.served({ t, port, target: path, status: answer.status, bytes: answer.body.length, client, protocol: "http", period: repeat?.period ?? 0, count: repeat?.count ?? 1 });
    // A replayed request (a steady probe run) repeats an answer already given: no new effect.
    if (!repeat && answer.exit) {
      const at = t + answer.exit.after;
      if (!this.stopAt || at < this.stopAt.at) this.stopAt = { at, code: answer.exit.code };
      this.penv.rescheduled();
    }
    if (!repeat && answer.changed) this.penv.answersChanged?.();
    return answer;
  }

  private httpContext(client: HttpClient | undefined, t: number): HttpContext {
    // One context per process, refreshed for each request (a program reads it while answering).
    let ctx = this.ctx;
    if (!ctx) {
      const fs = this.penv.fs;
      ctx = this.ctx = {
        hostname: this.penv.hostname,
        client: NO_CLIENT,
        fileExists: (p) => fs.exists(p),
        readFile: (p) => fs.read(p),
        exec: (argv) => this.exec(argv, 60),
      };
    }
    ctx.client = client ?? NO_CLIENT;
    ctx.unixTime = (this.penv.unixEpochOffset ?? DEFAULT_UNIX_EPOCH_OFFSET) + t;
    ctx.stoppedAt = this.stoppedAge;
    return ctx;
  }


  tcp(port: number, t: number): boolean {
    return this.listening(port, t);
  }

  grpc(port: number, service: string, t: number, client?: HttpClient, repeat?: Repeat): GrpcAnswer | "refused" {
    if (!this.listening(port, t)) return "refused";
    const o = this.override(port, undefined, t);
    if (o) return o.status < 400 ? "SERVING" : "NOT_SERVING";
    if (this.main.kind !== "native") return "UNIMPLEMENTED";
    const l = this.main.model.listens.find((x) => x.port === port);
    const answer = l?.grpc ? this.main.model.grpc(port, service, t - this.startedAt) : "UNIMPLEMENTED";
    if (client && this.penv.served && l?.grpc)
      this.penv.served({ t, port, target: service, status: 0, bytes: 0, client, protocol: "grpc", period: repeat?.period ?? 0, count: repeat?.count ?? 1 });
    return answer;
  }

  /** Runs a command inside the container (exec probe, exec hook) to completion, instantly. */
  exec(argv: string[], timeoutSeconds: number): ExecResult {
    const bin = basename(argv[0] ?? "");
    if (!this.penv.hasShell || this.penv.lacks?.includes(bin)) {
      return {
        code: 126,
        output: `OCI runtime exec failed: exec failed: unable to start container process: exec: "${argv[0] ?? ""}": executable file not found in $PATH: unknown`,
        timedOut: false,
        seconds: 0,
      };
    }
    const r = runToCompletion(runArgv(argv, this.shellHost));
    const timedOut = r.sleptSeconds > timeoutSeconds || r.blocked !== undefined;
    return { code: r.exit?.code ?? -1, output: timedOut ? "" : r.exit?.output ?? "", timedOut, seconds: r.sleptSeconds };
  }

  /**
   * Runs a command with time passing (a preStop or postStart hook): returns the generator so the
   * kubelet can wait through its sleeps.
   */
  spawn(argv: string[]): Generator<ShellYield, ShellExit, void> {
    return runArgv(argv, this.shellHost);
  }

  /** Probe answers cannot change before this time unless the world changes (used to skip ticks). */
  stableUntil(t: number): number {
    let until = this.nextWake();
    for (const o of this.overrides) if (o.from > t) until = Math.min(until, o.from);
    if (this.main.kind === "native") {
      const age = t - this.startedAt;
      for (const b of this.main.model.breakpoints) if (b > age) { until = Math.min(until, this.startedAt + b); break; }
      for (const l of this.main.model.listens) {
        if (l.after > age) until = Math.min(until, this.startedAt + l.after);
        if (l.until !== undefined && l.until > age) until = Math.min(until, this.startedAt + l.until);
      }
    }
    return until;
  }

  /** CPU cores the process would use unthrottled: a native program's demand, one for a busy script. */
  cpuDemand(): number {
    if (this.main.kind === "native") return this.main.model.cpuCores ?? 0;
    // A loop with no sleep in it (steady with period 0) spins one core, as a runaway script does.
    return this.runaway || this.steady?.period === 0 ? 1 : 0;
  }

  /** Absolute time at which memory use first passes `limitBytes`, or Infinity. */
  oomTime(limitBytes: number): number {
    if (this.main.kind !== "native") return Infinity;
    return this.startedAt + oomAge(this.main.model.memory, limitBytes);
  }

  memoryBytes(t: number): number {
    return this.main.kind === "native" ? memoryAt(this.main.model.memory, t - this.startedAt) : 1024 * 1024;
  }

  get fs(): ContainerFs {
    return this.penv.fs;
  }

  get output(): string {
    return this.log;
  }

  alive(name: string): boolean {
    if (!this.running) return false;
    if (this.shell) return this.shell.alive(name);
    return this.processName === name;
  }

  /** killall NAME from a hook or a probe: the script's processes of that name, or the native program. */
  private signalByName(name: string, sig: string): boolean {
    if (!this.running) return false;
    if (this.shell) {
      const found = this.shell.signalName(name, sig === "0" ? 0 : signalNumber(sig));
      this.poke(this.penv.now());
      this.penv.rescheduled();
      return found;
    }
    if (this.processName !== name) return false;
    this.signalNative(sig);
    return true;
  }

  /** kill PID from a hook or a probe (`kill -TERM 1`): inside the namespace, so PID 1 ignores even SIGKILL without a handler. */
  private signalPid(pid: number, sig: string): boolean {
    if (!this.running) return false;
    const signo = sig === "0" ? 0 : signalNumber(sig);
    if (this.shell) {
      const d = this.shell.signal(pid, signo, false);
      this.poke(this.penv.now());
      this.penv.rescheduled();
      return d !== "nosuch";
    }
    if (pid !== 1) return false;
    this.signalNative(sig);
    return true;
  }

  /** A native program's model knows only the stop signals (TERM, INT, QUIT); SIGKILL from inside cannot reach PID 1. */
  private signalNative(sig: string): void {
    const signo = signalNumber(sig);
    if (signo !== SIGTERM && signo !== SIGINT && signo !== SIGQUIT) return;
    if (this.main.kind === "native") this.stop(this.penv.now());
    this.penv.rescheduled();
  }

  private listening(port: number, t: number): boolean {
    // At `t`: a steady probe run's skipped requests are replayed after the fact, up to the exit.
    if (Number.isNaN(this.startedAt) || (this.exit && t >= this.exit.at - 1e-9)) return false;
    if (this.main.kind !== "native") return false;
    const age = t - this.startedAt;
    return this.main.model.listens.some((l) => l.port === port && isListening(l, age));
  }

  private override(port: number, path: string | undefined, t: number): HttpOverride | undefined {
    let hit: HttpOverride | undefined;
    for (const o of this.overrides)
      if (o.from <= t + 1e-9 && (o.port === undefined || o.port === port) && (o.path === undefined || path === undefined || o.path === path)) hit = o;
    return hit;
  }

  private advance(t: number): void {
    const gen = this.gen;
    if (!gen) return;
    this.wakeAt = Infinity;
    for (;;) {
      const r = gen.next();
      if (r.done) {
        this.log += r.value.output;
        this.finish(t, r.value.code);
        return;
      }
      const y = r.value;
      if (y.kind === "sleep") {
        this.wakeAt = t + y.seconds;
        return;
      }
      if (y.kind === "steady") {
        this.steady = { head: t, period: y.period, epoch: this.penv.world.epoch, output: y.output, replayed: 0 };
        return;
      }
      this.runaway = true;
      return;
    }
  }

  /** A loop that only repeats until the world changes: look again at the first loop head after the change. */
  private onWorldChange(): void {
    const s = this.steady;
    if (!s || this.exit || s.epoch === this.penv.world.epoch) return;
    const now = this.penv.now();
    this.wakeAt = s.period > 0 ? s.head + Math.ceil((now - s.head) / s.period - 1e-9) * s.period : now;
    this.penv.rescheduled();
  }

  /**
   * What the iterations of a steady loop skipped before `t` would have written, written now at
   * each iteration's start (the loop was not run, its output is known). Only the newest iterations
   * a log keeps are written. A loop without sleep (period 0) is not replayed: it would never end.
   */
  replaySteady(t: number): void {
    const s = this.steady;
    const log = this.penv.log;
    if (!s || !log || !s.output || s.period <= 0) return;
    const due = Math.ceil((t - s.head) / s.period - 1e-9);
    for (let k = Math.max(s.replayed, due - MAX_REPLAYED_ITERATIONS); k < due; k++) log("stdout", s.output, Math.round((s.head + k * s.period) * 1000) / 1000);
    s.replayed = Math.max(s.replayed, due);
  }

  private finish(t: number, code: number, reason?: "OOMKilled"): ProcessExit {
    if (!this.exit) {
      this.replaySteady(t);
      this.exit = { code, at: t, reason, log: this.log };
      this.wakeAt = Infinity;
      this.stopAt = undefined;
      this.steady = undefined;
      this.unsubscribe?.();
    }
    return this.exit;
  }
}

const NO_CLIENT: HttpClient = { ip: "" };

/** More iterations than a container log keeps lines (kubelet/containerLog.ts) would only be dropped again. */
const MAX_REPLAYED_ITERATIONS = 1000;

function basename(p: string): string {
  return p.slice(p.lastIndexOf("/") + 1);
}

export type { HttpResult };
