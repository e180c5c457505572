import { lazy, Suspense, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { useStore, selectLocale, selectSelection, selectT, selectTrace, type KubectlTab } from "../../state/store";
import { select, setKubectlTab, setLogsFlags } from "../../state/actions";
import { registerStrings, t as tr } from "../i18n";
import { promptStrings } from "./prompt/strings";
import { kubectlIndex, podAt, podsAt, watchTailAt } from "./kubectlText";
import { useAfterFirstPicture } from "../shell/useAfterFirstPicture";
// The prompt's strings name its tab, so they come now; its parser, completion and printers load
// when the tab is first opened.
registerStrings(promptStrings);
const KubectlPrompt = lazy(() => import("./prompt/KubectlPrompt"));
import { CopyOutput } from "./CopyOutput";
import type * as KubectlOutputs from "./kubectlOutputs";

type Outputs = typeof KubectlOutputs;
let outputs: Outputs | undefined;
let loading: Promise<Outputs> | undefined;
const loadOutputs = () => (loading ??= import("./kubectlOutputs").then((m) => (outputs = m)));

/**
 * The describe, events and logs printers: the first picture shows the watch only, so they load
 * after it is painted (or at once when their tab is opened first), out of the first load's bundle.
 */
function useOutputs(needed: boolean): Outputs | undefined {
  const afterPaint = useAfterFirstPicture();
  const [, loaded] = useState(0);
  useEffect(() => {
    if ((needed || afterPaint) && !outputs) void loadOutputs().then(() => loaded((n) => n + 1));
  }, [needed, afterPaint]);
  return outputs;
}

/** Lines of the watch the panel shows: a terminal scrolled to the bottom; the export has them all. */
const WATCH_TAIL = 400;

type Tab = KubectlTab;
interface LogsArgs {
  container?: string;
  previous: boolean;
  timestamps: boolean;
}
const TABS: Array<{ id: Tab; label: string; command: (pod: string, logs: LogsArgs) => string }> = [
  { id: "watch", label: "shell.tabWatch", command: () => "kubectl get pods -w" },
  { id: "describe", label: "shell.tabDescribe", command: (pod) => `kubectl describe pod ${pod}` },
  { id: "events", label: "shell.tabEvents", command: () => "kubectl get events" },
  {
    id: "logs",
    label: "shell.tabLogs",
    command: (pod, l) => `kubectl logs ${pod}${l.container ? ` -c ${l.container}` : ""}${l.previous ? " --previous" : ""}${l.timestamps ? " --timestamps" : ""}`,
  },
  // Commands the learner types (src/app/kubectl/prompt).
  { id: "prompt", label: "prompt.tab", command: () => "" },
];

/** What kubectl would print at the playhead, character for character the CLI's output. */
export default function KubectlPanel() {
  const locale = useStore(selectLocale);
  const trace = useStore(selectTrace);
  const t = useStore(selectT);
  const selection = useStore(selectSelection);
  const tab = useStore((s) => s.kubectlTab);
  const flags = useStore((s) => s.logsFlags);
  const logsArriving = useStore((s) => s.logsArriving);
  const setTab = setKubectlTab;
  const pre = useRef<HTMLPreElement>(null);
  const idx = useMemo(() => (trace ? kubectlIndex(trace) : undefined), [trace]);

  const target = useMemo(() => {
    if (!idx) return undefined;
    if (selection && selection.kind !== "entry") return { namespace: selection.namespace, name: selection.pod };
    if (selection?.kind === "entry") {
      const e = idx.trace.entries[selection.id];
      const ref = e?.type === "write" ? e.ref : e?.type === "event" ? e.event.object : e?.type === "runtime" ? e.pod : undefined;
      if (ref && ref.kind === "Pod") return { namespace: ref.namespace, name: ref.name };
    }
    return podsAt(idx, t)[0] ?? (idx.rows[0] ? { namespace: idx.rows[0].namespace, name: idx.rows[0].pod } : undefined);
    // The fallback pod only changes when pods come and go, not every frame.
  }, [idx, selection, tab === "describe" || tab === "logs" ? Math.floor(t) : 0]);

  // The logs tab reads the selected container, else kubectl's own default (and says so, as kubectl does).
  const logsArgs: LogsArgs = {
    container: selection?.kind === "container" && target && selection.pod === target.name && selection.namespace === target.namespace ? selection.container : undefined,
    ...flags,
  };
  const out = useOutputs(tab !== "watch" && tab !== "prompt");
  let body = "";
  let stderr = "";
  if (idx && tab !== "prompt") {
    if (tab === "watch") body = watchTailAt(idx, t, WATCH_TAIL, (count) => tr(locale, "shell.earlierLines", { count }));
    else if (!out) body = "";
    else if (tab === "events") body = out.eventsAt(idx, t);
    else if (!target) body = tr(locale, "shell.noPod");
    else if (tab === "logs") {
      // A big run's logs follow its picture: until they come, the panel says so rather than print none.
      if (!logsArriving) {
        const r = out.logsAt(idx, t, target.namespace, { pod: target.name, ...logsArgs });
        body = r.out;
        stderr = r.err;
      }
    } else body = out.describeAt(idx, t, target.namespace, target.name) ?? `Error from server (NotFound): pods "${target.name}" not found`;
  }
  const command = TABS.find((x) => x.id === tab)!.command(target?.name ?? "", logsArgs);
  const logsPod = tab === "logs" && idx && target ? podAt(idx, t, target.namespace, target.name) : undefined;
  const containers = logsPod ? [...(logsPod.spec?.initContainers ?? []).map((c) => ({ name: c.name, init: true })), ...(logsPod.spec?.containers ?? []).map((c) => ({ name: c.name, init: false }))] : [];
  // A terminal: the newest output is at the bottom and in view; the watch's newest row is marked.
  let head = body;
  let newest = "";
  if (tab === "watch" && idx && body) {
    const cut = body.lastIndexOf("\n", body.length - 2);
    head = cut < 0 ? "" : body.slice(0, cut + 1);
    newest = cut < 0 ? body : body.slice(cut + 1);
  }
  useLayoutEffect(() => {
    const el = pre.current;
    if (el && tab !== "describe") el.scrollTop = el.scrollHeight;
  }, [body, stderr, tab]);
  return (
    <section className="kubectl-panel" role="region" aria-label={tr(locale, "shell.kubectl")}>
      <div className="kubectl-bar">
        <div role="tablist" aria-label={tr(locale, "shell.kubectl")}>
          {TABS.map((x) => (
          <button key={x.id} type="button" role="tab" id={`tab-${x.id}`} aria-selected={tab === x.id} aria-controls="kubectl-output" tabIndex={tab === x.id ? 0 : -1} onClick={() => setTab(x.id)}
            onKeyDown={(e) => {
              const i = TABS.findIndex((y) => y.id === tab);
              if (e.key === "ArrowRight" || e.key === "ArrowLeft") {
                e.preventDefault();
                e.stopPropagation();
                const next = TABS[(i + (e.key === "ArrowRight" ? 1 : TABS.length - 1)) % TABS.length];
                setTab(next.id);
                document.getElementById(`tab-${next.id}`)?.focus();
              }
            }}>
            {tr(locale, x.label)}
          </button>
          ))}
        </div>
      </div>
      {tab === "logs" && target && (
        <div className="logs-options" role="group" aria-label={tr(locale, "shell.logsOptions")}>
          {containers.length > 1 &&
            containers.map((c) => (
              <button key={c.name} type="button" aria-pressed={logsArgs.container === c.name}
                onClick={() => select({ kind: "container", namespace: target.namespace, pod: target.name, container: c.name })}>
                -c {c.name}
                {c.init ? ` ${tr(locale, "shell.initContainer")}` : ""}
              </button>
            ))}
          <label>
            <input type="checkbox" checked={flags.previous} onChange={(e) => setLogsFlags({ previous: e.currentTarget.checked })} /> --previous
          </label>
          <label>
            <input type="checkbox" checked={flags.timestamps} onChange={(e) => setLogsFlags({ timestamps: e.currentTarget.checked })} /> --timestamps
          </label>
        </div>
      )}
      {tab === "prompt" ? (
        <div id="kubectl-output" role="tabpanel" aria-labelledby="tab-prompt" className="kubectl-prompt-panel">
          <Suspense fallback={null}>
            <KubectlPrompt />
          </Suspense>
        </div>
      ) : (
        <div className="kubectl-output">
        {/* At the right end of the command's line, which stays at the top while the output scrolls under it. */}
        {idx && <CopyOutput text={`$ ${command}\n${stderr}${body}`} target={pre} locale={locale} />}
        <pre ref={pre} id="kubectl-output" role="tabpanel" aria-labelledby={`tab-${tab}`} tabIndex={0} className="kubectl">
          <span className="lines">
            <span className="prompt">
              $ {command}
              {"\n"}
            </span>
            {tab === "logs" && logsArriving && idx && target && <span className="arriving">{tr(locale, "shell.logsArriving")}</span>}
            {stderr && <span className="stderr">{stderr}</span>}
            {head}
            {newest && (
              <mark className="newest" title={tr(locale, "shell.newestRow")}>
                {newest}
              </mark>
            )}
          </span>
        </pre>
        </div>
      )}
    </section>
  );
}
