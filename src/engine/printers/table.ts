/**
 * cli-runtime's human-readable table printer (printTable in tableprinter.go): upper-cased
 * column names, tab-separated cells, a header only when there is at least one row, and string
 * cells cut at the first line break with `...` appended.
 */
import type { GoTabWriter } from "./tabwriter";

/** printers.WriteEscaped: terminal control sequences are made visible, not interpreted. */
export function escapeTerminal(s: string): string {
  return s.split("\u001b").join("^[").split("\r").join("\\r");
}

function cellText(value: string): string {
  const breakAt = value.search(/[\f\n\r]/);
  return breakAt >= 0 ? `${escapeTerminal(value.slice(0, breakAt))}...` : escapeTerminal(value);
}

export function writeTableHeader(tw: GoTabWriter, columns: string[]): void {
  tw.write(`${columns.map((c) => c.toUpperCase()).join("\t")}\n`);
}

export function writeTableRow(tw: GoTabWriter, cells: string[]): void {
  tw.write(`${cells.map(cellText).join("\t")}\n`);
}

/** The text kubectl writes to stderr when a list is empty. */
export function noResourcesFound(namespace?: string): string {
  return namespace ? `No resources found in ${namespace} namespace.\n` : "No resources found\n";
}
