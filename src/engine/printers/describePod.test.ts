/**
 * Layout rules follow describePod / describeContainers / DescribeEvents in
 * staging/src/k8s.io/kubectl/pkg/describe/describe.go (kubectl v1.34) and the tabwriter
 * settings of its tabbedString (minwidth 0, padding 2).
 */
import { describe, expect, it } from "vitest";
import type { Pod } from "../api/types";
import { at, conds, cstatus, kubeletEvent, livenessExecEvents, livenessExecPod, mkPod, running, scheduledEvent, terminated, waiting } from "./fixtures";
import { describePod } from "./describePod";
import { describeProbe } from "./describeContainers";

describe("describePod (kubectl describe.go describePod)", () => {
  it("liveness-exec at t=80 (kubelet.md timeline a, 'Expected kubectl describe pod liveness-exec events')", () => {
    const want = [
      "Name:             liveness-exec",
      "Namespace:        default",
      "Priority:         0",
      "Service Account:  default",
      "Node:             node1/172.18.0.2",
      "Start Time:       Mon, 01 Sep 2025 09:00:00 +0000",
      "Labels:           test=liveness",
      "Annotations:      <none>",
      "Status:           Running",
      "IP:               10.244.0.5",
      "IPs:",
      "  IP:  10.244.0.5",
      "Containers:",
      "  liveness:",
      "    Container ID:  containerd://liveness00000000000000000000000000000000000000000000000000000000",
      "    Image:         registry.k8s.io/busybox:1.27.2",
      "    Image ID:      registry.k8s.io/busybox@sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "    Port:          <none>",
      "    Host Port:     <none>",
      "    Args:",
      "      /bin/sh",
      "      -c",
      "      touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600",
      "    State:          Running",
      "      Started:      Mon, 01 Sep 2025 09:01:15 +0000",
      "    Last State:     Terminated",
      "      Reason:       Error",
      "      Exit Code:    137",
      "      Started:      Mon, 01 Sep 2025 09:00:01 +0000",
      "      Finished:     Mon, 01 Sep 2025 09:01:15 +0000",
      "    Ready:          True",
      "    Restart Count:  1",
      "    Liveness:       exec [cat /tmp/healthy] delay=5s timeout=1s period=5s #success=1 #failure=3",
      "    Environment:    <none>",
      "    Mounts:",
      "      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-7xk2p (ro)",
      "Conditions:",
      "  Type                        Status",
      "  PodReadyToStartContainers   True ",
      "  Initialized                 True ",
      "  Ready                       True ",
      "  ContainersReady             True ",
      "  PodScheduled                True ",
      "Volumes:",
      "  kube-api-access-7xk2p:",
      "    Type:                    Projected (a volume that contains injected data from multiple sources)",
      "    TokenExpirationSeconds:  3607",
      "    ConfigMapName:           kube-root-ca.crt",
      "    Optional:                false",
      "    DownwardAPI:             true",
      "QoS Class:                   BestEffort",
      "Node-Selectors:              <none>",
      "Tolerations:                 node.kubernetes.io/not-ready:NoExecute op=Exists for 300s",
      "                             node.kubernetes.io/unreachable:NoExecute op=Exists for 300s",
      "Events:",
      "  Type     Reason     Age                From               Message",
      "  ----     ------     ----               ----               -------",
      "  Normal   Scheduled  80s                default-scheduler  Successfully assigned default/liveness-exec to node1",
      '  Normal   Pulling    80s                kubelet            Pulling image "registry.k8s.io/busybox:1.27.2"',
      '  Normal   Pulled     79s                kubelet            Successfully pulled image "registry.k8s.io/busybox:1.27.2" in 1s (1s including waiting). Image size: 1144394 bytes.',
      "  Warning  Unhealthy  35s (x3 over 45s)  kubelet            Liveness probe failed: cat: can't open '/tmp/healthy': No such file or directory",
      "  Normal   Killing    35s                kubelet            Container liveness failed liveness probe, will be restarted",
      // kubelet.md lists the second Pulled before Created/Started. Real kubectl sorts by
      // lastTimestamp (whole seconds), and equal times keep API order (by Event name, i.e.
      // first occurrence), so the folded Created/Started (first seen at t=1) come first.
      "  Normal   Created    5s (x2 over 79s)   kubelet            Created container: liveness",
      "  Normal   Started    5s (x2 over 79s)   kubelet            Started container liveness",
      '  Normal   Pulled     5s                 kubelet            Container image "registry.k8s.io/busybox:1.27.2" already present on machine',
      "",
    ].join("\n");
    expect(describePod(livenessExecPod(), livenessExecEvents(), 80)).toBe(want);
  });

  it("shows only events that happened by `now`", () => {
    const out = describePod(livenessExecPod(), livenessExecEvents(), 40);
    expect(out).toContain("  Warning  Unhealthy  0s (x2 over 5s)  kubelet            Liveness probe failed");
    expect(out).not.toContain("Killing");
  });

  it("`Events:  <none>` aligns with the preceding block when there are no events", () => {
    const out = describePod(livenessExecPod(), [], 80);
    expect(out.endsWith("                             node.kubernetes.io/unreachable:NoExecute op=Exists for 300s\nEvents:                      <none>\n")).toBe(
      true,
    );
  });

  it("excludes events of another Pod with the same name (UID in the field selector)", () => {
    const other = { ...kubeletEvent(1, "Normal", "Pulled", "old", "liveness-exec", "liveness") };
    other.object = { ...other.object, uid: "another-uid" };
    expect(describePod(livenessExecPod(), [other], 5)).toContain("Events:                      <none>");
  });

  it("Terminating (lasts …) with the grace period while the phase is not terminal", () => {
    const pod = livenessExecPod();
    pod.metadata = { ...pod.metadata, deletionTimestamp: at(130), deletionGracePeriodSeconds: 30 };
    const out = describePod(pod, [], 110);
    // deletionTimestamp is in the future during the grace period: kubectl prints <invalid>.
    expect(out).toContain("Status:                    Terminating (lasts <invalid>)\nTermination Grace Period:  30s\n");
    pod.status!.phase = "Succeeded";
    expect(describePod(pod, [], 110)).toContain("\nStatus:           Succeeded\n");
  });

  it("a pending, unscheduled Pod: Node <none>, IP empty, IPs <none>, no Container ID / State lines", () => {
    const pod = mkPod({ phase: "Pending", statuses: [] });
    delete pod.spec!.nodeName;
    delete pod.status!.podIP;
    delete pod.status!.podIPs;
    delete pod.status!.startTime;
    delete pod.status!.hostIP;
    pod.status!.conditions = [{ type: "PodScheduled", status: "False", reason: "Unschedulable" }];
    const out = describePod(pod, [], 5);
    expect(out).toContain("Node:         <none>\nLabels:       <none>\nAnnotations:  <none>\nStatus:       Pending\nIP:           \nIPs:          <none>\n");
    expect(out).toContain("  app:\n    Image:        busybox:1.36\n    Port:         <none>\n    Host Port:    <none>\n    Environment:  <none>\n    Mounts:       <none>\n");
    expect(out).toContain("Conditions:\n  Type           Status\n  PodScheduled   False \n");
  });

  it("init containers, waiting reasons, ports, env, resources and CrashLoopBackOff state", () => {
    const pod: Pod = mkPod({
      name: "web",
      phase: "Pending",
      initContainers: [{ name: "init-db" }],
      conditions: conds({ initialized: false, ready: false, sandbox: true }),
      initStatuses: [
        cstatus("init-db", { state: waiting("CrashLoopBackOff", "back-off 20s"), lastState: terminated("Error", 1, 12, 13), restartCount: 2, image: "busybox:1.36" }),
      ],
      statuses: [cstatus("app", { state: waiting("PodInitializing"), image: "nginx:1.27" })],
    });
    const app = pod.spec!.containers[0];
    app.image = "nginx:1.27";
    app.ports = [{ containerPort: 80, protocol: "TCP" }, { containerPort: 443 }];
    app.env = [
      { name: "MODE", value: "prod" },
      { name: "POD_NAME", valueFrom: { fieldRef: { apiVersion: "v1", fieldPath: "metadata.name" } } },
      { name: "NODE", valueFrom: { fieldRef: { fieldPath: "spec.nodeName" } } },
      { name: "PASSWORD", valueFrom: { secretKeyRef: { name: "db", key: "password" } } },
    ];
    app.resources = { limits: { memory: "128Mi", cpu: "500m" }, requests: { cpu: "250m", memory: "64Mi" } };
    const out = describePod(pod, [], 20);
    expect(out).toContain(
      [
        "Init Containers:",
        "  init-db:",
        "    Container ID:   containerd://init-db000000000000000000000000000000000000000000000000000000000",
        "    Image:          busybox:1.36",
        "    Image ID:       busybox@sha256:" + "a".repeat(64),
        "    Port:           <none>",
        "    Host Port:      <none>",
        "    State:          Waiting",
        "      Reason:       CrashLoopBackOff",
        "    Last State:     Terminated",
        "      Reason:       Error",
        "      Exit Code:    1",
        "      Started:      Mon, 01 Sep 2025 09:00:12 +0000",
        "      Finished:     Mon, 01 Sep 2025 09:00:13 +0000",
        "    Ready:          False",
        "    Restart Count:  2",
        "    Environment:    <none>",
        "    Mounts:         <none>",
        "Containers:",
        "  app:",
        "    Container ID:   ",
        "    Image:          nginx:1.27",
        "    Image ID:       ",
        "    Ports:          80/TCP, 443/TCP",
        "    Host Ports:     0/TCP, 0/TCP",
        "    State:          Waiting",
        "      Reason:       PodInitializing",
        "    Ready:          False",
        "    Restart Count:  0",
        "    Limits:",
        "      cpu:     500m",
        "      memory:  128Mi",
        "    Requests:",
        "      cpu:     250m",
        "      memory:  64Mi",
        "    Environment:",
        "      MODE:      prod",
        "      POD_NAME:  web (v1:metadata.name)",
        "      NODE:       (v1:spec.nodeName)",
        "      PASSWORD:  <set to the key 'password' in secret 'db'>  Optional: false",
        "    Mounts:      <none>",
        "",
      ].join("\n"),
    );
  });
});

describe("multi-line fields (describe.go printLabelsMultilineWithIndent, printAnnotationsMultiline)", () => {
  it("continuation lines line up under the first value; annotations longer than 140 characters wrap", () => {
    const pod = livenessExecPod();
    pod.metadata = {
      ...pod.metadata,
      labels: { tier: "frontend", app: "web" },
      annotations: { "example.com/short": "yes", "example.com/long": "x".repeat(150) },
      ownerReferences: [{ apiVersion: "apps/v1", kind: "ReplicaSet", name: "web-5d8f7c9b6", uid: "u", controller: true }],
    };
    const out = describePod(pod, [], 80);
    expect(out).toContain(
      [
        "Labels:           app=web",
        "                  tier=frontend",
        "Annotations:      example.com/long:",
        `                    ${"x".repeat(138)}...`,
        "                  example.com/short: yes",
        "Status:           Running",
      ].join("\n"),
    );
    expect(out).toContain("IPs:\n  IP:           10.244.0.5\nControlled By:  ReplicaSet/web-5d8f7c9b6\nContainers:\n");
  });
});

describe("describeProbe (describe.go DescribeProbe)", () => {
  const timing = { initialDelaySeconds: 3, periodSeconds: 3 };
  it.each([
    [{ exec: { command: ["cat", "/tmp/healthy"] }, initialDelaySeconds: 5, periodSeconds: 5 }, "exec [cat /tmp/healthy] delay=5s timeout=1s period=5s #success=1 #failure=3"],
    [{ httpGet: { path: "/healthz", port: 8080, scheme: "HTTP" }, ...timing }, "http-get http://:8080/healthz delay=3s timeout=1s period=3s #success=1 #failure=3"],
    [{ httpGet: { path: "healthz?full=1", port: "liveness-port", host: "10.0.0.1" } }, "http-get http://10.0.0.1:liveness-port/healthz%3Ffull=1 delay=0s timeout=1s period=10s #success=1 #failure=3"],
    [{ tcpSocket: { port: 8080 }, initialDelaySeconds: 15, periodSeconds: 10 }, "tcp-socket :8080 delay=15s timeout=1s period=10s #success=1 #failure=3"],
    [{ grpc: { port: 2379 }, initialDelaySeconds: 10 }, "grpc <pod>:2379  delay=10s timeout=1s period=10s #success=1 #failure=3"],
    [{ grpc: { port: 9090, service: "liveness" }, failureThreshold: 30 }, "grpc <pod>:9090 liveness delay=0s timeout=1s period=10s #success=1 #failure=30"],
  ])("%j", (probe, want) => {
    expect(describeProbe(probe)).toBe(want);
  });
});

describe("describe events (describe.go DescribeEvents + client-go event correlation)", () => {
  it("folds identical occurrences: `35s (x3 over 45s)`", () => {
    const events = [35, 40, 45].map((t) => kubeletEvent(t, "Warning", "Unhealthy", "Readiness probe failed: HTTP probe failed with statuscode: 500", "web", "app"));
    const pod = mkPod({ statuses: [cstatus("app", { state: running(1) })] });
    expect(describePod(pod, events, 80)).toContain(
      "Events:\n  Type     Reason     Age                From     Message\n  ----     ------     ----               ----     -------\n" +
        "  Warning  Unhealthy  35s (x3 over 45s)  kubelet  Readiness probe failed: HTTP probe failed with statuscode: 500\n",
    );
  });

  it("scheduler events come from events.k8s.io: From is the reporting controller, repeats are a series", () => {
    const pod = mkPod({ phase: "Pending", statuses: [] });
    const failed = (t: number) => ({ ...scheduledEvent(t, "web"), type: "Warning" as const, reason: "FailedScheduling", message: "0/1 nodes are available: 1 Insufficient memory." });
    const out = describePod(pod, [failed(0), failed(300), failed(600)], 700);
    expect(out).toContain("  Warning  FailedScheduling  100s (x3 over 11m)  default-scheduler  0/1 nodes are available: 1 Insufficient memory.\n");
  });
});
