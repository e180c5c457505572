/** Messages between the page and the engine worker. `v` changes when a message's shape does. */
export const PROTOCOL_VERSION = 1;

export interface SimulateRequest {
  v: typeof PROTOCOL_VERSION;
  type: "simulate";
  id: number;
  text: string;
}

export interface SimulateResponse {
  v: typeof PROTOCOL_VERSION;
  type: "result";
  id: number;
  errors: Array<{ message: string; line: number; column: number }>;
  transcript: string;
  events: string;
  notes: string[];
  until: number;
  wallMs: number;
}

export interface CrashResponse {
  v: typeof PROTOCOL_VERSION;
  type: "crash";
  id: number;
  message: string;
}

export type WorkerResponse = SimulateResponse | CrashResponse;
