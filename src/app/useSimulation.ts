import { useEffect } from "react";
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

/**
 * Re-simulates the scenario text in the worker whenever it changes; keeps the last good picture.
 * Edits are taken from the store as they happen, not from a render's effect: the debounce and a
 * speculative run start before React re-renders the page for the new text (the editor's own
 * update takes about 10 ms on a laptop), so the picture follows the pause that much sooner.
 */
export function useSimulation(): void {
  useEffect(() => {
    /** How many results were shown (the first came from a cold worker). */
    let shown = 0;
    /** When the text last changed (performance.now()); a result is shown no sooner than DEBOUNCE_MS after. */
    let editedAt = -Infinity;
    let held: ReturnType<typeof setTimeout> | undefined;
    let pending: ReturnType<typeof setTimeout> | undefined;
    const apply = (r: ClientResult) => {
      if (r.type === "result") {
        const v = r.view;
        // A rejected document (like a YAML syntax error) leaves the last good picture in place and
        // its errors show: a half-admitted run would silently draw a different story.
        // A scenario just opened shows its own run all the same: the last picture is another story.
        const usable = v.errors.length === 0 || !useStore.getState().view || isOpenedText(v.text);
        shown++;
        if (usable) showView(v, !!r.logsFollow);
        else useStore.setState({ diagnostics: v.errors, infos: v.infos, engine: { state: "idle" } });
        // The goals follow every run, a rejected one too: then none is graded, and the panel says why.
        // A text that cannot run at all (outside challenge mode) keeps the panel, its goals not graded.
        const before = useStore.getState().challengeView;
        const keep = !v.challenge && v.errors.length && before ? { ...before, goals: before.goals.map((g) => ({ ...g, passed: false, detail: `not graded: ${v.errors[0].message}`, t: undefined })) } : undefined;
        useStore.setState({ challengeView: v.challenge ?? keep });
      } else if (r.type === "logs") {
        if (useStore.getState().view?.trace === r.trace) useStore.setState({ logsArriving: false });
      } else if (r.type === "watchdog") useStore.setState({ engine: { state: "watchdog", ms: r.ms } });
      else useStore.setState({ engine: { state: "crashed", message: r.message } });
    };
    const receive = (r: ClientResult) => {
      // A result still held for the debounce stays held: it already has its logs when it shows.
      if (r.type === "logs") return apply(r);
      clearTimeout(held);
      const wait = editedAt + DEBOUNCE_MS - performance.now();
      if (r.type === "result" && wait > 0) held = setTimeout(() => apply(r), wait);
      else apply(r);
    };
    const taken = early;
    early = undefined;
    const client = taken ? taken.client : new EngineClient(receive, pageWatchdog());
    if (taken) {
      taken.deliver = receive;
      for (const r of taken.results.splice(0)) receive(r);
    }
    const run = (text: string, challenge: string | undefined) => {
      useStore.setState({ engine: { state: "running" } });
      client.simulate(text, challenge);
    };
    // The first picture is wanted at once (the early run's, unless the text moved on); the debounce is for typing.
    const s = useStore.getState();
    if (taken?.text !== s.text || s.challenge !== undefined) run(s.text, s.challenge?.source);
    const unsubscribe = useStore.subscribe((now, before) => {
      if (now.text === before.text && now.challenge?.source === before.challenge?.source) return;
      editedAt = performance.now();
      // A result of an older text that waits for its turn to show would show a text no longer there.
      clearTimeout(held);
      clearTimeout(pending);
      if (speculate(useStore.getState().view?.wallMs, shown)) run(now.text, now.challenge?.source);
      else pending = setTimeout(() => run(now.text, now.challenge?.source), DEBOUNCE_MS);
    });
    return () => {
      unsubscribe();
      clearTimeout(held);
      clearTimeout(pending);
      client.dispose();
    };
  }, []);
}

/**
 * Whether an edit is simulated at once (its showing still waits for the debounce). The worker's
 * first run is cold: its code is compiled as it runs, so it takes three to five times as long as
 * the same run later (the default scenario: 50–90 ms first, about 10 ms after). Counting it at a
 * quarter keeps a learner's first edit as quick as the next ones.
 */
export function speculate(lastWallMs: number | undefined, runsShown: number): boolean {
  if (lastWallMs === undefined) return false;
  return (runsShown <= 1 ? lastWallMs / 4 : lastWallMs) < SPECULATE_UNDER_MS;
}
