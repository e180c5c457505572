/**
 * "Pod web" for the n-th document (0-based, as diagnostics count them) of a multi-document YAML
 * text, read loosely so it works on text that does not parse: the status line names the document
 * that was rejected without a second parser.
 */
export function documentLabel(text: string, index: number): string | undefined {
  const docs = text.split(/^---[ \t]*(?:#.*)?$/m);
  // A leading "---" makes an empty first piece that is not a document.
  const real = docs.length > 1 && docs[0].trim() === "" ? docs.slice(1) : docs;
  const doc = real[index];
  if (doc === undefined) return undefined;
  const kind = /^kind:[ \t]*["']?([A-Za-z][\w.-]*)/m.exec(doc)?.[1];
  const meta = /^metadata:[ \t]*\n((?:[ \t]+.*\n?|[ \t]*\n)*)/m.exec(doc)?.[1] ?? "{" + (/^metadata:[ \t]*\{([^}]*)\}/m.exec(doc)?.[1] ?? "");
  const name = /(?:^[ \t]+|[{,][ \t]*)name:[ \t]*["']?([a-z0-9][a-z0-9.-]*)/m.exec(meta)?.[1];
  if (!kind) return undefined;
  return name ? `${kind} "${name}"` : kind;
}
