import { useEffect, type RefObject } from "react";

/**
 * Shows a <dialog> as a modal while the component is mounted (the page behind is inert) and gives
 * the focus back to what had it when it closes. `initialFocus` picks what gets the focus first.
 */
export function useModalDialog(ref: RefObject<HTMLDialogElement | null>, initialFocus?: (d: HTMLDialogElement) => HTMLElement | null): void {
  useEffect(() => {
    const d = ref.current;
    const before = document.activeElement as HTMLElement | null;
    if (d && !d.open) d.showModal();
    if (d && initialFocus) initialFocus(d)?.focus();
    return () => {
      if (d?.open) d.close();
      before?.focus();
    };
    // Once per mount: the dialog opens with the component and closes with it.
  }, []);
}
