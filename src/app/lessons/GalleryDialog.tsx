import { useRef, type KeyboardEvent, type ReactNode } from "react";
import { useModalDialog } from "./useModalDialog";
import "./lessons.css";

/**
 * The frame the lesson, challenge and course dialogs share: a modal with its title, a Close
 * button and an introduction, then the dialog's own content.
 */
export function GalleryDialog(props: {
  id: string;
  className: string;
  title: string;
  intro: string;
  close: string;
  onClose: () => void;
  onKeyDown?: (e: KeyboardEvent<HTMLDialogElement>, dialog: HTMLDialogElement) => void;
  initialFocus?: (d: HTMLDialogElement) => HTMLElement | null;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useModalDialog(ref, props.initialFocus);
  return (
    <dialog ref={ref} className={`lesson-gallery ${props.className}`} aria-labelledby={props.id} onClose={props.onClose} onKeyDown={(e) => ref.current && props.onKeyDown?.(e, ref.current)}>
      <header>
        <h2 id={props.id}>{props.title}</h2>
        <button type="button" className="close" onClick={props.onClose}>
          {props.close}
        </button>
      </header>
      <p className="intro">{props.intro}</p>
      {props.children}
    </dialog>
  );
}
