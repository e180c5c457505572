import { EVENT_ID, type Event } from "js-yaml";

/** Nodes a file may expand to once every alias is replaced by what it names. */
export const ALIAS_EXPANSION_BUDGET = 2_000_000;
/** Deepest nesting of mappings and sequences accepted, counted after alias expansion too. */
export const MAX_DEPTH = 100;

export interface ScannedDocument {
  /** Index of the DOCUMENT event that opens it. */
  event: number;
  /** True when the document holds nothing but an empty (null) scalar. */
  empty: boolean;
  /** True when the document uses aliases, so its JS value shares objects between places. */
  aliases: boolean;
}

export interface ScanProblem {
  message: string;
  offset: number;
  /** Index of the document (every document counted) the problem is in. */
  document: number;
}

interface Shape {
  size: number;
  height: number;
}

interface Frame extends Shape {
  anchor?: string;
}


/**
 * One pass over the parser events that finds document boundaries and measures what the documents
 * become once aliases are expanded. js-yaml shares aliased values by reference, so "billion laughs"
 * input costs it nothing; the admission code walks values as trees, which is where it would blow up.
 * The parser already refuses syntactic nesting deeper than MAX_DEPTH, but an alias can nest a deep
 * anchored value inside another deep one, so depth is measured here after expansion as well.
 */
export function scanDocuments(events: readonly Event[], source: string): { docs: ScannedDocument[]; problem?: ScanProblem } {
  const docs: ScannedDocument[] = [];
  let anchors = new Map<string, Shape>();
  const stack: Frame[] = [];
  let expanded = 0;
  let docStart = -1;
  let nodesInDoc = 0;
  let firstScalarEmpty = false;
  let aliases = false;

  const tooDeep = (offset: number, viaAlias: boolean): ScanProblem => ({
    message: `the YAML nests deeper than ${MAX_DEPTH} levels${viaAlias ? " (counting what aliases expand to)" : ""}; podplay accepts up to ${MAX_DEPTH}`,
    offset,
    document: docs.length,
  });
  const add = (shape: Shape, offset: number): ScanProblem | undefined => {
    const parent = stack[stack.length - 1];
    if (parent) {
      parent.size += shape.size;
      parent.height = Math.max(parent.height, shape.height);
    }
    if (stack.length + shape.height > MAX_DEPTH) return tooDeep(offset, true);
    return undefined;
  };
  const count = (size: number, offset: number): ScanProblem | undefined => {
    expanded += size;
    if (expanded <= ALIAS_EXPANSION_BUDGET) return undefined;
    return {
      message: `the YAML aliases expand to more than ${ALIAS_EXPANSION_BUDGET.toLocaleString("en-US")} nodes; use fewer or smaller aliases (*name)`,
      offset,
      document: docs.length,
    };
  };

  for (let i = 0; i < events.length; i++) {
    const ev = events[i];
    let problem: ScanProblem | undefined;
    switch (ev.type) {
      case EVENT_ID.DOCUMENT:
        docStart = i;
        nodesInDoc = 0;
        firstScalarEmpty = false;
        aliases = false;
        anchors = new Map();
        break;
      case EVENT_ID.SCALAR: {
        nodesInDoc++;
        if (nodesInDoc === 1) firstScalarEmpty = ev.valueStart < 0 || isNullText(source.slice(ev.valueStart, ev.valueEnd), ev.style);
        const shape = { size: 1, height: 0 };
        if (ev.anchorStart >= 0) anchors.set(source.slice(ev.anchorStart, ev.anchorEnd), shape);
        const offset = Math.max(0, ev.valueStart);
        problem = count(1, offset) ?? add(shape, offset);
        break;
      }
      case EVENT_ID.ALIAS: {
        nodesInDoc++;
        aliases = true;
        const shape = anchors.get(source.slice(ev.anchorStart, ev.anchorEnd)) ?? { size: 1, height: 0 };
        const offset = Math.max(0, ev.anchorStart - 1);
        problem = count(shape.size, offset) ?? add(shape, offset);
        break;
      }
      case EVENT_ID.SEQUENCE:
      case EVENT_ID.MAPPING:
        nodesInDoc++;
        stack.push({ size: 1, height: 0, anchor: ev.anchorStart >= 0 ? source.slice(ev.anchorStart, ev.anchorEnd) : undefined });
        problem = count(1, ev.start) ?? (stack.length > MAX_DEPTH ? tooDeep(ev.start, false) : undefined);
        break;
      case EVENT_ID.POP: {
        const frame = stack.pop();
        if (!frame) {
          docs.push({ event: docStart, empty: nodesInDoc === 0 || (nodesInDoc === 1 && firstScalarEmpty), aliases });
          break;
        }
        const shape = { size: frame.size, height: frame.height + 1 };
        if (frame.anchor !== undefined) anchors.set(frame.anchor, shape);
        problem = add(shape, 0);
        break;
      }
    }
    if (problem) return { docs, problem };
  }
  return { docs };
}

/** Plain scalars that the core schema reads as null. */
function isNullText(text: string, style: number): boolean {
  return style === 1 && (text === "" || text === "~" || text === "null" || text === "Null" || text === "NULL");
}
