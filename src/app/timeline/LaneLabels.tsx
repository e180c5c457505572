import { memo, useState, type KeyboardEvent } from "react";
import { select } from "../../state/actions";
import { containerKindLabel, probeLabel, type Translate } from "./format";
import type { Layout } from "./layout";

interface Props {
  layout: Layout;
  width: number;
  tr: Translate;
  selectedLane: string | undefined;
}

/**
 * The lane names. Pod and container names are buttons that select them; they form one tab stop
 * (roving tabindex: Up/Down move between them; Left/Right, Home/End stay with playback).
 */
export const LaneLabels = memo(function LaneLabels({ layout, width, tr, selectedLane }: Props) {
  const [active, setActive] = useState(0);
  let buttonIndex = 0;

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const buttons = [...e.currentTarget.querySelectorAll<HTMLButtonElement>("button.tl-lane-label")];
    const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (i < 0) return;
    const next = e.key === "ArrowDown" ? i + 1 : e.key === "ArrowUp" ? i - 1 : undefined;
    if (next === undefined) return;
    e.preventDefault();
    const j = Math.max(0, Math.min(buttons.length - 1, next));
    setActive(j);
    buttons[j].focus();
  };

  return (
    <div className="tl-labels" style={{ width }} role="group" aria-label={tr("timeline.lanes")} onKeyDown={onKeyDown}>
      {layout.rows.map((row) => {
        const style = { top: row.y, height: row.h, width };
        if (row.kind === "phase") {
          const idx = buttonIndex++;
          const key = `${row.pod.uid}/`;
          return (
            <button
              key={row.key}
              type="button"
              className="tl-lane-label is-pod"
              style={style}
              tabIndex={idx === active ? 0 : -1}
              aria-pressed={selectedLane === key}
              aria-label={tr("timeline.selectPod", { name: row.pod.name })}
              title={`${row.pod.namespace}/${row.pod.name}`}
              onFocus={() => setActive(idx)}
              onClick={() => select({ kind: "pod", namespace: row.pod.namespace, pod: row.pod.name })}
            >
              <span>{row.pod.name}</span>
            </button>
          );
        }
        if (row.kind === "state") {
          const idx = buttonIndex++;
          const c = row.container;
          const key = `${row.pod.uid}/${c.name}/`;
          const kind = containerKindLabel(tr, c.kind);
          return (
            <button
              key={row.key}
              type="button"
              className="tl-lane-label"
              style={style}
              tabIndex={idx === active ? 0 : -1}
              aria-pressed={selectedLane === key}
              aria-label={c.kind === "regular" ? tr("timeline.selectRegular", { name: c.name }) : tr("timeline.selectContainer", { kind, name: c.name })}
              title={c.name}
              onFocus={() => setActive(idx)}
              onClick={() => select({ kind: "container", namespace: row.pod.namespace, pod: row.pod.name, container: c.name })}
            >
              {c.kind !== "regular" && <span className="tl-badge">{kind}</span>}
              <span>{c.name}</span>
            </button>
          );
        }
        if (row.kind === "condition" || row.kind === "probe") {
          return (
            <div key={row.key} className="tl-lane-label is-sub" style={style} aria-hidden="true">
              <span>{row.kind === "condition" ? row.condition : probeLabel(tr, row.probe)}</span>
            </div>
          );
        }
        return null;
      })}
    </div>
  );
});
