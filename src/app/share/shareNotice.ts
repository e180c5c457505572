import { create } from "zustand";
import type { ShareFailureReason } from "./types";

/** What the share banner says. Its own small store: only the banner and the share actions use it. */
export type ShareNotice =
  /** A link was opened; `canRestore` when the text it replaced was stashed and can come back. */
  | { kind: "opened"; canRestore: boolean }
  | { kind: "failed"; reason: ShareFailureReason; detail: string }
  | { kind: "restored" };

export const useShareNotice = create<{ notice: ShareNotice | undefined }>()(() => ({ notice: undefined }));

export function setShareNotice(notice: ShareNotice | undefined): void {
  useShareNotice.setState({ notice });
}
