import { simulate, type SimulationResult } from "../engine/simulate";
import { DEFAULT_EPOCH_MS } from "../engine/api/events";
import { PROTOCOL_VERSION, type EarlyRequest, type SimulateRequest, type WorkerResponse } from "./protocol";
import { EntryStream, ONE_MESSAGE_ENTRIES } from "./stream";
import { combineAnswer } from "../engine/challenge/fixed";
import { challengeView } from "./challengeView";
import { decodeShareHash, isShareHash } from "../app/share/linkCodec";

/**
 * The most work an early run may do. Every built-in lesson and example takes under 50,000 units
 * (src/worker/engineHost.test.ts); a guess that turns out bigger is dropped rather than keep the
 * worker from the page's real first request.
 */
export const EARLY_MAX_WORK = 100_000;

/** An early run's result, waiting for the request with its text. */
interface Early {
  text: string;
  sim: SimulationResult;
  ms: number;
}

/**
 * The engine worker's side of the protocol, apart from the worker itself (engine.worker.ts is a
 * thin adapter around it) so that tests drive it in-process: check each message, run the engine,
 * send the result on the request's own port (a big one in slices, its logs in a task of their own
 * after the picture's, so that a newer request waiting in the queue goes first).
 */
export function engineHost(postToPage: (r: WorkerResponse) => void): (msg: SimulateRequest | EarlyRequest) => void {
  /** The newest request: a big run's logs are sent only while nothing newer was asked for. */
  let newest = 0;
  let early: Early | undefined;

  function runEarly(msg: EarlyRequest): void {
    let text = msg.text;
    if (msg.hash !== undefined && isShareHash(msg.hash)) {
      const link = decodeShareHash(msg.hash);
      text = link.ok ? link.state.text : undefined;
    }
    if (text === undefined) return;
    const start = performance.now();
    try {
      const sim = simulate(text, { maxWork: EARLY_MAX_WORK, maxEntries: ONE_MESSAGE_ENTRIES });
      // Kept only when neither bound was reached: then the run is exactly the unbounded one (a
      // bound only ever stops or skips work once passed). A run with more entries than one
      // message holds would have been streamed while it ran: it is simulated again when asked.
      if (!sim.truncated && (sim.stats.work ?? 0) <= EARLY_MAX_WORK && sim.trace.entries.length <= ONE_MESSAGE_ENTRIES) early = { text, sim, ms: performance.now() - start };
    } catch {
      // A guess that crashes the engine crashes it again when the page asks, and says so then.
    }
  }

  return (msg) => {
    if (msg?.v === PROTOCOL_VERSION && msg.type === "early") {
      runEarly(msg);
      return;
    }
    const req = msg as SimulateRequest;
    newest = req?.id ?? newest;
    // Only the first request may use the early run; later ones never see it.
    const kept = early;
    early = undefined;
    if (req?.v !== PROTOCOL_VERSION || !req.port) {
      const message = `worker speaks protocol ${PROTOCOL_VERSION}, page sent ${String(req?.v)}`;
      postToPage({ v: PROTOCOL_VERSION, type: "version", id: req?.id ?? 0, message });
      return;
    }
    const port = req.port;
    const out = { post: (r: WorkerResponse, transfer: Transferable[] = []) => port.postMessage(r, transfer) };
    const start = performance.now();
    try {
      const stream = new EntryStream(out, req.id, DEFAULT_EPOCH_MS);
      // In challenge mode the learner's text runs with the challenge's fixed parts (lines unchanged).
      const combined = req.challenge !== undefined ? combineAnswer(req.challenge, req.text) : undefined;
      const reuse = !combined && kept?.text === req.text ? kept : undefined;
      const sim = reuse ? reuse.sim : simulate(combined ? combined.text : req.text, { onProgress: (entries) => stream.progress(entries) });
      if (combined?.errors.length) sim.errors.unshift(...combined.errors);
      // The engine's time for the run: the early one's when it is reused.
      const wallMs = reuse ? reuse.ms : performance.now() - start;
      const logs = stream.end(sim, req.text, wallMs, challengeView(sim, combined?.errors[0]?.message, req.challenge));
      if (logs) setTimeout(() => newest === req.id && logs(), 0);
    } catch (e) {
      out.post({ v: PROTOCOL_VERSION, type: "crash", id: req.id, message: e instanceof Error ? e.message : String(e) });
    }
  };
}
