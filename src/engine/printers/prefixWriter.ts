/**
 * kubectl describe's PrefixWriter: each level indents by two spaces, text is escaped for the
 * terminal, and everything goes through one tabwriter so that `Label:\tvalue` lines in a
 * contiguous run share a column.
 */
import { describeTabWriter, type GoTabWriter } from "./tabwriter";
import { escapeTerminal } from "./table";

export const LEVEL_0 = 0;
export const LEVEL_1 = 1;
export const LEVEL_2 = 2;
export const LEVEL_3 = 3;

export class PrefixWriter {
  private readonly tw: GoTabWriter;

  constructor(tw: GoTabWriter = describeTabWriter()) {
    this.tw = tw;
  }

  write(level: number, text: string): void {
    this.tw.write(escapeTerminal("  ".repeat(level) + text));
  }

  /** fmt.Sprintln semantics: no indentation, trailing newline. */
  writeLine(text: string): void {
    this.tw.write(escapeTerminal(`${text}\n`));
  }

  /** The finished text (tabbedString's Flush + buf.String()). */
  finish(): string {
    this.tw.flush();
    return this.tw.output();
  }
}
