/** A path into a YAML document: mapping keys and sequence indices. */
export type PathSegment = string | number;

/**
 * Splits a field path as the API server prints it into segments:
 * `spec.containers[0].livenessProbe` → ["spec", "containers", 0, "livenessProbe"], and
 * `metadata.labels[app.kubernetes.io/name]` → ["metadata", "labels", "app.kubernetes.io/name"]
 * (a bracketed key may contain dots). Digits in brackets are an index; anything else is a key.
 * Returns undefined for a path that does not parse (an unclosed bracket, an empty name).
 */
export function parseFieldPath(path: string): PathSegment[] | undefined {
  const out: PathSegment[] = [];
  let i = 0;
  const n = path.length;
  if (n === 0) return out;
  let expectName = true;
  while (i < n) {
    const c = path[i];
    if (c === "[") {
      const close = path.indexOf("]", i + 1);
      if (close === -1) return undefined;
      const inner = path.slice(i + 1, close);
      if (!inner) return undefined;
      out.push(/^\d+$/.test(inner) ? Number(inner) : inner);
      i = close + 1;
      expectName = false;
    } else if (c === ".") {
      if (expectName) return undefined;
      i++;
      expectName = true;
      if (i === n) return undefined;
    } else {
      if (!expectName) return undefined;
      let end = i;
      while (end < n && path[end] !== "." && path[end] !== "[") end++;
      out.push(path.slice(i, end));
      i = end;
      expectName = false;
    }
  }
  return out;
}

/** The inverse of parseFieldPath, for messages and keys. */
export function formatFieldPath(path: readonly PathSegment[]): string {
  let s = "";
  for (const p of path) {
    if (typeof p === "number" || (s && /[.[\]]/.test(p))) s += `[${p}]`;
    else s += s ? `.${p}` : p;
  }
  return s;
}
