import { memo, useEffect, useRef, type KeyboardEvent } from "react";
import { select } from "../../state/actions";
import { containerKindLabel, probeLabel, type Translate } from "./format";
import type { Row } from "./layout";

interface Props {
  /** The rows in view (virtualised), the active lane's row always among them. */
  rows: readonly Row[];
  width: number;
  tr: Translate;
  selectedLane: string | undefined;
  /** The row key of the lane that holds the tab stop (roving tabindex). */
  activeKey: string | undefined;
  /** Bumped when the keyboard moved the tab stop: the active lane's button takes the focus. */
  focusTick: number;
  onActivate: (key: string) => void;
  onKeyDown: (e: KeyboardEvent<HTMLElement>, key: string) => void;
  onToggleConditions: (uid: string) => void;
  describedBy: string;
}

/**
 * A pod name cut in the middle when it does not fit: the generated suffix ("-x2x4z") that tells
 * replicas apart stays. One span (what the exporter reads), two inline parts.
 */
function PodName({ name }: { name: string }) {
  const cut = name.lastIndexOf("-");
  if (cut <= 0 || cut === name.length - 1) return <span>{name}</span>;
  return (
    <span className="tl-name">
      <bdi className="tl-name-head">{name.slice(0, cut + 1)}</bdi>
      <bdi className="tl-name-tail">{name.slice(cut + 1)}</bdi>
    </span>
  );
}

/**
 * The lane names. Pod and container names are buttons that select them, and each pod's
 * conditions lane has a disclosure button that unfolds its four conditions. They form one tab
 * stop (roving tabindex): Up/Down move between lanes, Left/Right step through the focused
 * lane's changes (the parent handles the keys, since it knows every lane, drawn or not).
 */
export const LaneLabels = memo(function LaneLabels({ rows, width, tr, selectedLane, activeKey, focusTick, onActivate, onKeyDown, onToggleConditions, describedBy }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const first = rows.find((r) => r.kind === "phase" || r.kind === "summary" || r.kind === "state")?.key;
  const tabKey = activeKey !== undefined && rows.some((r) => r.key === activeKey) ? activeKey : first;

  // Focus follows the keyboard only (a tick not handled yet), never a scroll or a re-render.
  const handled = useRef(0);
  useEffect(() => {
    if (!activeKey || focusTick === handled.current) return;
    const button = ref.current?.querySelector<HTMLButtonElement>(`button[data-lane="${CSS.escape(activeKey)}"]`);
    if (!button) return;
    handled.current = focusTick;
    button.focus({ preventScroll: true });
  }, [focusTick, activeKey, rows]);

  const common = (row: Row) => ({
    "data-lane": row.key,
    tabIndex: row.key === tabKey ? 0 : -1,
    onFocus: () => onActivate(row.key),
    onKeyDown: (e: KeyboardEvent<HTMLButtonElement>) => onKeyDown(e, row.key),
    "aria-describedby": describedBy,
  });

  return (
    <div className="tl-labels" ref={ref} style={{ width }} role="group" aria-label={tr("timeline.lanes")}>
      {rows.map((row) => {
        const style = { top: row.y, height: row.h, width };
        if (row.kind === "phase") {
          const key = `${row.pod.uid}/`;
          return (
            <button
              key={row.key}
              type="button"
              className="tl-lane-label is-pod"
              style={style}
              {...common(row)}
              aria-pressed={selectedLane === key}
              aria-label={tr("timeline.selectPod", { name: row.pod.name })}
              title={`${row.pod.namespace}/${row.pod.name}`}
              onClick={() => select({ kind: "pod", namespace: row.pod.namespace, pod: row.pod.name })}
            >
              <PodName name={row.pod.name} />
            </button>
          );
        }
        if (row.kind === "summary") {
          return (
            <button
              key={row.key}
              type="button"
              className="tl-lane-label is-sub is-toggle"
              style={style}
              {...common(row)}
              aria-expanded={row.open}
              aria-label={tr(row.open ? "timeline.conditionsHide" : "timeline.conditionsShow", { name: row.pod.name })}
              onClick={() => onToggleConditions(row.pod.uid)}
            >
              <span aria-hidden="true" className="tl-caret">
                {row.open ? "▾" : "▸"}
              </span>
              <span>{tr("timeline.conditions")}</span>
            </button>
          );
        }
        if (row.kind === "state") {
          const c = row.container;
          const key = `${row.pod.uid}/${c.name}/`;
          const kind = containerKindLabel(tr, c.kind);
          return (
            <button
              key={row.key}
              type="button"
              className="tl-lane-label"
              style={style}
              {...common(row)}
              aria-pressed={selectedLane === key}
              aria-label={c.kind === "regular" ? tr("timeline.selectRegular", { name: c.name }) : tr("timeline.selectContainer", { kind, name: c.name })}
              title={c.name}
              onClick={() => select({ kind: "container", namespace: row.pod.namespace, pod: row.pod.name, container: c.name })}
            >
              {c.kind !== "regular" && <span className="tl-badge">{kind}</span>}
              <span>{c.name}</span>
            </button>
          );
        }
        if (row.kind === "condition" || row.kind === "probe") {
          return (
            <div key={row.key} className="tl-lane-label is-sub is-deep" style={style} aria-hidden="true">
              <span>{row.kind === "condition" ? row.condition : probeLabel(tr, row.probe)}</span>
            </div>
          );
        }
        return null;
      })}
    </div>
  );
});
