import { useEffect } from "react";
import { jumpToEnd, jumpToStart, setHelpOpen, setSpeed, stepBack, stepForward, togglePlay } from "../../state/actions";
import { SPEEDS, useStore } from "../../state/store";

/** Shortcuts listed in the help overlay; ignored while typing in the editor or a form field. */
export const SHORTCUTS = [
  { keys: ["Space"], label: "shell.keyPlay" },
  { keys: ["←", "→"], label: "shell.keyStep" },
  { keys: ["Home", "End"], label: "shell.keyEnds" },
  { keys: ["[", "]"], label: "shell.keySpeed" },
  { keys: ["+", "−", "0"], label: "shell.keyZoom" },
  { keys: ["P"], label: "presenter.keyToggle" },
  { keys: ["Q", "L"], label: "presenter.keyPresenter" },
  { keys: ["?"], label: "shell.keyHelp" },
  { keys: ["Ctrl", "O"], label: "files.keyOpen" },
  { keys: ["Ctrl", "S"], label: "files.keySave" },
] as const;

function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  if (el.closest?.(".monaco-editor")) return true;
  const tag = el.tagName;
  return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || el.isContentEditable;
}

export function useShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
      const speeds = SPEEDS as readonly number[];
      const i = speeds.indexOf(useStore.getState().speed);
      switch (e.key) {
        case " ":
          if ((e.target as HTMLElement)?.tagName === "BUTTON") return;
          togglePlay();
          break;
        case "ArrowRight":
          stepForward();
          break;
        case "ArrowLeft":
          stepBack();
          break;
        case "Home":
          jumpToStart();
          break;
        case "End":
          jumpToEnd();
          break;
        case "]":
          setSpeed(speeds[Math.min(speeds.length - 1, i + 1)]);
          break;
        case "[":
          setSpeed(speeds[Math.max(0, i - 1)]);
          break;
        case "?":
          setHelpOpen(!useStore.getState().helpOpen);
          break;
        case "Escape":
          setHelpOpen(false);
          return;
        default:
          return;
      }
      e.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
