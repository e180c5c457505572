import type { SimView } from "../state/store";
import type { Trace, TraceEntry, LogLine } from "../engine/trace/types";
import type { PackedScheduling } from "./schedulingCodec";

/** Messages between the page and the engine worker. `v` changes whenever a message's shape does. */
export const PROTOCOL_VERSION = 10;

export interface SimulateRequest {
  v: typeof PROTOCOL_VERSION;
  type: "simulate";
  id: number;
  text: string;
  /** Challenge mode: the challenge's file, whose Scenario, goals and fixed parts the text is held to. */
  challenge?: string;
  /**
   * This request's own channel: the worker answers on it. A superseded request's port is
   * closed, so its slices still queued are dropped unread.
   */
  port: MessagePort;
}

/**
 * What the page will most likely ask for first, sent by index.html's first script (src/app/start.ts)
 * before the page's own code has arrived: a share link's hash (the worker reads the text out of
 * it) or a text. The worker simulates it at once and keeps the result for a `simulate` request
 * with exactly that text. Only a guess: a request for anything else is simulated as usual, and
 * nothing is sent back for this message itself.
 */
export interface EarlyRequest {
  v: typeof PROTOCOL_VERSION;
  type: "early";
  text?: string;
  hash?: string;
}

/** A view without its big arrays: what "ready" carries. */
export type ViewHead = Omit<SimView, "trace"> & { trace: Omit<Trace, "entries" | "scheduling" | "logs"> & { hasScheduling: boolean; hasLogs: boolean } };

/**
 * One slice of a big array. A 10,000-pod trace is hundreds of megabytes of objects: sent as one
 * message, the page deserialises it in one task of seconds. Sent in slices, each is its own short
 * task and the page stays responsive while it arrives.
 */
export type Part =
  | { kind: "entries"; items: TraceEntry[] }
  /** Container log lines of a big run, in time order (10,000 nginx pods write some 200,000); they come after `ready`. */
  | { kind: "logs"; items: LogLine[] };

type Msg<T> = { v: typeof PROTOCOL_VERSION; id: number } & T;

export type WorkerResponse =
  /** A whole result in one message (small runs: one message is cheaper than several). */
  | Msg<{ type: "result"; view: SimView }>
  /**
   * A big result, in order: begin (the run's clock, for the printers), parts (sent while the
   * engine still runs, and after), then ready with the view's head and the scheduling records
   * packed in buffers that move without copying, then the logs. Only ready or result says the
   * engine is done.
   */
  | Msg<{ type: "begin"; epochMs: number }>
  | Msg<{ type: "part"; part: Part }>
  | Msg<{ type: "ready"; head: ViewHead; scheduling?: PackedScheduling }>
  /**
   * After `ready`, when `head.trace.hasLogs`: the run's container logs came (parts of kind
   * "logs" between the two). A superseded run's logs may never come.
   */
  | Msg<{ type: "logsEnd" }>
  /** The engine threw: a bug, reported with its message so the page can say so. */
  | Msg<{ type: "crash"; message: string }>
  /** The page and the worker disagree on the protocol (a stale cached worker). */
  | { v: number; type: "version"; id: number; message: string };
