/// <reference lib="webworker" />
import { simulate } from "../engine/simulate";
import { PROTOCOL_VERSION, type PageRequest, type WorkerResponse } from "./protocol";
import { ResultStream, type Outbox } from "./stream";

const out: Outbox = { post: (r: WorkerResponse, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(r, transfer) };
let sending: ResultStream | undefined;

// A thin adapter: check the message, run the engine, send the result (paced slices when big).
self.onmessage = (ev: MessageEvent<PageRequest>) => {
  const req = ev.data;
  if (req?.v !== PROTOCOL_VERSION) {
    out.post({ v: PROTOCOL_VERSION, type: "version", id: req?.id ?? 0, message: `worker speaks protocol ${PROTOCOL_VERSION}, page sent ${String(req?.v)}` });
    return;
  }
  if (req.type === "ack") {
    sending?.acked(req);
    return;
  }
  sending?.cancel();
  const start = performance.now();
  const crash = (e: unknown) => out.post({ v: PROTOCOL_VERSION, type: "crash", id: req.id, message: e instanceof Error ? e.message : String(e) });
  try {
    const sim = simulate(req.text);
    const s = (sending = new ResultStream(out, req.id));
    s.send(sim, req.text, performance.now() - start).catch(crash);
  } catch (e) {
    crash(e);
  }
};
