/**
 * nslookup (busybox 1.28 output, the version the Kubernetes DNS docs show), busybox wget and curl.
 * Names go through the pod's resolv.conf rules here (search domains, ndots:5), so the host only
 * ever answers for fully qualified names.
 */
import type { AppletContext, AppletResult } from "./applet";
import { fail, pathOf } from "./applet";
import type { HttpResult, ShellHost, ShellYield } from "./types";
import { baseName, parentDir } from "./paths";

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/** The resolver's candidate order: search domains first when the name has fewer than ndots dots. */
export function resolveName(host: ShellHost, name: string): { fqdn: string; ip: string } | null {
  if (IPV4.test(name)) return { fqdn: name, ip: name };
  if (name.endsWith(".")) {
    const ip = host.resolveDns(name.slice(0, -1));
    return ip === null ? null : { fqdn: name.slice(0, -1), ip };
  }
  const dots = name.split(".").length - 1;
  const searched = host.searchDomains.map((d) => `${name}.${d}`);
  const candidates = dots >= (host.ndots ?? 5) ? [name, ...searched] : [...searched, name];
  for (const fqdn of candidates) {
    const ip = host.resolveDns(fqdn);
    if (ip !== null) return { fqdn, ip };
  }
  return null;
}

export function nslookup(ctx: AppletContext): number {
  const name = ctx.argv.slice(1).find((a) => !a.startsWith("-"));
  if (name === undefined) {
    ctx.err.write("Usage: nslookup [HOST] [SERVER]\n");
    return 1;
  }
  const server = ctx.host.dnsServer ?? { ip: "10.96.0.10", name: "kube-dns.kube-system.svc.cluster.local" };
  ctx.out.write(`Server:    ${server.ip}\nAddress 1: ${server.ip} ${server.name}\n\n`);
  const found = resolveName(ctx.host, name);
  if (!found) return fail(ctx, "nslookup", `can't resolve '${name}'`);
  const reverse = found.fqdn === found.ip ? "" : ` ${found.fqdn}`;
  ctx.out.write(`Name:      ${name}\nAddress 1: ${found.ip}${reverse}\n`);
  return 0;
}

interface Url {
  scheme: string;
  host: string;
  port: number;
  path: string;
}

function parseUrl(raw: string): Url | null {
  const m = /^(?:([a-zA-Z][a-zA-Z0-9+.-]*):\/\/)?([^/:?#@]+)(?::(\d+))?([/?#].*)?$/.exec(raw);
  if (!m) return null;
  const scheme = (m[1] ?? "http").toLowerCase();
  return { scheme, host: m[2], port: m[3] ? Number(m[3]) : scheme === "https" ? 443 : 80, path: m[4] ?? "/" };
}

/**
 * Resolves the URL's host through the search path, then asks the host for the URL with the name
 * replaced by the FQDN it resolved to. A name that does not resolve never reaches httpGet.
 */
function fetch(host: ShellHost, url: Url, timeout: number, userAgent: string): { result: HttpResult; ip: string | null } {
  const found = resolveName(host, url.host);
  if (!found) return { result: { error: "unresolved" }, ip: null };
  // The Host header names the host as written, with the port unless it is the scheme's default.
  const hostHeader = url.port === (url.scheme === "https" ? 443 : 80) ? url.host : `${url.host}:${url.port}`;
  const result = host.httpGet(`${url.scheme}://${found.fqdn}:${url.port}${url.path}`, timeout, { userAgent, host: hostHeader });
  return { result, ip: "ip" in result && result.ip ? result.ip : found.ip };
}

/** curl's default User-Agent: curl/<version> (the curl of the images podplay models: alpine 3.22's). */
const CURL_USER_AGENT = "curl/8.14.1";

const REASONS: Record<number, string> = {
  200: "OK",
  201: "Created",
  204: "No Content",
  301: "Moved Permanently",
  302: "Found",
  304: "Not Modified",
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  408: "Request Timeout",
  429: "Too Many Requests",
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
};

export const reasonPhrase = (status: number): string => REASONS[status] ?? "";

function* timedOut(seconds: number): Generator<ShellYield, void, void> {
  if (seconds > 0) yield { kind: "sleep", seconds };
}

/** busybox's 5-character size field (smart_ulltoa5): bytes, then k/M/G. */
function size5(n: number): string {
  if (n < 100000) return String(n).padStart(5);
  const units = ["k", "M", "G", "T"];
  let v = n;
  let u = -1;
  while (v >= 10000 && u < units.length - 1) {
    v = Math.floor(v / 1024);
    u++;
  }
  return `${v}${units[u]}`.padStart(5);
}

/** wget [-q] [-O FILE] [-T SEC] [--spider] [-P DIR] URL (busybox). */
export function wget(ctx: AppletContext): AppletResult {
  const args = ctx.argv.slice(1);
  let output: string | null = null;
  let quiet = false;
  let spider = false;
  let timeout = 900;
  let prefix: string | null = null;
  const urls: string[] = [];
  // busybox getopt32: short options bundle (`-qO-`, `-qO /tmp/x`); an option that takes a value
  // takes the rest of its word or the next word (networking/wget.c wget_main).
  const WITH_VALUE = "OoPYUTe";
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a.startsWith("--")) {
      const long = a.split("=")[0];
      const value = (): string => (a.includes("=") ? a.slice(a.indexOf("=") + 1) : args[++i] ?? "");
      if (long === "--quiet") quiet = true;
      else if (long === "--spider") spider = true;
      else if (long === "--output-document") output = value();
      else if (long === "--timeout") timeout = Number(value()) || timeout;
      else if (long === "--directory-prefix") prefix = value();
      else if (["--header", "--user-agent", "--post-data", "--output-file", "--proxy"].includes(long)) value();
      continue;
    }
    if (!a.startsWith("-") || a === "-") {
      urls.push(a);
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const f = a[j];
      if (f === "q") quiet = true;
      else if (WITH_VALUE.includes(f)) {
        const v = j + 1 < a.length ? a.slice(j + 1) : args[++i] ?? "";
        if (f === "O") output = v;
        else if (f === "T") timeout = Number(v) || timeout;
        else if (f === "P") prefix = v;
        break;
      }
    }
  }
  if (urls.length === 0) {
    ctx.err.write("Usage: wget [-cqS] [--spider] [-O FILE] [-o LOGFILE] [--header STR] [-Y on/off] [-P DIR] [-U AGENT] [-T SEC] URL...\n");
    return 1;
  }
  const url = parseUrl(urls[0]);
  if (!url || (url.scheme !== "http" && url.scheme !== "https")) return fail(ctx, "wget", `unsupported URL: ${urls[0]}`);
  // busybox wget sends "User-Agent: Wget" (networking/wget.c).
  const { result, ip } = fetch(ctx.host, url, timeout, "Wget");
  if ("error" in result && result.error === "unresolved") return fail(ctx, "wget", `bad address '${url.host}'`);
  const addr = ip ?? url.host;
  if (url.scheme === "https") ctx.err.write("wget: note: TLS certificate validation not implemented\n");
  if (!quiet) ctx.err.write(`Connecting to ${url.host}${url.port === (url.scheme === "https" ? 443 : 80) ? "" : `:${url.port}`} (${addr}:${url.port})\n`);
  if ("error" in result) {
    if (result.error === "refused") return fail(ctx, "wget", `can't connect to remote host (${addr}): Connection refused`);
    return (function* () {
      yield* timedOut(timeout);
      return fail(ctx, "wget", "download timed out");
    })();
  }
  if (result.status >= 400) return fail(ctx, "wget", `server returned error: HTTP/1.1 ${result.status} ${reasonPhrase(result.status)}`.trimEnd());
  if (spider) {
    if (!quiet) ctx.err.write("remote file exists\n");
    return 0;
  }
  if (output === "-") {
    if (!quiet) ctx.err.write("writing to stdout\n");
    ctx.out.write(result.body);
    if (!quiet) ctx.err.write("written to stdout\n");
    return 0;
  }
  const name = output ?? (prefix !== null ? `${prefix}/` : "") + (baseName(url.path.split(/[?#]/)[0]) || "index.html").replace(/^\/$/, "index.html");
  const path = pathOf(ctx, name);
  if (output === null && ctx.fs.exists(path)) return fail(ctx, "wget", `can't open '${name}': File exists`);
  if (ctx.fs.isDir(path)) return fail(ctx, "wget", `can't open '${name}': Is a directory`);
  if (!ctx.fs.isDir(parentDir(path))) return fail(ctx, "wget", `can't open '${name}': No such file or directory`);
  ctx.fs.write(path, result.body, false);
  if (!quiet) {
    const label = baseName(name).slice(0, 20).padEnd(20);
    ctx.err.write(`saving to '${name}'\n${label} 100% |${"*".repeat(32)}| ${size5(result.body.length)}  0:00:00 ETA\n'${name}' saved\n`);
  }
  return 0;
}

const METER_HEAD = "  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n                                 Dload  Upload   Total   Spent    Left  Speed\n";

function meterLine(bytes: number): string {
  const pct = bytes > 0 ? "100" : "  0";
  const b = String(bytes).padStart(5);
  return `${pct} ${b}  ${pct} ${b}    0     0      0      0 --:--:-- --:--:-- --:--:--     0\n`;
}

/** curl [-sSfL] [-o FILE] [-m SEC] [--connect-timeout SEC] [-w FORMAT] URL, with curl's exit codes. */
export function curl(ctx: AppletContext): AppletResult {
  const args = ctx.argv.slice(1);
  let silent = false;
  let showError = false;
  let failOnError = false;
  let output: string | null = null;
  let maxTime: number | null = null;
  let connectTimeout: number | null = null;
  let writeOut: string | null = null;
  let headOnly = false;
  const urls: string[] = [];
  const valued = new Set(["o", "m", "w", "X", "H", "d", "u", "A", "e", "x", "r"]);
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const take = (): string => args[++i] ?? "";
    if (a.startsWith("--")) {
      if (a === "--silent") silent = true;
      else if (a === "--show-error") showError = true;
      else if (a === "--fail") failOnError = true;
      else if (a === "--head") headOnly = true;
      else if (a === "--output") output = take();
      else if (a === "--max-time") maxTime = Number(take());
      else if (a === "--connect-timeout") connectTimeout = Number(take());
      else if (a === "--write-out") writeOut = take();
      else if (["--request", "--header", "--data", "--user", "--user-agent", "--retry", "--retry-delay", "--cacert"].includes(a)) take();
      continue;
    }
    if (!a.startsWith("-") || a === "-") {
      urls.push(a);
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const f = a[j];
      if (f === "s") silent = true;
      else if (f === "S") showError = true;
      else if (f === "f") failOnError = true;
      else if (f === "I") headOnly = true;
      else if (valued.has(f)) {
        const v = j + 1 < a.length ? a.slice(j + 1) : take();
        if (f === "o") output = v;
        else if (f === "m") maxTime = Number(v);
        else if (f === "w") writeOut = v;
        break;
      }
    }
  }
  const errors = !silent || showError;
  const curlFail = (code: number, message: string, body = ""): number => {
    if (!silent) ctx.err.write(METER_HEAD + meterLine(0));
    if (errors) ctx.err.write(`curl: (${code}) ${message}\n`);
    if (writeOut !== null) ctx.out.write(formatWriteOut(writeOut, "000", body));
    return code;
  };
  if (urls.length === 0) {
    ctx.err.write("curl: try 'curl --help' or 'curl --manual' for more information\n");
    return 2;
  }
  const url = parseUrl(urls[0]);
  if (!url) return curlFail(3, "URL rejected: Malformed input to a URL function");
  if (url.scheme !== "http" && url.scheme !== "https") return curlFail(1, `Protocol "${url.scheme}" not supported`);
  const timeout = maxTime ?? connectTimeout ?? 300;
  const { result } = fetch(ctx.host, url, timeout, CURL_USER_AGENT);
  if ("error" in result) {
    if (result.error === "unresolved") return curlFail(6, `Could not resolve host: ${url.host}`);
    if (result.error === "refused") return curlFail(7, `Failed to connect to ${url.host} port ${url.port} after 0 ms: Connection refused`);
    const ms = Math.round(timeout * 1000);
    const message = maxTime !== null ? `Operation timed out after ${ms} milliseconds with 0 bytes received` : `Connection timed out after ${ms} milliseconds`;
    return (function* () {
      yield* timedOut(timeout);
      return curlFail(28, message);
    })();
  }
  const code = String(result.status);
  if (failOnError && result.status >= 400) return curlFail(22, `The requested URL returned error: ${result.status}`);
  const body = headOnly ? `HTTP/1.1 ${result.status} ${reasonPhrase(result.status)}\r\nContent-Length: ${result.body.length}\r\n\r\n` : result.body;
  if (!silent) ctx.err.write(METER_HEAD + meterLine(body.length));
  if (output !== null && output !== "-") {
    const path = pathOf(ctx, output);
    if (path !== "/dev/null") {
      if (!ctx.fs.isDir(parentDir(path)) || ctx.fs.isDir(path)) {
        if (errors) ctx.err.write(`curl: (23) Failure writing output to destination\n`);
        return 23;
      }
      ctx.fs.write(path, body, false);
    }
  } else ctx.out.write(body);
  if (writeOut !== null) ctx.out.write(formatWriteOut(writeOut, code, body));
  return 0;
}

function formatWriteOut(format: string, httpCode: string, body: string): string {
  return format
    .replace(/%\{http_code\}|%\{response_code\}/g, httpCode)
    .replace(/%\{size_download\}/g, String(body.length))
    .replace(/\\n/g, "\n")
    .replace(/\\t/g, "\t");
}
