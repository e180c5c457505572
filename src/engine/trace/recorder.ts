import type { SimEvent } from "../api/events";
import { MAX_NOTES, MAX_RUN_LOG_LINES } from "../limits";
import type { Cause, EventEntry, LogLine, Note, ObjectRef, ProbeKind, ProbeRun, RuntimeEntry, SchedulingRecord, TraceEntry, WriteEntry } from "./types";

/** Every log's lines in time order, made on the first call (the closure holds the logs alone). */
function allLogs(eager: LogLine[], lazy: readonly LazyLog[]): () => LogLine[] {
  let lines: LogLine[] | undefined;
  return () => {
    if (!lines) {
      lines = eager;
      for (const log of lazy) for (const l of log.lines()) lines.push(l);
      // Each instance's lines were added when its log closed: in time order, instances' lines interleave.
      lines.sort((a, b) => a.t - b.t);
    }
    return lines;
  };
}

/** A container log written out only when read (kubelet/programLog.ts). */
export interface LazyLog {
  /** How many lines it keeps (cheap: no text is made). */
  count(): number;
  /** The run's budget lets it keep only its first `n` lines. */
  limit(n: number): void;
  lines(): LogLine[];
}

/** Appends to the trace as components write to the API and emit events. Entries are in time order. */
export class TraceRecorder {
  readonly entries: TraceEntry[] = [];
  readonly probes: ProbeRun[] = [];
  readonly notes: Note[] = [];
  readonly scheduling: SchedulingRecord[] = [];
  /** Container log lines, added as each instance's log is closed (sorted by time at the end of the run). */
  readonly logs: LogLine[] = [];
  /** Logs of catalogue programs, in the order their instances started: written out when read. */
  readonly lazyLogs: LazyLog[] = [];
  /** The lines the run's logs may still take (every instance's log draws on it). */
  readonly logBudget = {
    left: MAX_RUN_LOG_LINES,
    exhausted: (t: number) => this.note({ t, code: "logsLimit", message: `more than ${MAX_RUN_LOG_LINES.toLocaleString("en-US")} container log lines: later lines are left out (podplay limit, see docs/limits.md)` }),
  };
  private openRuns = new Map<string, ProbeRun>();
  private noteKeys = new Set<string>();

  write(t: number, verb: WriteEntry["verb"], ref: ObjectRef, resourceVersion: number, object: unknown, cause: Cause): WriteEntry {
    const e: WriteEntry = { id: this.entries.length, t, type: "write", verb, ref, resourceVersion, object, cause };
    this.entries.push(e);
    return e;
  }

  event(t: number, event: SimEvent, cause: Cause): EventEntry {
    const e: EventEntry = { id: this.entries.length, t, type: "event", event, cause };
    this.entries.push(e);
    return e;
  }

  runtime(e: Omit<RuntimeEntry, "id" | "type">): RuntimeEntry {
    const entry: RuntimeEntry = { ...e, id: this.entries.length, type: "runtime" };
    this.entries.push(entry);
    return entry;
  }

  /** Each note once; past MAX_NOTES (podplay limit) one last note says the rest were left out. */
  note(n: Note): void {
    const key = `${n.code}\u0000${n.message}`;
    if (this.noteKeys.has(key) || this.notes.length > MAX_NOTES) return;
    this.noteKeys.add(key);
    if (this.notes.length < MAX_NOTES) this.notes.push(n);
    else this.notes.push({ t: n.t, code: "notesLimit", message: `more than ${MAX_NOTES.toLocaleString("en-US")} notes: the rest of this run's notes are left out (podplay limit, see docs/limits.md)` });
  }

  /**
   * The run ended: the catalogue programs' logs draw on what the scripts' lines left of the run's
   * budget, in the order their instances started (counting lines, writing none), and every log is
   * returned as one time-ordered list, made the first time it is read.
   */
  finishLogs(): () => LogLine[] {
    const b = this.logBudget;
    for (const log of this.lazyLogs) {
      const n = log.count();
      if (n === 0) continue;
      const allowed = Math.min(n, Math.max(b.left, 0));
      if (allowed < n) {
        // The note says when the first line was left out: this one log is written out for it.
        if (b.left >= 0) b.exhausted(log.lines()[allowed]?.t ?? 0);
        log.limit(allowed);
        b.left = -1;
        continue;
      }
      b.left -= n;
    }
    return allLogs(this.logs, this.lazyLogs);
  }

  /**
   * Records one probe attempt (or `count` identical attempts one period apart), extending the
   * worker's open run when the result, period and cadence match.
   */
  probe(
    key: string,
    base: Omit<ProbeRun, "start" | "count" | "result" | "consecutive" | "output">,
    t: number,
    result: "success" | "failure",
    consecutive: number,
    output: string | undefined,
    count = 1,
  ): void {
    const run = this.openRuns.get(key);
    if (
      run &&
      run.result === result &&
      run.period === base.period &&
      run.output === output &&
      Math.abs(run.start + run.count * run.period - t) < 1e-6
    ) {
      run.count += count;
      return;
    }
    const fresh: ProbeRun = { ...base, start: t, count, result, consecutive, output };
    this.probes.push(fresh);
    this.openRuns.set(key, fresh);
  }

  /** Ends a worker's open run so the next attempt starts a new record (ticker reset, new container). */
  closeProbeRun(key: string): void {
    this.openRuns.delete(key);
  }
}

export function probeKey(podUid: string, container: string, probe: ProbeKind): string {
  return `${podUid}/${container}/${probe}`;
}
