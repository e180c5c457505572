/**
 * The smallest single replacement that turns `before` into `after`: the common prefix and suffix
 * stay, the middle is replaced. Applying it instead of the whole text keeps the cursor,
 * decorations and scroll position of an editor where the text did not change (an external update
 * that only touches one line should not jump the view).
 *
 * Offsets are UTF-16 indices into `before`; `end` is exclusive. A surrogate pair is never split.
 */
export function minimalReplacement(before: string, after: string): { start: number; end: number; text: string } {
  const max = Math.min(before.length, after.length);
  let start = 0;
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start--;
  let suffix = 0;
  while (suffix < max - start && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  if (suffix > 0 && isLowSurrogate(before.charCodeAt(before.length - suffix))) suffix--;
  return { start, end: before.length - suffix, text: after.slice(start, after.length - suffix) };
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;
