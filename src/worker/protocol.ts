import type { SimView } from "../state/store";

/** Messages between the page and the engine worker. `v` changes whenever a message's shape does. */
export const PROTOCOL_VERSION = 2;

export interface SimulateRequest {
  v: typeof PROTOCOL_VERSION;
  type: "simulate";
  id: number;
  text: string;
}

export type WorkerResponse =
  | { v: typeof PROTOCOL_VERSION; type: "result"; id: number; view: SimView }
  /** The engine threw: a bug, reported with its message so the page can say so. */
  | { v: typeof PROTOCOL_VERSION; type: "crash"; id: number; message: string }
  /** The page and the worker disagree on the protocol (a stale cached worker). */
  | { v: number; type: "version"; id: number; message: string };
