import { useStore, SPEEDS, selectT, selectUntil, selectPlaying, selectSpeed, selectLocale } from "../../state/store";
import { useState } from "react";
import { jumpToEnd, jumpToStart, pause, play, seek, setReveal, setSpeed, stepBack, stepForward } from "../../state/actions";
import { parseTime } from "./parseTime";
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
      <JumpTo label={tr(locale, "shell.jumpTo")} hint={tr(locale, "shell.jumpHint")} invalid={tr(locale, "shell.jumpInvalid")} />
      <RevealToggle />
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

function JumpTo({ label, hint, invalid }: { label: string; hint: string; invalid: string }) {
  const [bad, setBad] = useState(false);
  return (
    <form
      className="jump"
      onSubmit={(e) => {
        e.preventDefault();
        const v = parseTime(String(new FormData(e.currentTarget).get("t") ?? ""));
        setBad(v === undefined);
        if (v !== undefined) {
          pause();
          seek(v);
        }
      }}
    >
      <input name="t" type="text" inputMode="text" autoComplete="off" spellCheck={false} aria-label={label} title={bad ? invalid : hint} placeholder="1:30" aria-invalid={bad || undefined} onInput={() => setBad(false)} />
    </form>
  );
}

/**
 * The free playground's choice between drawing the story as it happens (up to the playhead) and
 * the whole run at once. Lessons and presenter mode always reveal as it happens.
 */
function RevealToggle() {
  const locale = useStore(selectLocale);
  const reveal = useStore((s) => s.reveal);
  const forced = useStore((s) => s.presenter || s.lessonId !== undefined);
  const value = forced ? "asItHappens" : reveal;
  return (
    <div className="reveal-toggle" role="radiogroup" aria-label={tr(locale, "shell.reveal")} title={forced ? tr(locale, "shell.revealForced") : undefined}>
      {(["asItHappens", "wholeRun"] as const).map((r) => (
        <button key={r} type="button" role="radio" aria-checked={value === r} disabled={forced && r === "wholeRun"} onClick={() => setReveal(r)}>
          {tr(locale, r === "asItHappens" ? "shell.revealAsItHappens" : "shell.revealWholeRun")}
        </button>
      ))}
    </div>
  );
}
