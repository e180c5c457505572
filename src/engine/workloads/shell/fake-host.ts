/**
 * A scriptable ShellHost and a reference driver, for tests and for anyone wiring the shell into a
 * simulator: `simulate` shows how sleeps and steady yields are meant to be consumed.
 */
import { MemoryFs } from "./memory-fs";
import { runArgv, runToCompletion, type ShellRun } from "./run";
import type { Delivery } from "./tasks";
import type { HttpResult, ShellExit, ShellHost, ShellYield } from "./types";

export interface FakeHostOptions {
  files?: Record<string, string>;
  env?: Record<string, string>;
  hostname?: string;
  namespace?: string;
  /** FQDN → IP */
  dns?: Record<string, string>;
  /** Exact URL as the shell asks for it (host already expanded to its FQDN, port explicit) → result. */
  http?: Record<string, HttpResult>;
  processes?: string[];
  workingDir?: string;
  podIP?: string;
}

export class FakeHost implements ShellHost {
  time = 0;
  epoch = 0;
  readonly fs: MemoryFs;
  readonly env: Record<string, string>;
  readonly hostname: string;
  readonly searchDomains: string[];
  readonly dns: Map<string, string>;
  readonly http: Map<string, HttpResult>;
  readonly processes: Set<string>;
  readonly signals: [string, string][] = [];
  readonly streamed: [1 | 2, string][] = [];
  /** What the script wrote, with the simulated time of each write. */
  readonly timed: { t: number; fd: 1 | 2; text: string }[] = [];
  readonly requests: string[] = [];
  workingDir?: string;
  podIP?: string;
  dnsServer?: { ip: string; name: string };
  signalPid?: (pid: number, signal: string) => boolean;
  forksLastCommand?: boolean;

  constructor(o: FakeHostOptions = {}) {
    const ns = o.namespace ?? "default";
    this.fs = new MemoryFs({ files: o.files });
    this.hostname = o.hostname ?? "mypod";
    this.env = o.env ?? { PATH: "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", HOSTNAME: this.hostname, HOME: "/root" };
    this.searchDomains = [`${ns}.svc.cluster.local`, "svc.cluster.local", "cluster.local"];
    this.dns = new Map(Object.entries(o.dns ?? {}));
    this.http = new Map(Object.entries(o.http ?? {}));
    this.processes = new Set(o.processes ?? []);
    this.workingDir = o.workingDir;
    this.podIP = o.podIP;
  }

  now(): number {
    return this.time;
  }
  resolveDns(fqdn: string): string | null {
    return this.dns.get(fqdn) ?? null;
  }
  httpGet(url: string): HttpResult {
    this.requests.push(url);
    return this.http.get(url) ?? { error: "refused" };
  }
  processAlive(name: string): boolean {
    return this.processes.has(name);
  }
  signalProcess(name: string, signal: string): boolean {
    if (!this.processes.has(name)) return false;
    this.signals.push([name, signal]);
    if (signal === "TERM" || signal === "QUIT" || signal === "KILL" || signal === "INT") {
      this.processes.delete(name);
      this.epoch++;
    }
    return true;
  }
  worldEpoch(): number {
    return this.epoch;
  }
  fsVersion(): number {
    return this.fs.version();
  }
  onOutput(fd: 1 | 2, text: string): void {
    this.streamed.push([fd, text]);
    this.timed.push({ t: this.time, fd, text });
  }

  /** Changes the world the way a simulator would: the change is visible through worldEpoch. */
  change(apply: (host: this) => void): void {
    apply(this);
    this.epoch++;
  }
}

export interface Simulation {
  exit?: ShellExit;
  time: number;
  yields: ShellYield[];
  blocked?: "steady" | "runaway";
}

/**
 * Drives a generator on simulated time: sleeps advance the clock, firing `events` that fall due;
 * a steady yield jumps to the last loop-head time not after the next event (or stops as blocked
 * when none is left); a runaway stops. Stops at `until` (simulated seconds) if still running.
 */
export function simulate(gen: Generator<ShellYield, ShellExit, void>, host: FakeHost, opts: { until: number; events?: { at: number; apply: (h: FakeHost) => void }[] }): Simulation {
  const events = [...(opts.events ?? [])].sort((a, b) => a.at - b.at);
  const yields: ShellYield[] = [];
  const fire = (upTo: number): void => {
    while (events.length && events[0].at <= upTo) {
      const e = events.shift()!;
      host.time = Math.max(host.time, e.at);
      host.change(e.apply);
    }
  };
  for (;;) {
    const r = gen.next();
    if (r.done) return { exit: r.value, time: host.time, yields };
    const y = r.value;
    yields.push(y);
    if (y.kind === "runaway") return { time: host.time, yields, blocked: "runaway" };
    if (y.kind === "sleep") {
      const target = host.time + y.seconds;
      fire(Math.min(target, opts.until));
      if (target > opts.until) {
        host.time = opts.until;
        return { time: host.time, yields };
      }
      host.time = target;
      continue;
    }
    const next = events[0];
    if (!next || next.at > opts.until) return { time: host.time, yields, blocked: "steady" };
    if (y.period > 0) host.time += Math.floor((next.at - host.time) / y.period) * y.period;
    else host.time = next.at;
    fire(host.time);
  }
}

/** Runs `sh -c script` to completion ignoring time. */
export function sh(script: string, host: FakeHost = new FakeHost()): ShellExit & { sleptSeconds: number; blocked?: "steady" | "runaway" } {
  const r = runToCompletion(runArgv(["sh", "-c", script], host));
  const exit = r.exit ?? { code: -1, stdout: "", stderr: "", output: "" };
  return { ...exit, sleptSeconds: r.sleptSeconds, blocked: r.blocked };
}

export interface SignalEvent {
  at: number;
  /** PID 1 unless said otherwise. */
  pid?: number;
  signo: number;
  /** From outside the container (the kubelet): default true. */
  external?: boolean;
}

/**
 * Drives a run as `simulate` does, and sends it signals at their times: a signal interrupts a
 * sleep (the run is resumed at once, as a container runtime's kill would wake the process), and
 * lands in a steady loop at its time. Reports what became of each signal.
 */
export function simulateSignals(run: ShellRun, host: FakeHost, opts: { until: number; signals: SignalEvent[] }): Simulation & { delivered: Delivery[] } {
  const queue = [...opts.signals].sort((a, b) => a.at - b.at);
  const yields: ShellYield[] = [];
  const delivered: Delivery[] = [];
  const gen = run.gen;
  for (;;) {
    const r = gen.next();
    if (r.done) return { exit: r.value, time: host.time, yields, delivered };
    const y = r.value;
    yields.push(y);
    if (y.kind === "runaway") return { time: host.time, yields, blocked: "runaway", delivered };
    const target = y.kind === "sleep" ? host.time + y.seconds : Infinity;
    const s = queue[0];
    if (s && s.at <= Math.min(target, opts.until)) {
      queue.shift();
      host.time = Math.max(host.time, s.at);
      delivered.push(run.signal(s.pid ?? 1, s.signo, s.external ?? true));
      continue;
    }
    if (target > opts.until) {
      host.time = opts.until;
      return { time: host.time, yields, blocked: y.kind === "steady" ? "steady" : undefined, delivered };
    }
    host.time = target;
  }
}
