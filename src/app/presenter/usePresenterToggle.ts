import { useEffect } from "react";
import { useStore } from "../../state/store";
import { isAudienceWindow } from "./audienceState";
import { onFullscreenChange, togglePresenter } from "./presenterState";

/** Whether a key goes to a text field (the editor, an input) rather than to the page. */
export function typing(target: EventTarget | null): boolean {
  const el = target instanceof HTMLElement ? target : null;
  if (!el) return false;
  return !!el.closest(".monaco-editor") || el.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName);
}

/**
 * P toggles presenter mode from anywhere but a text field; leaving the full screen the page
 * entered leaves it too. The rest of presenter mode (its bar, keys, the audience link) loads when
 * it is first turned on (App). An audience window is always laid out for the room: P does nothing there.
 */
export function usePresenterToggle(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
      if (!(e.key === "p" || e.key === "P")) return;
      if (useStore.getState().helpOpen || isAudienceWindow()) return;
      e.preventDefault();
      e.stopPropagation();
      togglePresenter();
    };
    window.addEventListener("keydown", onKey, { capture: true });
    document.addEventListener("fullscreenchange", onFullscreenChange);
    return () => {
      window.removeEventListener("keydown", onKey, { capture: true });
      document.removeEventListener("fullscreenchange", onFullscreenChange);
    };
  }, []);
}
