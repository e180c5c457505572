/**
 * `kubectl get pods` and `kubectl get pods -w`.
 *
 * Watch output reproduces kubectl's real behaviour: the header is printed once with the first
 * row; every watch event (every write to the Pod, even one that leaves the row unchanged)
 * prints one line; each line is flushed on its own through a tabwriter that remembers column
 * widths, so a column only ever grows and a longer value shifts the columns after it relative
 * to the header. A deletion prints the pod's last state once more, with AGE at deletion time.
 */
import type { Pod } from "../api/types";
import { DEFAULT_EPOCH_MS } from "../api/events";
import { type PodRow, podRow } from "./podRow";
import { tableTabWriter } from "./tabwriter";
import { noResourcesFound, writeTableHeader, writeTableRow } from "./table";

export interface PodTableOptions {
  /** `-o wide`: IP, NODE, NOMINATED NODE, READINESS GATES. */
  wide?: boolean;
  /** `-A` / `--all-namespaces`: a leading NAMESPACE column. */
  namespaceColumn?: boolean;
  noHeaders?: boolean;
  /** Namespace named in the empty-list message (default `default`). */
  namespace?: string;
}

const BASE_COLUMNS = ["Name", "Ready", "Status", "Restarts", "Age"];
const WIDE_COLUMNS = ["IP", "Node", "Nominated Node", "Readiness Gates"];

function columnsFor(opts: PodTableOptions): string[] {
  const cols = [...BASE_COLUMNS, ...(opts.wide ? WIDE_COLUMNS : [])];
  return opts.namespaceColumn ? ["Namespace", ...cols] : cols;
}

function cellsFor(row: PodRow, opts: PodTableOptions): string[] {
  const cells = [row.name, row.ready, row.status, row.restartsText, row.age];
  if (opts.wide) cells.push(row.ip, row.node, row.nominatedNode, row.readinessGates);
  return opts.namespaceColumn ? [row.namespace, ...cells] : cells;
}

/**
 * The table `kubectl get pods` prints for `rows` (in the order given; the API lists pods by
 * namespace, then name). An empty list yields kubectl's stderr message instead of a table.
 */
export function printPodTable(rows: PodRow[], opts: PodTableOptions = {}): string {
  if (rows.length === 0) return noResourcesFound(opts.namespaceColumn ? undefined : (opts.namespace ?? "default"));
  const tw = tableTabWriter();
  if (!opts.noHeaders) writeTableHeader(tw, columnsFor(opts));
  for (const row of rows) writeTableRow(tw, cellsFor(row, opts));
  tw.flush();
  return tw.output();
}

export interface WatchSnapshot {
  /** Simulated seconds of the watch event. */
  t: number;
  /** The Pod after the change; `null` when it was deleted. */
  pod: Pod | null;
  /** Which pod was deleted when several are watched; defaults to the last one seen. */
  name?: string;
  /** podRow(pod, t) when the caller already has it (watchRows does): not computed twice. */
  row?: PodRow;
}

export interface WatchOptions extends PodTableOptions {
  /** Prefix every line with the simulated time (see formatSimTime). */
  simTime?: boolean;
}

/** One printed line of a watch, with the simulated time it was printed at. */
export interface WatchLine {
  t: number;
  text: string;
}

/** The lines of `kubectl get pods -w`, header first (its `t` is that of the first event). */
export function watchLines(
  snapshots: WatchSnapshot[],
  epochMs: number = DEFAULT_EPOCH_MS,
  opts: PodTableOptions = {},
): WatchLine[] {
  const b = new WatchLinesBuilder(epochMs, { ...opts, simTime: false });
  b.add(snapshots);
  return b.lines;
}

/**
 * watchLines (or, with `simTime`, watchLinesShown) made as snapshots come: kubectl flushes after
 * every row, so each line is fixed once printed and later ones never change it.
 */
export class WatchLinesBuilder {
  readonly lines: WatchLine[] = [];
  private readonly tw = tableTabWriter();
  private readonly lastByName = new Map<string, Pod>();
  private lastPod: Pod | undefined;
  private headerPrinted: boolean;

  constructor(
    private readonly epochMs: number = DEFAULT_EPOCH_MS,
    private readonly opts: WatchOptions = {},
  ) {
    this.headerPrinted = !!opts.noHeaders;
  }

  add(snapshots: readonly WatchSnapshot[]): void {
    const { tw, opts, lines } = this;
    for (const snap of snapshots) {
      let pod: Pod | undefined;
      if (snap.pod) {
        pod = snap.pod;
        this.lastByName.set(pod.metadata?.name ?? "", pod);
        this.lastPod = pod;
      } else {
        pod = snap.name !== undefined ? this.lastByName.get(snap.name) : this.lastPod;
        if (!pod) continue;
      }
      const header = !this.headerPrinted;
      if (header) {
        writeTableHeader(tw, columnsFor(opts));
        this.headerPrinted = true;
      }
      writeTableRow(tw, cellsFor(snap.pod && snap.row ? snap.row : podRow(pod, snap.t, this.epochMs), opts));
      tw.flush();
      let first = header;
      for (const text of tw.take().split("\n")) {
        if (text === "") continue;
        // The T column: "T" over the header, the simulated time on every row.
        lines.push({ t: snap.t, text: opts.simTime ? `${(first ? "T" : formatSimTime(snap.t)).padStart(SIM_TIME_WIDTH)}   ${text}` : text });
        first = false;
      }
    }
  }
}

/** `kubectl get pods -w` as kubectl prints it. */
export function watchTranscript(
  snapshots: WatchSnapshot[],
  epochMs: number = DEFAULT_EPOCH_MS,
  opts: WatchOptions = {},
): string {
  return watchLinesShown(snapshots, epochMs, opts)
    .map((l) => `${l.text}\n`)
    .join("");
}

/** The watch's lines as shown: with `simTime`, each prefixed by the T column (the header by "T"). */
export function watchLinesShown(snapshots: WatchSnapshot[], epochMs: number = DEFAULT_EPOCH_MS, opts: WatchOptions = {}): WatchLine[] {
  const b = new WatchLinesBuilder(epochMs, opts);
  b.add(snapshots);
  return b.lines;
}

/** The podplay CLI variant: a leading simulated-time column `T`. */
export function watchTranscriptWithTime(
  snapshots: WatchSnapshot[],
  epochMs: number = DEFAULT_EPOCH_MS,
  opts: PodTableOptions = {},
): string {
  return watchTranscript(snapshots, epochMs, { ...opts, simTime: true });
}

/** Width of the T column: fits `59m59.9s` and `9h59m59s`, so the table never shifts. */
const SIM_TIME_WIDTH = 8;

/**
 * Simulated time for the T column: `12.0s` below a minute (tenths, because probe and PLEG
 * timing is sub-second), `1m05.5s` below an hour, `1h02m05s` beyond. It is not a kubectl format
 * on purpose, so it cannot be mistaken for AGE.
 */
export function formatSimTime(t: number): string {
  const tenths = Math.round(t * 10);
  if (tenths < 600) return `${(tenths / 10).toFixed(1)}s`;
  const totalSeconds = Math.floor(tenths / 10);
  const fraction = tenths % 10;
  const m = Math.floor(totalSeconds / 60);
  const s = totalSeconds % 60;
  if (m < 60) return `${m}m${String(s).padStart(2, "0")}.${fraction}s`;
  const h = Math.floor(m / 60);
  return `${h}h${String(m % 60).padStart(2, "0")}m${String(s).padStart(2, "0")}s`;
}
