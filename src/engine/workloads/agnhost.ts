import type { HttpAnswer, HttpContext, LogText, ProgramLogEnv, ProgramModel, ServedRequest } from "./program";
import { boolFlag, GO_NOT_FOUND, GO_TERM, goDuration, goLog, goRedirect, goTime, intFlag, pflags, server, splitTarget } from "./server";

/**
 * agnhost, Kubernetes' e2e test image (test/images/agnhost): one binary whose first argument picks
 * a mode (agnhost.go rootCmd). Each modelled mode answers, logs and stops as its source does; a mode
 * podplay does not model runs as a generic server with a note (catalogue's `unmodelled`).
 */
export function agnhost(args: string[]): ProgramModel {
  const mode = args[0] ?? "";
  const rest = args.slice(1);
  switch (mode) {
    case "liveness":
      return liveness();
    case "netexec":
      return netexec(rest);
    case "grpc-health-checking":
      return grpcHealthChecking(rest);
    case "test-webserver":
      return testWebserver(rest);
    case "serve-hostname":
      return serveHostname(rest);
    case "pause":
      return pause();
    default:
      return server({
        processName: "agnhost",
        summary: `agnhost ${mode}`,
        unmodelled: mode
          ? `agnhost's "${mode}" mode is not modelled by podplay (it models liveness, netexec, grpc-health-checking, test-webserver, serve-hostname and pause)`
          : "agnhost without a mode prints its usage; podplay does not model that",
        onStop: GO_TERM,
      });
  }
}

/** A Go float64 as %v prints it (shortest representation), at the simulation's millisecond resolution. */
function goFloat(x: number): string {
  return String(Math.round(x * 1000) / 1000);
}

/**
 * The client's address as the server's RemoteAddr shows it: its IP and an ephemeral source port
 * (Linux picks one in 32768–60999; podplay derives it from the request's time, for determinism).
 */
function remoteAddr(ip: string, age: number): string {
  return `${ip}:${32768 + ((Math.round(age * 1000) * 7919) % 28232)}`;
}

const unix = (env: ProgramLogEnv, t: number) => env.unixOffset + t;

/**
 * test/images/agnhost/liveness/server.go: on :8080, /healthz answers 200 "ok" while the server is
 * at most 10 s old, then 500 "error: <seconds>"; /started answers its age; /redirect?loc= redirects
 * (302) to the unescaped location; the sleep/disconnect endpoints answer late or hang up. It logs
 * nothing (only log.Fatal on a listen error).
 */
function liveness(): ProgramModel {
  return server({
    processName: "agnhost",
    summary: "agnhost liveness on :8080: /healthz answers 200 for 10 s, then 500",
    listens: [{ port: 8080, after: 0 }],
    http: (_port, target, age) => {
      const { path, query } = splitTarget(target);
      const int = (name: string, dflt: number) => (/^-?\d+$/.test(query.get(name) ?? "") ? Number(query.get(name)) : dflt);
      const code = int("code", 500);
      const sleep = int("time", 0);
      const size = int("size", 0);
      const interval = int("interval", 0);
      const kb = "x".repeat(1024 * size);
      switch (path) {
        case "/started":
          return { status: 200, body: goDuration(age) };
        case "/healthz":
          // duration.Seconds() > 10: exactly 10 s is still healthy.
          return age > 10 ? { status: 500, body: `error: ${goFloat(age)}` } : { status: 200, body: "ok" };
        case "/redirect": {
          // url.QueryUnescape of the already-unescaped query value.
          const loc = query.get("loc") ?? "";
          let unescaped: string;
          try {
            unescaped = decodeURIComponent(loc.replace(/\+/g, " "));
          } catch {
            return { status: 400, body: `invalid redirect: "${loc}"\n` };
          }
          return goRedirect(path, unescaped, 302);
        }
        case "/sleep-headers":
          return { status: code, body: `Slept for ${sleep} secs\n${kb}`, delay: sleep };
        case "/sleep-body":
          return { status: code, body: `${kb}Sleeping for ${sleep} secs\nSlept for ${sleep} secs\n`, bodyDelay: size * interval + sleep };
        case "/slow-response":
          return { status: code, body: kb, bodyDelay: size * interval };
        case "/disconnect-headers":
          return { status: 0, body: "", disconnect: "headers" };
        case "/disconnect-body":
          return { status: code, body: `${kb}Disconnecting\n`, disconnect: "body" };
      }
      return GO_NOT_FOUND;
    },
    onStop: GO_TERM,
    // /healthz changes just after 10 s (a tick at exactly 10 s still sees 200).
    breakpoints: [10.0005],
  });
}

/** Go's time.ParseDuration for the forms handlers are given ("", "0", "1s", "500ms", "1m30s"); undefined if invalid. */
function parseGoDuration(s: string): number | undefined {
  if (s === "" || s === "0") return 0;
  const units: Record<string, number> = { ns: 1e-9, us: 1e-6, µs: 1e-6, ms: 1e-3, s: 1, m: 60, h: 3600 };
  const re = /(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)/gy;
  let total = 0;
  let m: RegExpExecArray | null;
  let end = 0;
  while ((m = re.exec(s))) {
    total += Number(m[1]) * units[m[2]];
    end = re.lastIndex;
  }
  return end === s.length && end > 0 ? total : undefined;
}

/** Go's json.Marshal of a string map: keys sorted, <, > and & escaped. */
function goJson(obj: Record<string, string>): string {
  const sorted = Object.fromEntries(Object.entries(obj).sort(([a], [b]) => (a < b ? -1 : 1)));
  return JSON.stringify(sorted).replace(/[<>&\u2028\u2029]/g, (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"));
}

/**
 * test/images/agnhost/netexec/netexec.go: an HTTP server on --http-port (8080) and a UDP one on
 * --udp-port (8081; -1 disables it). /healthz is 200 once the UDP server started (412 without it),
 * /readyz also turns 503 "shutting down" after SIGTERM, /echo, /hostname, /clientip, /redirect,
 * /shell, /exit and /shutdown as documented there; every other path is the root handler ("NOW: …").
 * Each handler logs its request (log.Printf); SIGTERM exits 0 after --delay-shutdown seconds.
 * Not modelled: /dial (answers 501 saying so), /upload's file, TLS, SCTP traffic.
 */
function netexec(args: string[]): ProgramModel {
  const f = pflags(args, {
    "http-port": "int", "udp-port": "int", "sctp-port": "int", "tls-cert-file": "string", "tls-private-key-file": "string",
    "http-override": "string", "udp-listen-addresses": "string", "delay-shutdown": "int",
  });
  const httpPort = intFlag(f, "http-port", 8080);
  const udpPort = intFlag(f, "udp-port", 8081);
  const sctpPort = intFlag(f, "sctp-port", -1);
  const override = f.get("http-override") ?? "";
  const delayShutdown = intFlag(f, "delay-shutdown", 0);
  const udpAddresses = (f.get("udp-listen-addresses") ?? "").split(",").filter(Boolean);
  // The UDP (or SCTP) server sets serverReady when it starts.
  const ready = udpPort !== -1 || sctpPort !== -1;

  const route = (target: string) => splitTarget(override || target);
  const handle = (target: string, age: number, ctx: HttpContext | undefined): HttpAnswer => {
    const { path, query } = route(target);
    const q = (k: string) => query.get(k) ?? "";
    switch (path) {
      case "/clientip":
        return { status: 200, body: ctx ? remoteAddr(ctx.client.ip, age) : "" };
      case "/header":
        return { status: 200, body: q("key").toLowerCase() === "user-agent" ? (ctx?.client.userAgent ?? "") : q("key") ? "" : goJson({}) };
      case "/echo": {
        const code = q("code");
        if (code && !/^-?\d+$/.test(code)) return { status: 200, body: `argument 'code' must be an integer or empty, got "${code}"\n` };
        return { status: code ? Number(code) : 200, body: q("msg") };
      }
      case "/exit": {
        const wait = parseGoDuration(q("wait"));
        const timeout = parseGoDuration(q("timeout"));
        const code = q("code");
        if (timeout === undefined) return { status: 200, body: `argument 'timeout' must be a valid golang duration or empty, got "${q("timeout")}"\n` };
        if (wait === undefined) return { status: 200, body: `argument 'wait' must be a valid golang duration or empty, got "${q("wait")}"\n` };
        if (code && !/^-?\d+$/.test(code)) return { status: 200, body: `argument 'code' must be an integer [0-127] or empty, got "${code}"\n` };
        // timeout 0: os.Exit at once, the connection drops; otherwise a graceful shutdown answers first.
        return { status: 200, body: "", exit: { after: wait, code: code ? Number(code) & 255 : 0 }, ...(timeout === 0 ? { disconnect: "headers" as const } : {}) };
      }
      case "/healthz":
        return { status: ready ? 200 : 412, body: "" };
      case "/readyz":
        if (ctx?.stoppedAt !== undefined) return { status: 503, body: "shutting down" };
        return ready ? { status: 200, body: "ok" } : { status: 412, body: "" };
      case "/hostname":
      case "/hostName":
        return { status: 200, body: ctx?.hostname ?? "" };
      case "/redirect": {
        const code = q("code");
        if (code && !/^-?\d+$/.test(code)) return { status: 200, body: `argument 'code' must be an integer or empty, got "${code}"\n` };
        return goRedirect(path, q("location"), code ? Number(code) : 302);
      }
      case "/shell": {
        const cmd = q("shellCommand") || q("cmd");
        const r = ctx?.exec?.(["/bin/sh", "-c", cmd]) ?? { code: 0, output: "" };
        const out: Record<string, string> = {};
        if (r.output) out.output = r.output;
        if (r.code !== 0) out.error = `exit status ${r.code}`;
        return { status: 200, body: goJson(out) };
      }
      case "/shutdown":
        return { status: 0, body: "", disconnect: "headers", exit: { after: 0, code: 0 } };
      case "/upload":
        return { status: 200, body: goJson({ error: "Unable to upload file." }) };
      case "/dial":
        return { status: 501, body: "podplay does not model netexec's /dial\n" };
    }
    // fmt's %v of time.Now(): the wall clock, then the monotonic reading since the process started.
    return { status: 200, body: `NOW: ${goTime(ctx?.unixTime ?? age)} m=+${age.toFixed(9)}` };
  };

  const requestLog = (r: ServedRequest, env: ProgramLogEnv): LogText[] => {
    const { path, query } = route(r.target);
    const q = (k: string) => query.get(k) ?? "";
    const at = unix(env, r.t);
    const line = (text: string) => goLog(at, text);
    switch (path) {
      case "/clientip":
      case "/healthz":
      case "/readyz":
      case "/hostname":
      case "/hostName":
      case "/shutdown":
        return [line(`GET ${path}`)];
      case "/header":
        return [line(q("key") ? `GET /header?key=${q("key")}` : "GET /header")];
      case "/echo":
        return [line(`GET /echo?msg=${q("msg")}&code=${q("code")}`)];
      case "/exit": {
        const out = [line(`GET /exit?code=${q("code")}&timeout=${q("timeout")}&wait=${q("wait")}`)];
        const wait = parseGoDuration(q("wait"));
        const timeout = parseGoDuration(q("timeout"));
        if (wait !== undefined && timeout !== undefined && !(q("code") && !/^-?\d+$/.test(q("code"))))
          out.push(line(`Will begin shutdown in ${goDuration(wait)}, allowing ${goDuration(timeout)} for connections to close, then will exit with ${q("code") ? Number(q("code")) : 0}`));
        return out;
      }
      case "/redirect":
        return [line(`GET /redirect?msg=${q("location")}&code=${q("code")}`)];
      case "/shell":
        return [line(`GET /shell?cmd=${q("shellCommand") || q("cmd")}`)];
      case "/upload":
        return [line("GET /upload"), line("Unable to upload file: request Content-Type isn't multipart/form-data")];
      case "/dial":
        return [line(`GET /dial?host=${q("host")}&protocol=${q("protocol")}&port=${q("port")}&request=${q("request")}&tries=${q("tries")}`)];
    }
    return [line("GET /")];
  };

  return server({
    processName: "agnhost",
    summary: `agnhost netexec serving HTTP on :${httpPort}${udpPort !== -1 ? ` and UDP on :${udpPort}` : ""}`,
    listens: [{ port: httpPort, after: 0 }],
    http: (port, target, age, ctx) => handle(target, age, ctx),
    // SIGTERM: sleep --delay-shutdown seconds, then os.Exit(0).
    onStop: { delay: delayShutdown > 0 ? delayShutdown : 0.1, code: 0 },
    log: {
      start: (t, env) => [
        goLog(unix(env, t), `Started HTTP server on port ${httpPort}`),
        ...(udpPort !== -1 ? (udpAddresses.length ? udpAddresses : [""]).map((a) => goLog(unix(env, t), `Started UDP server on port ${a} ${udpPort}`)) : []),
        ...(sctpPort !== -1 ? [goLog(unix(env, t), "Started SCTP server")] : []),
      ],
      request: requestLog,
      stop: (t, env) => (delayShutdown > 0 ? [goLog(unix(env, t), `Sleeping ${delayShutdown} seconds before terminating...`)] : []),
    },
  });
}

/**
 * test/images/agnhost/grpc-health-checking/grpc-health-checking.go: the gRPC health service on
 * --port (5000) answers SERVING for --service (default ""), NOT_SERVING from --delay-unhealthy-sec
 * on (negative: never) or once /make-not-serving was called on --http-port (8080; /make-serving
 * undoes it); another service name is NotFound "unknown service". It logs each Check and toggle.
 */
function grpcHealthChecking(args: string[]): ProgramModel {
  const f = pflags(args, { port: "int", "http-port": "int", "delay-unhealthy-sec": "int", service: "string" });
  const port = intFlag(f, "port", 5000);
  const httpPort = intFlag(f, "http-port", 8080);
  const delay = intFlag(f, "delay-unhealthy-sec", -1);
  const service = f.get("service") ?? "";
  // One instance's state: forceUnhealthy, set by the HTTP toggles.
  let forced: boolean | undefined;
  return server({
    processName: "agnhost",
    summary: `agnhost grpc-health-checking: gRPC health on :${port}${delay >= 0 ? `, NOT_SERVING after ${delay} s` : ""}; /make-serving and /make-not-serving on :${httpPort}`,
    listens: [{ port, after: 0, grpc: true }, { port: httpPort, after: 0 }],
    grpc: (p, svc, age) => {
      if (p !== port) return "UNIMPLEMENTED";
      if (svc !== service) return "NOT_FOUND";
      // make-serving clears the force but not the delay.
      return forced === true || (delay >= 0 && age >= delay) ? "NOT_SERVING" : "SERVING";
    },
    http: (p, target, age) => {
      const { path } = splitTarget(target);
      if (p !== httpPort || (path !== "/make-serving" && path !== "/make-not-serving")) return GO_NOT_FOUND;
      forced = path === "/make-not-serving";
      return { status: 200, body: goDuration(age), changed: true };
    },
    onStop: GO_TERM,
    breakpoints: delay >= 0 ? [delay] : [],
    log: {
      start: (t, env) => [goLog(unix(env, t), `Http server starting to listen on :${httpPort}`), goLog(unix(env, t), `gRPC server starting to listen on :${port}`)],
      request: (r, env) => {
        if (r.protocol === "grpc") return [goLog(unix(env, r.t), `Serving the Check request for health check, started at ${goTime(env.unixOffset + env.startedAt)}`)];
        const { path } = splitTarget(r.target);
        if (path === "/make-not-serving") return [goLog(unix(env, r.t), "Mark as unhealthy")];
        if (path === "/make-serving") return [goLog(unix(env, r.t), "Mark as healthy")];
        return [];
      },
    },
  });
}

/**
 * test/images/agnhost/test-webserver/test-webserver.go: http.FileServer of "/" on --port (80): a
 * path that exists in the container answers 200 (the root a listing), others 404. It logs nothing
 * and has no SIGTERM handler (select {}): the Go runtime exits 2.
 */
function testWebserver(args: string[]): ProgramModel {
  const port = intFlag(pflags(args, { port: "int" }), "port", 80);
  return server({
    processName: "agnhost",
    summary: `agnhost test-webserver: a file server of / on :${port}`,
    listens: [{ port, after: 0 }],
    http: (_p, target, _age, ctx) => {
      const { path } = splitTarget(target);
      if (path === "/") return { status: 200, body: '<pre>\n<a href="bin/">bin/</a>\n<a href="etc/">etc/</a>\n<a href="tmp/">tmp/</a>\n<a href="uploads/">uploads/</a>\n</pre>\n' };
      const body = ctx?.readFile?.(path);
      if (body !== undefined) return { status: 200, body };
      return ctx?.fileExists?.(path) ? { status: 200, body: "" } : GO_NOT_FOUND;
    },
    onStop: GO_TERM,
  });
}

/**
 * test/images/agnhost/serve-hostname/serve_hostname.go: answers its hostname over HTTP (default),
 * raw TCP (--tcp) or UDP (--udp) on --port (9376); HTTP together with TCP or UDP is a fatal error.
 * Logs "Serving on port N." and each request; on SIGTERM it logs, sleeps 60 s and exits 0.
 */
function serveHostname(args: string[]): ProgramModel {
  const f = pflags(args, { tcp: "bool", udp: "bool", http: "bool", close: "bool", port: "int" });
  const tcp = boolFlag(f, "tcp", false);
  const udp = boolFlag(f, "udp", false);
  const http = boolFlag(f, "http", true);
  const port = intFlag(f, "port", 9376);
  if (http && (tcp || udp))
    return server({
      processName: "agnhost",
      summary: "agnhost serve-hostname: --http with --tcp or --udp is a fatal error",
      exit: { after: 0, code: 1 },
      onStop: GO_TERM,
      log: { start: (t, env) => [goLog(unix(env, t), "Can't server TCP/UDP mode and HTTP mode at the same time")] },
    });
  return server({
    processName: "agnhost",
    summary: `agnhost serve-hostname: its hostname on :${port} (${http ? "HTTP" : [tcp && "TCP", udp && "UDP"].filter(Boolean).join(", ")})`,
    listens: http || tcp ? [{ port, after: 0 }] : [],
    http: (_p, _target, _age, ctx) => (http ? { status: 200, body: ctx?.hostname ?? "" } : { status: 0, body: "", disconnect: "headers" }),
    onStop: { delay: 60, code: 0 },
    log: {
      start: (t, env) => [goLog(unix(env, t), `Serving on port ${port}.`)],
      request: (r, env) => (http ? [goLog(unix(env, r.t), `HTTP request from ${remoteAddr(r.client.ip, r.t - env.startedAt)}`)] : []),
      stop: (t, env) => [goLog(unix(env, t), "Shutting down after receiving signal: terminated."), goLog(unix(env, t), "Awaiting pod deletion.")],
    },
  });
}

/** test/images/agnhost/pause/pause.go: prints "Paused", then waits; SIGTERM exits 2 (SIGINT 1). */
function pause(): ProgramModel {
  return server({
    processName: "agnhost",
    summary: "agnhost pause: waits for a signal",
    onStop: { delay: 0, code: 2 },
    memory: { baseBytes: 4 * 1024 * 1024, steps: [] },
    log: { start: () => [["stdout", "Paused"]] },
  });
}
