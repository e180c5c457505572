import { useEffect, useRef } from "react";
import { useStore } from "../../state/store";
import type { Moment } from "./moments";
import { forwardToPresenter } from "./audienceLink";
import { isAudienceWindow } from "./audienceState";
import type { Command } from "./audienceProtocol";
import { leavePresenter, nextMoment, prevMoment, togglePointer, togglePredict } from "./presenterState";
import { typing } from "./usePresenterToggle";

/** In an audience window a step is the teacher's window's to take while it is there; alone, it is taken here. */
const step = (command: Command, here: () => void) => (): void => {
  if (!forwardToPresenter(command)) here();
};

/**
 * In presenter mode the arrow, Page and Space keys step between key moments instead of trace
 * changes: this listener runs in the capture phase and marks the event handled, so playback's and
 * the timeline's own listeners skip it. An audience window is always laid out for the room: Esc
 * does nothing there. (P, which turns presenter mode on and off, is ./usePresenterToggle.ts.)
 */
export function usePresenterKeys(moments: readonly Moment[]): void {
  const ref = useRef(moments);
  ref.current = moments;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
      const s = useStore.getState();
      if (s.helpOpen) return;
      const audience = isAudienceWindow();
      let act: (() => void) | undefined;
      if (s.presenter || audience) {
        switch (e.key) {
          case "ArrowRight":
          case "PageDown":
          case " ":
            act = step("next", () => nextMoment(ref.current));
            break;
          case "ArrowLeft":
          case "PageUp":
            act = step("prev", () => prevMoment(ref.current));
            break;
          case "Escape":
            act = audience ? undefined : leavePresenter;
            break;
          case "q":
          case "Q":
            act = step("predict", togglePredict);
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
    return () => window.removeEventListener("keydown", onKey, { capture: true });
  }, []);
}
