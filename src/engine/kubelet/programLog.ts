import type { LogLine } from "../trace/types";
import type { LazyLog } from "../trace/recorder";
import type { LogText, ProgramLogEnv, ProgramLogFormat, ServedRequest } from "../workloads/program";
import { MAX_LOG_LINES } from "./containerLog";

type Entry = { kind: "start" | "stop"; t: number } | { kind: "request"; r: ServedRequest };

/** The entries of a log that has none yet (never added to: see push). */
const NO_ENTRIES: Entry[] = [];

/** Lines each kind of event writes, by format (see ProgramLog.linesPer). */
const lineCounts = new WeakMap<ProgramLogFormat, Map<string, number>>();

/** Past this many entries the oldest are dropped (each is at least one line, and an instance keeps MAX_LOG_LINES). */
const MAX_ENTRIES = 5 * MAX_LOG_LINES;

/**
 * The log of one instance of a catalogue program (nginx, agnhost…): what happened to it (started,
 * answered these requests, got its stop signal), kept as records and written out as the program's
 * lines only when someone reads the log. Identical requests one period apart (a probe's ticks) are
 * one record, so an hour of probes costs a few records and a run whose logs nobody reads costs
 * nothing more. Like ContainerLog, it keeps the newest MAX_LOG_LINES lines.
 */
export class ProgramLog implements LazyLog {
  /** A shared empty list until the first entry (most logs keep one: the start), then a list of its own. */
  private entries: Entry[] = NO_ENTRIES;
  private end = Infinity;
  private allowed: number | undefined;
  private cache: LogLine[] | undefined;

  constructor(
    private readonly head: Pick<LogLine, "namespace" | "pod" | "container" | "restart">,
    private readonly format: ProgramLogFormat,
    private readonly env: ProgramLogEnv,
  ) {}

  start(t: number): void {
    if (this.format.start) this.push({ kind: "start", t });
  }

  stop(t: number): void {
    if (this.format.stop && t < this.end) this.push({ kind: "stop", t });
  }

  /** A request the program answered (`r.count` of them, `r.period` apart). */
  served(r: ServedRequest): void {
    if (!this.format.request || r.t >= this.end || r.count < 1) return;
    // Probes repeat the same request each period: a request that continues a recent record's series joins it.
    for (let i = this.entries.length - 1; i >= Math.max(0, this.entries.length - 4); i--) {
      const e = this.entries[i];
      if (e.kind !== "request" || !sameRequest(e.r, r)) continue;
      const period = e.r.count > 1 ? e.r.period : r.t - e.r.t;
      if (period <= 1e-9 || (r.count > 1 && Math.abs(r.period - period) > 1e-9)) continue;
      if (Math.abs(e.r.t + period * e.r.count - r.t) > 1e-6) continue;
      e.r = { ...e.r, period, count: e.r.count + r.count };
      this.cache = undefined;
      return;
    }
    this.push({ kind: "request", r });
  }

  /** The instance ended at `t`: nothing later is written. */
  close(t: number): void {
    this.end = Math.min(this.end, t);
  }

  /** Lines this log keeps (the newest MAX_LOG_LINES at most), before the run's budget. */
  count(): number {
    let n = 0;
    for (const e of this.entries) {
      n += e.kind === "request" ? this.linesPer(e, `r\u0000${e.r.protocol}\u0000${e.r.status}\u0000${e.r.target}`) * e.r.count : this.linesPer(e, `${e.kind}\u0000${this.env.cpus}`);
      if (n >= MAX_LOG_LINES) return MAX_LOG_LINES;
    }
    return n;
  }

  /**
   * How many lines an event writes: the same for every instance of a format given the key (what the
   * lines depend on besides times and addresses), so counting a run's logs formats each kind once.
   */
  private linesPer(e: Entry, key: string): number {
    let counts = lineCounts.get(this.format);
    if (!counts) lineCounts.set(this.format, (counts = new Map()));
    let n = counts.get(key);
    if (n === undefined) {
      n = this.texts(e, e.kind === "request" ? e.r.t : e.t).length;
      if (counts.size < 1000) counts.set(key, n);
    }
    return n;
  }

  /** The run's budget lets this log keep only its first `n` lines. */
  limit(n: number): void {
    this.allowed = n;
    this.cache = undefined;
  }

  lines(): LogLine[] {
    if (this.cache) return this.cache;
    const out: Array<{ t: number; seq: number; text: LogText }> = [];
    let seq = 0;
    for (const e of this.entries) {
      if (e.kind !== "request") {
        for (const text of this.texts(e, e.t)) out.push({ t: e.t, seq: seq++, text });
        continue;
      }
      // Only the newest lines are kept: a long series writes out its last MAX_LOG_LINES requests.
      const { r } = e;
      for (let k = Math.max(0, r.count - MAX_LOG_LINES); k < r.count; k++) {
        const t = Math.round((r.t + k * r.period) * 1000) / 1000;
        if (t >= this.end) break;
        for (const text of this.texts(e, t, this.ordinal(e, t))) out.push({ t, seq: seq++, text });
      }
    }
    out.sort((a, b) => a.t - b.t || a.seq - b.seq);
    let kept = out.length > MAX_LOG_LINES ? out.slice(out.length - MAX_LOG_LINES) : out;
    if (this.allowed !== undefined && kept.length > this.allowed) kept = kept.slice(0, this.allowed);
    this.cache = kept.map((l) => ({ t: l.t, ...this.head, stream: l.text[0], text: l.text[1] }));
    return this.cache;
  }

  private texts(e: Entry, t: number, n?: number): LogText[] {
    const f = this.format;
    if (e.kind !== "request") return (e.kind === "start" ? f.start : f.stop)?.(t, this.env) ?? [];
    return f.request?.({ ...e.r, t, count: 1, n }, this.env) ?? [];
  }

  /** 1 + the requests before this one: all those earlier than `t`, and earlier records' at `t` (a server's connection counter). */
  private ordinal(entry: Entry, t: number): number {
    let n = 1;
    let before = true;
    for (const e of this.entries) {
      if (e === entry) before = false;
      if (e.kind !== "request") continue;
      const { r } = e;
      const d = t - r.t;
      if (d <= -1e-9) continue;
      const k = r.period > 0 ? d / r.period : 0;
      const earlier = d > 1e-9 ? Math.min(r.count, r.period > 0 ? Math.ceil(k - 1e-9) : 1) : 0;
      const same = before && Math.abs(k - Math.round(k)) < 1e-6 && Math.round(k) < r.count && (r.period > 0 || d < 1e-9) ? 1 : 0;
      n += earlier + same;
    }
    return n;
  }

  private push(e: Entry): void {
    // The first entry as a one-element literal: a push into an empty list keeps room for 17.
    if (this.entries === NO_ENTRIES) this.entries = [e];
    else this.entries.push(e);
    this.cache = undefined;
    if (this.entries.length > MAX_ENTRIES) this.entries.splice(0, this.entries.length - (MAX_ENTRIES - MAX_LOG_LINES));
  }
}

function sameRequest(a: ServedRequest, b: ServedRequest): boolean {
  return (
    a.port === b.port &&
    a.target === b.target &&
    a.status === b.status &&
    a.bytes === b.bytes &&
    a.protocol === b.protocol &&
    a.client.ip === b.client.ip &&
    a.client.userAgent === b.client.userAgent
  );
}
