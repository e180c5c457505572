import { constantMemory, MiB, type HttpAnswer, type HttpContext, type LogText, type ProgramLogEnv, type ProgramLogFormat, type ProgramModel, type ServedRequest } from "./program";
import { clfTime, server, slashTime, splitTarget } from "./server";

/** The default page of the official nginx image (html/index.html): 615 bytes since 1.21, 612 before. */
export const NGINX_INDEX = `<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to
<a href="http://nginx.org/">nginx.org</a>.<br/>
Commercial support is available at
<a href="http://nginx.com/">nginx.com</a>.</p>

<p><em>Thank you for using nginx.</em></p>
</body>
</html>
`;

const NGINX_INDEX_OLD = NGINX_INDEX.replace(
  "html { color-scheme: light dark; }\nbody { width: 35em; margin: 0 auto;\nfont-family: Tahoma, Verdana, Arial, sans-serif; }\n",
  "    body {\n        width: 35em;\n        margin: 0 auto;\n        font-family: Tahoma, Verdana, Arial, sans-serif;\n    }\n",
);

const NGINX_50X = `<!DOCTYPE html>
<html>
<head>
<title>Error</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>An error occurred.</h1>
<p>Sorry, the page you are looking for is currently unavailable.<br/>
Please try again later.</p>
<p>If you are the system administrator of this resource then you should check
the error log for details.</p>
<p><em>Faithfully yours, nginx.</em></p>
</body>
</html>
`;

const HTML_ROOT = "/usr/share/nginx/html";

/** The files the official image ships under its html root and config. */
export function nginxFiles(build: NginxBuild): Record<string, string> {
  return { [`${HTML_ROOT}/index.html`]: build.oldIndex ? NGINX_INDEX_OLD : NGINX_INDEX, [`${HTML_ROOT}/50x.html`]: NGINX_50X, "/etc/nginx/nginx.conf": "user nginx;\n" };
}

/** What differs between the official image's releases that a log or an answer shows. */
export interface NginxBuild {
  version: string;
  /** docker-entrypoint.sh and /docker-entrypoint.d (images 1.19 and later). */
  entrypoint: boolean;
  /** 15-local-resolvers.envsh, sourced by the entrypoint (images 1.25 and later). */
  localResolvers: boolean;
  /** nginx.conf's `error_log … notice` (packages 1.20 and later; earlier `warn` hides the start-up notices). */
  notices: boolean;
  /** STOPSIGNAL: SIGQUIT (graceful) since 1.19.5, SIGTERM (fast) before. */
  stopSignal: "SIGQUIT" | "SIGTERM";
  compiler: string;
  oldIndex: boolean;
}

/** The newest patch release of each minor line (nginx.org, as of Kubernetes v1.34's release). */
const LATEST_PATCH: Record<number, number> = { 14: 2, 15: 12, 16: 1, 17: 10, 18: 0, 19: 10, 20: 2, 21: 6, 22: 1, 23: 4, 24: 0, 25: 5, 26: 3, 27: 5, 28: 0, 29: 1 };
const STABLE = "1.28.0";
const MAINLINE = "1.29.1";

/**
 * The nginx release an image tag runs: `1.27.3` exactly, `1.27` its newest patch, `stable`,
 * `mainline`, `latest` and `1` the lines' newest; `-alpine` variants build with Alpine's gcc.
 * Sources: github.com/nginxinc/docker-nginx history (entrypoint 2020-05, STOPSIGNAL SIGQUIT
 * 2020-11, 15-local-resolvers 2023-05, bookworm 2023-06, trixie 2025); compiler strings are those
 * of each base image's gcc and vary slightly between patch releases.
 */
export function nginxBuild(tag: string | undefined): NginxBuild {
  const t = tag ?? "latest";
  const m = /^(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(t);
  let version = /^stable/.test(t) ? STABLE : MAINLINE;
  if (m && m[2] !== undefined) version = m[3] !== undefined ? `${m[1]}.${m[2]}.${m[3]}` : `${m[1]}.${m[2]}.${LATEST_PATCH[Number(m[2])] ?? 0}`;
  const [, minor, patch] = version.split(".").map(Number);
  const alpine = t.includes("alpine");
  const at = (mi: number, pa = 0) => minor > mi || (minor === mi && patch >= pa);
  const compiler = alpine
    ? at(27)
      ? "gcc 14.2.0 (Alpine 14.2.0) "
      : at(25)
        ? "gcc 13.2.1 20231014 (Alpine 13.2.1_git20231014) "
        : "gcc 12.2.1 20220924 (Alpine 12.2.1_git20220924-r4) "
    : at(29)
      ? "gcc 14.2.0 (Debian 14.2.0-19) "
      : at(25)
        ? "gcc 12.2.0 (Debian 12.2.0-14) "
        : at(21)
          ? "gcc 10.2.1 20210110 (Debian 10.2.1-6) "
          : "gcc 8.3.0 (Debian 8.3.0-6) ";
  return { version, entrypoint: at(19), localResolvers: at(25), notices: at(20), stopSignal: at(19, 5) ? "SIGQUIT" : "SIGTERM", compiler, oldIndex: !at(21) };
}

/** The kernel the node runs, as `uname -r` prints it (nginx logs it at start). */
const NODE_KERNEL = "6.8.0-64-generic";

/** First worker pid: the entrypoint's scripts ran as pids 2–28 before nginx forked its workers. */
const firstWorkerPid = (b: NginxBuild) => (b.entrypoint ? 29 : 7);

/** nginx's built-in error page (ngx_http_special_response.c): CRLF lines, the version in the tail. */
function errorPage(status: number, text: string, version: string): string {
  const crlf = "\r\n";
  return `<html>${crlf}<head><title>${status} ${text}</title></head>${crlf}<body>${crlf}<center><h1>${status} ${text}</h1></center>${crlf}<hr><center>nginx/${version}</center>${crlf}</body>${crlf}</html>${crlf}`;
}

/**
 * The official nginx image (docker-library nginx, mirrored by Kubernetes' e2e images): serves its
 * html root on :80 as the image's default.conf does (`index index.html`, a missing file is a 404
 * with nginx's error page), writes the entrypoint's and nginx's start-up notices, an access log
 * line per request in the image's `main` format and an [error] line for each missing file, and
 * shuts down on its STOPSIGNAL. With `entrypoint`, `/docker-entrypoint.sh nginx …` prints its
 * configuration steps first.
 */
export function nginx(build: NginxBuild, viaEntrypoint: boolean): ProgramModel {
  const answer = (target: string, ctx: HttpContext | undefined): HttpAnswer => {
    const { path } = splitTarget(target);
    const file = HTML_ROOT + (path.endsWith("/") ? path + "index.html" : path);
    const body = ctx?.readFile ? ctx.readFile(file) : path === "/" || path === "/index.html" ? NGINX_INDEX : undefined;
    if (body !== undefined) return { status: 200, body };
    // A directory without its index file: the index module forbids listing it (autoindex is off).
    if (path.endsWith("/") && ctx?.fileExists?.(HTML_ROOT + path.replace(/\/$/, ""))) return { status: 403, body: errorPage(403, "Forbidden", build.version) };
    return { status: 404, body: errorPage(404, "Not Found", build.version) };
  };
  return server({
    processName: "nginx",
    summary: `nginx ${build.version} serving HTTP on :80`,
    listens: [{ port: 80, after: 0 }],
    http: (port, target, _age, ctx) => (port === 80 ? answer(target, ctx) : { status: 404, body: "" }),
    // SIGQUIT: a graceful shutdown, exit 0 once idle; SIGTERM: a fast one, exit 0.
    onStop: { delay: 0.1, code: 0 },
    memory: constantMemory(6 * MiB),
    log: nginxLog(build, viaEntrypoint),
  });
}

/** One log format per release and start path, shared by every instance (10,000 nginx pods keep one). */
const nginxLogs = new WeakMap<NginxBuild, ProgramLogFormat[]>();

function nginxLog(build: NginxBuild, viaEntrypoint: boolean): ProgramLogFormat {
  let pair = nginxLogs.get(build);
  if (!pair) nginxLogs.set(build, (pair = [makeNginxLog(build, false), makeNginxLog(build, true)]));
  return pair[viaEntrypoint ? 1 : 0];
}

function makeNginxLog(build: NginxBuild, viaEntrypoint: boolean): ProgramLogFormat {
  const workers = (env: ProgramLogEnv) => Array.from({ length: Math.min(env.cpus, 1024) }, (_, i) => firstWorkerPid(build) + i);
  const notice = (unix: number, pid: number, text: string): LogText => ["stderr", `${slashTime(unix)} [notice] ${pid}#${pid}: ${text}`];
  return {
    start: (t, env) => {
      const lines: LogText[] = [];
      if (viaEntrypoint) {
        const e = (s: string): LogText => ["stdout", s];
        lines.push(e("/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration"), e("/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/"));
        lines.push(e("/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh"));
        lines.push(e("10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf"), e("10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf"));
        if (build.localResolvers) lines.push(e("/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh"));
        lines.push(e("/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh"));
        if (build.stopSignal === "SIGQUIT") lines.push(e("/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh"));
        lines.push(e("/docker-entrypoint.sh: Configuration complete; ready for start up"));
      }
      if (build.notices) {
        const u = env.unixOffset + t;
        lines.push(notice(u, 1, 'using the "epoll" event method'), notice(u, 1, `nginx/${build.version}`), notice(u, 1, `built by ${build.compiler}`));
        lines.push(notice(u, 1, `OS: Linux ${NODE_KERNEL}`), notice(u, 1, "getrlimit(RLIMIT_NOFILE): 1048576:1048576"), notice(u, 1, "start worker processes"));
        for (const pid of workers(env)) lines.push(notice(u, 1, `start worker process ${pid}`));
      }
      return lines;
    },
    request: (r: ServedRequest, env) => {
      const u = env.unixOffset + r.t;
      const request = `GET ${r.target} HTTP/1.1`;
      const lines: LogText[] = [];
      if (r.status === 404 || r.status === 403) {
        const { path } = splitTarget(r.target);
        const what = r.status === 403 ? `directory index of "${HTML_ROOT}${path}" is forbidden` : `open() "${HTML_ROOT}${path.endsWith("/") ? path + "index.html" : path}" failed (2: No such file or directory)`;
        const w = firstWorkerPid(build);
        lines.push(["stderr", `${slashTime(u)} [error] ${w}#${w}: *${r.n ?? 1} ${what}, client: ${r.client.ip}, server: localhost, request: "${request}", host: "${r.client.host ?? env.podIP}"`]);
      }
      // log_format main (the image's nginx.conf): combined plus "$http_x_forwarded_for".
      lines.push(["stdout", `${r.client.ip} - - [${clfTime(u)}] "${request}" ${r.status} ${r.bytes} "-" "${r.client.userAgent ?? "-"}" "-"`]);
      return lines;
    },
    stop: (t, env) => {
      if (!build.notices) return [];
      const u = env.unixOffset + t;
      const pids = workers(env);
      if (build.stopSignal === "SIGTERM") return [notice(u, 1, "signal 15 (SIGTERM) received, exiting"), ...pids.flatMap((p) => [notice(u, p, "exiting"), notice(u, p, "exit")]), notice(u, 1, "exit")];
      return [
        notice(u, 1, "signal 3 (SIGQUIT) received, shutting down"),
        ...pids.map((p) => notice(u, p, "gracefully shutting down")),
        ...pids.flatMap((p) => [notice(u, p, "exiting"), notice(u, p, "exit")]),
        ...pids.flatMap((p) => [notice(u, 1, `signal 17 (SIGCHLD) received from ${p}`), notice(u, 1, `worker process ${p} exited with code 0`)]),
        notice(u, 1, "exit"),
      ];
    },
  };
}

// ---- httpd (the e2e images' httpd:2.4.38-4 and 2.4.39-4 mirror httpd:2.4.3x-alpine) -------------

const HTTPD_INDEX = "<html><body><h1>It works!</h1></body></html>\n";
const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Apache's error log time: `Thu Jan 01 00:00:02.000000 2026`. */
function apacheTime(unix: number): string {
  const d = new Date(Math.round(unix * 1000));
  const p2 = (n: number) => String(n).padStart(2, "0");
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${p2(d.getUTCDate())} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}.${String(d.getUTCMilliseconds()).padStart(3, "0")}000 ${d.getUTCFullYear()}`;
}

export function httpdFiles(): Record<string, string> {
  return { "/usr/local/apache2/htdocs/index.html": HTTPD_INDEX };
}

/**
 * Apache httpd as the official image runs it (httpd-foreground: `httpd -DFOREGROUND`): serves
 * /usr/local/apache2/htdocs on :80, logs its start-up (AH00558 twice without a ServerName, AH00489,
 * AH00094) to stderr and each request in the common log format to stdout; STOPSIGNAL SIGWINCH is a
 * graceful stop (AH00492).
 */
export function httpd(version: string): ProgramModel {
  const tid = 140_000_000_000_000 + 1_234_567;
  return server({
    processName: "httpd",
    summary: `httpd ${version} serving HTTP on :80`,
    listens: [{ port: 80, after: 0 }],
    http: (_port, target, _age, ctx) => {
      const { path } = splitTarget(target);
      const body = ctx?.readFile ? ctx.readFile("/usr/local/apache2/htdocs" + (path.endsWith("/") ? path + "index.html" : path)) : path === "/" ? HTTPD_INDEX : undefined;
      if (body !== undefined) return { status: 200, body };
      return {
        status: 404,
        body: '<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>404 Not Found</title>\n</head><body>\n<h1>Not Found</h1>\n<p>The requested URL was not found on this server.</p>\n</body></html>\n',
      };
    },
    onStop: { delay: 0.1, code: 0 },
    memory: constantMemory(8 * MiB),
    log: {
      start: (t, env) => {
        const ah00558: LogText = ["stderr", `AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using ${env.podIP}. Set the 'ServerName' directive globally to suppress this message`];
        const at = apacheTime(env.unixOffset + t);
        return [
          ah00558,
          ah00558,
          ["stderr", `[${at}] [mpm_event:notice] [pid 1:tid ${tid}] AH00489: Apache/${version} (Unix) configured -- resuming normal operations`],
          ["stderr", `[${at}] [core:notice] [pid 1:tid ${tid}] AH00094: Command line: 'httpd -D FOREGROUND'`],
        ];
      },
      request: (r, env) => [["stdout", `${r.client.ip} - - [${clfTime(env.unixOffset + r.t)}] "GET ${r.target} HTTP/1.1" ${r.status} ${r.bytes}`]],
      stop: (t, env) => [["stderr", `[${apacheTime(env.unixOffset + t)}] [mpm_event:notice] [pid 1:tid ${tid}] AH00492: caught SIGWINCH, shutting down gracefully`]],
    },
  });
}
