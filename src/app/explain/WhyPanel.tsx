import { useEffect, useMemo } from "react";
import { useStore, selectLocale, selectRevealUntil, selectSelection, selectT, selectTrace, type PlaygroundState } from "../../state/store";
import { selectAt, setEditorFields, setHighlight } from "../../state/actions";
import { formatClock } from "../playback/formatClock";
import { registerStrings } from "../i18n";
import { explainStrings } from "./strings";
import { summarize, tr } from "./explain";
import { useExplanation } from "./useExplanation";
import { SchedulingDetails, schedulingAt } from "./SchedulingDetails";

// This panel loads after the first paint; its strings join the registry when it does.
registerStrings(explainStrings);

// The playhead matters only for pod and container summaries: an entry's explanation does not
// re-render on every frame.
const selectNoTime = (_: PlaygroundState) => 0;

const visuallyHidden = { position: "absolute", width: 1, height: 1, overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" } as const;

/** Why the selected change happened, in plain language, with the docs page behind it. */
export default function WhyPanel() {
  const locale = useStore(selectLocale);
  const trace = useStore(selectTrace);
  const selection = useStore(selectSelection);
  const wantsTime = selection !== undefined && selection.kind !== "entry";
  const t = useStore(wantsTime ? selectT : selectNoTime);
  const explanation = useExplanation();
  // A selected change after the playhead is not explained while the story is told as it happens.
  const futureAt = useStore((s) => {
    if (s.selection?.kind !== "entry" || !s.view) return undefined;
    const at = s.view.trace.entries[s.selection.id]?.t;
    return at !== undefined && at > selectRevealUntil(s) + 1e-9 ? at : undefined;
  });

  // The timeline draws the entries the explanation walks through.
  useEffect(() => {
    if (explanation) {
      setHighlight(explanation.entries);
      setEditorFields(explanation.fields);
    }
  }, [explanation]);

  const summary = useMemo(() => {
    if (!trace || !selection || selection.kind === "entry") return undefined;
    return summarize(trace, t, locale, selection.namespace, selection.pod, selection.kind === "container" ? selection.container : undefined);
  }, [trace, selection, t, locale]);

  const sched = useMemo(() => (trace && selection && selection.kind !== "entry" ? schedulingAt(trace, selection.namespace, selection.pod, t) : undefined), [trace, selection, t]);

  let body;
  if (!trace) body = <p className="hint">{tr(locale, "ui.noTrace")}</p>;
  else if (futureAt !== undefined && selection)
    body = (
      <>
        <p className="hint">{tr(locale, "ui.future", { time: formatClock(futureAt) })}</p>
        <button type="button" onClick={() => selectAt(selection, futureAt)}>
          {tr(locale, "ui.goThere", { time: formatClock(futureAt) })}
        </button>
      </>
    );
  else if (explanation)
    body = (
      <>
        <h3>{explanation.title}</h3>
        <ol aria-label={tr(locale, "ui.chain")}>
          {explanation.sentences.map((s, i) => (
            <li key={i}>{s}</li>
          ))}
        </ol>
        <p>
          <a href={explanation.docs.url} target="_blank" rel="noopener">
            {tr(locale, "ui.docs", { title: explanation.docs.title })}
            <span style={visuallyHidden}> {tr(locale, "ui.newTab")}</span>
          </a>
        </p>
      </>
    );
  else if (summary)
    body = (
      <>
        <h3>{summary.title}</h3>
        <ul>
          {summary.lines.map((l, i) => (
            <li key={i}>{l}</li>
          ))}
        </ul>
        {sched && <SchedulingDetails record={sched} locale={locale} />}
        <p className="hint">{tr(locale, "ui.hintSelected")}</p>
      </>
    );
  else body = <p className="hint">{tr(locale, "ui.hint")}</p>;

  return (
    <section className="why" role="region" aria-label={tr(locale, "ui.region")}>
      <h2>{tr(locale, "ui.heading")}</h2>
      {body}
    </section>
  );
}
