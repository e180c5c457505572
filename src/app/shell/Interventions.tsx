import { useMemo, useState } from "react";
import type { Pod } from "../../engine/api/types";
import { useStore, selectLocale, selectSelection, selectTrace } from "../../state/store";
import { t as tr } from "../i18n";
import { appendScenarioAction } from "../editorBridge";
import { formatClock } from "../playback/formatClock";

/** Seconds with one decimal, as the Scenario's `at:` field takes them. */
function at(t: number): string {
  return `${Math.round(t * 10) / 10}s`;
}

/**
 * Buttons that change the run from the playhead on: each appends an action to the Scenario
 * document (visible in the editor, undoable there) and the scenario is simulated again.
 */
export function Interventions() {
  const locale = useStore(selectLocale);
  const selection = useStore(selectSelection);
  const trace = useStore(selectTrace);
  const [code, setCode] = useState(1);
  const [said, setSaid] = useState("");
  // Tenths of a second: the labels name the moment the action will act at.
  const now = useStore((s) => Math.round(s.t * 10) / 10);
  const when = formatClock(now);

  const target = useMemo(() => {
    if (!trace || !selection) return undefined;
    if (selection.kind === "pod" || selection.kind === "container") return selection;
    const e = trace.entries[selection.id];
    const ref = e?.type === "write" ? e.ref : e?.type === "event" ? e.event.object : e?.type === "runtime" ? e.pod : undefined;
    if (!ref || ref.kind !== "Pod") return undefined;
    const container = e?.type === "runtime" ? e.container : e?.type === "event" ? /\{(.+)\}$/.exec(e.event.object.fieldPath ?? "")?.[1] : undefined;
    return container ? { kind: "container" as const, namespace: ref.namespace, pod: ref.name, container } : { kind: "pod" as const, namespace: ref.namespace, pod: ref.name };
  }, [trace, selection]);

  if (!target) {
    return (
      <section className="interventions" role="region" aria-label={tr(locale, "shell.interventions")}>
        <h2>{tr(locale, "shell.interventions")}</h2>
        <p className="hint">{tr(locale, "shell.interventionsHint")}</p>
      </section>
    );
  }
  const containerName = target.kind === "container" ? target.container : undefined;
  const spec = specFromTrace(trace!, target.namespace, target.pod);
  const container = [...(spec?.initContainers ?? []), ...(spec?.containers ?? [])].find((c) => c.name === (containerName ?? spec?.containers?.[0]?.name));
  const probes = (["liveness", "readiness", "startup"] as const).filter((k) => container?.[`${k}Probe`]);
  const ns = target.namespace === "default" ? "" : `\n  namespace: ${target.namespace}`;
  const act = (yaml: string) => {
    appendScenarioAction(`at: ${at(now)}\n${yaml}`);
    setSaid(tr(locale, "shell.actionAdded", { time: when }));
  };
  return (
    <section className="interventions" role="region" aria-label={tr(locale, "shell.interventions")}>
      <h2>
        {tr(locale, "shell.interventions")}: <code>{target.pod}{container ? `/${container.name}` : ""}</code>
      </h2>
      <div className="buttons">
        {container && (
          <span className="crash">
            <label>
              {tr(locale, "shell.exitCode")}{" "}
              <input type="number" min={0} max={255} value={code} onChange={(e) => setCode(Math.max(0, Math.min(255, Number(e.target.value) || 0)))} />
            </label>
            <button type="button" onClick={() => act(`crash:\n  pod: ${target.pod}${ns}\n  container: ${container.name}\n  exitCode: ${code}`)}>
              {tr(locale, "shell.crash", { container: container.name, time: when })}
            </button>
          </span>
        )}
        {container &&
          probes.map((p) => (
            <span key={p}>
              <button type="button" onClick={() => act(`probe:\n  pod: ${target.pod}${ns}\n  container: ${container.name}\n  probe: ${p}\n  outcome: fail`)}>
                {tr(locale, "shell.probeFail", { probe: p, time: when })}
              </button>
              <button type="button" onClick={() => act(`probe:\n  pod: ${target.pod}${ns}\n  container: ${container.name}\n  probe: ${p}\n  outcome: pass`)}>
                {tr(locale, "shell.probePass", { probe: p, time: when })}
              </button>
            </span>
          ))}
        <button type="button" className="danger" onClick={() => act(`delete:\n  pod: ${target.pod}${ns}`)}>
          {tr(locale, "shell.deletePod", { time: when })}
        </button>
      </div>
      <p className="hint">{tr(locale, "shell.actsAt", { time: when })}</p>
      <p className="said" aria-live="polite">
        {said}
      </p>
    </section>
  );
}

function specFromTrace(trace: NonNullable<ReturnType<typeof selectTrace>>, namespace: string, name: string): Pod["spec"] | undefined {
  for (const e of trace.entries) if (e.type === "write" && e.ref.kind === "Pod" && e.ref.namespace === namespace && e.ref.name === name && e.object) return (e.object as Pod).spec;
  return undefined;
}
