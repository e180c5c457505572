/**
 * Cell rules follow cli-runtime pkg/printers/tableprinter.go (printTable) and terminal.go
 * (WriteEscaped).
 */
import { describe, expect, it } from "vitest";
import { tableTabWriter } from "./tabwriter";
import { escapeTerminal, noResourcesFound, writeTableHeader, writeTableRow } from "./table";

describe("table cells (tableprinter.go printTable)", () => {
  it("upper-cases headers and cuts string cells at the first line break with `...`", () => {
    const tw = tableTabWriter();
    writeTableHeader(tw, ["Name", "Message"]);
    writeTableRow(tw, ["a", "first\nsecond"]);
    writeTableRow(tw, ["b", "x\r\ny"]);
    tw.flush();
    expect(tw.output()).toBe("NAME   MESSAGE\na      first...\nb      x...\n");
  });

  it("escapes terminal control sequences (terminal.go WriteEscaped)", () => {
    expect(escapeTerminal("\u001b[31mred\r")).toBe("^[[31mred\\r");
  });

  it("empty-list messages", () => {
    expect(noResourcesFound("prod")).toBe("No resources found in prod namespace.\n");
  });
});
