/** A 1-based line and column, counted in UTF-16 code units (what Monaco and JS string indices use). */
export interface Pos {
  line: number;
  column: number;
}

/**
 * Turns source offsets into line/column. Lines end at "\n" (so "\r\n" works: the "\r" stays at
 * the end of its line). Built once per file; each lookup is a binary search, so positions for
 * thousands of diagnostics stay cheap on multi-megabyte input.
 */
export class LineIndex {
  private readonly starts: Int32Array;
  /** Editors hide a byte-order mark, so line 1 is counted from after it. */
  private readonly bom: number;

  constructor(text: string) {
    this.bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    let count = 1;
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) count++;
    const starts = new Int32Array(count);
    let n = 1;
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts[n++] = i + 1;
    this.starts = starts;
  }

  pos(offset: number): Pos {
    const starts = this.starts;
    const at = Math.max(0, offset);
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    const column = at - starts[lo] + 1 - (lo === 0 ? this.bom : 0);
    return { line: lo + 1, column: Math.max(1, column) };
  }
}
