import type * as Monaco from "monaco-editor";
import type { Locale } from "../i18n/define";
import { editorText } from "./editorText";
import { keyColumns, type FieldRename } from "./quickFix";

/** A marker with a rename to offer for it. */
export interface MarkerFix {
  marker: Monaco.editor.IMarkerData;
  rename: FieldRename;
}

const byModel = new WeakMap<Monaco.editor.ITextModel, { locale: Locale; fixes: MarkerFix[] }>();

/** Replaces the renames offered in `model` (called whenever its markers change). */
export function setQuickFixes(model: Monaco.editor.ITextModel, locale: Locale, fixes: MarkerFix[]): void {
  byModel.set(model, { locale, fixes });
}

/**
 * Offers "Change to 'readinessProbe'" on engine errors about near-miss unknown fields. The edit
 * replaces the key's text only (quotes, colon and value stay), and only while the key is still
 * where the marker says: after an edit the next engine run brings fresh markers.
 */
export function registerQuickFixes(monaco: typeof Monaco): Monaco.IDisposable {
  return monaco.languages.registerCodeActionProvider(
    "yaml",
    {
      provideCodeActions(model, range, context) {
        const state = byModel.get(model);
        const actions: Monaco.languages.CodeAction[] = [];
        for (const { marker, rename } of state?.fixes ?? []) {
          const line = marker.startLineNumber;
          if (line < range.startLineNumber || line > range.endLineNumber || line > model.getLineCount()) continue;
          const cols = keyColumns(model.getLineContent(line), marker.startColumn, rename.key);
          if (!cols) continue;
          const shown = context.markers.find((m) => m.message === marker.message && m.startLineNumber === line) ?? marker;
          rename.suggestions.forEach((name, i) => {
            actions.push({
              title: editorText(state!.locale, "changeTo", { name }),
              kind: "quickfix",
              diagnostics: [shown],
              isPreferred: i === 0 && rename.suggestions.length === 1,
              edit: {
                edits: [{ resource: model.uri, versionId: model.getVersionId(), textEdit: { range: { startLineNumber: line, startColumn: cols.start, endLineNumber: line, endColumn: cols.end }, text: name } }],
              },
            });
          });
        }
        return { actions, dispose() {} };
      },
    },
    { providedCodeActionKinds: ["quickfix"] },
  );
}
