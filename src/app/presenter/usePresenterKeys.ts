import { useEffect, useRef } from "react";
import { useStore } from "../../state/store";
import type { Moment } from "./moments";
import { leavePresenter, nextMoment, onFullscreenChange, prevMoment, togglePointer, togglePredict, togglePresenter } from "./presenterState";

function typing(target: EventTarget | null): boolean {
  const el = target instanceof HTMLElement ? target : null;
  if (!el) return false;
  return !!el.closest(".monaco-editor") || el.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName);
}

/**
 * P toggles presenter mode from anywhere but a text field. In presenter mode the arrow, Page and
 * Space keys step between key moments instead of trace changes: this listener runs in the capture
 * phase and marks the event handled, so playback's and the timeline's own listeners skip it.
 */
export function usePresenterKeys(moments: readonly Moment[]): void {
  const ref = useRef(moments);
  ref.current = moments;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
      const s = useStore.getState();
      if (s.helpOpen) return;
      let act: (() => void) | undefined;
      if (e.key === "p" || e.key === "P") act = togglePresenter;
      else if (s.presenter) {
        switch (e.key) {
          case "ArrowRight":
          case "PageDown":
          case " ":
            act = () => nextMoment(ref.current);
            break;
          case "ArrowLeft":
          case "PageUp":
            act = () => prevMoment(ref.current);
            break;
          case "Escape":
            act = leavePresenter;
            break;
          case "q":
          case "Q":
            act = togglePredict;
            break;
          case "l":
          case "L":
            act = togglePointer;
            break;
        }
      }
      if (!act) return;
      e.preventDefault();
      e.stopPropagation();
      act();
    };
    window.addEventListener("keydown", onKey, { capture: true });
    document.addEventListener("fullscreenchange", onFullscreenChange);
    return () => {
      window.removeEventListener("keydown", onKey, { capture: true });
      document.removeEventListener("fullscreenchange", onFullscreenChange);
    };
  }, []);
}
