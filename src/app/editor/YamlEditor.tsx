/**
 * The scenario editor: Monaco with YAML, the Kubernetes + Scenario schema, the engine's markers,
 * quick fixes and why-panel highlights. Load it lazily, so Monaco stays out of the entry chunk:
 *
 *   const YamlEditor = lazy(() => import("./editor/YamlEditor"));
 *   <Suspense fallback={<EditorFallback … />}><YamlEditor … /></Suspense>
 */
import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { createYamlEditor, type EditorController } from "./editorController";
import { editorText } from "./editorText";
import { takeFocus } from "./handoff";
import type { FieldRef } from "./highlights";
import type { YamlEditorProps } from "./types";
import "./editor.css";

export type { EditorApi, YamlEditorProps } from "./types";

export default function YamlEditor(props: YamlEditorProps) {
  const { value, diagnostics, theme, locale, highlightFields } = props;
  const host = useRef<HTMLDivElement>(null);
  const latest = useRef(props);
  const [editor, setEditor] = useState<EditorController>();

  useLayoutEffect(() => {
    latest.current = props;
  });

  useEffect(() => {
    const p = latest.current;
    const c = createYamlEditor(host.current!, {
      value: p.value,
      theme: p.theme,
      locale: p.locale,
      onChange: (text) => latest.current.onChange(text),
      focusAt: takeFocus(),
    });
    setEditor(c);
    p.onReady?.(c.api);
    return () => {
      setEditor(undefined);
      c.dispose();
    };
  }, []);

  useEffect(() => editor?.setValue(value), [editor, value]);
  useEffect(() => editor?.setDiagnostics(diagnostics), [editor, diagnostics]);
  useEffect(() => editor?.setTheme(theme), [editor, theme]);
  useEffect(() => editor?.setLocale(locale), [editor, locale]);
  // Compared by content: the caller may build a new array on every render.
  const fieldsKey = JSON.stringify(highlightFields.map((f) => [f.document, f.path]));
  useEffect(() => {
    const fields = (JSON.parse(fieldsKey) as [number, string][]).map(([document, path]): FieldRef => ({ document, path }));
    editor?.setHighlights(fields);
  }, [editor, fieldsKey]);

  return (
    <div className={`podplay-editor ${theme}`} data-testid="yaml-editor">
      <div ref={host} className="podplay-editor-host" />
      <p className="podplay-editor-hint">
        {editorText(locale, "tabHint")}
      </p>
    </div>
  );
}
