import type { EditorApi } from "./editor/YamlEditor";
import { useStore } from "../state/store";
import type { computeAppendAction } from "./editor/appendAction";

let api: EditorApi | undefined;

/** The lazily loaded editor registers itself here once it is ready. */
export function setEditorApi(next: EditorApi | undefined): void {
  api = next;
}

/**
 * Appends a scripted action to the Scenario document. Through the editor it is one undoable
 * edit; before the editor has loaded, the same text change is applied to the store directly.
 */
export async function appendScenarioAction(actionYaml: string): Promise<void> {
  if (api) {
    api.appendAction(actionYaml);
    return;
  }
  // Kept out of the first chunk: it brings a YAML parser.
  const { computeAppendAction } = await import("./editor/appendAction");
  const text = useStore.getState().text;
  useStore.setState({ text: applyEdit(text, computeAppendAction(text, actionYaml)) });
}

function applyEdit(text: string, edit: ReturnType<typeof computeAppendAction>): string {
  const lines = text.split("\n");
  const offset = (line: number, column: number) => lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
  const r = edit.range;
  return text.slice(0, offset(r.startLineNumber, r.startColumn)) + edit.text + text.slice(offset(r.endLineNumber, r.endColumn));
}

/** Puts the cursor at a problem's position and the keyboard focus in the editor. */
export function revealLine(line: number, column = 1): void {
  api?.revealLine(line, column);
  api?.focus();
}

/**
 * Puts a whole new text in the editor as one undoable edit with the changed lines marked (the
 * challenge's answer); before the editor has loaded, the store's text is replaced.
 */
export function replaceTextUndoable(next: string): void {
  if (api && api.replaceAll(next) !== -1) return;
  if (useStore.getState().text !== next) useStore.setState({ text: next });
}
