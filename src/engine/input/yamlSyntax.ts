import { EVENT_ID, type Event } from "js-yaml";

/**
 * Clearer words for the YAML syntax errors a learner meets most, where js-yaml's own reason names
 * the symptom rather than the cause (issue #10): an unclosed `[` or `{` ("deficient indentation"
 * on some later line), a plain value with ": " in it ("bad indentation of a mapping entry"), and a
 * list or mapping used as a key (reported at 1:1). The familiar kubectl wording (go-yaml, through
 * sigs.k8s.io/yaml) is quoted in each message so a learner recognises it later in a real cluster.
 *
 * Everything here runs only after a parse has failed, so it may scan the text again.
 */

export interface YamlSyntaxError {
  message: string;
  offset: number;
}

/** A better message and place for js-yaml's `reason` at `offset`, or undefined to keep js-yaml's. */
export function explainSyntaxError(reason: string, offset: number, text: string): YamlSyntaxError | undefined {
  if (reason === "bad indentation of a mapping entry") {
    const colon = mappingValueInValue(text, offset);
    if (colon) return colon;
  }
  if (FLOW_REASONS.has(reason)) {
    const flow = flowProblemAt(text, offset, reason);
    if (flow) return flow;
  }
  return undefined;
}

/** js-yaml's reasons for an error that can come from a flow collection or quote left open. */
const FLOW_REASONS = new Set([
  "deficient indentation",
  "unexpected end of the stream within a flow collection",
  "missed comma between flow collection entries",
  "bad indentation of a mapping entry",
]);

// ---------------------------------------------------------------------------------------------
// `kind: Pod: x`

/**
 * `key: value: more` on one line: js-yaml stops at the second ": " and calls it bad indentation.
 * go-yaml says "mapping values are not allowed in this context". The cause is a plain value that
 * contains ": ", so the message says that and shows the line with the value quoted.
 */
function mappingValueInValue(text: string, offset: number): YamlSyntaxError | undefined {
  if (text[offset] !== ":") return undefined;
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  let lineEnd = text.indexOf("\n", offset);
  if (lineEnd === -1) lineEnd = text.length;
  const line = text.slice(lineStart, lineEnd).replace(/\r$/, "");
  const at = offset - lineStart;
  // The key of this line: after the indentation and any "- " entries, up to the first ": ".
  const m = /^([ \t]*(?:-[ \t]+)*)/.exec(line);
  const keyStart = m ? m[1].length : 0;
  const keyColon = findMappingColon(line, keyStart);
  if (keyColon === undefined || keyColon >= at) return undefined;
  const key = line.slice(keyStart, keyColon);
  const valueStart = keyColon + 1 + (/^[ \t]*/.exec(line.slice(keyColon + 1))?.[0].length ?? 0);
  const value = line.slice(valueStart).replace(/[ \t]+#.*$/, "").trimEnd();
  const what = value.startsWith('"') || value.startsWith("'") ? '": " cannot follow a quoted value' : 'a plain value cannot contain ": "';
  return {
    message: `mapping values are not allowed here: ${what}. Quote the whole value (${key}: ${quote(value)}), or start a nested mapping on the next line, indented`,
    offset,
  };
}

/** The ": " that ends a key starting at `from` (quoted keys included) before `end`, if any. */
function findMappingColon(text: string, from: number, end = text.length): number | undefined {
  let i = from;
  if (text[i] === '"' || text[i] === "'") {
    i = skipQuoted(text, i);
    if (i > end) return undefined;
  }
  for (; i < end; i++) {
    const c = text[i];
    if (c === ":" && (i + 1 === end || text[i + 1] === " " || text[i + 1] === "\t" || text[i + 1] === "\r")) return i;
    if (c === "#" && (text[i - 1] === " " || text[i - 1] === "\t")) return undefined;
  }
  return undefined;
}

/** A YAML quoted form of `value`: double quotes when plain, single quotes when it has " or \. */
function quote(value: string): string {
  if (!/["\\]/.test(value)) return `"${value}"`;
  return `'${value.replace(/'/g, "''")}'`;
}

// ---------------------------------------------------------------------------------------------
// An unclosed `[`, `{` or quote

interface Open {
  ch: "[" | "{";
  offset: number;
  /** Indentation of the line the collection opened on. */
  indent: number;
}

/**
 * Where the error at `offset` sits inside a flow collection (`[…]`, `{…}`) that js-yaml was
 * reading, and whether that collection, or a quote inside it, is ever closed in its document.
 */
function flowProblemAt(text: string, offset: number, reason: string): YamlSyntaxError | undefined {
  const scan = new FlowScanner(text);
  scan.run(offset);
  if (scan.quoteOpen !== undefined) {
    const q = scan.quoteOpen;
    const openAtQuote = [...scan.stack];
    scan.closedDepth = Infinity;
    scan.run(text.length);
    if (scan.quoteUnclosed) {
      const ch = text[q];
      return { message: `this ${ch} opens a quoted value that is never closed: add ${ch} at its end`, offset: q };
    }
    return openAtQuote.length ? flowCollectionProblem(text, offset, reason, openAtQuote, scan) : undefined;
  }
  if (!scan.stack.length) return undefined;
  const openAtError = [...scan.stack];
  scan.closedDepth = Infinity;
  scan.run(text.length);
  return flowCollectionProblem(text, offset, reason, openAtError, scan);
}

function flowCollectionProblem(text: string, offset: number, reason: string, openAtError: readonly Open[], scan: FlowScanner): YamlSyntaxError | undefined {
  // The innermost collection open at the error that the rest of its document never closes.
  let unclosed: Open | undefined;
  for (let depth = Math.min(openAtError.length, scan.closedDepth) - 1; depth >= 0 && !unclosed; depth--) unclosed = openAtError[depth];
  if (unclosed) {
    const [kind, close, item] = unclosed.ch === "[" ? ["sequence", "]", "item"] : ["mapping", "}", "entry"];
    return {
      message: `this "${unclosed.ch}" opens a flow ${kind} that is never closed: add "${close}" after its last ${item} (kubectl: did not find expected ',' or '${close}')`,
      offset: unclosed.offset,
    };
  }
  if (reason === "deficient indentation") {
    const inner = openAtError[openAtError.length - 1];
    const { line, column } = lineColumn(text, inner.offset);
    const kind = inner.ch === "[" ? "sequence" : "mapping";
    return {
      message: `deficient indentation: this line continues the flow ${kind} "${inner.ch}" opened at line ${line}, column ${column}, so it must be indented more than that line (${inner.indent} spaces)`,
      offset,
    };
  }
  return undefined;
}

/**
 * A light scanner that follows the YAML text far enough to know which flow collections and quotes
 * are open at a point: block context by lines (keys, "- " entries, block scalars skipped), flow
 * context by characters. It only has to agree with js-yaml on text js-yaml read without error.
 */
class FlowScanner {
  readonly stack: Open[] = [];
  /** Least stack depth a closing bracket has left since it was last reset: entries from that depth on were closed. */
  closedDepth = Infinity;
  /** True once a document marker ended the document while collections were open (the scan stops there). */
  documentEnded = false;
  /** Offset of the quote the scan stopped inside, if any. */
  quoteOpen: number | undefined;
  /** True when that quote's document ended before it was closed. */
  quoteUnclosed = false;
  private i = 0;
  /** Column that block scalar content must be indented beyond, while inside one; else -1. */
  private blockScalarParent = -1;
  /** Code of the last significant character in flow context (0: the end of a token). */
  private prev = 91;
  /** Start of the line the scan is on (kept in flow context, so no scan back is ever needed). */
  private lineStart = 0;

  constructor(private readonly text: string) {}

  /** Scans up to `stop` (an offset); may be called again with a later stop. */
  run(stop: number): void {
    const t = this.text;
    const n = Math.min(stop, t.length);
    if (this.quoteOpen !== undefined) {
      const end = skipQuoted(t, this.quoteOpen);
      if (end > n) {
        if (end > t.length || documentEndBetween(t, this.quoteOpen, end)) this.quoteUnclosed = true;
        return;
      }
      this.quoteOpen = undefined;
      this.i = end;
      this.prev = 0;
    }
    while (this.i < n && !this.documentEnded) {
      if (this.stack.length) this.flowStep(n);
      else this.blockLine(n);
      if (this.quoteOpen !== undefined) return;
    }
  }

  /** One line of block context, from its start (or from just after a flow collection closed). */
  private blockLine(stop: number): void {
    const t = this.text;
    const atLineStart = this.i === 0 || t[this.i - 1] === "\n";
    let lineStart = atLineStart ? this.i : this.lineStart;
    this.lineStart = lineStart;
    let lineEnd = t.indexOf("\n", this.i);
    if (lineEnd === -1) lineEnd = t.length;
    let j = this.i;
    if (atLineStart) {
      while (j < lineEnd && t[j] === " ") j++;
      const indent = j - lineStart;
      const rest = t.slice(j, lineEnd).trim();
      if (this.blockScalarParent >= 0) {
        if (rest === "" || indent > this.blockScalarParent) return this.nextLine(lineEnd);
        this.blockScalarParent = -1;
      }
      if (indent === 0 && /^(---|\.\.\.)(\s|$)/.test(rest)) {
        if (rest.startsWith("...")) return this.nextLine(lineEnd);
        j += 3;
      } else if (indent === 0 && rest.startsWith("%")) return this.nextLine(lineEnd);
    } else {
      // Just after a closed flow collection: a ": " may follow (a flow key), else the line ends.
      while (j < lineEnd && (t[j] === " " || t[j] === "\t")) j++;
      if (t[j] !== ":") return this.nextLine(lineEnd);
    }
    let parent = j - lineStart;
    for (;;) {
      while (j < lineEnd && (t[j] === " " || t[j] === "\t")) j++;
      if (j >= lineEnd || j >= stop) return this.nextLine(lineEnd, stop);
      const c = t[j];
      const next = t[j + 1];
      const sep = j + 1 >= lineEnd || next === " " || next === "\t" || next === "\r";
      if (c === "#") return this.nextLine(lineEnd);
      if ((c === "-" || c === "?" || c === ":") && sep) {
        if (c !== ":") parent = j - lineStart;
        j++;
        continue;
      }
      if (c === "&" || c === "!") {
        while (j < lineEnd && t[j] !== " " && t[j] !== "\t") j++;
        continue;
      }
      if (c === "[" || c === "{") {
        this.open(c, j, lineStart);
        this.i = j + 1;
        return;
      }
      if (c === "|" || c === ">") {
        this.blockScalarParent = parent;
        return this.nextLine(lineEnd);
      }
      if (c === '"' || c === "'") {
        const end = skipQuoted(t, j);
        if (end > stop) {
          this.quoteOpen = j;
          this.i = j;
          return;
        }
        j = end;
        if (j > lineEnd) {
          lineStart = this.lineStart = t.lastIndexOf("\n", j - 1) + 1;
          lineEnd = t.indexOf("\n", j);
          if (lineEnd === -1) lineEnd = t.length;
        }
        while (j < lineEnd && (t[j] === " " || t[j] === "\t")) j++;
        if (t[j] === ":") {
          parent = j - lineStart;
          continue;
        }
        return this.nextLine(lineEnd);
      }
      // A plain scalar: a key when a ": " follows on this line, else the value ends the line.
      const colon = findMappingColon(t, j, lineEnd);
      if (colon === undefined) return this.nextLine(lineEnd);
      parent = j - lineStart;
      j = colon + 1;
    }
  }

  /** Moves to the next line, or to `stop` when it falls inside this one. */
  private nextLine(lineEnd: number, stop = Infinity): void {
    this.i = Math.min(lineEnd + 1, Math.max(stop, this.i + 1));
  }

  private open(ch: "[" | "{", offset: number, lineStart: number): void {
    let k = lineStart;
    while (this.text[k] === " ") k++;
    this.stack.push({ ch, offset, indent: k - lineStart });
    this.prev = ch === "[" ? 91 : 123;
  }

  /** One character (or one quoted scalar, or one comment) of flow context. */
  private flowStep(stop: number): void {
    const t = this.text;
    const i = this.i;
    const c = t.charCodeAt(i);
    if (i === this.lineStart && (c === 45 || c === 46) && /^(---|\.\.\.)(\s|$)/.test(t.slice(i, i + 4))) {
      // A document marker ends the document, whatever is still open.
      this.stack.length = 0;
      this.documentEnded = true;
      return;
    }
    switch (c) {
      case 10: // a line break
        this.lineStart = this.i = i + 1;
        return;
      case 91: // [
      case 123: // {
        this.open(c === 91 ? "[" : "{", i, this.lineStart);
        this.i = i + 1;
        return;
      case 93: // ]
      case 125: {
        // }
        this.stack.pop();
        this.closedDepth = Math.min(this.closedDepth, this.stack.length);
        this.prev = 0;
        this.i = i + 1;
        return;
      }
      case 34: // "
      case 39: {
        // '
        if (!QUOTE_MAY_FOLLOW.has(this.prev)) break;
        const end = skipQuoted(t, i);
        if (end > stop) {
          this.quoteOpen = i;
          return;
        }
        // A quoted scalar may span lines: the scan is now on the line it ends on.
        for (let k = i; k < end; k++) if (t.charCodeAt(k) === 10) this.lineStart = k + 1;
        this.prev = 0;
        this.i = end;
        return;
      }
      case 35: // #
        if (i > 0 && !isBlank(t.charCodeAt(i - 1))) break;
        this.i = t.indexOf("\n", i);
        if (this.i === -1) this.i = t.length;
        return;
    }
    if (!isBlank(c)) this.prev = c;
    this.i = i + 1;
  }
}

/** Characters after which a quote starts a quoted scalar in flow context: [ { , : ? */
const QUOTE_MAY_FOLLOW = new Set([91, 123, 44, 58, 63]);

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 10;
}

/** The offset just past the closing quote of the quoted scalar at `start`, or text.length + 1. */
function skipQuoted(text: string, start: number): number {
  const q = text[start];
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i];
    if (q === '"' && c === "\\") i++;
    else if (c === q) {
      if (q === "'" && text[i + 1] === "'") i++;
      else return i + 1;
    }
  }
  return text.length + 1;
}

/** Whether a document marker (`---` or `...` at a line start) lies between two offsets. */
function documentEndBetween(text: string, from: number, to: number): boolean {
  return /\n(---|\.\.\.)(\s|$)/.test(text.slice(from, Math.min(to, text.length)));
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

// ---------------------------------------------------------------------------------------------
// A list or mapping as a key

/**
 * The first mapping key that is a list or a mapping (or an alias of one), which a Kubernetes
 * object cannot have: js-yaml refuses it without a position, go-yaml says "invalid map key".
 */
export function findComplexKey(events: readonly Event[], source: string): YamlSyntaxError | undefined {
  // Per open collection: whether it is a mapping, and how many children it has had.
  const stack: { mapping: boolean; children: number }[] = [];
  const collectionAnchors = new Map<string, "list" | "mapping">();
  const keyHere = (): boolean => {
    const top = stack[stack.length - 1];
    return !!top && top.mapping && top.children % 2 === 0;
  };
  const found = (what: "list" | "mapping", offset: number): YamlSyntaxError => ({
    message: `a mapping key cannot be a ${what}: keys in Kubernetes objects are names or strings (kubectl: invalid map key); quote the key if it is meant as text`,
    offset,
  });
  for (const ev of events) {
    switch (ev.type) {
      case EVENT_ID.DOCUMENT:
        collectionAnchors.clear();
        break;
      case EVENT_ID.SEQUENCE:
      case EVENT_ID.MAPPING: {
        const what = ev.type === EVENT_ID.SEQUENCE ? "list" : "mapping";
        if (keyHere()) return found(what, ev.start);
        if (ev.anchorStart >= 0) collectionAnchors.set(source.slice(ev.anchorStart, ev.anchorEnd), what);
        if (stack.length) stack[stack.length - 1].children++;
        stack.push({ mapping: ev.type === EVENT_ID.MAPPING, children: 0 });
        break;
      }
      case EVENT_ID.ALIAS: {
        const what = collectionAnchors.get(source.slice(ev.anchorStart, ev.anchorEnd));
        if (what && keyHere()) return found(what, Math.max(0, ev.anchorStart - 1));
        if (stack.length) stack[stack.length - 1].children++;
        break;
      }
      case EVENT_ID.SCALAR:
        if (stack.length) stack[stack.length - 1].children++;
        break;
      case EVENT_ID.POP:
        stack.pop();
        break;
    }
  }
  return undefined;
}
