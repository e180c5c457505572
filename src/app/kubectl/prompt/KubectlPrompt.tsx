import { useLayoutEffect, useRef, useState, type KeyboardEvent } from "react";
import { useStore, selectLocale, selectTrace } from "../../../state/store";
import { t as tr } from "../../i18n";
import { appendScenarioAction } from "../../editorBridge";
import { formatClock } from "../../playback/formatClock";
import { complete } from "./complete";
import { executeCommand } from "./execute";
import { parseCommand } from "./parse";
import { addEntry, clearEntries, usePromptSession } from "./promptSession";
import "./prompt.css";


/**
 * A terminal in the page: kubectl commands run against the simulated run at the playhead. Reads
 * print what kubectl prints at that moment; writes append a Scenario action there (one undoable
 * edit in the editor) and print kubectl's confirmation.
 */
export default function KubectlPrompt() {
  const locale = useStore(selectLocale);
  // Tenths of a second: the hint names the moment a command would run at.
  const now = useStore((s) => Math.round(s.t * 10) / 10);
  const entries = usePromptSession((s) => s.entries);
  const [line, setLine] = useState("");
  const [candidates, setCandidates] = useState<string[]>([]);
  // Where ↑/↓ is in the history (history.length = the line being typed), and that draft.
  const browse = useRef<{ i: number; draft: string } | undefined>(undefined);
  const log = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    const el = log.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [entries]);

  const run = async () => {
    const typed = line;
    setLine("");
    setCandidates([]);
    browse.current = undefined;
    const cmd = parseCommand(typed);
    if (cmd.verb === "clear") return clearEntries(typed);
    const state = useStore.getState();
    const t = state.t;
    const result = executeCommand(cmd, selectTrace(state), t, state.logsArriving);
    for (const action of result.actions ?? []) await appendScenarioAction(action);
    const note = result.note
      ? tr(locale, `prompt.${result.note.key}`, result.note.vars)
      : result.actions?.length
        ? tr(locale, "prompt.appended", { time: formatClock(t) })
        : undefined;
    addEntry({ t, line: typed, out: result.out, err: result.err, note });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const history = usePromptSession.getState().history;
    if (e.key === "Enter") {
      e.preventDefault();
      void run();
    } else if (e.key === "Tab" && !e.shiftKey && line.trim()) {
      // Tab completes while there is something to complete; on an empty line it moves focus as usual.
      e.preventDefault();
      const c = complete(line, selectTrace(useStore.getState()), useStore.getState().t);
      setLine(c.line);
      setCandidates(c.candidates);
    } else if (e.key === "ArrowUp" || e.key === "ArrowDown") {
      if (!history.length) return;
      e.preventDefault();
      const b = browse.current ?? { i: history.length, draft: line };
      const i = Math.max(0, Math.min(history.length, b.i + (e.key === "ArrowUp" ? -1 : 1)));
      browse.current = { ...b, i };
      setLine(i === history.length ? b.draft : history[i]);
    } else if (e.key.toLowerCase() === "l" && e.ctrlKey) {
      e.preventDefault();
      clearEntries();
    }
  };

  return (
    <div className="kubectl-prompt">
      <div ref={log} className="prompt-log" role="log" aria-live="polite" aria-label={tr(locale, "prompt.output")} tabIndex={0}>
        {!entries.length && (
          <p className="prompt-welcome">
            {tr(locale, "prompt.welcome")}
            <br />
            {tr(locale, "prompt.hint", { time: formatClock(now) })}
          </p>
        )}
        {entries.map((e) => (
          <div key={e.id} className="prompt-entry">
            <div className="prompt-line">
              <span className="prompt-at">{tr(locale, "prompt.at", { time: formatClock(e.t) })}</span> <span aria-hidden="true">$ </span>
              {e.line}
            </div>
            {e.out && <pre>{e.out}</pre>}
            {e.err && <pre className="stderr">{e.err}</pre>}
            {e.note && <p className="prompt-note">{e.note}</p>}
          </div>
        ))}
      </div>
      {candidates.length > 0 && (
        <p className="prompt-candidates" aria-live="polite">
          {candidates.join("  ")}
        </p>
      )}
      <div className="prompt-input">
        <label htmlFor="kubectl-prompt-input" className="sr-only">
          {tr(locale, "prompt.label")}
        </label>
        <span aria-hidden="true">$</span>
        <input
          id="kubectl-prompt-input"
          type="text"
          value={line}
          placeholder="kubectl get pods"
          autoComplete="off"
          autoCapitalize="off"
          autoCorrect="off"
          spellCheck={false}
          enterKeyHint="send"
          aria-describedby="kubectl-prompt-hint"
          onChange={(e) => {
            setLine(e.currentTarget.value);
            setCandidates([]);
          }}
          onKeyDown={onKeyDown}
        />
      </div>
      {/* Said to screen readers with the input; shown in the empty terminal, so the output keeps the room. */}
      <p id="kubectl-prompt-hint" className="sr-only">
        {tr(locale, "prompt.hint", { time: formatClock(now) })}
      </p>
    </div>
  );
}
