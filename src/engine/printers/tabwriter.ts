/**
 * A port of Go's text/tabwriter (as forked by github.com/liggitt/tabwriter, which kubectl's
 * table printer uses for its RememberWidths flag). Column alignment is the single most visible
 * detail of kubectl output, so the elastic-tabstop algorithm is reproduced rather than
 * approximated: columns are per contiguous block of lines, the text after a line's last tab is
 * never padded, and a line without tabs flushes the writer.
 *
 * Only the features kubectl uses are kept (no HTML filtering, escapes, AlignRight or Debug).
 */

interface Cell {
  text: string;
  width: number;
  htab: boolean;
}

export interface TabWriterOptions {
  minwidth: number;
  padding: number;
  /** Keep the widest width seen per column across flushes (`kubectl get --watch`). */
  rememberWidths?: boolean;
}

/** Width in code points, as Go counts runes. */
const runeWidth = (s: string): number => Array.from(s).length;

export class GoTabWriter {
  private readonly minwidth: number;
  private readonly padding: number;
  private readonly rememberWidths: boolean;
  private lines: Cell[][] = [[]];
  private cell = "";
  private widths: number[] = [];
  private maxwidths: number[] = [];
  private out = "";

  constructor(options: TabWriterOptions) {
    this.minwidth = options.minwidth;
    this.padding = options.padding;
    this.rememberWidths = options.rememberWidths ?? false;
  }

  write(text: string): void {
    for (const ch of text) {
      if (ch === "\t" || ch === "\v" || ch === "\n" || ch === "\f") {
        const ncells = this.terminateCell(ch === "\t");
        if (ch === "\n" || ch === "\f") {
          this.lines.push([]);
          // A line with a single cell cannot influence later alignment, so Go flushes here.
          if (ch === "\f" || ncells === 1) this.flush();
        }
      } else {
        this.cell += ch;
      }
    }
  }

  flush(): void {
    if (this.cell.length > 0) this.terminateCell(false);
    this.format(0, this.lines.length);
    this.lines = [[]];
    this.cell = "";
    this.widths = [];
  }

  /** Everything written out so far; flush first to include buffered lines. */
  output(): string {
    return this.out;
  }

  /** Returns and forgets the output written so far. */
  take(): string {
    const s = this.out;
    this.out = "";
    return s;
  }

  private terminateCell(htab: boolean): number {
    const line = this.lines[this.lines.length - 1];
    line.push({ text: this.cell, width: runeWidth(this.cell), htab });
    this.cell = "";
    return line.length;
  }

  private writeLines(line0: number, line1: number): void {
    for (let i = line0; i < line1; i++) {
      const line = this.lines[i];
      line.forEach((c, j) => {
        this.out += c.text;
        if (j < this.widths.length) this.out += " ".repeat(this.widths[j] - c.width);
      });
      if (i + 1 === this.lines.length) {
        this.out += this.cell;
      } else {
        this.out += "\n";
      }
    }
  }

  private format(line0: number, line1: number): void {
    const column = this.widths.length;
    for (let current = line0; current < line1; current++) {
      if (column >= this.lines[current].length - 1) continue;
      // A cell exists in this column: print the lines before the block, then size the block.
      this.writeLines(line0, current);
      line0 = current;
      let width = this.minwidth;
      for (; current < line1; current++) {
        const line = this.lines[current];
        if (column >= line.length - 1) break;
        const w = line[column].width + this.padding;
        if (w > width) width = w;
      }
      if (this.rememberWidths) {
        if (this.maxwidths.length < this.widths.length) {
          this.maxwidths.push(...this.widths.slice(this.maxwidths.length));
        }
        if (this.maxwidths.length === this.widths.length) {
          this.maxwidths.push(width);
        } else if (this.maxwidths[this.widths.length] > width) {
          width = this.maxwidths[this.widths.length];
        } else if (this.maxwidths[this.widths.length] < width) {
          this.maxwidths[this.widths.length] = width;
        }
      }
      this.widths.push(width);
      this.format(line0, current);
      this.widths.pop();
      line0 = current;
    }
    this.writeLines(line0, line1);
  }
}

/** kubectl describe's `tabbedString`: tabwriter.Init(buf, 0, 8, 2, ' ', 0). */
export function describeTabWriter(): GoTabWriter {
  return new GoTabWriter({ minwidth: 0, padding: 2 });
}

/** cli-runtime's GetNewTabWriter: minwidth 6, tabwidth 4, padding 3, RememberWidths. */
export function tableTabWriter(): GoTabWriter {
  return new GoTabWriter({ minwidth: 6, padding: 3, rememberWidths: true });
}
