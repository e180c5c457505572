import { describe, expect, it } from "vitest";
import { GoTabWriter, describeTabWriter, tableTabWriter } from "./tabwriter";

const render = (tw: GoTabWriter, text: string): string => {
  tw.write(text);
  tw.flush();
  return tw.output();
};

describe("GoTabWriter (Go text/tabwriter, github.com/liggitt/tabwriter)", () => {
  it("aligns columns per contiguous block; trailing text is not a column (tabwriter.go doc example)", () => {
    const out = render(new GoTabWriter({ minwidth: 0, padding: 1 }), "aaaa\tbbb\td\naa\tb\tdd\na\t\naa\tcccc\teee\n");
    expect(out).toBe("aaaa bbb d\naa   b   dd\na    \naa   cccc eee\n");
  });

  it("a line without tabs ends every column block (Write flushes on a one-cell line)", () => {
    const out = render(describeTabWriter(), "Name:\tx\nIPs:\n  IP:\t10.0.0.1\nControlled By:\tReplicaSet/web\n");
    // `  IP:` starts a new block and shares it with the following label, as in real describe output.
    expect(out).toBe("Name:  x\nIPs:\n  IP:           10.0.0.1\nControlled By:  ReplicaSet/web\n");
  });

  it("empty leading cells are padded, which is how describe continues multi-line values", () => {
    const out = render(describeTabWriter(), "Tolerations:\ta\n\tb\nQoS:\tc\n");
    expect(out).toBe("Tolerations:  a\n              b\nQoS:          c\n");
  });

  it("applies cli-runtime's minwidth 6 and padding 3 (printers.GetNewTabWriter)", () => {
    const out = render(tableTabWriter(), "A\tBB\tC\nx\ty\tz\n");
    expect(out).toBe("A     BB    C\nx     y     z\n");
  });

  it("RememberWidths keeps columns at least as wide as in earlier flushes (kubectl get -w)", () => {
    const tw = tableTabWriter();
    tw.write("NAME\tSTATUS\tAGE\nweb\tPending\t0s\n");
    tw.flush();
    tw.write("web\tRunning\t2s\n");
    tw.flush();
    tw.write("web\tContainerCreating\t1s\n");
    tw.flush();
    tw.write("web\tRunning\t3s\n");
    tw.flush();
    expect(tw.output()).toBe(
      [
        "NAME   STATUS    AGE",
        "web    Pending   0s",
        "web    Running   2s",
        "web    ContainerCreating   1s",
        "web    Running             3s",
        "",
      ].join("\n"),
    );
  });

  it("counts width in code points like Go runes", () => {
    const out = render(new GoTabWriter({ minwidth: 0, padding: 1 }), "µs\tx\nab\ty\n");
    expect(out).toBe("µs x\nab y\n");
  });
});
