/**
 * Streams. Commands run one after another, so a pipe is just a buffer handed from one command
 * to the next, and stdin is a string with a read cursor (shared across a `while read` loop).
 */
import { checkData } from "./limits";
import type { ShellFs } from "./types";

export interface Writer {
  write(text: string): void;
}

export class Input {
  pos = 0;
  constructor(readonly data: string) {}

  readAll(): string {
    const rest = this.data.slice(this.pos);
    this.pos = this.data.length;
    return rest;
  }

  /** The next line without its newline, or null at end of input. */
  readLine(): string | null {
    if (this.pos >= this.data.length) return null;
    const nl = this.data.indexOf("\n", this.pos);
    const end = nl < 0 ? this.data.length : nl;
    const line = this.data.slice(this.pos, end);
    this.pos = nl < 0 ? end : nl + 1;
    return line;
  }
}

export class BufferWriter implements Writer {
  text = "";
  write(text: string): void {
    checkData(this.text.length + text.length, "a pipe or command substitution");
    this.text += text;
  }
}

export const NULL_WRITER: Writer = { write() {} };

/** Writes through immediately, so other containers sharing a volume see output as it is produced. */
export class FileWriter implements Writer {
  constructor(
    private readonly fs: ShellFs,
    private readonly path: string,
  ) {}
  write(text: string): void {
    if (text) this.fs.write(this.path, text, true);
  }
}

/** Keeps the last `cap` characters, trimming lazily so appends stay amortised O(1). */
export class TailBuffer {
  private text = "";
  constructor(private readonly cap: number) {}
  append(s: string): void {
    this.text += s;
    if (this.text.length > 2 * this.cap) this.text = this.text.slice(-this.cap);
  }
  get value(): string {
    return this.text.length > this.cap ? this.text.slice(-this.cap) : this.text;
  }
}

/** Each of stdout and stderr keeps its last 32 KiB: 64 KiB in all, whatever a loop prints. */
export const STREAM_CAP = 32 * 1024;
/** The kubelet reads at most 10 KiB of an exec probe's combined output. */
export const PROBE_OUTPUT_CAP = 10 * 1024;

/** The container's stdout and stderr as the top-level script writes them. */
export class OutputSink {
  private readonly out = new TailBuffer(STREAM_CAP);
  private readonly err = new TailBuffer(STREAM_CAP);
  private readonly recent = new TailBuffer(STREAM_CAP);
  private head = "";
  private written = 0;
  readonly stdout: Writer = { write: (t) => this.write(1, t) };
  readonly stderr: Writer = { write: (t) => this.write(2, t) };

  constructor(private readonly onOutput?: (fd: 1 | 2, text: string) => void) {}

  write(fd: 1 | 2, text: string): void {
    if (!text) return;
    (fd === 1 ? this.out : this.err).append(text);
    if (this.head.length < PROBE_OUTPUT_CAP) this.head += text.slice(0, PROBE_OUTPUT_CAP - this.head.length);
    this.recent.append(text);
    this.written += text.length;
    this.onOutput?.(fd, text);
  }

  /** A position in the combined stream, for `since`. */
  mark(): number {
    return this.written;
  }

  /** Combined output written after `mark` (at most the last 32 KiB of it). */
  since(mark: number): string {
    const n = this.written - mark;
    if (n <= 0) return "";
    const recent = this.recent.value;
    return n >= recent.length ? recent : recent.slice(recent.length - n);
  }

  result(): { stdout: string; stderr: string; output: string } {
    return { stdout: this.out.value, stderr: this.err.value, output: this.head };
  }
}
