/// <reference lib="webworker" />
import { simulate } from "../engine/simulate";
import { DEFAULT_EPOCH_MS } from "../engine/api/events";
import { PROTOCOL_VERSION, type SimulateRequest, type WorkerResponse } from "./protocol";
import { EntryStream } from "./stream";
import { combineAnswer } from "../engine/challenge/fixed";
import { challengeView } from "./challengeView";

/** The newest request: a big run's logs are sent only while nothing newer was asked for. */
let newest = 0;

// A thin adapter: check the message, run the engine, send the result on the request's own port
// (a big one in slices, its logs in a task of their own after the picture's, so that a newer
// request waiting in the queue goes first).
self.onmessage = (ev: MessageEvent<SimulateRequest>) => {
  const req = ev.data;
  newest = req?.id ?? newest;
  if (req?.v !== PROTOCOL_VERSION || !req.port) {
    const message = `worker speaks protocol ${PROTOCOL_VERSION}, page sent ${String(req?.v)}`;
    (self as unknown as Worker).postMessage({ v: PROTOCOL_VERSION, type: "version", id: req?.id ?? 0, message } satisfies WorkerResponse);
    return;
  }
  const port = req.port;
  const out = { post: (r: WorkerResponse, transfer: Transferable[] = []) => port.postMessage(r, transfer) };
  const start = performance.now();
  try {
    const stream = new EntryStream(out, req.id, DEFAULT_EPOCH_MS);
    // In challenge mode the learner's text runs with the challenge's fixed parts (lines unchanged).
    const combined = req.challenge !== undefined ? combineAnswer(req.challenge, req.text) : undefined;
    const sim = simulate(combined ? combined.text : req.text, { onProgress: (entries) => stream.progress(entries) });
    if (combined?.errors.length) sim.errors.unshift(...combined.errors);
    const logs = stream.end(sim, req.text, performance.now() - start, challengeView(sim, combined?.errors[0]?.message, req.challenge));
    if (logs) setTimeout(() => newest === req.id && logs(), 0);
  } catch (e) {
    out.post({ v: PROTOCOL_VERSION, type: "crash", id: req.id, message: e instanceof Error ? e.message : String(e) });
  }
};
