import type { Diagnostic } from "../../engine/api/types";
import type { Locale } from "../i18n/define";
import type { FieldRef } from "./highlights";

export type { FieldRef };

export interface YamlEditorProps {
  /** Controlled text: the initial text, and any later replacement from outside (reset, share link). */
  value: string;
  /** Every edit, with the whole new text (the caller debounces). Not called for `value` replacements. */
  onChange(text: string): void;
  /** Engine errors (severity "error") and infos (severity "info"), 1-based positions. */
  diagnostics: Diagnostic[];
  theme: "light" | "dark";
  locale: Locale;
  /** Field paths to highlight (document index + dotted/bracket path like "spec.containers[0].livenessProbe"), from the why panel. */
  highlightFields: FieldRef[];
  /** Called once the editor is ready with an imperative handle. */
  onReady?(api: EditorApi): void;
}

export interface EditorApi {
  /**
   * Appends an action to the Scenario document's spec.actions (creating the Scenario document, or
   * spec/actions, when missing) as ONE undoable edit, preserving the user's formatting.
   * `actionYaml` is the YAML of one action object, e.g. "at: 30s\ndelete:\n  pod: web".
   * Returns the 1-based line where it was inserted (the `- at: …` line), and reveals it; -1 once
   * the editor is gone (the handle does nothing after unmount).
   */
  appendAction(actionYaml: string): number;
  /** Moves the cursor to and reveals a position (1-based; column defaults to the line's first character). */
  revealLine(line: number, column?: number): void;
  focus(): void;
  /**
   * Replaces the text with `next` as ONE undoable edit (Ctrl+Z brings the old text back), only
   * the lines that differ, and marks the changed lines until the next edit. Returns the first
   * changed line (1-based), or -1 when nothing changed or the editor is gone.
   */
  replaceAll(next: string): number;
}
