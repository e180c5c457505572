/** The spans the automatic fit steps through, seconds: the axis grows rarely and by readable amounts. */
const FIT_STEPS = [30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 4 * 3600, 12 * 3600, 24 * 3600, 3 * 86400, 7 * 86400];

/**
 * The span the timeline shows for the story up to `t` while it is told as it happens: the first
 * step that leaves at least a fifth of the view ahead of the playhead, at most the horizon.
 * `ahead` (a lesson's next key moment) is kept in view too, so its "?" mark is there to click.
 */
export function fitSpan(t: number, until: number, ahead = 0): number {
  const want = Math.max(t * 1.25, ahead * 1.1, 1);
  return Math.min(until, FIT_STEPS.find((x) => x >= want) ?? until);
}
