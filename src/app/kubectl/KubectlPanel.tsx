import { useLayoutEffect, useMemo, useRef } from "react";
import { useStore, selectLocale, selectSelection, selectT, selectTrace, type KubectlTab } from "../../state/store";
import { setKubectlTab } from "../../state/actions";
import { t as tr } from "../i18n";
import { describeAt, eventsAt, kubectlIndex, podsAt, watchTailAt } from "./kubectlText";

/** Lines of the watch the panel shows: a terminal scrolled to the bottom; the export has them all. */
const WATCH_TAIL = 400;

type Tab = KubectlTab;
const TABS: Array<{ id: Tab; label: string; command: (pod: string) => string }> = [
  { id: "watch", label: "shell.tabWatch", command: () => "kubectl get pods -w" },
  { id: "describe", label: "shell.tabDescribe", command: (pod) => `kubectl describe pod ${pod}` },
  { id: "events", label: "shell.tabEvents", command: () => "kubectl get events" },
];

/** What kubectl would print at the playhead, character for character the CLI's output. */
export default function KubectlPanel() {
  const locale = useStore(selectLocale);
  const trace = useStore(selectTrace);
  const t = useStore(selectT);
  const selection = useStore(selectSelection);
  const tab = useStore((s) => s.kubectlTab);
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
  }, [idx, selection, tab === "describe" ? Math.floor(t) : 0]);

  let body = "";
  if (idx) {
    if (tab === "watch") body = watchTailAt(idx, t, WATCH_TAIL, (count) => tr(locale, "shell.earlierLines", { count }));
    else if (tab === "events") body = eventsAt(idx, t);
    else if (!target) body = tr(locale, "shell.noPod");
    else body = describeAt(idx, t, target.namespace, target.name) ?? `Error from server (NotFound): pods "${target.name}" not found`;
  }
  const command = TABS.find((x) => x.id === tab)!.command(target?.name ?? "");
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
  }, [body, tab]);
  return (
    <section className="kubectl-panel" role="region" aria-label={tr(locale, "shell.kubectl")}>
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
      <pre ref={pre} id="kubectl-output" role="tabpanel" aria-labelledby={`tab-${tab}`} tabIndex={0} className="kubectl">
        <span className="prompt">$ {command}</span>
        {"\n"}
        {head}
        {newest && (
          <mark className="newest" title={tr(locale, "shell.newestRow")}>
            {newest}
          </mark>
        )}
      </pre>
    </section>
  );
}
