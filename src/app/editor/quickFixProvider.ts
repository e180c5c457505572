import type * as Monaco from "monaco-editor";
import type { Locale } from "../i18n/define";
import { editorText } from "./editorText";
import { keepNearMisses, keyColumns, unquote, type FieldRename, type NameChoice } from "./quickFix";

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

/** yaml-language-server's diagnostic codes whose fixes are name choices (vscode-json-languageservice ErrorCode). */
const NAME_CHOICE_CODES = new Set(["513" /* PropertyExpected */, "1" /* EnumValueMismatch */]);

const markerCode = (m: Monaco.editor.IMarkerData) => (typeof m.code === "object" ? m.code?.value : m.code);

/**
 * Wraps monaco-yaml's code-action provider so its name fixes are near misses only (see
 * keepNearMisses), titled like ours ("Change to 'nodes'"), and not offered twice when the engine's
 * own rename already offers the same name on that line.
 */
export function nearMissOnly(provider: Monaco.languages.CodeActionProvider): Monaco.languages.CodeActionProvider {
  return {
    ...provider,
    async provideCodeActions(model, range, context, token) {
      const list = await provider.provideCodeActions(model, range, context, token);
      if (!list) return list;
      const choice = (action: Monaco.languages.CodeAction): (NameChoice & { line: number }) | undefined => {
        const edits = action.edit?.edits ?? [];
        if (action.kind !== "quickfix" || edits.length !== 1 || !("textEdit" in edits[0])) return undefined;
        const { range: r, text } = edits[0].textEdit;
        const marker = context.markers.find(
          (m) => NAME_CHOICE_CODES.has(markerCode(m) ?? "") && m.startLineNumber === r.startLineNumber && m.startColumn === r.startColumn && m.endLineNumber === r.endLineNumber && m.endColumn === r.endColumn,
        );
        if (!marker) return undefined;
        return { group: `${r.startLineNumber}:${r.startColumn}:${r.endLineNumber}:${r.endColumn}`, typed: unquote(model.getValueInRange(r)), name: unquote(text), line: r.startLineNumber };
      };
      const state = byModel.get(model);
      const offeredByEngine = (c: NameChoice & { line: number }) =>
        (state?.fixes ?? []).some((f) => f.marker.startLineNumber === c.line && f.rename.key === c.typed && f.rename.suggestions.includes(c.name));
      const actions = keepNearMisses(list.actions, choice)
        .filter((a) => {
          const c = choice(a);
          return !c || !offeredByEngine(c);
        })
        .map((a) => (choice(a) ? { ...a, title: editorText(state?.locale ?? "en", "changeTo", { name: unquote(a.title) }) } : a));
      return { actions, dispose: () => list.dispose() };
    },
  };
}
