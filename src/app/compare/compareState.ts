import { create } from "zustand";
import { useStore } from "../../state/store";
import type { Trace } from "../../engine/trace/types";
import type { Diagnostic } from "../../engine/api/types";

/** Compare mode's state: variant B's text and its latest run (A is the app's own text and view). */
export interface CompareState {
  open: boolean;
  textB: string;
  /** B's last good run; stays while B's text is invalid. */
  traceB: Trace | undefined;
  errorsB: Diagnostic[];
  engineB: { state: "idle" | "running" } | { state: "watchdog"; ms: number } | { state: "crashed"; message: string };
}

export const useCompare = create<CompareState>()(() => ({ open: false, textB: "", traceB: undefined, errorsB: [], engineB: { state: "idle" } }));

export function openCompare(): void {
  const s = useCompare.getState();
  // B starts as a copy of A (a lesson could later hand in its own variant).
  useCompare.setState({ open: true, textB: s.textB || useStore.getState().text });
}

export function closeCompare(): void {
  useCompare.setState({ open: false });
}

export function toggleCompare(): void {
  if (useCompare.getState().open) closeCompare();
  else openCompare();
}

export function setTextB(textB: string): void {
  useCompare.setState({ textB });
}

export function copyAIntoB(): void {
  useCompare.setState({ textB: useStore.getState().text });
}
