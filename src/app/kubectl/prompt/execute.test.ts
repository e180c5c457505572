import { describe, expect, it } from "vitest";
import { simulate } from "../../../engine/simulate";
import { executeCommand } from "./execute";
import { parseCommand } from "./parse";
import { complete } from "./complete";

const SCENARIO = `apiVersion: v1
kind: Pod
metadata: {name: solo, labels: {app: solo}}
spec:
  containers: [{name: app, image: nginx:1.27}]
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: 2
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers: [{name: app, image: nginx:1.27}]
---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: 2m
  nodes: [{name: node-1}, {name: node-2}]
`;
const trace = simulate(SCENARIO).trace;
const run = (line: string, t = 30) => executeCommand(parseCommand(line), trace, t);

describe("executeCommand at the playhead", () => {
  it("get pods prints the table at t", () => {
    const r = run("kubectl get pods");
    expect(r.err).toBe("");
    const rows = r.out.trim().split("\n");
    expect(rows[0]).toBe("NAME                   READY   STATUS    RESTARTS   AGE");
    expect(rows).toContainEqual("solo                   1/1     Running   0          30s");
    expect(rows).toHaveLength(4);
  });

  it("get pod NAME, and a missing one", () => {
    expect(run("get pod solo").out.split("\n")[1]).toMatch(/^solo +1\/1 +Running/);
    expect(run("get pod nope")).toEqual({ out: "", err: 'Error from server (NotFound): pods "nope" not found\n' });
  });

  it("get pods -w: the watch up to t, without podplay's T column", () => {
    const early = run("get pods -w", 0).out.split("\n");
    expect(early[0]).toMatch(/^NAME +READY +STATUS/);
    expect(run("get pods -w").out.split("\n").length).toBeGreaterThan(early.length);
  });

  it("get pods -o yaml|json|name", () => {
    expect(run("get pod solo -o yaml").out).toMatch(/^apiVersion: v1\nkind: Pod\n/);
    expect(JSON.parse(run("get pods -o json").out).kind).toBe("List");
    expect(run("get pods -o name").out).toMatch(/^pod\/solo$/m);
  });

  it("get nodes, get events, describe, logs", () => {
    expect(run("get nodes").out.split("\n")[0]).toBe("NAME     STATUS   ROLES    AGE   VERSION");
    expect(run("get events").out).toMatch(/^LAST SEEN +TYPE +REASON +OBJECT +MESSAGE/);
    expect(run("describe pod solo").out).toMatch(/^Name: +solo$/m);
    expect(run("describe pod nope").err).toBe('Error from server (NotFound): pods "nope" not found\n');
    expect(run("logs nope").err).toBe('Error from server (NotFound): pods "nope" not found\n');
  });

  it("logs while a big run's logs are still on their way: a note, not an empty log", () => {
    const r = executeCommand(parseCommand("logs solo"), trace, 30, true);
    expect(r).toEqual({ out: "", err: "", note: { key: "logsArriving", vars: {} } });
    expect(executeCommand(parseCommand("get pod solo"), trace, 30, true).out).toMatch(/^NAME/);
  });

  it("get deploy,rs: kind-prefixed tables with a blank line between", () => {
    const out = run("get deploy,rs").out;
    expect(out).toMatch(/^NAME +READY +UP-TO-DATE +AVAILABLE +AGE\ndeployment\.apps\/web +2\/2 /);
    expect(out).toMatch(/\n\nNAME +DESIRED +CURRENT +READY +AGE\nreplicaset\.apps\/web-/);
    expect(run("get svc")).toEqual({ out: "", err: "No resources found in default namespace.\n" });
  });

  it("writes print kubectl's confirmation and the Scenario action at t", () => {
    expect(run("delete pod solo", 12.34)).toEqual({ out: 'pod "solo" deleted\n', err: "", actions: ["at: 12.3s\ndelete:\n  pod: solo"] });
    expect(run("delete pod nope")).toEqual({ out: "", err: 'Error from server (NotFound): pods "nope" not found\n', actions: [] });
    expect(run("scale deploy/web --replicas=3")).toEqual({ out: "deployment.apps/web scaled\n", err: "", actions: ["at: 30s\nscale:\n  deployment: web\n  replicas: 3"] });
    expect(run("scale deploy/nope --replicas=3").err).toBe('Error from server (NotFound): deployments.apps "nope" not found\n');
    expect(run("set image deploy/web app=nginx:1.28")).toEqual({ out: "deployment.apps/web image updated\n", err: "", actions: ['at: 30s\nsetImage:\n  deployment: web\n  container: app\n  image: "nginx:1.28"'] });
    expect(run("set image deploy/web db=x").err).toBe('error: unable to find container named "db"\n');
    expect(run("cordon node-2")).toEqual({ out: "node/node-2 cordoned\n", err: "", actions: ["at: 30s\ncordon: node-2"] });
    expect(run("uncordon node-2").out).toBe("node/node-2 already uncordoned\n");
    expect(run("cordon node-9").err).toBe('Error from server (NotFound): nodes "node-9" not found\n');
    expect(run("label pod solo tier=front")).toEqual({ out: "pod/solo labeled\n", err: "", actions: ['at: 30s\nlabel:\n  pod: solo\n  labels: {"tier":"front"}'] });
    expect(run("label pod solo app=other").err).toBe("error: 'app' already has a value (solo), and --overwrite is false\n");
    expect(run("label pod solo app-").out).toBe("pod/solo unlabeled\n");
    expect(run(`patch pod solo -p '{"metadata":{"labels":{"a":"b"}}}'`).actions).toEqual(['at: 30s\npatch:\n  pod: solo\n  patch: {"metadata":{"labels":{"a":"b"}}}']);
  });

  it("drain: cordon, then kubectl's refusal for a pod without a controller", () => {
    const node = (executeCommand(parseCommand("get pod solo -o json"), trace, 30).out.match(/"nodeName": "([^"]+)"/) ?? [])[1];
    const r = run(`drain ${node}`);
    expect(r.out).toBe(`node/${node} cordoned\n`);
    expect(r.err).toContain("cannot delete Pods that declare no controller (use --force to override): default/solo");
    expect(r.actions).toEqual([`at: 30s\ndrain: ${node}`]);
  });

  it("what podplay does not simulate is a note, not an error", () => {
    expect(run("exec solo -- ls")).toEqual({ out: "", err: "", note: { key: "notSimulated", vars: { what: "kubectl exec" } } });
  });

  it("rollout restart appends the rolloutRestart action and prints kubectl's confirmation", () => {
    const restart = run("rollout restart deploy/web");
    expect(restart.out).toBe("deployment.apps/web restarted\n");
    expect(restart.actions?.join("")).toContain("rolloutRestart:");
  });
});

describe("complete", () => {
  it("verbs, kinds, names from the run at t, flags", () => {
    expect(complete("kubectl ge", trace, 30)).toEqual({ line: "kubectl get ", candidates: [] });
    expect(complete("kubectl get dep", trace, 30).line).toBe("kubectl get deploy");
    expect(complete("kubectl describe pod so", trace, 30).line).toBe("kubectl describe pod solo ");
    expect(complete("logs so", trace, 30).line).toBe("logs solo ");
    expect(complete("kubectl cordon node-", trace, 30)).toEqual({ line: "kubectl cordon node-", candidates: ["node-1", "node-2"] });
    expect(complete("kubectl scale deploy/w", trace, 30).line).toBe("kubectl scale deploy/web ");
    expect(complete("kubectl get pods --wa", trace, 30).line).toBe("kubectl get pods --watch ");
    expect(complete("kubectl logs solo -c ", trace, 30).line).toBe("kubectl logs solo -c app ");
  });
});
