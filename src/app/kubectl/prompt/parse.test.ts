import { describe, expect, it } from "vitest";
import { parseCommand } from "./parse";

const p = parseCommand;

describe("parseCommand", () => {
  it("kubectl, k or nothing first; `$ ` ignored", () => {
    for (const line of ["kubectl get pods", "k get po", "get pod", "$ kubectl get pods"]) expect(p(line)).toMatchObject({ verb: "get", names: [], watch: false });
  });

  it("get: kinds, names, -w, -o, -n, -A, comma lists and TYPE/NAME", () => {
    expect(p("get pods -w")).toMatchObject({ verb: "get", watch: true });
    expect(p("get pod web -o wide")).toMatchObject({ names: ["web"], output: "wide" });
    expect(p("get po -owide")).toMatchObject({ output: "wide" });
    expect(p("get pods -o=yaml")).toMatchObject({ output: "yaml" });
    expect(p("get pods --output json -n kube-system")).toMatchObject({ output: "json", namespace: "kube-system" });
    expect(p("get pods -A")).toMatchObject({ allNamespaces: true });
    const multi = p("get deploy,rs,svc,endpointslices");
    expect(multi.verb === "get" && multi.types.map((r) => r.plural)).toEqual(["deployments", "replicasets", "services", "endpointslices"]);
    expect(p("get deployments.apps/web")).toMatchObject({ names: ["web"] });
    expect(p("kubectl -n prod get pods")).toMatchObject({ verb: "get", namespace: "prod" });
  });

  it("describe, logs", () => {
    expect(p("describe pod web")).toMatchObject({ verb: "describe", names: ["web"] });
    expect(p("logs web -c app --previous --timestamps")).toMatchObject({ verb: "logs", pod: "web", container: "app", previous: true, timestamps: true });
    expect(p("logs pod/web -p --tail=5")).toMatchObject({ verb: "logs", pod: "web", previous: true, tail: 5 });
  });

  it("writes", () => {
    expect(p("delete pod web-1")).toMatchObject({ verb: "delete", names: ["web-1"] });
    expect(p("delete pods -l app=web --grace-period=5")).toMatchObject({ verb: "delete", selector: "app=web", gracePeriod: 5 });
    expect(p("scale deploy/web --replicas=3")).toMatchObject({ verb: "scale", name: "web", replicas: 3 });
    expect(p("scale deployment web --replicas 0")).toMatchObject({ verb: "scale", name: "web", replicas: 0 });
    expect(p("set image deploy/web app=nginx:1.27")).toMatchObject({ verb: "setImage", name: "web", images: [{ container: "app", image: "nginx:1.27" }] });
    expect(p("rollout restart deploy/web")).toMatchObject({ verb: "rolloutRestart", name: "web" });
    expect(p("cordon node-1")).toEqual({ verb: "cordon", node: "node-1" });
    expect(p("uncordon node/node-1")).toEqual({ verb: "uncordon", node: "node-1" });
    expect(p("drain node-1 --ignore-daemonsets")).toEqual({ verb: "drain", node: "node-1" });
    expect(p("label pod web tier=front old-")).toMatchObject({ verb: "label", name: "web", set: { tier: "front" }, remove: ["old"] });
    expect(p("label node node-1 disktype=ssd --overwrite")).toMatchObject({ verb: "label", overwrite: true });
    expect(p("taint node node-1 dedicated=gpu:NoSchedule")).toMatchObject({ verb: "taint", node: "node-1", key: "dedicated", value: "gpu", effect: "NoSchedule", remove: false });
    expect(p("taint nodes node-1 dedicated:NoSchedule-")).toMatchObject({ verb: "taint", remove: true, effect: "NoSchedule" });
    expect(p(`patch pod web -p '{"metadata":{"finalizers":null}}'`)).toMatchObject({ verb: "patch", name: "web", patch: { metadata: { finalizers: null } }, patchType: "strategic" });
    expect(p(`patch pod web --type merge -p "{\\"metadata\\":{\\"labels\\":{\\"a\\":\\"b\\"}}}"`)).toMatchObject({ patchType: "merge", patch: { metadata: { labels: { a: "b" } } } });
  });

  it("kubectl's own errors, verbatim", () => {
    expect(p("frobnicate")).toEqual({ verb: "error", text: 'error: unknown command "frobnicate" for "kubectl"\n' });
    // cobra suggests commands within Levenshtein distance 2 (SuggestionsMinimumDistance).
    expect(p("foo")).toEqual({ verb: "error", text: 'error: unknown command "foo" for "kubectl"\n\nDid you mean this?\n\ttop\n' });
    expect(p("gett pods")).toEqual({ verb: "error", text: 'error: unknown command "gett" for "kubectl"\n\nDid you mean this?\n\tget\n\tset\n' });
    expect(p("get foo")).toEqual({ verb: "error", text: 'error: the server doesn\'t have a resource type "foo"\n' });
    expect(p("get pods --bogus")).toEqual({ verb: "error", text: "error: unknown flag: --bogus\nSee 'kubectl get --help' for usage.\n" });
    expect(p("get pods -x")).toEqual({ verb: "error", text: "error: unknown shorthand flag: 'x' in -x\nSee 'kubectl get --help' for usage.\n" });
    expect(p("scale deploy/web")).toEqual({ verb: "error", text: 'error: required flag(s) "replicas" not set\n' });
    expect(p("get pods -o foo").verb).toBe("error");
  });

  it("real kubectl that podplay does not simulate", () => {
    for (const [line, what] of [
      ["exec web -- ls", "kubectl exec"],
      ["port-forward web 8080:80", "kubectl port-forward"],
      ["apply -f x.yaml", "kubectl apply"],
      ["top pods", "kubectl top"],
      ["get namespaces", "kubectl get namespaces"],
      ["describe node node-1", "kubectl describe nodes"],
      ["delete deploy web", "kubectl delete deployments"],
      ["drain node-1 --force", "kubectl drain --force"],
      ["rollout status deploy/web", "kubectl rollout status"],
    ]) expect(p(line)).toEqual({ verb: "unsupported", what });
  });

  it("clear and empty", () => {
    expect(p("clear")).toEqual({ verb: "clear" });
    expect(p("   ")).toEqual({ verb: "empty" });
    expect(p("kubectl")).toEqual({ verb: "empty" });
  });
});
