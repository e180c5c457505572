/**
 * Table layout follows cli-runtime pkg/printers/tableprinter.go (printTable) with the
 * tabwriter of GetNewTabWriter (minwidth 6, padding 3, RememberWidths); watch behaviour follows
 * kubectl's get.go watch loop (one PrintObj + Flush per watch event, header once).
 */
import { describe, expect, it } from "vitest";
import type { Pod } from "../api/types";
import { conds, cstatus, mkPod, running, terminated, waiting } from "./fixtures";
import { formatSimTime, printPodTable, watchTranscript, watchTranscriptWithTime } from "./getPods";
import { podRow } from "./podRow";

const runningPod = (name: string, restarts = 0): Pod =>
  mkPod({
    name,
    conditions: conds({ ready: true, initialized: true, sandbox: true }),
    statuses: [
      cstatus("app", {
        state: running(100),
        ready: true,
        restartCount: restarts,
        ...(restarts ? { lastState: terminated("Error", 1, 50, 100) } : {}),
      }),
    ],
  });

describe("printPodTable (kubectl get pods)", () => {
  it("pads every column to its widest cell + 3", () => {
    const rows = [podRow(runningPod("liveness-exec", 3), 141), podRow(mkPod({ name: "web", phase: "Pending", statuses: [cstatus("app", { state: waiting("ContainerCreating") })] }), 141)];
    expect(printPodTable(rows)).toBe(
      [
        "NAME            READY   STATUS              RESTARTS      AGE",
        "liveness-exec   1/1     Running             3 (41s ago)   2m21s",
        "web             0/1     ContainerCreating   0             2m21s",
        "",
      ].join("\n"),
    );
  });

  it("-o wide adds IP, NODE, NOMINATED NODE, READINESS GATES", () => {
    expect(printPodTable([podRow(runningPod("web"), 5)], { wide: true })).toBe(
      [
        "NAME   READY   STATUS    RESTARTS   AGE   IP           NODE    NOMINATED NODE   READINESS GATES",
        "web    1/1     Running   0          5s    10.244.0.5   node1   <none>           <none>",
        "",
      ].join("\n"),
    );
  });

  it("-A adds a NAMESPACE column; --no-headers drops the header", () => {
    expect(printPodTable([podRow(runningPod("web"), 5)], { namespaceColumn: true, noHeaders: true })).toBe("default   web   1/1   Running   0     5s\n");
  });

  it("an empty list prints kubectl's message", () => {
    expect(printPodTable([])).toBe("No resources found in default namespace.\n");
    expect(printPodTable([], { namespaceColumn: true })).toBe("No resources found\n");
  });
});

describe("watchTranscript (kubectl get pods -w)", () => {
  const pending = mkPod({ name: "nginx", phase: "Pending", statuses: [], conditions: [] });
  delete pending.spec!.nodeName;
  const scheduled = mkPod({ name: "nginx", phase: "Pending", statuses: [], conditions: conds({ scheduled: true }) });
  const creating = mkPod({
    name: "nginx",
    phase: "Pending",
    conditions: conds({ initialized: true, ready: false, sandbox: false }),
    statuses: [cstatus("app", { state: waiting("ContainerCreating") })],
  });
  const up = runningPod("nginx");
  const deleting = runningPod("nginx");
  deleting.metadata = { ...deleting.metadata, deletionTimestamp: "2025-09-01T09:01:10Z" };
  const snapshots = [
    { t: 0, pod: pending },
    { t: 0, pod: scheduled },
    { t: 0.4, pod: creating },
    { t: 2, pod: up },
    { t: 40, pod: deleting },
    { t: 41, pod: null },
  ];

  it("prints the header once, one line per event, and columns only ever grow", () => {
    expect(watchTranscript(snapshots)).toBe(
      [
        "NAME    READY   STATUS    RESTARTS   AGE",
        "nginx   0/1     Pending   0          0s",
        "nginx   0/1     Pending   0          0s",
        "nginx   0/1     ContainerCreating   0          0s",
        "nginx   1/1     Running             0          2s",
        "nginx   1/1     Terminating         0          40s",
        "nginx   1/1     Terminating         0          41s",
        "",
      ].join("\n"),
    );
  });

  it("the podplay variant prefixes a right-aligned simulated-time column T", () => {
    const out = watchTranscriptWithTime(snapshots.slice(0, 4));
    expect(out).toBe(
      [
        "       T   NAME    READY   STATUS    RESTARTS   AGE",
        "    0.0s   nginx   0/1     Pending   0          0s",
        "    0.0s   nginx   0/1     Pending   0          0s",
        "    0.4s   nginx   0/1     ContainerCreating   0          0s",
        "    2.0s   nginx   1/1     Running             0          2s",
        "",
      ].join("\n"),
    );
  });

  it("formatSimTime", () => {
    expect([0, 12, 59.96, 65.5, 3599.9, 3725].map(formatSimTime)).toEqual(["0.0s", "12.0s", "1m00.0s", "1m05.5s", "59m59.9s", "1h02m05s"]);
  });
});
