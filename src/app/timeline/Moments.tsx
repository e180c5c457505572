import type { ScaleLinear } from "d3-scale";
import { applyMoment } from "../lessons/applyMoment";
import type { Moment } from "../presenter/moments";
import { formatTime, type Translate } from "./format";

export const MOMENTS_HEIGHT = 24;
const EPS = 1e-3;

interface Props {
  moments: readonly Moment[];
  scale: ScaleLinear<number, number>;
  width: number;
  labelWidth: number;
  tr: Translate;
  /** The playhead while revealing as it happens; Infinity for the whole run. */
  until: number;
  /** The playhead, to mark the moment it sits on. */
  t: number;
}

/**
 * A lesson's key moments as labelled flags under the time axis; a click steps the page to the
 * moment (applyMoment: playhead, view, kubectl tab, selection). While revealing, the moments
 * reached are labelled, the next one is a "?" flag that says when but not what, and later ones
 * are not drawn, so the strip never answers a question before it is asked.
 */
export function Moments({ moments, scale, width, labelWidth, tr, until, t }: Props) {
  const next = moments.findIndex((m) => m.t > until + EPS);
  const shown = next < 0 ? moments : moments.slice(0, next + 1);
  const xs = shown.map((m) => scale(m.t));
  return (
    <div className="tl-moments-row" style={{ height: MOMENTS_HEIGHT }}>
      <div className="tl-corner tl-moments-title" style={{ width: labelWidth }}>
        {tr("timeline.moments")}
      </div>
      <div className="tl-moments" style={{ width, height: MOMENTS_HEIGHT }} role="group" aria-label={tr("timeline.moments")}>
        {shown.map((m, i) => {
          const x = xs[i];
          if (x < -8 || x > width + 8) return null;
          const hidden = i === next;
          const room = i + 1 < xs.length ? xs[i + 1] - x - 4 : width - x;
          const time = formatTime(tr, m.t);
          const current = Math.abs(m.t - t) <= EPS;
          return (
            <button
              key={i}
              type="button"
              className={hidden ? "tl-moment is-next" : "tl-moment"}
              style={{ left: x - 7, maxWidth: Math.max(18, room + 7) }}
              aria-current={current ? "step" : undefined}
              aria-label={hidden ? tr("timeline.momentNext", { time }) : tr("timeline.moment", { time, label: m.label })}
              title={hidden ? tr("timeline.momentNext", { time }) : `${time} · ${m.label}`}
              onClick={() => applyMoment(m)}
            >
              <span className="tl-moment-flag" aria-hidden="true">
                {hidden ? "?" : i + 1}
              </span>
              {!hidden && <span className="tl-moment-label">{m.label}</span>}
            </button>
          );
        })}
      </div>
    </div>
  );
}
