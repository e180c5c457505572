import { describe, expect, it } from "vitest";
import { agnhost } from "./agnhost";
import type { HttpContext, ProgramLogEnv, ServedRequest } from "./program";
import { simulate } from "../simulate";
import { cliJson } from "../output/cliJson";

const ctx = (over: Partial<HttpContext> = {}): HttpContext => ({ hostname: "pod-a", client: { ip: "172.18.0.2", userAgent: "kube-probe/1.34" }, ...over });
const env: ProgramLogEnv = { unixOffset: 1767225600, cpus: 4, podIP: "10.244.0.5", hostname: "pod-a", startedAt: 2 };
const req = (target: string, t = 5, protocol: "http" | "grpc" = "http"): ServedRequest => ({ t, port: 8080, target, status: 200, bytes: 0, client: { ip: "172.18.0.2" }, protocol, period: 0, count: 1 });

describe("agnhost liveness (test/images/agnhost/liveness/server.go)", () => {
  const m = agnhost(["liveness"]);

  it("listens on :8080; /healthz is 200 \"ok\" while duration.Seconds() <= 10, then 500 \"error: <seconds>\"", () => {
    expect(m.listens).toEqual([{ port: 8080, after: 0 }]);
    expect(m.http(8080, "/healthz", 3)).toEqual({ status: 200, body: "ok" });
    expect(m.http(8080, "/healthz", 10)).toEqual({ status: 200, body: "ok" });
    expect(m.http(8080, "/healthz", 12.25)).toEqual({ status: 500, body: "error: 12.25" });
    // The answer changes just after 10 s: the probe worker may not skip past it.
    expect(m.breakpoints[0]).toBeGreaterThan(10);
    expect(m.breakpoints[0]).toBeLessThan(10.001);
  });

  it("/started answers time.Since(started) as a Go duration; unknown paths are the mux's 404", () => {
    expect(m.http(8080, "/started", 75.5).body).toBe("1m15.5s");
    expect(m.http(8080, "/nope", 1)).toEqual({ status: 404, body: "404 page not found\n" });
  });

  it("/redirect?loc= is http.Redirect(…, 302): Location and the short HTML body net/http writes for a GET", () => {
    expect(m.http(8080, "/redirect?loc=http%3A%2F%2F0.0.0.0%2F", 1)).toEqual({ status: 302, body: '<a href="http://0.0.0.0/">Found</a>.\n\n', location: "http://0.0.0.0/" });
    expect(m.http(8080, "/redirect?loc=%2Fhealthz", 1).location).toBe("/healthz");
    // A relative location is made absolute against the request's path and cleaned.
    expect(m.http(8080, "/redirect?loc=healthz", 1).location).toBe("/healthz");
  });

  it("/sleep-headers, /disconnect-headers: headers late (code default 500) or never", () => {
    expect(m.http(8080, "/sleep-headers?time=3&code=200", 1)).toMatchObject({ status: 200, delay: 3, body: "Slept for 3 secs\n" });
    expect(m.http(8080, "/disconnect-headers", 1).disconnect).toBe("headers");
  });

  it("writes no log (only log.Fatal on a listen error) and exits 2 on SIGTERM (Go runtime, no handler)", () => {
    expect(m.log).toBeUndefined();
    expect(m.onStop).toEqual({ delay: 0.1, code: 2 });
  });
});

describe("agnhost netexec (test/images/agnhost/netexec/netexec.go)", () => {
  it("serves --http-port (default 8080); /healthz is 200 once the UDP server runs, 412 with --udp-port=-1", () => {
    const m = agnhost(["netexec"]);
    expect(m.listens.map((l) => l.port)).toEqual([8080]);
    expect(m.http(8080, "/healthz", 1, ctx()).status).toBe(200);
    expect(agnhost(["netexec", "--http-port", "9090", "--udp-port=-1"]).http(9090, "/healthz", 1, ctx()).status).toBe(412);
  });

  it("/readyz: 200 \"ok\", then 503 \"shutting down\" once SIGTERM arrived", () => {
    const m = agnhost(["netexec", "--delay-shutdown=10"]);
    expect(m.http(8080, "/readyz", 1, ctx())).toEqual({ status: 200, body: "ok" });
    expect(m.http(8080, "/readyz", 20, ctx({ stoppedAt: 15 }))).toEqual({ status: 503, body: "shutting down" });
    // SIGTERM: sleep --delay-shutdown seconds, then os.Exit(0).
    expect(m.onStop).toEqual({ delay: 10, code: 0 });
  });

  it("/echo, /hostname, /clientip, /redirect, /shell, /exit and the root handler answer as their handlers do", () => {
    const m = agnhost(["netexec"]);
    expect(m.http(8080, "/echo?msg=hello&code=418", 1, ctx())).toEqual({ status: 418, body: "hello" });
    expect(m.http(8080, "/hostname", 1, ctx()).body).toBe("pod-a");
    expect(m.http(8080, "/clientip", 1, ctx()).body).toMatch(/^172\.18\.0\.2:\d+$/);
    expect(m.http(8080, "/redirect?location=/echo%3Fmsg%3Dx&code=307", 1, ctx())).toMatchObject({ status: 307, location: "/echo?msg=x" });
    const shell = m.http(8080, "/shell?cmd=false", 1, ctx({ exec: () => ({ code: 1, output: "<no>" }) }));
    expect(shell.body).toBe('{"error":"exit status 1","output":"\\u003cno\\u003e"}');
    expect(m.http(8080, "/exit?code=3&wait=2s&timeout=1s", 1, ctx()).exit).toEqual({ after: 2, code: 3 });
    expect(m.http(8080, "/exit?code=4", 1, ctx())).toMatchObject({ disconnect: "headers", exit: { after: 0, code: 4 } });
    expect(m.http(8080, "/anything", 1.5, ctx()).body).toMatch(/^NOW: 1970-01-01 00:00:01\.5 \+0000 UTC m=\+1\.500000000$/);
  });

  it("logs its start and each request with Go's log prefix, on stderr", () => {
    const m = agnhost(["netexec", "--http-port=8080"]);
    expect(m.log!.start!(2, env)).toEqual([
      ["stderr", "2026/01/01 00:00:02 Started HTTP server on port 8080"],
      ["stderr", "2026/01/01 00:00:02 Started UDP server on port  8081"],
    ]);
    expect(m.log!.request!(req("/healthz"), env)).toEqual([["stderr", "2026/01/01 00:00:05 GET /healthz"]]);
    expect(m.log!.request!(req("/echo?msg=hi"), env)).toEqual([["stderr", "2026/01/01 00:00:05 GET /echo?msg=hi&code="]]);
    expect(m.log!.request!(req("/favicon.ico"), env)).toEqual([["stderr", "2026/01/01 00:00:05 GET /"]]);
    expect(agnhost(["netexec", "--delay-shutdown=5"]).log!.stop!(9, env)).toEqual([["stderr", "2026/01/01 00:00:09 Sleeping 5 seconds before terminating..."]]);
  });
});

describe("agnhost grpc-health-checking (test/images/agnhost/grpc-health-checking/grpc-health-checking.go)", () => {
  it("SERVING on --port (5000) for --service (\"\"), NotFound for another name, NOT_SERVING from --delay-unhealthy-sec on", () => {
    const m = agnhost(["grpc-health-checking", "--delay-unhealthy-sec=20"]);
    expect(m.listens).toEqual([{ port: 5000, after: 0, grpc: true }, { port: 8080, after: 0 }]);
    expect(m.grpc(5000, "", 19.9)).toBe("SERVING");
    expect(m.grpc(5000, "", 20)).toBe("NOT_SERVING");
    expect(m.grpc(5000, "other", 1)).toBe("NOT_FOUND");
    expect(m.breakpoints).toEqual([20]);
    expect(agnhost(["grpc-health-checking"]).grpc(5000, "", 1e6)).toBe("SERVING");
  });

  it("/make-not-serving forces NOT_SERVING, /make-serving clears the force; each toggle tells the prober", () => {
    const m = agnhost(["grpc-health-checking", "--port", "7000", "--http-port", "7001"]);
    expect(m.http(7001, "/make-not-serving", 3)).toEqual({ status: 200, body: "3s", changed: true });
    expect(m.grpc(7000, "", 4)).toBe("NOT_SERVING");
    m.http(7001, "/make-serving", 5);
    expect(m.grpc(7000, "", 6)).toBe("SERVING");
  });

  it("logs its listeners, each Check and each toggle", () => {
    const m = agnhost(["grpc-health-checking"]);
    expect(m.log!.start!(2, env).map((l) => l[1])).toEqual(["2026/01/01 00:00:02 Http server starting to listen on :8080", "2026/01/01 00:00:02 gRPC server starting to listen on :5000"]);
    expect(m.log!.request!(req("", 7, "grpc"), env)[0][1]).toBe("2026/01/01 00:00:07 Serving the Check request for health check, started at 2026-01-01 00:00:02 +0000 UTC");
    expect(m.log!.request!(req("/make-not-serving"), env)[0][1]).toBe("2026/01/01 00:00:05 Mark as unhealthy");
  });
});

describe("agnhost serve-hostname, test-webserver, pause", () => {
  it("serve-hostname answers its hostname on :9376, logs each request, and waits 60 s after SIGTERM (serve_hostname.go)", () => {
    const m = agnhost(["serve-hostname"]);
    expect(m.http(9376, "/", 1, ctx())).toEqual({ status: 200, body: "pod-a" });
    expect(m.onStop).toEqual({ delay: 60, code: 0 });
    expect(m.log!.start!(2, env)[0][1]).toBe("2026/01/01 00:00:02 Serving on port 9376.");
    expect(m.log!.request!(req("/"), env)[0][1]).toMatch(/^2026\/01\/01 00:00:05 HTTP request from 172\.18\.0\.2:\d+$/);
    expect(m.log!.stop!(9, env).map((l) => l[1])).toEqual(["2026/01/01 00:00:09 Shutting down after receiving signal: terminated.", "2026/01/01 00:00:09 Awaiting pod deletion."]);
  });

  it("serve-hostname --udp with HTTP on (its default) is log.Fatalf: exit 1", () => {
    const m = agnhost(["serve-hostname", "--udp"]);
    expect(m.exit).toEqual({ after: 0, code: 1 });
    expect(m.log!.start!(0, env)[0][1]).toMatch(/Can't server TCP\/UDP mode and HTTP mode at the same time$/);
    expect(agnhost(["serve-hostname", "--udp", "--http=false"]).exit).toBeUndefined();
  });

  it("test-webserver is a file server of / on --port (80): 200 for what exists, Go's 404 otherwise", () => {
    const m = agnhost(["test-webserver"]);
    const files = ctx({ readFile: (p) => (p === "/etc/hostname" ? "pod-a\n" : undefined), fileExists: (p) => p === "/etc/hostname" });
    expect(m.http(80, "/", 1, files).status).toBe(200);
    expect(m.http(80, "/etc/hostname", 1, files)).toEqual({ status: 200, body: "pod-a\n" });
    expect(m.http(80, "/healthz", 1, files)).toEqual({ status: 404, body: "404 page not found\n" });
    expect(m.log).toBeUndefined();
  });

  it("pause prints \"Paused\" and exits 2 on SIGTERM (pause/pause.go)", () => {
    const m = agnhost(["pause"]);
    expect(m.log!.start!(0, env)).toEqual([["stdout", "Paused"]]);
    expect(m.onStop?.code).toBe(2);
  });
});

describe("an agnhost mode podplay does not model", () => {
  it("runs a generic stand-in on the container's ports, with a visible unmodelledProgram note", () => {
    const res = simulate(`apiVersion: v1
kind: Pod
metadata: {name: dns}
spec:
  containers:
  - name: c
    image: registry.k8s.io/e2e-test-images/agnhost:2.52
    args: ["dns-server-list"]
    ports: [{containerPort: 8080}]
`, { until: 20 });
    const note = res.trace.notes.find((n) => n.code === "unmodelledProgram");
    expect(note?.message).toMatch(/^agnhost's "dns-server-list" mode is not modelled by podplay .*: it runs as a generic server listening on :8080/);
    expect(cliJson(res).watch.at(-1)?.status).toBe("Running");
  });

  it("the image's default command is pause", () => {
    const res = simulate(`apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - {name: c, image: "registry.k8s.io/e2e-test-images/agnhost:2.52"}
`, { until: 20 });
    expect(res.trace.notes).toEqual([]);
    expect(res.trace.logs?.map((l) => l.text)).toEqual(["Paused"]);
  });
});
