import { create } from "zustand";

/** What opening or saving a file last said: a status that fades, or an alert that stays. */
export type FileNote = { kind: "status" | "alert"; text: string };

export const useFileNote = create<{ note: FileNote | undefined }>()(() => ({ note: undefined }));

export function setFileNote(note: FileNote | undefined): void {
  useFileNote.setState({ note });
}
