import { describe, expect, it } from "vitest";
import { goQuote, httpGet, kubeletClient, kubeUserAgent } from "./probeRunner";
import { simulate } from "../simulate";
import { cliJson } from "../output/cliJson";

type Answer = { status: number; body: string; location?: string };

/** A server answering by path; records what it was asked. */
function server(routes: Record<string, Answer>) {
  const asked: string[] = [];
  const serve = (port: number, target: string): Answer | "refused" => {
    asked.push(`${port}${target}`);
    return routes[target] ?? { status: 404, body: "404 page not found\n" };
  };
  return { asked, serve };
}

describe("the prober's HTTP GET (pkg/probe/http/http.go DoHTTPProbe, redirectChecker)", () => {
  it("follows a redirect to the same host and judges the final answer", () => {
    const s = server({ "/old": { status: 302, body: "", location: "/healthz" }, "/healthz": { status: 200, body: "ok" } });
    expect(httpGet("http", "10.244.0.5", 8080, "/old", 1, s.serve)).toEqual({ result: "success", output: "ok" });
    expect(s.asked).toEqual(["8080/old", "8080/healthz"]);
  });

  it("a redirect to another hostname is not followed: success with 'Probe terminated redirects' and the 3xx body", () => {
    const body = '<a href="http://0.0.0.0/">Found</a>.\n\n';
    const s = server({ "/redirect": { status: 302, body, location: "http://0.0.0.0/" } });
    expect(httpGet("http", "10.244.0.5", 8080, "/redirect", 1, s.serve)).toEqual({ result: "warning", output: `Probe terminated redirects, Response body: ${body}` });
    expect(s.asked).toEqual(["8080/redirect"]);
  });

  it("an absolute Location naming the same host and another port is followed there", () => {
    const s = server({ "/a": { status: 301, body: "", location: "http://10.244.0.5:9090/b" }, "/b": { status: 500, body: "no" } });
    expect(httpGet("http", "10.244.0.5", 8080, "/a", 1, s.serve)).toEqual({ result: "failure", output: "HTTP probe failed with statuscode: 500" });
    expect(s.asked).toEqual(["8080/a", "9090/b"]);
  });

  it("stops after 10 redirects with Go's url.Error naming the Location (net/http client.go)", () => {
    const s = server({ "/loop": { status: 302, body: "", location: "/loop" } });
    expect(httpGet("http", "10.244.0.5", 80, "/loop", 1, s.serve)).toEqual({ result: "failure", output: 'Get "/loop": stopped after 10 redirects' });
    expect(s.asked.length).toBe(10);
  });

  it("a 3xx the client does not follow (304, or no Location) is a warning; a refused connection names the URL", () => {
    expect(httpGet("http", "h", 80, "/", 1, () => ({ status: 304, body: "" })).result).toBe("warning");
    expect(httpGet("http", "h", 80, "/", 1, () => ({ status: 302, body: "x" })).result).toBe("warning");
    expect(httpGet("http", "10.244.0.5", 80, "/x", 1, () => "refused")).toEqual({ result: "failure", output: 'Get "http://10.244.0.5:80/x": dial tcp 10.244.0.5:80: connect: connection refused' });
  });

  it("the body the warning quotes is read up to 10 KiB (maxRespBodyLength)", () => {
    const r = httpGet("http", "h", 80, "/", 1, () => ({ status: 302, body: "x".repeat(20_000), location: "http://elsewhere/" }));
    expect(r.output.length).toBe("Probe terminated redirects, Response body: ".length + 10 * 1024);
  });
});

describe("who the kubelet's requests come from (pkg/probe/http/request.go)", () => {
  it("sends User-Agent kube-probe/<major>.<minor> unless httpHeaders set one; an empty one sends none", () => {
    expect(kubeUserAgent("probe")).toBe("kube-probe/1.34");
    expect(kubeletClient("172.18.0.2", undefined, "lifecycle")).toEqual({ ip: "172.18.0.2", userAgent: "kube-lifecycle/1.34" });
    expect(kubeletClient("n", [{ name: "user-agent", value: "mine" }], "probe").userAgent).toBe("mine");
    expect(kubeletClient("n", [{ name: "User-Agent", value: "" }], "probe").userAgent).toBeUndefined();
  });

  it("quotes a command as Go's %q does (the exec timeout message)", () => {
    expect(goQuote('sh -c echo "hi"\n')).toBe('"sh -c echo \\"hi\\"\\n"');
  });
});

describe("a readiness probe's manual run at the instant of its tick (prober_manager.go UpdatePodStatus, worker.go)", () => {
  // worker.go: the manual trigger resets the ticker to now; at the instant the tick already probed,
  // that is the same attempt: one Unhealthy event per probe type and instant, not two.
  it("emits each probe type's failure once per instant", () => {
    const text = `apiVersion: v1
kind: Pod
metadata: {name: both}
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: ["sh", "-c", "sleep 3600"]
    livenessProbe: {exec: {command: [cat, /tmp/healthy]}, periodSeconds: 1}
    readinessProbe: {exec: {command: [cat, /tmp/healthy]}, periodSeconds: 1}
`;
    const j = cliJson(simulate(text, { until: 60 }));
    const seen = new Set<string>();
    for (const e of j.events.filter((x) => x.reason === "Unhealthy")) {
      const key = `${e.t} ${e.message}`;
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
    }
    expect([...seen].some((k) => k.includes("Liveness probe failed"))).toBe(true);
    expect([...seen].some((k) => k.includes("Readiness probe failed"))).toBe(true);
  });
});
