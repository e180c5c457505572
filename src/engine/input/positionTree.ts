import { EVENT_ID, SCALAR_STYLE, getScalarValue, type Event, type ScalarEvent } from "js-yaml";

/**
 * Where each node of one YAML document sits in the source, keyed the way the constructed JS value
 * is (mapping keys as strings, sequence indices as numbers), so a field path from validation can be
 * turned back into a source position.
 */
export interface PosNode {
  /** Offset of the node's value; for an alias, the offset of the `*name` that refers to it. */
  off: number;
  items?: PosNode[];
  keys?: Map<string, PosEntry>;
  /** For an alias: the anchored node, whose children a path continues into. */
  target?: PosNode;
}

export interface PosEntry {
  keyOff: number;
  node: PosNode;
}

const QUOTED = new Set<number>([SCALAR_STYLE.SINGLE_QUOTED, SCALAR_STYLE.DOUBLE_QUOTED]);
const BLOCK = new Set<number>([SCALAR_STYLE.LITERAL_BLOCK, SCALAR_STYLE.FOLDED_BLOCK]);

interface Frame {
  node: PosNode;
  isMap: boolean;
  /** For a mapping: the key waiting for its value (undefined when the next node is a key). */
  pendingKey?: { text: string | undefined; off: number };
  anchor?: string;
}

/**
 * Builds the position tree of the document whose events are `events[from]` (a DOCUMENT event) up
 * to its closing POP. Merge keys (`<<: *base`) contribute the anchored mapping's keys, so a path
 * into a merged field lands on the anchored definition, where the text actually is.
 */
export function buildPositionTree(events: readonly Event[], from: number, source: string): PosNode {
  const anchors = new Map<string, PosNode>();
  const stack: Frame[] = [];
  let root: PosNode = { off: 0 };

  const attach = (node: PosNode, off: number, keyText: string | undefined, anchor: string | undefined): void => {
    if (anchor !== undefined) anchors.set(anchor, node);
    const parent = stack[stack.length - 1];
    if (!parent) {
      root = node;
      return;
    }
    if (!parent.isMap) {
      parent.node.items!.push(node);
      return;
    }
    if (parent.pendingKey === undefined) {
      parent.pendingKey = { text: keyText, off };
      return;
    }
    const key = parent.pendingKey;
    parent.pendingKey = undefined;
    if (node.off < 0) node.off = key.off;
    if (key.text === undefined) return;
    const keys = parent.node.keys!;
    if (key.text === "<<") {
      mergeInto(keys, node);
      return;
    }
    keys.set(key.text, { keyOff: key.off, node });
  };

  for (let i = from + 1; i < events.length; i++) {
    const ev = events[i];
    switch (ev.type) {
      case EVENT_ID.SCALAR: {
        const off = scalarOffset(ev, source);
        const anchor = ev.anchorStart >= 0 ? source.slice(ev.anchorStart, ev.anchorEnd) : undefined;
        const text = ev.valueStart >= 0 ? getScalarValue(source, ev) : "";
        attach({ off }, off, text, anchor);
        break;
      }
      case EVENT_ID.ALIAS: {
        const name = source.slice(ev.anchorStart, ev.anchorEnd);
        const off = Math.max(0, ev.anchorStart - 1);
        attach({ off, target: anchors.get(name) }, off, undefined, undefined);
        break;
      }
      case EVENT_ID.SEQUENCE:
      case EVENT_ID.MAPPING: {
        const isMap = ev.type === EVENT_ID.MAPPING;
        const node: PosNode = isMap ? { off: ev.start, keys: new Map() } : { off: ev.start, items: [] };
        const anchor = ev.anchorStart >= 0 ? source.slice(ev.anchorStart, ev.anchorEnd) : undefined;
        // A collection used as a mapping key has no string form; it is attached without a key text.
        attach(node, ev.start, undefined, undefined);
        stack.push({ node, isMap, anchor });
        break;
      }
      case EVENT_ID.POP: {
        const frame = stack.pop();
        if (!frame) return root;
        if (frame.anchor !== undefined) anchors.set(frame.anchor, frame.node);
        break;
      }
      case EVENT_ID.DOCUMENT:
        return root;
    }
  }
  return root;
}

function mergeInto(keys: Map<string, PosEntry>, value: PosNode): void {
  const sources = value.target ? [value.target] : value.items ? value.items.map((n) => n.target ?? n) : [value];
  for (const src of sources) {
    const from = src.target?.keys ?? src.keys;
    if (!from) continue;
    for (const [k, entry] of from) if (!keys.has(k)) keys.set(k, entry);
  }
}

function scalarOffset(ev: ScalarEvent, source: string): number {
  if (ev.valueStart < 0) return -1;
  if (QUOTED.has(ev.style)) return ev.valueStart - 1;
  if (BLOCK.has(ev.style)) return blockIndicator(source, ev.valueStart);
  return ev.valueStart;
}

/** A block scalar's content starts on the next line; the `|` or `>` that opens it reads better. */
function blockIndicator(source: string, contentStart: number): number {
  let i = contentStart - 1;
  while (i >= 0 && (source[i] === " " || source[i] === "\n" || source[i] === "\r" || source[i] === "\t")) i--;
  while (i >= 0 && "+-0123456789".includes(source[i])) i--;
  return i >= 0 && (source[i] === "|" || source[i] === ">") ? i : contentStart;
}

/** The node at `path`, or the deepest existing ancestor, and how many segments matched. */
export function walk(root: PosNode, path: readonly (string | number)[]): { node: PosNode; depth: number; parent?: PosNode } {
  let node = root;
  let parent: PosNode | undefined;
  let depth = 0;
  for (const seg of path) {
    const container = node.target ?? node;
    let next: PosNode | undefined;
    if (typeof seg === "number") next = container.items?.[seg];
    else next = container.keys?.get(seg)?.node;
    if (!next) break;
    parent = node;
    node = next;
    depth++;
  }
  return { node, depth, parent };
}

/** Offset of the key that names `path`'s last segment, if that key exists in the source. */
export function keyOffset(root: PosNode, path: readonly (string | number)[]): number | undefined {
  if (path.length === 0) return undefined;
  const last = path[path.length - 1];
  if (typeof last !== "string") return undefined;
  const { node, depth } = walk(root, path.slice(0, -1));
  if (depth !== path.length - 1) return undefined;
  return (node.target ?? node).keys?.get(last)?.keyOff;
}
