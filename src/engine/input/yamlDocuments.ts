import { CORE_SCHEMA, constructFromEvents, mergeTag, parseEvents, type Event } from "js-yaml";
import type { Diagnostic } from "../api/types";
import { scanDocuments, MAX_DEPTH } from "./documentScan";
import { LineIndex, type Pos } from "./lineIndex";
import { MAX_INPUT_BYTES } from "./limits";
import { buildPositionTree, keyOffset, walk, type PosNode } from "./positionTree";
import { setOwn } from "../util/ownMap";
import { explainSyntaxError, findComplexKey } from "./yamlSyntax";

export type { Pos } from "./lineIndex";

export { MAX_INPUT_BYTES } from "./limits";
/** Most non-empty documents accepted in one file. */
export const MAX_DOCUMENTS = 10_000;

/**
 * One YAML document of the input, with its plain JS value and a way back from field paths to the
 * text. Paths use mapping keys and sequence indices, e.g. ["spec", "containers", 0, "livenessProbe"].
 */
export interface SourceDoc {
  /**
   * 0-based position of the document in the file, counting every document, including the empty
   * ones (a stray `---`, a comment-only document) that parseYamlDocuments leaves out of its result.
   */
  index: number;
  /** The document as plain JS (objects, arrays, strings, numbers, booleans, null). */
  value: unknown;
  /** Position of the value at a path; falls back to the nearest ancestor that exists. */
  valueAt(path: readonly (string | number)[]): Pos;
  /** Position of the mapping key at the end of the path (for "unknown field" errors); falls back to valueAt. */
  keyAt(path: readonly (string | number)[]): Pos;
  /** Whether the source text has a node at exactly this path. */
  has(path: readonly (string | number)[]): boolean;
}

/**
 * Parses a multi-document YAML file (`---` separated, as `kubectl apply -f` takes it).
 *
 * Scalars resolve with the YAML 1.2 core schema plus merge keys (`<<`). kubectl reads YAML 1.1
 * (go-yaml v2), so a few spellings differ: `yes`/`no`/`on`/`off` stay strings here (booleans in
 * kubectl) and `0755` is the decimal 755 here (octal 493 in kubectl). Write `true`, `false` and
 * `0o755` for the same result in both.
 *
 * Empty documents (nothing but comments, `---` twice, an explicit `null`) are skipped; `index`
 * still counts them, so diagnostics name documents as the file has them. A top-level value that is
 * not a mapping is reported and left out. Empty input gives no documents and no errors: the caller
 * decides what "nothing to simulate" looks like.
 */
export function parseYamlDocuments(text: string): { docs: SourceDoc[]; errors: Diagnostic[] } {
  const lines = new LineIndex(text);
  const fail = (message: string, offset: number, document: number): { docs: SourceDoc[]; errors: Diagnostic[] } => ({
    docs: [],
    errors: [{ message, path: "", document, severity: "error", ...lines.pos(offset) }],
  });

  const bytes = utf8Length(text);
  if (bytes > MAX_INPUT_BYTES) {
    return fail(`the file is ${(bytes / 1e6).toFixed(1)} MB; podplay accepts up to ${MAX_INPUT_BYTES / 1024 / 1024} MiB`, 0, 0);
  }

  let events: Event[];
  try {
    events = parseEvents(text, { maxDepth: MAX_DEPTH + 1 });
  } catch (e) {
    const { message, offset } = describeYamlError(e, text);
    return fail(message, offset, documentIndexAt(text, offset));
  }

  const scan = scanDocuments(events, text);
  const filled = scan.docs.filter((d) => !d.empty);
  if (filled.length > MAX_DOCUMENTS) {
    const over = filled[MAX_DOCUMENTS];
    return fail(
      `the file has ${filled.length.toLocaleString("en-US")} documents; podplay accepts up to ${MAX_DOCUMENTS.toLocaleString("en-US")}`,
      firstOffset(events, over.event),
      scan.docs.indexOf(over),
    );
  }
  if (scan.problem) return fail(scan.problem.message, scan.problem.offset, scan.problem.document);

  let values: unknown[];
  try {
    values = constructFromEvents(events, { source: text, schema: CORE_SCHEMA.withTags(mergeTag) });
  } catch (e) {
    // js-yaml names no position for a list or mapping used as a key; the events have it.
    const { message, offset } = (/complex keys/.test(String((e as { reason?: unknown }).reason)) && findComplexKey(events, text)) || describeYamlError(e, text);
    return fail(message, offset, documentIndexAt(text, offset));
  }

  const docs: SourceDoc[] = [];
  const errors: Diagnostic[] = [];
  scan.docs.forEach((scanned, index) => {
    if (scanned.empty) return;
    const doc = makeSourceDoc(index, values[index], scanned.aliases, events, scanned.event, text, lines);
    if (!isPlainObject(doc.value)) {
      errors.push({
        message: `document ${index + 1} is not a Kubernetes object (expected a mapping with apiVersion and kind)`,
        path: "",
        document: index,
        severity: "error",
        ...doc.valueAt([]),
      });
      return;
    }
    docs.push(doc);
  });
  return { docs, errors };
}

function makeSourceDoc(index: number, raw: unknown, aliases: boolean, events: readonly Event[], start: number, text: string, lines: LineIndex): SourceDoc {
  let tree: PosNode | undefined;
  // Position trees are built on first use: most documents never need one, and 5 MB of YAML must
  // parse quickly.
  const root = (): PosNode => (tree ??= buildPositionTree(events, start, text));
  return {
    index,
    // js-yaml shares one object between an anchor and its aliases; admission mutates objects in
    // place, so each use gets its own copy (the scan bounded how big that can get).
    value: aliases ? expandAliases(raw) : raw,
    valueAt: (path) => lines.pos(walk(root(), path).node.off),
    keyAt: (path) => {
      const off = keyOffset(root(), path);
      return off === undefined ? lines.pos(walk(root(), path).node.off) : lines.pos(off);
    },
    has: (path) => walk(root(), path).depth === path.length,
  };
}

function expandAliases(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(expandAliases);
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    // setOwn: a `__proto__` key stays an ordinary own key, as js-yaml made it.
    for (const [k, v] of Object.entries(value)) setOwn(out, k, expandAliases(v));
    return out;
  }
  return value;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function firstOffset(events: readonly Event[], docEvent: number): number {
  const next = events[docEvent + 1];
  if (!next) return 0;
  if ("start" in next) return next.start;
  if ("valueStart" in next) return Math.max(0, next.valueStart);
  return 0;
}

/** js-yaml's reason, on one line, and where it happened. */
function describeYamlError(e: unknown, text: string): { message: string; offset: number } {
  const err = e as { reason?: unknown; message?: unknown; mark?: { position?: number } };
  let reason = typeof err.reason === "string" && err.reason ? err.reason : String(err.message ?? e);
  reason = reason.replace(/\s+/g, " ").trim();
  const depth = /^nesting exceeded maxDepth/.exec(reason);
  if (depth) reason = `the YAML nests deeper than ${MAX_DEPTH} levels; podplay accepts up to ${MAX_DEPTH}`;
  const offset = Math.min(Math.max(0, err.mark?.position ?? 0), text.length);
  return explainSyntaxError(reason, offset, text) ?? { message: reason, offset };
}

/**
 * Which document an offset falls in, for errors raised before documents are known. A `---` opens
 * a new document only after content (or another `---`): a file that starts with `---` still has
 * document 0 first.
 */
export function documentIndexAt(text: string, offset: number): number {
  let index = 0;
  let started = false;
  let ended = false;
  let pos = 0;
  while (pos < offset && pos <= text.length) {
    let end = text.indexOf("\n", pos);
    if (end === -1) end = text.length;
    const line = text.slice(pos, end);
    if (/^---(\s|$)/.test(line)) {
      if (started) index++;
      started = true;
      ended = false;
    } else if (/^\.\.\.(\s|$)/.test(line)) {
      ended = true;
    } else if (line.trim() !== "" && !line.trimStart().startsWith("#") && !line.startsWith("%")) {
      if (ended) index++;
      started = true;
      ended = false;
    }
    pos = end + 1;
  }
  return index;
}

function utf8Length(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) n += 1;
    else if (c >= 0xd800 && c <= 0xdbff) n += 1; // a surrogate pair: 2 units, 4 bytes
    else if (c >= 0xdc00 && c <= 0xdfff) n += 1;
    else n += 2;
  }
  return n;
}
