/// <reference lib="webworker" />
import { simulate } from "../engine/simulate";
import { watchRows } from "../engine/output/watch";
import { watchTranscriptWithTime } from "../engine/printers/getPods";
import { printEvents } from "../engine/printers/getEvents";
import type { EventEntry } from "../engine/trace/types";
import { PROTOCOL_VERSION, type SimulateRequest, type WorkerResponse } from "./protocol";

// A thin adapter: parse the message, run the engine, post the result.
self.onmessage = (ev: MessageEvent<SimulateRequest>) => {
  const req = ev.data;
  if (req?.v !== PROTOCOL_VERSION || req.type !== "simulate") return;
  const start = performance.now();
  let res: WorkerResponse;
  try {
    const sim = simulate(req.text);
    const events = sim.trace.entries.filter((e): e is EventEntry => e.type === "event").map((e) => e.event);
    res = {
      v: PROTOCOL_VERSION,
      type: "result",
      id: req.id,
      errors: sim.errors.map((e) => ({ message: e.message, line: e.line, column: e.column })),
      transcript: sim.trace.entries.length ? watchTranscriptWithTime(watchRows(sim.trace).snapshots, sim.trace.epochMs) : "",
      events: sim.trace.entries.length ? printEvents(events, sim.trace.until, { epochMs: sim.trace.epochMs }) : "",
      notes: [...sim.trace.notes.map((n) => n.message), ...(sim.truncated ? [sim.truncated] : [])],
      until: sim.trace.until,
      wallMs: performance.now() - start,
    };
  } catch (e) {
    res = { v: PROTOCOL_VERSION, type: "crash", id: req.id, message: e instanceof Error ? e.message : String(e) };
  }
  (self as unknown as Worker).postMessage(res);
};
