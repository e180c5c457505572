import { create } from "zustand";

/** One command as the terminal shows it: the line typed, at what time, and what came back. */
export interface PromptEntry {
  id: number;
  /** The playhead when it ran (simulated seconds). */
  t: number;
  line: string;
  out: string;
  err: string;
  /** podplay's own words, already in the reader's language. */
  note?: string;
}

interface PromptSession {
  entries: PromptEntry[];
  /** Lines run, oldest first (for ↑/↓). */
  history: string[];
}

/** The terminal's scrollback that a long session keeps; older entries scroll away. */
const MAX_ENTRIES = 200;
const MAX_HISTORY = 500;

/**
 * The prompt's transcript and history for this page session: kept when the panel switches tabs
 * or the layout changes, not saved (a terminal starts empty).
 */
export const usePromptSession = create<PromptSession>(() => ({ entries: [], history: [] }));

let nextId = 1;

export function addEntry(e: Omit<PromptEntry, "id">): void {
  usePromptSession.setState((s) => ({
    entries: [...s.entries, { ...e, id: nextId++ }].slice(-MAX_ENTRIES),
    history: e.line.trim() && s.history[s.history.length - 1] !== e.line ? [...s.history, e.line].slice(-MAX_HISTORY) : s.history,
  }));
}

export function clearEntries(line?: string): void {
  usePromptSession.setState((s) => ({ entries: [], history: line?.trim() ? [...s.history, line].slice(-MAX_HISTORY) : s.history }));
}
