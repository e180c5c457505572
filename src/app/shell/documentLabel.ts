/**
 * "Pod web" for the n-th document (0-based, as diagnostics count them) of a multi-document YAML
 * text, read loosely so it works on text that does not parse: the status line names the document
 * that was rejected without a second parser.
 */
export function documentLabel(text: string, index: number): string | undefined {
  // Walk the separators up to the wanted document only: the text may be megabytes long.
  const sep = /^---[ \t]*(?:#.*)?$/gm;
  let start = 0;
  let n = 0;
  let leading = true;
  for (let m = sep.exec(text); m; m = sep.exec(text)) {
    // A leading "---" (nothing but blank lines before it) opens the first document.
    if (leading && text.slice(0, m.index).trim() === "") {
      leading = false;
      start = m.index + m[0].length;
      continue;
    }
    leading = false;
    if (n === index) return label(text.slice(start, m.index));
    n++;
    start = m.index + m[0].length;
    if (m[0].length === 0) sep.lastIndex++;
  }
  return n === index ? label(text.slice(start)) : undefined;
}

function label(doc: string): string | undefined {
  const kind = /^kind:[ \t]*["']?([A-Za-z][\w.-]*)/m.exec(doc)?.[1];
  const meta = /^metadata:[ \t]*\n((?:[ \t]+.*\n?|[ \t]*\n)*)/m.exec(doc)?.[1] ?? "{" + (/^metadata:[ \t]*\{([^}]*)\}/m.exec(doc)?.[1] ?? "");
  const name = /(?:^[ \t]+|[{,][ \t]*)name:[ \t]*["']?([a-z0-9][a-z0-9.-]*)/m.exec(meta)?.[1];
  if (!kind) return undefined;
  return name ? `${kind} "${name}"` : kind;
}
