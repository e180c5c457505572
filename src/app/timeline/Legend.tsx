import type { Translate } from "./format";
import { markPath, probeTickPath, type MarkStyle } from "./shapes";

const ITEMS: { key: string; style?: MarkStyle; probe?: "ok" | "fail"; error?: boolean }[] = [
  { key: "event", style: "event" },
  { key: "warning", style: "warn" },
  { key: "restart", style: "restart" },
  { key: "hook", style: "hook" },
  { key: "probeOk", probe: "ok" },
  { key: "probeFail", probe: "fail" },
  { key: "error", error: true },
];

/** What each mark shape means (shapes, not only colours, carry the meaning). */
export function Legend({ tr }: { tr: Translate }) {
  return (
    <ul className="tl-legend" aria-label={tr("timeline.legend")}>
      {ITEMS.map((it) => (
        <li key={it.key}>
          <svg width={14} height={14} aria-hidden="true">
            {it.style && <path className={`tl-mk tl-mk-${it.style}`} d={markPath(it.style, 7, 7)} />}
            {it.probe && <path className={it.probe === "ok" ? "tl-probe-ok" : "tl-probe-fail"} d={probeTickPath(7, 2, 12, it.probe === "fail")} />}
            {it.error && <rect className="tl-span st-error" x={0.5} y={2.5} width={13} height={9} />}
            {it.error && <path className="tl-hatch-line" d="M1 11L6 3M5 11L10 3M9 11L13 4.5" />}
          </svg>
          {tr(`timeline.legend.${it.key}`)}
        </li>
      ))}
    </ul>
  );
}
