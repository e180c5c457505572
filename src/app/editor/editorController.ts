import type { Diagnostic } from "../../engine/api/types";
import type { Locale } from "../i18n/define";
import { computeAppendAction } from "./appendAction";
import { editorText } from "./editorText";
import { highlightRanges, type FieldRef } from "./highlights";
import { tokenColumns } from "./markerRange";
import { MODEL_URI, monaco, schema } from "./monaco";
import { podplayTheme } from "./themes";
import { unknownFieldRename } from "./quickFix";
import { setQuickFixes, type MarkerFix } from "./quickFixProvider";
import type { SchemaNode } from "./schemaFields";
import { minimalReplacement } from "./textDiff";
import type { EditorApi } from "./types";

/** Owner of the engine's markers (monaco-yaml's schema markers have their own). */
export const MARKER_OWNER = "podplay";

/** How many texts sent through onChange are remembered to recognise their late echoes. */
const ECHOES = 32;

export interface EditorOptions {
  value: string;
  theme: "light" | "dark";
  locale: Locale;
  onChange(text: string): void;
  /** Focus the editor at this text offset once created (the fallback textarea had focus there). */
  focusAt?: number;
}

/** The Monaco editor behind YamlEditor, without React: create once, update, dispose. */
export interface EditorController {
  api: EditorApi;
  setValue(value: string): void;
  setDiagnostics(diagnostics: readonly Diagnostic[]): void;
  setTheme(theme: "light" | "dark"): void;
  setLocale(locale: Locale): void;
  setHighlights(fields: readonly FieldRef[]): void;
  dispose(): void;
}

const monacoTheme = (theme: "light" | "dark") => podplayTheme(monaco, theme);

/** A model URI no other live model has: the first editor gets file:///scenario.yaml. */
function freeModelUri(): monaco.Uri {
  for (let n = 1; ; n++) {
    const uri = monaco.Uri.parse(n === 1 ? MODEL_URI : MODEL_URI.replace(/\.yaml$/, `-${n}.yaml`));
    if (!monaco.editor.getModel(uri)) return uri;
  }
}

export function createYamlEditor(host: HTMLElement, options: EditorOptions): EditorController {
  let locale = options.locale;
  let diagnostics: readonly Diagnostic[] = [];
  let fields: readonly FieldRef[] = [];
  /** Texts sent to onChange since the caller's `value` last matched the model. */
  const emitted: string[] = [];
  let applyingValue = false;

  const model = monaco.editor.createModel(options.value, "yaml", freeModelUri());
  model.updateOptions({ tabSize: 2, insertSpaces: true });
  monaco.editor.setTheme(monacoTheme(options.theme));
  const editor = monaco.editor.create(host, {
    model,
    ariaLabel: editorText(locale, "ariaLabel"),
    automaticLayout: true,
    minimap: { enabled: false },
    fontSize: 13,
    // Scenarios open with long comments (a challenge's story, a lesson's notes, in Korean too): wrapped,
    // they read on a projector and a phone without scrolling sideways; line numbers are unchanged.
    wordWrap: "on",
    wrappingIndent: "same",
    scrollBeyondLastLine: false,
    fixedOverflowWidgets: true,
    renderLineHighlightOnlyWhenFocus: true,
    lightbulb: { enabled: monaco.editor.ShowLightbulbIconMode.OnCode },
    tabFocusMode: false,
  });
  const highlights = editor.createDecorationsCollection();
  const answerMarks = editor.createDecorationsCollection();

  const changes = model.onDidChangeContent(() => {
    if (applyingValue) return;
    const text = model.getValue();
    emitted.push(text);
    if (emitted.length > ECHOES) emitted.shift();
    options.onChange(text);
  });

  if (options.focusAt !== undefined) {
    editor.setPosition(model.getPositionAt(options.focusAt));
    editor.focus();
  }

  /** The caller's text in the model's line endings, so the two compare equal when they agree. */
  const inModelEol = (text: string) => {
    const lf = text.replace(/\r\n/g, "\n");
    return model.getEOL() === "\n" ? lf : lf.replace(/\n/g, "\r\n");
  };

  function setValue(value: string): void {
    const target = inModelEol(value);
    const current = model.getValue();
    if (target === current) {
      emitted.length = 0;
      return;
    }
    // A text we sent earlier, arriving after newer edits: the caller is catching up, not replacing.
    if (emitted.includes(target)) return;
    emitted.length = 0;
    const r = minimalReplacement(current, target);
    const range = monaco.Range.fromPositions(model.getPositionAt(r.start), model.getPositionAt(r.end));
    applyingValue = true;
    try {
      model.pushStackElement();
      model.pushEditOperations(editor.getSelections(), [{ range, text: r.text, forceMoveMarkers: true }], () => null);
      model.pushStackElement();
    } finally {
      applyingValue = false;
    }
    // The engine's markers and highlights describe the old text until the caller sends new ones.
    setHighlights(fields, false);
  }

  function setDiagnostics(next: readonly Diagnostic[], force = false): void {
    // Callers often pass a new array of the same diagnostics (`[...errors, ...infos]` per render).
    if (!force && next.length === diagnostics.length && next.every((d, i) => d === diagnostics[i])) return;
    diagnostics = next;
    const lines = model.getLineCount();
    const markers: monaco.editor.IMarkerData[] = [];
    const fixes: MarkerFix[] = [];
    for (const d of next) {
      const line = Math.min(Math.max(1, d.line), lines);
      const { startColumn, endColumn } = tokenColumns(model.getLineContent(line), d.column);
      const marker: monaco.editor.IMarkerData = {
        severity: d.severity === "error" ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Info,
        message: d.message,
        source: MARKER_OWNER,
        startLineNumber: line,
        startColumn,
        endLineNumber: line,
        endColumn,
      };
      markers.push(marker);
      const rename = unknownFieldRename(d, schema as SchemaNode);
      if (rename) fixes.push({ marker, rename });
    }
    monaco.editor.setModelMarkers(model, MARKER_OWNER, markers);
    setQuickFixes(model, locale, fixes);
  }

  function setHighlights(next: readonly FieldRef[], reveal = true): void {
    fields = next;
    const ranges = highlightRanges(model.getValue(), next);
    const hoverMessage = { value: editorText(locale, "highlighted") };
    highlights.set(
      ranges.map((r) => ({
        range: new monaco.Range(r.startLine, 1, r.endLine, model.getLineMaxColumn(Math.min(r.endLine, model.getLineCount()))),
        options: {
          isWholeLine: true,
          className: "podplay-field-highlight",
          linesDecorationsClassName: "podplay-field-highlight-gutter",
          hoverMessage,
          overviewRuler: { color: "rgba(202, 138, 4, 0.9)", position: monaco.editor.OverviewRulerLane.Full },
          stickiness: monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges,
        },
      })),
    );
    if (reveal && ranges.length) {
      const first = ranges[0];
      editor.revealLinesInCenterIfOutsideViewport(first.startLine, Math.min(first.endLine, first.startLine + 12));
    }
  }

  let disposed = false;
  // The handle may outlive the editor (a caller keeps it after unmount): then it does nothing.
  const api: EditorApi = {
    appendAction(actionYaml) {
      if (disposed) return -1;
      const edit = computeAppendAction(model.getValue(monaco.editor.EndOfLinePreference.LF), actionYaml);
      editor.pushUndoStop();
      editor.executeEdits("podplay.appendAction", [{ range: edit.range, text: edit.text, forceMoveMarkers: true }]);
      editor.pushUndoStop();
      api.revealLine(edit.line);
      return edit.line;
    },
    revealLine(line, column) {
      if (disposed) return;
      const lineNumber = Math.min(Math.max(1, Math.floor(line)), model.getLineCount());
      const col = column ?? (model.getLineFirstNonWhitespaceColumn(lineNumber) || 1);
      const position = { lineNumber, column: Math.max(1, Math.min(col, model.getLineMaxColumn(lineNumber))) };
      editor.setPosition(position);
      editor.revealPositionInCenterIfOutsideViewport(position);
    },
    focus() {
      if (!disposed) editor.focus();
    },
    replaceAll(next) {
      if (disposed) return -1;
      const current = model.getValue(monaco.editor.EndOfLinePreference.LF);
      if (current === next) return -1;
      const old = current.split("\n");
      const neu = next.split("\n");
      let head = 0;
      while (head < old.length && head < neu.length && old[head] === neu[head]) head++;
      let tail = 0;
      while (tail < old.length - head && tail < neu.length - head && old[old.length - 1 - tail] === neu[neu.length - 1 - tail]) tail++;
      // One edit over the whole text: Ctrl+Z brings back exactly what was there.
      editor.pushUndoStop();
      editor.executeEdits("podplay.replaceAll", [{ range: model.getFullModelRange(), text: next, forceMoveMarkers: true }]);
      editor.pushUndoStop();
      const changedTo = Math.max(head + 1, neu.length - tail);
      answerMarks.set([{ range: new monaco.Range(head + 1, 1, changedTo, 1), options: { isWholeLine: true, className: "answer-line", linesDecorationsClassName: "answer-gutter" } }]);
      // The marks stay until the learner's own next edit (this edit's change event has passed).
      const clear = model.onDidChangeContent(() => {
        clear.dispose();
        answerMarks.clear();
      });
      api.revealLine(head + 1);
      return head + 1;
    },
  };

  return {
    api,
    setValue,
    setDiagnostics,
    setTheme(theme) {
      monaco.editor.setTheme(monacoTheme(theme));
    },
    setLocale(next) {
      if (next === locale) return;
      locale = next;
      editor.updateOptions({ ariaLabel: editorText(locale, "ariaLabel") });
      setDiagnostics(diagnostics, true);
      setHighlights(fields, false);
    },
    setHighlights,
    dispose() {
      disposed = true;
      changes.dispose();
      highlights.clear();
      editor.dispose();
      model.dispose();
    },
  };
}
