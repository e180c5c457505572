import { describe, expect, it } from "vitest";
import { httpd, nginx, nginxBuild, nginxFiles, NGINX_INDEX } from "./webservers";
import { lookupImage } from "./catalogue";
import { parseImageRef } from "./imageRef";
import { resolveProgram } from "./resolve";
import type { ProgramLogEnv, ServedRequest } from "./program";
import { simulate } from "../simulate";
import { cliJson } from "../output/cliJson";

const env: ProgramLogEnv = { unixOffset: 1767225600, cpus: 2, podIP: "10.244.0.5", hostname: "web", startedAt: 3 };
const probe = (target: string, status: number, bytes: number, t = 12.5): ServedRequest => ({
  t,
  port: 80,
  target,
  status,
  bytes,
  client: { ip: "172.18.0.2", userAgent: "kube-probe/1.34", host: "10.244.0.5:80" },
  protocol: "http",
  period: 0,
  count: 1,
  n: 3,
});
const facts = (image: string) => lookupImage(parseImageRef(image)!);

describe("the official nginx image by release (github.com/nginxinc/docker-nginx history)", () => {
  it("a tag names a release: exact, a minor line's newest patch, or the stable/mainline lines", () => {
    expect(nginxBuild("1.27.3").version).toBe("1.27.3");
    expect(nginxBuild("1.27").version).toBe("1.27.5");
    expect(nginxBuild("1.14-alpine")).toMatchObject({ version: "1.14.2", entrypoint: false, notices: false, stopSignal: "SIGTERM", oldIndex: true });
    expect(nginxBuild("1.19.0")).toMatchObject({ entrypoint: true, localResolvers: false, stopSignal: "SIGTERM" });
    expect(nginxBuild("1.27")).toMatchObject({ entrypoint: true, localResolvers: true, notices: true, stopSignal: "SIGQUIT", compiler: "gcc 12.2.0 (Debian 12.2.0-14) " });
    expect(nginxBuild("stable").version).toBe("1.28.0");
    expect(nginxBuild(undefined).version).toBe("1.29.1");
  });

  it("the welcome page is 615 bytes (612 before 1.21); a missing file is nginx's error page (153 bytes with a 6-character version)", () => {
    expect(NGINX_INDEX.length).toBe(615);
    expect(nginxFiles(nginxBuild("1.14"))["/usr/share/nginx/html/index.html"].length).toBe(612);
    const m = nginx(nginxBuild("1.27"), true);
    const files = nginxFiles(nginxBuild("1.27"));
    const ctx = { hostname: "web", client: { ip: "1.2.3.4" }, readFile: (p: string) => files[p] };
    expect(m.http(80, "/", 1, ctx)).toEqual({ status: 200, body: NGINX_INDEX });
    expect(m.http(80, "/?x=1", 1, ctx).status).toBe(200);
    const notFound = m.http(80, "/healthz", 1, ctx);
    expect(notFound.status).toBe(404);
    expect(notFound.body.length).toBe(153);
    expect(notFound.body).toContain("<hr><center>nginx/1.27.5</center>\r\n");
  });

  it("/docker-entrypoint.sh nginx prints the entrypoint's steps on stdout, then nginx's notices on stderr (error_log notice), a worker per CPU", () => {
    const lines = nginx(nginxBuild("1.27"), true).log!.start!(3, env);
    expect(lines.slice(0, 9)).toEqual(
      [
        "/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration",
        "/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/",
        "/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh",
        "10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf",
        "10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf",
        "/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh",
        "/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh",
        "/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh",
        "/docker-entrypoint.sh: Configuration complete; ready for start up",
      ].map((text) => ["stdout", text]),
    );
    expect(lines.slice(9).map((l) => l[1])).toEqual([
      '2026/01/01 00:00:03 [notice] 1#1: using the "epoll" event method',
      "2026/01/01 00:00:03 [notice] 1#1: nginx/1.27.5",
      "2026/01/01 00:00:03 [notice] 1#1: built by gcc 12.2.0 (Debian 12.2.0-14) ",
      "2026/01/01 00:00:03 [notice] 1#1: OS: Linux 6.8.0-64-generic",
      "2026/01/01 00:00:03 [notice] 1#1: getrlimit(RLIMIT_NOFILE): 1048576:1048576",
      "2026/01/01 00:00:03 [notice] 1#1: start worker processes",
      "2026/01/01 00:00:03 [notice] 1#1: start worker process 29",
      "2026/01/01 00:00:03 [notice] 1#1: start worker process 30",
    ]);
    expect(lines.slice(9).every((l) => l[0] === "stderr")).toBe(true);
  });

  it("a request is one access-log line in the image's `main` format; a missing file adds an [error] open() line", () => {
    const log = nginx(nginxBuild("1.27"), true).log!;
    expect(log.request!(probe("/", 200, 615), env)).toEqual([["stdout", '172.18.0.2 - - [01/Jan/2026:00:00:12 +0000] "GET / HTTP/1.1" 200 615 "-" "kube-probe/1.34" "-"']]);
    expect(log.request!(probe("/healthz", 404, 153), env)).toEqual([
      [
        "stderr",
        '2026/01/01 00:00:12 [error] 29#29: *3 open() "/usr/share/nginx/html/healthz" failed (2: No such file or directory), client: 172.18.0.2, server: localhost, request: "GET /healthz HTTP/1.1", host: "10.244.0.5:80"',
      ],
      ["stdout", '172.18.0.2 - - [01/Jan/2026:00:00:12 +0000] "GET /healthz HTTP/1.1" 404 153 "-" "kube-probe/1.34" "-"'],
    ]);
  });

  it("SIGQUIT (STOPSIGNAL since 1.19.5) is a graceful shutdown, logged at notice level", () => {
    const stop = nginx(nginxBuild("1.27"), true).log!.stop!(40, { ...env, cpus: 1 });
    expect(stop.map((l) => l[1].replace(/^\S+ \S+ /, ""))).toEqual([
      "[notice] 1#1: signal 3 (SIGQUIT) received, shutting down",
      "[notice] 29#29: gracefully shutting down",
      "[notice] 29#29: exiting",
      "[notice] 29#29: exit",
      "[notice] 1#1: signal 17 (SIGCHLD) received from 29",
      "[notice] 1#1: worker process 29 exited with code 0",
      "[notice] 1#1: exit",
    ]);
  });
});

describe("Kubernetes' e2e nginx and httpd mirrors (test/utils/image/manifest.go; test/images/nginx/BASEIMAGE: nginx:1.14-alpine)", () => {
  it("nginx:1.14-4 and 1.15-4 are the alpine releases: no entrypoint script, nginx as PID 1, warn-level error log (no notices)", () => {
    const f = facts("registry.k8s.io/e2e-test-images/nginx:1.14-4");
    expect(f.entrypoint).toEqual([]);
    expect(f.cmd).toEqual(["nginx", "-g", "daemon off;"]);
    const r = resolveProgram({ name: "c", image: "registry.k8s.io/e2e-test-images/nginx:1.15-4" }, undefined);
    expect(r.main.kind === "native" && r.main.model.summary).toBe("nginx 1.15.12 serving HTTP on :80");
    expect(r.main.kind === "native" && r.main.model.log!.start!(0, env)).toEqual([]);
  });

  it("docker-entrypoint.sh execs a command that is not nginx: args: [sh, -c, …] run the shell", () => {
    const r = resolveProgram({ name: "c", image: "nginx:1.27", args: ["sh", "-c", "echo hi"] }, undefined);
    expect(r.main).toEqual({ kind: "shell", argv: ["sh", "-c", "echo hi"] });
  });

  it("httpd:2.4.38-4 is httpd 2.4.38: 'It works!' on :80, its start-up lines and the common log format", () => {
    const f = facts("registry.k8s.io/e2e-test-images/httpd:2.4.38-4");
    expect(f.cmd).toEqual(["httpd-foreground"]);
    const m = httpd("2.4.38");
    expect(m.http(80, "/", 1, { hostname: "h", client: { ip: "x" }, readFile: (p) => f.files![p] })).toEqual({ status: 200, body: "<html><body><h1>It works!</h1></body></html>\n" });
    const start = m.log!.start!(3, env).map((l) => l[1]);
    expect(start[0]).toBe("AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using 10.244.0.5. Set the 'ServerName' directive globally to suppress this message");
    expect(start[2]).toMatch(/^\[Thu Jan 01 00:00:03\.000000 2026\] \[mpm_event:notice\] \[pid 1:tid \d+\] AH00489: Apache\/2\.4\.38 \(Unix\) configured -- resuming normal operations$/);
    expect(m.log!.request!(probe("/", 200, 45), env)).toEqual([["stdout", '172.18.0.2 - - [01/Jan/2026:00:00:12 +0000] "GET / HTTP/1.1" 200 45']]);
  });
});

describe("who nginx's access log names", () => {
  const run = (yaml: string, until = 40) => cliJson(simulate(yaml, { until })).logs.filter((l) => l.stream === "stdout" && l.text.includes('"GET '));

  // pkg/kubelet/lifecycle/handlers.go: NewRequestForHTTPGetAction(…, "lifecycle") → kube-lifecycle/<version>.
  it("a postStart httpGet hook comes from the node with User-Agent kube-lifecycle/1.34", () => {
    const lines = run(`apiVersion: v1
kind: Pod
metadata: {name: web}
spec:
  containers:
  - name: nginx
    image: nginx:1.27
    lifecycle:
      postStart: {httpGet: {path: /index.html, port: 80}}
`);
    expect(lines.map((l) => l.text)).toEqual([expect.stringMatching(/^172\.18\.0\.2 - - \[.*\] "GET \/index\.html HTTP\/1\.1" 200 615 "-" "kube-lifecycle\/1\.34" "-"$/)]);
  });

  // busybox networking/wget.c sends "User-Agent: Wget"; a Service's ClusterIP keeps the client pod's address.
  it("another pod's wget through a Service comes from that pod's IP, with User-Agent Wget and its Host header", () => {
    const res = simulate(`apiVersion: v1
kind: Pod
metadata: {name: web, labels: {app: web}}
spec:
  containers:
  - {name: nginx, image: "nginx:1.27"}
---
apiVersion: v1
kind: Service
metadata: {name: web}
spec:
  selector: {app: web}
  ports: [{port: 80}]
---
apiVersion: v1
kind: Pod
metadata: {name: client}
spec:
  containers:
  - name: c
    image: busybox:1.36
    command: ["sh", "-c", "sleep 10; wget -O /tmp/x http://web/missing; sleep 3600"]
`, { until: 30 });
    const web = cliJson(res).logs.filter((l) => l.pod === "web" && /GET \/missing/.test(l.text));
    expect(web.map((l) => l.stream)).toEqual(["stderr", "stdout"]);
    expect(web[0].text).toMatch(/\[error\] 29#29: \*1 open\(\) "\/usr\/share\/nginx\/html\/missing" failed \(2: No such file or directory\), client: 10\.244\.\d+\.\d+, server: localhost, request: "GET \/missing HTTP\/1\.1", host: "web"$/);
    expect(web[1].text).toMatch(/^10\.244\.\d+\.\d+ - - \[.*\] "GET \/missing HTTP\/1\.1" 404 153 "-" "Wget" "-"$/);
  });
});

describe("nginx serving a volume (the docs' init container writing index.html into an emptyDir)", () => {
  const pod = (init: string) => `apiVersion: v1
kind: Pod
metadata: {name: web}
spec:
  initContainers:
  - name: init
    image: busybox:1.36
    command: ["sh", "-c", "${init}"]
    volumeMounts: [{name: html, mountPath: /work-dir}]
  containers:
  - name: nginx
    image: nginx:1.27
    volumeMounts: [{name: html, mountPath: /usr/share/nginx/html}]
    readinessProbe: {httpGet: {path: /, port: 80}, periodSeconds: 5}
  volumes: [{name: html, emptyDir: {}}]
`;
  it("serves the file the init container wrote", () => {
    const logs = cliJson(simulate(pod("echo hello > /work-dir/index.html"), { until: 30 })).logs.filter((l) => l.pod === "web" && l.container === "nginx" && l.stream === "stdout");
    expect(logs.at(-1)?.text).toMatch(/"GET \/ HTTP\/1\.1" 200 6 "-" "kube-probe\/1\.34" "-"$/);
  });

  // ngx_http_index_module: a directory without its index file and autoindex off is 403 Forbidden.
  it("answers 403 for / when the directory has no index.html", () => {
    const j = cliJson(simulate(pod("true"), { until: 30 }));
    const err = j.logs.find((l) => l.pod === "web" && l.stream === "stderr" && l.text.includes("[error]"));
    expect(err?.text).toMatch(/\[error\] 29#29: \*1 directory index of "\/usr\/share\/nginx\/html\/" is forbidden, client: 172\.18\.0\.2, server: localhost, request: "GET \/ HTTP\/1\.1", host: "10\.244\.\d+\.\d+:80"$/);
    expect(j.events.some((e) => e.reason === "Unhealthy" && e.message === "Readiness probe failed: HTTP probe failed with statuscode: 403")).toBe(true);
  });
});
