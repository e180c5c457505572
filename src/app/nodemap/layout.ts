/**
 * The node map's fixed grid: every position is arithmetic (no DOM measuring), and box heights
 * come from each node's peak pod count over the whole run, so boxes do not grow and shrink as
 * the playhead moves.
 */
export const NODE_W = 248;
export const GAP = 12;
export const PAD = 8;
/** Name, badges and two allocation bars. */
export const HEADER_H = 64;
export const CHIP_H = 22;
export const CHIP_GAP = 4;
export const CHIP_COLS = 2;
export const CHIP_W = (NODE_W - 2 * PAD - (CHIP_COLS - 1) * CHIP_GAP) / CHIP_COLS;
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
  lane: Box & { perRow: number; capacity: number };
  /** Node name → box. */
  nodes: Map<string, Box & { capacity: number }>;
}

const chipRows = (n: number, perRow: number, max: number) => Math.max(1, Math.min(max, Math.ceil(n / perRow)));

/**
 * Lays out the "Unscheduled" lane on top, then the node boxes in a grid, in `names` order.
 * `peak(name)` is the most pods the node ever holds at once.
 */
export function layoutNodeMap(names: string[], peak: (name: string) => number, peakUnscheduled: number, width: number): MapLayout {
  const w = Math.max(NODE_W, width);
  const columns = Math.max(1, Math.floor((w + GAP) / (NODE_W + GAP)));
  const laneW = columns * NODE_W + (columns - 1) * GAP;
  const perRow = Math.max(1, Math.floor((laneW - 2 * PAD + CHIP_GAP) / (CHIP_W + CHIP_GAP)));
  const laneRows = chipRows(peakUnscheduled, perRow, MAX_LANE_ROWS);
  const lane = { x: 0, y: 0, w: laneW, h: LANE_TITLE_H + laneRows * (CHIP_H + CHIP_GAP) + PAD, perRow, capacity: laneRows * perRow };
  const nodes = new Map<string, Box & { capacity: number }>();
  let y = lane.h + GAP;
  for (let r = 0; r * columns < names.length; r++) {
    const row = names.slice(r * columns, (r + 1) * columns);
    const rows = Math.max(...row.map((n) => chipRows(peak(n), CHIP_COLS, MAX_CHIP_ROWS)));
    const h = HEADER_H + rows * (CHIP_H + CHIP_GAP) + PAD;
    row.forEach((name, c) => nodes.set(name, { x: c * (NODE_W + GAP), y, w: NODE_W, h, capacity: rows * CHIP_COLS }));
    y += h + GAP;
  }
  return { width: laneW, height: Math.max(y - GAP, lane.h), columns, lane, nodes };
}

/** Offset of chip `i` inside a box whose chips start at `top`, `perRow` to a row. */
export function chipOffset(i: number, perRow: number, top: number): { x: number; y: number } {
  return { x: PAD + (i % perRow) * (CHIP_W + CHIP_GAP), y: top + Math.floor(i / perRow) * (CHIP_H + CHIP_GAP) };
}
