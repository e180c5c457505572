import { useMemo } from "react";
import { useStore, selectLocale, selectTrace, type PlaygroundState } from "../../state/store";
import type { Trace } from "../../engine/trace/types";
import { parseYamlDocuments } from "../../engine/input/yamlDocuments";
import type { Locale } from "../i18n/define";
import { explain, type ExplainField, type Explanation } from "./explain";

/** The text the shown simulation was computed from (its documents locate Scenario fields). */
export const selectViewText = (s: PlaygroundState) => s.view?.text;
/** The selected trace entry's id, or undefined when no entry is selected. */
export const selectEntryId = (s: PlaygroundState) => (s.selection?.kind === "entry" ? s.selection.id : undefined);

let docsFor: { text: string; docs: unknown[] } | undefined;

/** The file's documents, parsed once per text. */
function documentsOf(text: string | undefined): unknown[] | undefined {
  if (text === undefined) return undefined;
  if (docsFor?.text !== text) {
    let docs: unknown[];
    try {
      docs = parseYamlDocuments(text).docs;
    } catch {
      docs = [];
    }
    docsFor = { text, docs };
  }
  return docsFor.docs;
}

let last: { trace: Trace; id: number; locale: Locale; text: string | undefined; value: Explanation } | undefined;

/**
 * The explanation of one entry, cached for the last inputs so the why panel and the editor (which
 * both ask) share one computation and get the same object, whose `fields` stay referentially stable.
 */
export function explainCached(trace: Trace, id: number, locale: Locale, text: string | undefined): Explanation {
  if (last && last.trace === trace && last.id === id && last.locale === locale && last.text === text) return last.value;
  const value = explain(trace, id, locale, documentsOf(text));
  last = { trace, id, locale, text, value };
  return value;
}

/** The explanation of the selected trace entry, or undefined when no entry is selected. */
export function useExplanation(): Explanation | undefined {
  const trace = useStore(selectTrace);
  const id = useStore(selectEntryId);
  const locale = useStore(selectLocale);
  const text = useStore(selectViewText);
  return useMemo(() => (trace && id !== undefined ? explainCached(trace, id, locale, text) : undefined), [trace, id, locale, text]);
}

const NO_FIELDS: ExplainField[] = [];

/**
 * The manifest fields behind the current explanation, for the editor to highlight. The same array
 * comes back until the selection, the simulation or the language changes.
 */
export function useExplanationFields(): ExplainField[] {
  return useExplanation()?.fields ?? NO_FIELDS;
}
