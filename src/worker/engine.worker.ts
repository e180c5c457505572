/// <reference lib="webworker" />
import { simulate } from "../engine/simulate";
import { PROTOCOL_VERSION, type SimulateRequest, type WorkerResponse } from "./protocol";
import { postResult, type Outbox } from "./stream";

const out: Outbox = {
  post: (r: WorkerResponse) => (self as unknown as Worker).postMessage(r),
  now: () => performance.now(),
};

// A thin adapter: check the message, run the engine, post the result (in slices when big).
self.onmessage = (ev: MessageEvent<SimulateRequest>) => {
  const req = ev.data;
  if (req?.v !== PROTOCOL_VERSION) {
    out.post({ v: PROTOCOL_VERSION, type: "version", id: req?.id ?? 0, message: `worker speaks protocol ${PROTOCOL_VERSION}, page sent ${String(req?.v)}` });
    return;
  }
  const start = performance.now();
  try {
    const sim = simulate(req.text);
    postResult(out, req.id, sim, req.text, performance.now() - start);
  } catch (e) {
    out.post({ v: PROTOCOL_VERSION, type: "crash", id: req.id, message: e instanceof Error ? e.message : String(e) });
  }
};
