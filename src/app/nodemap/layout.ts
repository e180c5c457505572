/**
 * The node map's fixed grid: every position is arithmetic (no DOM measuring), and box heights
 * come from each node's peak pod count over the whole run, so boxes do not grow and shrink as
 * the playhead moves.
 */
export const NODE_W = 264;
export const GAP = 12;
export const PAD = 8;
/** Name, badges and two allocation bars. */
export const HEADER_H = 64;
export const CHIP_H = 22;
export const CHIP_GAP = 4;
/** Chips to a row in a node box when every pod name of the run fits a half-width chip. */
export const CHIP_COLS = 2;
/** Width of a chip when a node box holds `cols` to a row. */
export const chipWidth = (cols: number) => (NODE_W - 2 * PAD - (cols - 1) * CHIP_GAP) / cols;
export const CHIP_W = chipWidth(CHIP_COLS);
/** The longest pod name a half-width chip shows whole (11 px type, glyph and workload band). */
export const HALF_CHIP_CHARS = 12;

/**
 * Two chips to a row when every name of the run fits one whole, otherwise one: a Deployment's
 * pod name keeps its generated `-<pod-template-hash>-<5 chars>` (up to 17 characters) whole.
 */
export function chipColsFor(longestName: number): number {
  return longestName <= HALF_CHIP_CHARS ? CHIP_COLS : 1;
}
/** Rows of chips a node box shows at most; the rest is summarised as "+N more". */
export const MAX_CHIP_ROWS = 10;
export const LANE_TITLE_H = 24;
export const MAX_LANE_ROWS = 4;

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface MapLayout {
  width: number;
  height: number;
  columns: number;
  /** Chips to a row in a node box, and their width. */
  chipCols: number;
  chipW: number;
  lane: Box & { perRow: number; capacity: number };
  /** Node name → box. */
  nodes: Map<string, Box & { capacity: number }>;
}

const chipRows = (n: number, perRow: number, max: number) => Math.max(1, Math.min(max, Math.ceil(n / perRow)));

/**
 * Lays out the "Unscheduled" lane on top, then the node boxes in a grid, in `names` order.
 * `peak(name)` is the most pods the node ever holds at once.
 */
export function layoutNodeMap(names: string[], peak: (name: string) => number, peakUnscheduled: number, width: number, chipCols = CHIP_COLS): MapLayout {
  const w = Math.max(NODE_W, width);
  const columns = Math.max(1, Math.floor((w + GAP) / (NODE_W + GAP)));
  const laneW = columns * NODE_W + (columns - 1) * GAP;
  const chipW = chipWidth(chipCols);
  const perRow = Math.max(1, Math.floor((laneW - 2 * PAD + CHIP_GAP) / (chipW + CHIP_GAP)));
  const laneRows = chipRows(peakUnscheduled, perRow, MAX_LANE_ROWS);
  const lane = { x: 0, y: 0, w: laneW, h: LANE_TITLE_H + laneRows * (CHIP_H + CHIP_GAP) + PAD, perRow, capacity: laneRows * perRow };
  const nodes = new Map<string, Box & { capacity: number }>();
  let y = lane.h + GAP;
  for (let r = 0; r * columns < names.length; r++) {
    const row = names.slice(r * columns, (r + 1) * columns);
    const rows = Math.max(...row.map((n) => chipRows(peak(n), chipCols, MAX_CHIP_ROWS)));
    const h = HEADER_H + rows * (CHIP_H + CHIP_GAP) + PAD;
    row.forEach((name, c) => nodes.set(name, { x: c * (NODE_W + GAP), y, w: NODE_W, h, capacity: rows * chipCols }));
    y += h + GAP;
  }
  return { width: laneW, height: Math.max(y - GAP, lane.h), columns, chipCols, chipW, lane, nodes };
}

/** Offset of chip `i` inside a box whose chips start at `top`, `perRow` to a row. */
export function chipOffset(i: number, perRow: number, top: number, chipW = CHIP_W): { x: number; y: number } {
  return { x: PAD + (i % perRow) * (chipW + CHIP_GAP), y: top + Math.floor(i / perRow) * (CHIP_H + CHIP_GAP) };
}

/**
 * The node boxes that meet the band [top, bottom] of the plane (in layout order): the view
 * draws only these, so 1,000 nodes cost what the screen shows.
 */
export function nodesInBand(layout: MapLayout, top: number, bottom: number): string[] {
  const out: string[] = [];
  for (const [name, b] of layout.nodes) {
    if (b.y > bottom) break;
    if (b.y + b.h >= top) out.push(name);
  }
  return out;
}
