import type { LogLine } from "../trace/types";

/**
 * podplay limit (docs/limits.md): the most lines one container instance's log keeps; older lines
 * are dropped first, as the kubelet's log rotation drops the oldest file (containerLogMaxSize,
 * 10 MiB by default, pkg/kubelet/logs/container_log_manager.go).
 */
export const MAX_LOG_LINES = 1000;

/** The lines a whole run may still keep (MAX_RUN_LOG_LINES), shared by every instance's log. */
export interface LogBudget {
  left: number;
  /** Called once, with the line's time, when the first line is dropped for want of budget. */
  exhausted(t: number): void;
}

/**
 * The log of one container instance, as the runtime's log file keeps it: what the main process
 * wrote to stdout and stderr, a line at a time with the time it was written (CRI log format:
 * each line carries its own timestamp and stream). A line not yet ended by a newline is kept when
 * the instance ends or the run stops, as `kubectl logs` prints a partial last line.
 */
export class ContainerLog {
  private readonly lines: LogLine[] = [];
  private readonly partial: Record<LogLine["stream"], { t: number; text: string } | undefined> = { stdout: undefined, stderr: undefined };
  private closed = false;

  constructor(
    private readonly head: Pick<LogLine, "namespace" | "pod" | "container" | "restart">,
    private readonly budget?: LogBudget,
  ) {}

  write(stream: LogLine["stream"], text: string, t: number): void {
    if (this.closed || !text) return;
    let rest = text;
    for (;;) {
      const nl = rest.indexOf("\n");
      const open = this.partial[stream];
      if (nl < 0) {
        if (rest) this.partial[stream] = { t: open?.t ?? t, text: (open?.text ?? "") + rest };
        return;
      }
      // A line is stamped when it began to be written (the runtime stamps each line as it reads it).
      this.push({ t: open?.t ?? t, stream, text: (open?.text ?? "") + rest.slice(0, nl) });
      this.partial[stream] = undefined;
      rest = rest.slice(nl + 1);
    }
  }

  /** Ends the log (the instance exited, or the run stopped): a partial last line is kept. */
  close(): LogLine[] {
    if (!this.closed) {
      for (const stream of ["stdout", "stderr"] as const) {
        const open = this.partial[stream];
        if (open) this.push({ t: open.t, stream, text: open.text });
        this.partial[stream] = undefined;
      }
      if (this.lines.length > MAX_LOG_LINES) this.lines.splice(0, this.lines.length - MAX_LOG_LINES);
      this.closed = true;
    }
    return this.lines;
  }

  private push(l: { t: number; stream: LogLine["stream"]; text: string }): void {
    const b = this.budget;
    if (b) {
      if (b.left <= 0) {
        if (b.left === 0) b.exhausted(l.t);
        b.left = -1;
        return;
      }
      b.left--;
    }
    this.lines.push({ t: l.t, ...this.head, stream: l.stream, text: l.text });
    // Trimmed in batches: dropping one line at a time would cost a copy of the log per line.
    if (this.lines.length >= (5 * MAX_LOG_LINES) / 4) this.lines.splice(0, this.lines.length - MAX_LOG_LINES);
  }
}
