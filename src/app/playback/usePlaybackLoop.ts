import { useEffect } from "react";
import { useStore } from "../../state/store";

/** While playing, advances the playhead once per animation frame by wall time × speed. */
export function usePlaybackLoop(): void {
  const playing = useStore((s) => s.playing);
  useEffect(() => {
    if (!playing) return;
    let last = performance.now();
    let raf = requestAnimationFrame(function frame(now) {
      const s = useStore.getState();
      const until = s.view?.trace.until ?? 0;
      const next = Math.min(until, s.t + ((now - last) / 1000) * s.speed);
      last = now;
      useStore.setState(next >= until ? { t: until, playing: false } : { t: next });
      if (next < until) raf = requestAnimationFrame(frame);
    });
    return () => cancelAnimationFrame(raf);
  }, [playing]);
}
