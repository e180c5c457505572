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
  const { text, lessonId } = useStore.getState();
  // B starts as a copy of A, or as the open lesson's own variant when it has one.
  useCompare.setState({ open: true, textB: s.textB || text });
  if (!lessonId || (s.textB && s.textB !== text)) return;
  void Promise.all([import("../../lessons/index"), import("../../lessons/comments")]).then(([{ lessonById }, { lessonYamls, lessonVariantYaml }]) => {
    const lesson = lessonById(lessonId);
    const now = useCompare.getState();
    const { text: current, locale } = useStore.getState();
    const variant = lesson && lessonVariantYaml(lesson, locale);
    if (lesson && variant !== undefined && lessonYamls(lesson).includes(current) && now.open && now.textB === text) useCompare.setState({ textB: variant });
  });
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
