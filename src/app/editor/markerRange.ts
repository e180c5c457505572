/**
 * The columns a diagnostic's squiggle covers on its line: from its 1-based column to the end of
 * the YAML token there (a key, a plain or quoted scalar, a flow collection on one line). Returns
 * 1-based [startColumn, endColumn). Never empty on a non-empty line, so the marker is visible
 * even when the position is past the text (a missing value at the end of a line).
 */
export function tokenColumns(lineText: string, column: number): { startColumn: number; endColumn: number } {
  const len = lineText.length;
  let start = Math.max(0, Math.min(column - 1, len));
  if (start >= len) {
    if (len === 0) return { startColumn: 1, endColumn: 1 };
    // Past the end: underline the line's content instead.
    const first = lineText.search(/\S/);
    start = first === -1 ? 0 : first;
    return { startColumn: start + 1, endColumn: len + 1 };
  }
  const end = tokenEnd(lineText, start);
  return { startColumn: start + 1, endColumn: Math.max(end, start + 1) + 1 };
}

/** 0-based exclusive end of the token starting at `start`. */
function tokenEnd(line: string, start: number): number {
  const len = line.length;
  const c = line[start];
  if (c === '"') {
    for (let i = start + 1; i < len; i++) {
      if (line[i] === "\\") i++;
      else if (line[i] === '"') return i + 1;
    }
    return len;
  }
  if (c === "'") {
    for (let i = start + 1; i < len; i++) {
      if (line[i] === "'") {
        if (line[i + 1] === "'") i++;
        else return i + 1;
      }
    }
    return len;
  }
  if (c === "[" || c === "{") {
    let depth = 0;
    for (let i = start; i < len; i++) {
      const ch = line[i];
      if (ch === "[" || ch === "{") depth++;
      else if (ch === "]" || ch === "}") {
        depth--;
        if (depth === 0) return i + 1;
      }
    }
    return len;
  }
  let i = start;
  while (i < len) {
    const ch = line[i];
    if (ch === " " || ch === "\t" || ch === "," || ch === "]" || ch === "}") break;
    if (ch === ":" && (i + 1 === len || line[i + 1] === " " || line[i + 1] === "\t")) break;
    i++;
  }
  return i;
}
