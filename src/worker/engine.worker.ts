/// <reference lib="webworker" />
import { simulate } from "../engine/simulate";
import { PROTOCOL_VERSION, type SimulateRequest, type WorkerResponse } from "./protocol";

// A thin adapter: check the message, run the engine, post the result.
self.onmessage = (ev: MessageEvent<SimulateRequest>) => {
  const req = ev.data;
  const post = (r: WorkerResponse) => (self as unknown as Worker).postMessage(r);
  if (req?.v !== PROTOCOL_VERSION) {
    post({ v: PROTOCOL_VERSION, type: "version", id: req?.id ?? 0, message: `worker speaks protocol ${PROTOCOL_VERSION}, page sent ${String(req?.v)}` });
    return;
  }
  const start = performance.now();
  try {
    const sim = simulate(req.text);
    post({
      v: PROTOCOL_VERSION,
      type: "result",
      id: req.id,
      view: { trace: sim.trace, errors: sim.errors, infos: sim.infos, truncated: sim.truncated, wallMs: performance.now() - start, text: req.text },
    });
  } catch (e) {
    post({ v: PROTOCOL_VERSION, type: "crash", id: req.id, message: e instanceof Error ? e.message : String(e) });
  }
};
