/**
 * What a native (non-shell) program in a container does that a kubelet can observe: which
 * ports it listens on and when, what it answers, when it exits, how it reacts to the stop
 * signal, and how much memory it uses. Everything is a function of the program's age (seconds
 * since its container started) and changes only at `breakpoints`, which is what lets the
 * engine skip probe ticks whose answer cannot change.
 */
export interface HttpAnswer {
  status: number;
  body: string;
  /** The Location header of a redirect (3xx), as the program wrote it. */
  location?: string;
  /** Seconds before the response headers are sent (a slow handler). */
  delay?: number;
  /** Seconds more before the body is complete (the headers were sent first). */
  bodyDelay?: number;
  /** The server closes the connection before sending headers, or partway through the body. */
  disconnect?: "headers" | "body";
  /** Answering changed what the program will answer from now on (a toggle endpoint). */
  changed?: boolean;
  /** The program exits `after` seconds after answering, with `code` (netexec /exit). */
  exit?: { after: number; code: number };
}

/** Who sends an HTTP request, as the serving program sees it. */
export interface HttpClient {
  /** The source address of the connection. */
  ip: string;
  /** The User-Agent header; undefined when the request carries none. */
  userAgent?: string;
  /** The Host header (host:port as the URL named it). */
  host?: string;
}

/** What a program can see of a request and of its container besides the path. */
export interface HttpContext {
  /** The container's hostname (the pod's name, or spec.hostname). */
  hostname: string;
  client: HttpClient;
  /** Seconds after start when the program received its stop signal, if it did. */
  stoppedAt?: number;
  /** The wall clock the program reads (Unix seconds; the shell's `date` reads the same one). */
  unixTime?: number;
  /** Whether a path exists in the container's filesystem (a file server's view). */
  fileExists?(path: string): boolean;
  /** A file's content in the container's filesystem, if it is there. */
  readFile?(path: string): string | undefined;
  /** Runs a command in the container to completion (a handler that shells out). */
  exec?(argv: string[]): { code: number; output: string };
}

/** NOT_FOUND: the server implements the health service but not for the asked service name. */
export type GrpcAnswer = "SERVING" | "NOT_SERVING" | "UNIMPLEMENTED" | "NOT_FOUND";

/** A request a program answered, for its log: `count` identical ones from `t`, `period` seconds apart. */
export interface ServedRequest {
  t: number;
  port: number;
  /** HTTP: the request target (path and query); gRPC: the health service asked for. */
  target: string;
  /** HTTP status (0 for gRPC). */
  status: number;
  /** Bytes of the response body. */
  bytes: number;
  client: HttpClient;
  protocol: "http" | "grpc";
  period: number;
  count: number;
  /** When the log is written: the request's ordinal among the instance's requests (1-based). */
  n?: number;
}

export type LogStream = "stdout" | "stderr";
export type LogText = readonly [LogStream, string];

/** What the log formatter knows besides the event: the container and the clock the program reads. */
export interface ProgramLogEnv {
  /** Unix seconds at simulated t = 0 (the clock `date` reads in the shell, sys-applets.ts). */
  unixOffset: number;
  /** CPUs the program sees: the node's (sysconf(_SC_NPROCESSORS_ONLN) ignores cgroup limits). */
  cpus: number;
  podIP: string;
  hostname: string;
  /** When the container started (simulated seconds). */
  startedAt: number;
}

/**
 * What a program writes to stdout and stderr, as functions of what happened to it: called only
 * when someone reads the log (kubelet/programLog.ts), so a run nobody reads pays nothing.
 */
export interface ProgramLogFormat {
  /** Lines written when the program starts (at `t`). */
  start?(t: number, env: ProgramLogEnv): LogText[];
  /** Lines written for one request (at `r.t`). */
  request?(r: ServedRequest, env: ProgramLogEnv): LogText[];
  /** Lines written when the stop signal arrives (at `t`). */
  stop?(t: number, env: ProgramLogEnv): LogText[];
}

export interface Listen {
  port: number;
  /** Seconds after start when the socket starts accepting connections. */
  after: number;
  /** Seconds after start when it stops accepting (hangs/crashes without exiting). */
  until?: number;
  grpc?: boolean;
}

export interface MemoryModel {
  /** Resident memory right after start, bytes. */
  baseBytes: number;
  /** Step changes: from `after` seconds on, memory is `bytes`. Sorted. */
  steps: Array<{ after: number; bytes: number }>;
  /** Linear growth from `growAfter` on, bytes per second (a leak). */
  growBytesPerSecond?: number;
  growAfter?: number;
}

export interface StopReaction {
  /** Seconds from the signal to the exit. */
  delay: number;
  code: number;
}

export interface ProgramModel {
  /** Process name as `killall`/`pidof` see it. */
  processName: string;
  /** One line for notes and the why panel, e.g. "nginx serving HTTP on :80". */
  summary: string;
  listens: Listen[];
  /** `path` is the request target: the path and the query (`/redirect?loc=%2Fhealthz`). */
  http(port: number, path: string, age: number, ctx?: HttpContext): HttpAnswer;
  grpc(port: number, service: string, age: number): GrpcAnswer;
  exit?: { after: number; code: number };
  /** Reaction to SIGTERM/SIGQUIT as PID 1; undefined means the signal is ignored (no handler). */
  onStop: StopReaction | undefined;
  memory: MemoryModel;
  /** CPU cores the process would use if nothing held it back (busy loops, stress --cpu). */
  cpuCores?: number;
  /** Ages at which any answer may change, sorted ascending. */
  breakpoints: number[];
  /** The program's own log lines (start-up notices, an access log); none when undefined. */
  log?: ProgramLogFormat;
  /** Set when podplay does not model what the image runs with these arguments: a note says so, and this stand-in runs. */
  unmodelled?: string;
}

export const MiB = 1024 * 1024;

export function constantMemory(bytes: number): MemoryModel {
  return { baseBytes: bytes, steps: [] };
}

/** Memory use at `age`. */
export function memoryAt(m: MemoryModel, age: number): number {
  let bytes = m.baseBytes;
  for (const s of m.steps) if (age >= s.after) bytes = s.bytes;
  if (m.growBytesPerSecond && age > (m.growAfter ?? 0)) bytes += (age - (m.growAfter ?? 0)) * m.growBytesPerSecond;
  return bytes;
}

/** First age at which memory use exceeds `limit` bytes, or Infinity. */
export function oomAge(m: MemoryModel, limit: number): number {
  if (memoryAt(m, 0) > limit) return 0;
  const candidates: number[] = [];
  for (const s of m.steps) {
    if (memoryAt(m, s.after) > limit) {
      candidates.push(s.after);
      break;
    }
  }
  if (m.growBytesPerSecond && m.growBytesPerSecond > 0) {
    // Within each constant stretch the leak crosses the limit at a computable age.
    const from = m.growAfter ?? 0;
    const marks = [0, ...m.steps.map((s) => s.after), Infinity];
    for (let i = 0; i < marks.length - 1; i++) {
      const lo = Math.max(marks[i], from);
      const hi = marks[i + 1];
      if (lo >= hi) continue;
      const base = memoryAt({ ...m, growBytesPerSecond: 0 }, lo);
      const need = (limit - base) / m.growBytesPerSecond + from;
      if (need >= lo && need < hi) {
        candidates.push(need + 1e-3);
        break;
      }
    }
  }
  return candidates.length ? Math.min(...candidates) : Infinity;
}

export function isListening(l: Listen, age: number): boolean {
  return age >= l.after && (l.until === undefined || age < l.until);
}
