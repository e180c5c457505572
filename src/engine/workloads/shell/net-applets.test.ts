import { describe, it, expect } from "vitest";
import { FakeHost, sh } from "./fake-host";
import { resolveName } from "./net-applets";
import { runArgv, runToCompletion } from "./run";

const SERVER = "Server:    10.96.0.10\nAddress 1: 10.96.0.10 kube-dns.kube-system.svc.cluster.local\n\n";

const cluster = (): FakeHost =>
  new FakeHost({
    dns: {
      "myservice.default.svc.cluster.local": "10.96.12.34",
      "db.other.svc.cluster.local": "10.96.5.5",
      "info.cern.ch": "188.184.67.127",
    },
    http: {
      "http://myservice.default.svc.cluster.local:80/": { status: 200, body: "<h1>hello</h1>\n" },
      "http://myservice.default.svc.cluster.local:80/missing": { status: 404, body: "nope" },
      "http://myservice.default.svc.cluster.local:8080/boom": { status: 500, body: "boom" },
      "http://info.cern.ch:80/": { status: 200, body: "<html>cern</html>" },
      "http://db.other.svc.cluster.local:80/": { error: "timeout" },
      "http://nowhere.example:80/": { error: "unresolved" },
    },
  });

describe("name resolution", () => {
  it("applies the search path before the name itself when it has fewer than ndots dots", () => {
    const host = cluster();
    expect(resolveName(host, "myservice")).toEqual({ fqdn: "myservice.default.svc.cluster.local", ip: "10.96.12.34" });
    expect(resolveName(host, "db.other")).toEqual({ fqdn: "db.other.svc.cluster.local", ip: "10.96.5.5" });
    expect(resolveName(host, "myservice.default.svc.cluster.local")?.ip).toBe("10.96.12.34");
    expect(resolveName(host, "info.cern.ch")?.fqdn).toBe("info.cern.ch");
    expect(resolveName(host, "10.1.2.3")).toEqual({ fqdn: "10.1.2.3", ip: "10.1.2.3" });
    expect(resolveName(host, "myservice.")).toBeNull();
    expect(resolveName(host, "nothing")).toBeNull();
  });
});

describe("nslookup", () => {
  it("prints busybox 1.28's answer", () => {
    const r = sh("nslookup myservice.default.svc.cluster.local", cluster());
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${SERVER}Name:      myservice.default.svc.cluster.local\nAddress 1: 10.96.12.34 myservice.default.svc.cluster.local\n`);
  });

  it("shows the name as typed and the address's full name", () => {
    expect(sh("nslookup myservice", cluster()).stdout).toBe(`${SERVER}Name:      myservice\nAddress 1: 10.96.12.34 myservice.default.svc.cluster.local\n`);
  });

  it("fails with the server block on stdout and the error on stderr", () => {
    const r = sh("nslookup nosuch", cluster());
    expect(r).toMatchObject({ code: 1, stdout: SERVER, stderr: "nslookup: can't resolve 'nosuch'\n" });
  });

  it("uses the host's DNS server when given", () => {
    const host = cluster();
    host.dnsServer = { ip: "10.0.0.10", name: "coredns.kube-system.svc.cluster.local" };
    expect(sh("nslookup myservice", host).stdout.startsWith("Server:    10.0.0.10\nAddress 1: 10.0.0.10 coredns.kube-system.svc.cluster.local\n")).toBe(true);
  });
});

describe("wget", () => {
  it("downloads to a file as in the init-container example", () => {
    const host = cluster();
    host.fs.mkdir("/work-dir");
    const r = runToCompletion(runArgv(["wget", "-O", "/work-dir/index.html", "http://info.cern.ch"], host)).exit!;
    expect(r.code).toBe(0);
    expect(host.fs.read("/work-dir/index.html")).toBe("<html>cern</html>");
    expect(r.stderr).toBe(
      "Connecting to info.cern.ch (188.184.67.127:80)\nsaving to '/work-dir/index.html'\nindex.html           100% |********************************|    17  0:00:00 ETA\n'/work-dir/index.html' saved\n",
    );
  });

  // networking/wget.c: getopt32 bundles short options, and one that takes a value takes the rest of its word.
  it("takes bundled short options: -qO- prints the body and nothing else", () => {
    const bundled = runToCompletion(runArgv(["wget", "-qO-", "http://info.cern.ch"], cluster())).exit!;
    expect(bundled).toMatchObject({ code: 0, output: "<html>cern</html>", stderr: "" });
    const split = runToCompletion(runArgv(["wget", "-qO", "-", "http://info.cern.ch"], cluster())).exit!;
    expect(split).toMatchObject({ code: 0, output: "<html>cern</html>", stderr: "" });
  });

  it("names the file after the URL, refusing to overwrite it", () => {
    const host = cluster();
    expect(sh("cd /tmp && wget -q http://myservice/ && cat index.html", host).stdout).toBe("<h1>hello</h1>\n");
    expect(sh("cd /tmp && wget -q http://myservice/", host)).toMatchObject({ code: 1, stderr: "wget: can't open 'index.html': File exists\n" });
  });

  it("-O - writes to stdout; -q silences progress", () => {
    const r = sh("wget -q -O - http://myservice", cluster());
    expect(r).toMatchObject({ code: 0, stdout: "<h1>hello</h1>\n", stderr: "" });
    expect(sh("wget -O- http://myservice", cluster()).stderr).toBe("Connecting to myservice (10.96.12.34:80)\nwriting to stdout\nwritten to stdout\n");
  });

  it("asks the host for the FQDN the name resolved to", () => {
    const host = cluster();
    sh("wget -q -O - http://myservice:8080/boom", host);
    expect(host.requests).toEqual(["http://myservice.default.svc.cluster.local:8080/boom"]);
  });

  it("reports HTTP errors, refused connections and bad addresses", () => {
    expect(sh("wget -q -O - http://myservice/missing", cluster())).toMatchObject({ code: 1, stderr: "wget: server returned error: HTTP/1.1 404 Not Found\n" });
    expect(sh("wget -q -O - http://myservice:8080/boom", cluster()).stderr).toBe("wget: server returned error: HTTP/1.1 500 Internal Server Error\n");
    expect(sh("wget -q http://myservice:9999/", cluster())).toMatchObject({ code: 1, stderr: "wget: can't connect to remote host (10.96.12.34): Connection refused\n" });
    expect(sh("wget -q http://nowhere.example/", cluster())).toMatchObject({ code: 1, stderr: "wget: bad address 'nowhere.example'\n" });
  });

  it("a timeout takes its time", () => {
    const r = sh("wget -q -T 5 http://db.other/", cluster());
    expect(r).toMatchObject({ code: 1, stderr: "wget: download timed out\n", sleptSeconds: 5 });
  });

  it("--spider only checks", () => {
    const host = cluster();
    const r = sh("cd /tmp && wget --spider http://myservice/", host);
    expect(r).toMatchObject({ code: 0, stderr: "Connecting to myservice (10.96.12.34:80)\nremote file exists\n" });
    expect(host.fs.exists("/tmp/index.html")).toBe(false);
  });
});

describe("curl", () => {
  it("prints the body; -s hides the progress meter", () => {
    expect(sh("curl -s http://myservice/", cluster())).toMatchObject({ code: 0, stdout: "<h1>hello</h1>\n", stderr: "" });
    expect(sh("curl http://myservice/", cluster()).stderr).toContain("% Total");
  });

  it("exit codes and messages: 6, 7, 22, 28", () => {
    expect(sh("curl -sS http://nosuch/", cluster())).toMatchObject({ code: 6, stderr: "curl: (6) Could not resolve host: nosuch\n" });
    expect(sh("curl -sS http://myservice:81/", cluster())).toMatchObject({
      code: 7,
      stderr: "curl: (7) Failed to connect to myservice port 81 after 0 ms: Connection refused\n",
    });
    expect(sh("curl -sSf http://myservice:8080/boom", cluster())).toMatchObject({ code: 22, stderr: "curl: (22) The requested URL returned error: 500\n" });
    expect(sh("curl -sS -m 3 http://db.other/", cluster())).toMatchObject({
      code: 28,
      sleptSeconds: 3,
      stderr: "curl: (28) Operation timed out after 3000 milliseconds with 0 bytes received\n",
    });
  });

  it("without -f an HTTP error is still a successful transfer", () => {
    expect(sh("curl -s http://myservice:8080/boom", cluster())).toMatchObject({ code: 0, stdout: "boom" });
  });

  it("-s alone hides errors too", () => {
    expect(sh("curl -s http://nosuch/", cluster())).toMatchObject({ code: 6, stderr: "" });
  });

  it("-o writes a file; -w prints the status code", () => {
    const host = cluster();
    const r = sh("curl -s -o /tmp/page -w '%{http_code}\\n' http://myservice/missing", host);
    expect(r.stdout).toBe("404\n");
    expect(host.fs.read("/tmp/page")).toBe("nope");
    expect(sh("curl -s -o /dev/null -w '%{http_code}' http://myservice/", cluster()).stdout).toBe("200");
  });

  it("works as a readiness check in a script", () => {
    expect(sh("curl -sf http://myservice/ > /dev/null && echo ready || echo not-ready", cluster()).stdout).toBe("ready\n");
    expect(sh("curl -sf http://myservice/missing > /dev/null && echo ready || echo not-ready", cluster()).stdout).toBe("not-ready\n");
  });
});
