import { useEffect, useRef } from "react";
import { EngineClient, type ClientResult } from "../worker/client";
import { watchdogBound } from "./watchdogBound";
import { useStore } from "../state/store";
import { isOpenedText, showView } from "../state/actions";

/** How long the text must be still before its new picture is shown. */
export const DEBOUNCE_MS = 200;
/**
 * Runs this quick (the last one's wall time, ms) are started at every change and only their
 * showing waits for the debounce, so the picture follows the pause at once; slower scenarios are
 * simulated only once the text is still, so typing never queues seconds of stale runs.
 */
const SPECULATE_UNDER_MS = 80;

const pageWatchdog = () => watchdogBound(location.search, (window as { __podplayWatchdogMs?: unknown }).__podplayWatchdogMs);

/**
 * The first run, asked for before React renders (main.tsx): the engine works while the page is
 * built, instead of after. Its results wait here until useSimulation takes the client over.
 */
interface EarlyRun {
  client: EngineClient;
  text: string;
  results: ClientResult[];
  deliver?: (r: ClientResult) => void;
}
let early: EarlyRun | undefined;

export function simulateFirstText(text: string, challenge?: string): void {
  if (early) return;
  const results: ClientResult[] = [];
  const e: EarlyRun = {
    text,
    results,
    client: new EngineClient((r) => (e.deliver ? e.deliver(r) : results.push(r)), pageWatchdog()),
  };
  e.client.simulate(text, challenge);
  useStore.setState({ engine: { state: "running" } });
  early = e;
}

/** Re-simulates the scenario text in the worker whenever it changes; keeps the last good picture. */
export function useSimulation(): void {
  const text = useStore((s) => s.text);
  const challenge = useStore((s) => s.challenge?.source);
  const client = useRef<EngineClient | undefined>(undefined);
  const first = useRef(false);
  /** When the text last changed (performance.now()); a result is shown no sooner than DEBOUNCE_MS after. */
  const editedAt = useRef(-Infinity);
  const held = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  /** The text of the early first run this hook took over (it is not asked for again). */
  const requested = useRef<string | undefined>(undefined);

  useEffect(() => {
    const apply = (r: ClientResult) => {
      if (r.type === "result") {
        const v = r.view;
        // A rejected document (like a YAML syntax error) leaves the last good picture in place and
        // its errors show: a half-admitted run would silently draw a different story.
        // A scenario just opened shows its own run all the same: the last picture is another story.
        const usable = v.errors.length === 0 || !useStore.getState().view || isOpenedText(v.text);
        if (usable) showView(v);
        else useStore.setState({ diagnostics: v.errors, infos: v.infos, engine: { state: "idle" } });
        // The goals follow every run, a rejected one too: then none is graded, and the panel says why.
        // A text that cannot run at all (outside challenge mode) keeps the panel, its goals not graded.
        const before = useStore.getState().challengeView;
        const keep = !v.challenge && v.errors.length && before ? { ...before, goals: before.goals.map((g) => ({ ...g, passed: false, detail: `not graded: ${v.errors[0].message}`, t: undefined })) } : undefined;
        useStore.setState({ challengeView: v.challenge ?? keep });
      } else if (r.type === "watchdog") useStore.setState({ engine: { state: "watchdog", ms: r.ms } });
      else useStore.setState({ engine: { state: "crashed", message: r.message } });
    };
    const receive = (r: ClientResult) => {
      clearTimeout(held.current);
      const wait = editedAt.current + DEBOUNCE_MS - performance.now();
      if (r.type === "result" && wait > 0) held.current = setTimeout(() => apply(r), wait);
      else apply(r);
    };
    const taken = early;
    early = undefined;
    const c = taken ? taken.client : new EngineClient(receive, pageWatchdog());
    client.current = c;
    if (taken) {
      requested.current = taken.text;
      taken.deliver = receive;
      for (const r of taken.results.splice(0)) receive(r);
    }
    return () => {
      clearTimeout(held.current);
      c.dispose();
    };
  }, []);

  useEffect(() => {
    const run = () => {
      useStore.setState({ engine: { state: "running" } });
      client.current?.simulate(text, challenge);
    };
    // The first picture is wanted at once; the debounce is for typing.
    if (!first.current) {
      first.current = true;
      if (requested.current !== text || challenge !== undefined) run();
      return;
    }
    editedAt.current = performance.now();
    // A result of an older text that waits for its turn to show would show a text no longer there.
    clearTimeout(held.current);
    const last = useStore.getState().view?.wallMs ?? Infinity;
    if (last < SPECULATE_UNDER_MS) {
      run();
      return;
    }
    const h = setTimeout(run, DEBOUNCE_MS);
    return () => clearTimeout(h);
  }, [text, challenge]);
}
