/**
 * What a learner types to jump: seconds ("90", "7.5"), a clock ("1:30", "1:02:05", "0:07.5") or
 * a Go/kubectl duration ("1m30s", "2m", "1h5m", "90s", "500ms"). Undefined when it is none of them.
 */
export function parseTime(input: string): number | undefined {
  const s = input.trim().toLowerCase();
  if (!s) return undefined;
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s);
  const clock = /^(?:(\d+):)?(\d+):(\d{1,2}(?:\.\d+)?)$/.exec(s);
  if (clock) {
    const [, h, m, sec] = clock;
    if (Number(sec) >= 60 || (h !== undefined && Number(m) >= 60)) return undefined;
    return Number(h ?? 0) * 3600 + Number(m) * 60 + Number(sec);
  }
  const unit: Record<string, number> = { h: 3600, m: 60, s: 1, ms: 0.001 };
  const re = /(\d+(?:\.\d+)?)(ms|h|m|s)/y;
  let total = 0;
  let matched = 0;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    total += Number(m[1]) * unit[m[2]];
    matched = re.lastIndex;
  }
  return matched === s.length && matched > 0 ? total : undefined;
}
