/**
 * Rules follow printEvent in pkg/printers/internalversion/printers.go, client-go
 * tools/record/events_cache.go (EventCorrelator key, count/firstTimestamp/lastTimestamp),
 * tools/record/event.go (Event name `<object>.<hex UnixNano>`) and the API server's 1 h
 * event TTL (--event-ttl).
 */
import { describe, expect, it } from "vitest";
import { kubeletEvent, livenessExecEvents, scheduledEvent } from "./fixtures";
import { EVENT_TTL_SECONDS, foldEvents, printEvents } from "./getEvents";

describe("foldEvents (client-go EventCorrelator)", () => {
  it("identical occurrences become one Event with count, firstTimestamp, lastTimestamp", () => {
    const events = foldEvents(livenessExecEvents(), 80);
    const unhealthy = events.find((e) => e.reason === "Unhealthy");
    expect(unhealthy).toMatchObject({
      apiVersion: "v1",
      kind: "Event",
      count: 3,
      firstTimestamp: "2025-09-01T09:00:35Z",
      lastTimestamp: "2025-09-01T09:00:45Z",
      type: "Warning",
      source: { component: "kubelet", host: "node1" },
      reportingComponent: "kubelet",
      reportingInstance: "node1",
      involvedObject: { kind: "Pod", name: "liveness-exec", namespace: "default", apiVersion: "v1", fieldPath: "spec.containers{liveness}" },
    });
    // Different messages under one reason stay separate Events.
    expect(events.filter((e) => e.reason === "Pulled").map((e) => e.count)).toEqual([1, 1]);
    expect(events.find((e) => e.reason === "Created")?.count).toBe(2);
  });

  it("names are <object>.<hex UnixNano of the first occurrence>, listed in name order", () => {
    const names = foldEvents(livenessExecEvents(), 80).map((e) => e.metadata?.name);
    expect(names[0]).toBe(`liveness-exec.${(BigInt(Date.UTC(2025, 8, 1, 9, 0, 0)) * 1_000_000n).toString(16)}`);
    expect([...names].sort()).toEqual(names);
  });

  it("scheduler Events are events.k8s.io events: eventTime, reportingComponent, series for repeats", () => {
    const failed = (t: number) => ({ ...scheduledEvent(t, "big"), type: "Warning" as const, reason: "FailedScheduling", message: "0/1 nodes are available." });
    const [e] = foldEvents([failed(0), failed(300)], 400);
    expect(e).toMatchObject({
      source: {},
      eventTime: "2025-09-01T09:00:00.000000Z",
      series: { count: 2, lastObservedTime: "2025-09-01T09:05:00.000000Z" },
      reportingComponent: "default-scheduler",
      action: "Scheduling",
    });
    expect(e.firstTimestamp).toBeUndefined();
    expect(e.count).toBeUndefined();
  });

  it("an Event expires one hour after its last write (kube-apiserver --event-ttl=1h)", () => {
    const events = [kubeletEvent(0, "Normal", "Pulled", "x", "web", "app"), kubeletEvent(100, "Normal", "Started", "y", "web", "app")];
    expect(foldEvents(events, EVENT_TTL_SECONDS - 1).length).toBe(2);
    expect(foldEvents(events, EVENT_TTL_SECONDS).map((e) => e.reason)).toEqual(["Started"]);
  });
});

describe("printEvents (kubectl get events)", () => {
  it("LAST SEEN TYPE REASON OBJECT MESSAGE in API (name) order, not sorted by time", () => {
    expect(printEvents(livenessExecEvents(), 80)).toBe(
      [
        "LAST SEEN   TYPE      REASON      OBJECT              MESSAGE",
        "80s         Normal    Scheduled   pod/liveness-exec   Successfully assigned default/liveness-exec to node1",
        '80s         Normal    Pulling     pod/liveness-exec   Pulling image "registry.k8s.io/busybox:1.27.2"',
        '79s         Normal    Pulled      pod/liveness-exec   Successfully pulled image "registry.k8s.io/busybox:1.27.2" in 1s (1s including waiting). Image size: 1144394 bytes.',
        "5s          Normal    Created     pod/liveness-exec   Created container: liveness",
        "5s          Normal    Started     pod/liveness-exec   Started container liveness",
        "35s         Warning   Unhealthy   pod/liveness-exec   Liveness probe failed: cat: can't open '/tmp/healthy': No such file or directory",
        "35s         Normal    Killing     pod/liveness-exec   Container liveness failed liveness probe, will be restarted",
        '5s          Normal    Pulled      pod/liveness-exec   Container image "registry.k8s.io/busybox:1.27.2" already present on machine',
        "",
      ].join("\n"),
    );
  });

  it("groups by object name before time: `web-1.…` sorts before `web.…`", () => {
    const events = [kubeletEvent(0, "Normal", "Pulling", "a", "web", "app"), kubeletEvent(5, "Normal", "Pulling", "b", "web-1", "app")];
    const out = printEvents(events, 10, { noHeaders: true });
    expect(out).toBe("5s    Normal   Pulling   pod/web-1   b\n10s   Normal   Pulling   pod/web     a\n");
  });

  it("-o wide: SUBOBJECT, SOURCE (component, host), FIRST SEEN, COUNT, NAME; messages cut at a newline", () => {
    const events = [35, 40].map((t) => kubeletEvent(t, "Warning", "Unhealthy", "Readiness probe failed: line1\nline2", "web", "app"));
    const out = printEvents(events, 45, { wide: true });
    const [header, row] = out.split("\n");
    expect(header.split(/\s{2,}/)).toEqual(["LAST SEEN", "TYPE", "REASON", "OBJECT", "SUBOBJECT", "SOURCE", "MESSAGE", "FIRST SEEN", "COUNT", "NAME"]);
    expect(row.split(/\s{2,}/).slice(0, 9)).toEqual(["5s", "Warning", "Unhealthy", "pod/web", "spec.containers{app}", "kubelet, node1", "Readiness probe failed: line1...", "10s", "2"]);
  });

  it("filters by namespace; -A adds NAMESPACE; empty lists print kubectl's message", () => {
    const other = { ...kubeletEvent(1, "Normal", "Pulled", "x", "api", "app") };
    other.object = { ...other.object, namespace: "prod" };
    expect(printEvents([other], 5)).toBe("No resources found in default namespace.\n");
    expect(printEvents([other], 5, { namespace: "prod", noHeaders: true })).toBe("4s    Normal   Pulled   pod/api   x\n");
    expect(printEvents([other], 5, { allNamespaces: true }).split("\n")[0]).toBe("NAMESPACE   LAST SEEN   TYPE     REASON   OBJECT    MESSAGE");
  });
});
