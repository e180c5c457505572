import { useStore, SPEEDS, selectT, selectUntil, selectPlaying, selectSpeed, selectLocale } from "../../state/store";
import { jumpToEnd, jumpToStart, pause, play, seek, setSpeed, stepBack, stepForward } from "../../state/actions";
import { t as tr } from "../i18n";
import { formatClock } from "./formatClock";
import { Icon } from "./icons";

/** Play/pause, step, speed, jump and scrub: everything only moves the playhead. */
export function PlaybackBar() {
  const locale = useStore(selectLocale);
  const until = useStore(selectUntil);
  const playing = useStore(selectPlaying);
  const speed = useStore(selectSpeed);
  return (
    <div className="playback" role="toolbar" aria-label={tr(locale, "shell.time")}>
      <button type="button" onClick={jumpToStart} aria-label={tr(locale, "shell.toStart")} title={tr(locale, "shell.toStart")}>
        <Icon name="start" />
      </button>
      <button type="button" onClick={stepBack} aria-label={tr(locale, "shell.stepBack")} title={tr(locale, "shell.stepBack")}>
        <Icon name="back" />
      </button>
      {playing ? (
        <button type="button" className="primary" onClick={pause} aria-label={tr(locale, "shell.pause")} title={tr(locale, "shell.pause")}>
          <Icon name="pause" />
        </button>
      ) : (
        <button type="button" className="primary" onClick={play} aria-label={tr(locale, "shell.play")} title={tr(locale, "shell.play")}>
          <Icon name="play" />
        </button>
      )}
      <button type="button" onClick={stepForward} aria-label={tr(locale, "shell.stepForward")} title={tr(locale, "shell.stepForward")}>
        <Icon name="forward" />
      </button>
      <button type="button" onClick={jumpToEnd} aria-label={tr(locale, "shell.toEnd")} title={tr(locale, "shell.toEnd")}>
        <Icon name="end" />
      </button>
      <label className="speed">
        <span>{tr(locale, "shell.speed")}</span>
        <select aria-label={tr(locale, "shell.speed")} value={speed} onChange={(e) => setSpeed(Number(e.target.value))}>
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {s}×
            </option>
          ))}
        </select>
      </label>
      <Scrubber until={until} label={tr(locale, "shell.scrub")} />
      <Clock until={until} />
      <JumpTo label={tr(locale, "shell.jumpTo")} />
    </div>
  );
}

/** Only these small pieces re-render when the playhead moves. */
function Scrubber({ until, label }: { until: number; label: string }) {
  const t = useStore(selectT);
  return (
    <input
      className="scrubber"
      type="range"
      aria-label={label}
      min={0}
      max={until}
      step={0.1}
      value={t}
      aria-valuetext={formatClock(t)}
      onChange={(e) => seek(Number(e.target.value))}
    />
  );
}

function Clock({ until }: { until: number }) {
  const t = useStore(selectT);
  return (
    <output className="clock" aria-live="off">
      {formatClock(t)} / {formatClock(until)}
    </output>
  );
}

function JumpTo({ label }: { label: string }) {
  return (
    <form
      className="jump"
      onSubmit={(e) => {
        e.preventDefault();
        const v = Number(new FormData(e.currentTarget).get("t"));
        if (Number.isFinite(v)) seek(v);
      }}
    >
      <input name="t" type="number" min={0} step="any" aria-label={label} placeholder="s" />
    </form>
  );
}
