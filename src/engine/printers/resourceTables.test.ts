/**
 * The `kubectl get` tables of nodes, deployments, replicasets, services and endpointslices, checked
 * against engine runs at a playhead time. Columns and cells follow kubernetes/kubernetes
 * pkg/printers/internalversion/printers.go (printNode, printDeployment, printReplicaSet,
 * printService, printEndpointSlice); several kinds in one command follow kubectl's get.go.
 */
import { describe, expect, it } from "vitest";
import { simulate } from "../simulate";
import { objectIndex } from "../trace/objectsAt";
import { printGetTables, storedKind, type TableKind } from "./resourceTables";

const SCENARIO = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: 2
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers: [{name: app, image: nginx:1.27, ports: [{containerPort: 80}]}]
---
apiVersion: v1
kind: Service
metadata: {name: web}
spec:
  selector: {app: web}
  ports: [{port: 80, targetPort: 80}]
---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: 2m
  nodes:
  - name: node-1
  - name: node-2
    labels: {node-role.kubernetes.io/worker: ""}
  actions:
  - at: 30s
    cordon: node-2
  - at: 40s
    scale: {deployment: web, replicas: 3}
`;

const run = simulate(SCENARIO);
const idx = objectIndex(run.trace);
const get = (t: number, kinds: TableKind[], opts: { wide?: boolean; noHeaders?: boolean } = {}) =>
  printGetTables(
    kinds.map((kind) => ({ kind, objects: idx.list(storedKind(kind), t, kind === "nodes" ? undefined : "default") })),
    { t, epochMs: run.trace.epochMs, ...opts },
  );
const lines = (s: string) => s.split("\n").filter(Boolean);

describe("kubectl get at the playhead (engine runs)", () => {
  it("runs without errors", () => expect(run.errors).toEqual([]));

  it("get nodes: STATUS gains SchedulingDisabled once cordoned; ROLES from node-role labels", () => {
    expect(lines(get(20, ["nodes"]).out)).toEqual([
      "NAME     STATUS   ROLES    AGE   VERSION",
      "node-1   Ready    <none>   20s   v1.34.0",
      "node-2   Ready    worker   20s   v1.34.0",
    ]);
    expect(lines(get(31, ["nodes"]).out)[2]).toBe("node-2   Ready,SchedulingDisabled   worker   31s   v1.34.0");
  });

  it("get nodes -o wide adds INTERNAL-IP … CONTAINER-RUNTIME", () => {
    expect(lines(get(20, ["nodes"], { wide: true }).out)[0]).toBe(
      "NAME     STATUS   ROLES    AGE   VERSION   INTERNAL-IP   EXTERNAL-IP   OS-IMAGE                         KERNEL-VERSION   CONTAINER-RUNTIME",
    );
  });

  it("get deploy: READY ready/desired, UP-TO-DATE, AVAILABLE; the scale shows at once in the desired count", () => {
    expect(lines(get(20, ["deployments"]).out)).toEqual(["NAME   READY   UP-TO-DATE   AVAILABLE   AGE", "web    2/2     2            2           20s"]);
    expect(lines(get(40, ["deployments"]).out)[1]).toMatch(/^web {4}2\/3 /);
  });

  it("get rs: DESIRED CURRENT READY", () => {
    const out = lines(get(20, ["replicasets"]).out);
    expect(out[0]).toBe("NAME             DESIRED   CURRENT   READY   AGE");
    expect(out[1]).toMatch(/^web-[a-z0-9]{8,10} +2 +2 +2 +20s$/);
  });

  it("get svc and get endpointslices", () => {
    const svc = lines(get(20, ["services"]).out);
    expect(svc[0]).toBe("NAME   TYPE        CLUSTER-IP       EXTERNAL-IP   PORT(S)   AGE");
    expect(svc[1]).toMatch(/^web {4}ClusterIP {3}10\.\d+\.\d+\.\d+ +<none> +80\/TCP +20s$/);
    const eps = lines(get(20, ["endpointslices"]).out);
    expect(eps[0]).toMatch(/^NAME +ADDRESSTYPE {3}PORTS {3}ENDPOINTS +AGE$/);
    expect(eps[1]).toMatch(/^web-[a-z0-9]{5} +IPv4 +80 +10\.244\.\d+\.\d+,10\.244\.\d+\.\d+ +20s$/);
  });

  it("several kinds: kind.group/name, each its own table, a blank line between", () => {
    const out = get(20, ["deployments", "replicasets", "services", "endpointslices"]).out;
    const tables = out.split("\n\n");
    expect(tables).toHaveLength(4);
    expect(tables[0].split("\n")[1]).toMatch(/^deployment\.apps\/web /);
    expect(tables[1].split("\n")[1]).toMatch(/^replicaset\.apps\/web-/);
    expect(tables[2].split("\n")[1]).toMatch(/^service\/web /);
    expect(tables[3].split("\n")[1]).toMatch(/^endpointslice\.discovery\.k8s\.io\/web-/);
    // Widths are per table: the services table is not padded to the endpointslice names.
    expect(tables[2].split("\n")[0]).toBe("NAME          TYPE        CLUSTER-IP       EXTERNAL-IP   PORT(S)   AGE");
  });

  it("nothing listed: kubectl's stderr message", () => {
    const none = printGetTables([{ kind: "services", objects: [] }], { t: 0, epochMs: 0 });
    expect(none).toEqual({ out: "", err: "No resources found in default namespace.\n" });
    expect(printGetTables([{ kind: "nodes", objects: [] }], { t: 0, epochMs: 0 }).err).toBe("No resources found\n");
  });
});
