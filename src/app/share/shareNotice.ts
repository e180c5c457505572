import { create } from "zustand";
import type { ShareFailureReason } from "./types";

/** What the share banner says. Its own small store: only the banner and the share actions use it. */
export type ShareNotice =
  /** A link was opened (the text it replaced is offered back by src/app/persist's notice). */
  | { kind: "opened" }
  | { kind: "failed"; reason: ShareFailureReason; detail: string };

export const useShareNotice = create<{ notice: ShareNotice | undefined }>()(() => ({ notice: undefined }));

export function setShareNotice(notice: ShareNotice | undefined): void {
  useShareNotice.setState({ notice });
}
