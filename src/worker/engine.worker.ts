/// <reference lib="webworker" />
import { engineHost } from "./engineHost";
import type { EarlyRequest, SimulateRequest, WorkerResponse } from "./protocol";

// A thin adapter: the protocol is engineHost's (tested in-process).
const handle = engineHost((r: WorkerResponse) => (self as unknown as Worker).postMessage(r));
self.onmessage = (ev: MessageEvent<SimulateRequest | EarlyRequest>) => handle(ev.data);
