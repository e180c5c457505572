import { constantMemory, MiB, type HttpAnswer, type LogText, type ProgramModel } from "./program";

/** A long-running server program: defaults for what a catalogue entry does not say. */
export function server(opts: Partial<ProgramModel> & Pick<ProgramModel, "processName" | "summary">): ProgramModel {
  return {
    listens: [],
    http: () => ({ status: 200, body: "ok" }),
    grpc: () => "UNIMPLEMENTED",
    onStop: { delay: 0.1, code: 0 },
    memory: constantMemory(8 * MiB),
    breakpoints: [],
    ...opts,
  };
}

/** A Go program as PID 1: the runtime catches SIGTERM, cannot re-raise it (PID 1 ignores default actions) and exits 2. */
export const GO_TERM = { delay: 0.1, code: 2 };

// ---- time as programs print it (the container's clock is UTC) -----------------------------------

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const p2 = (n: number) => String(n).padStart(2, "0");

function parts(unix: number) {
  const d = new Date(Math.round(unix * 1000));
  return { y: d.getUTCFullYear(), mo: d.getUTCMonth(), d: d.getUTCDate(), h: d.getUTCHours(), mi: d.getUTCMinutes(), s: d.getUTCSeconds(), ms: d.getUTCMilliseconds() };
}

/** `2006/01/02 15:04:05`: Go's log.LstdFlags prefix and nginx's error log time (ngx_cached_err_log_time). */
export function slashTime(unix: number): string {
  const t = parts(unix);
  return `${t.y}/${p2(t.mo + 1)}/${p2(t.d)} ${p2(t.h)}:${p2(t.mi)}:${p2(t.s)}`;
}

/** `02/Jan/2006:15:04:05 +0000`: nginx's $time_local (the common log format's time). */
export function clfTime(unix: number): string {
  const t = parts(unix);
  return `${p2(t.d)}/${MONTHS[t.mo]}/${t.y}:${p2(t.h)}:${p2(t.mi)}:${p2(t.s)} +0000`;
}

/** Go's time.Time String() without the monotonic reading: `2006-01-02 15:04:05.999999999 +0000 UTC` (trailing zeros dropped). */
export function goTime(unix: number): string {
  const t = parts(unix);
  const frac = t.ms ? "." + String(t.ms).padStart(3, "0").replace(/0+$/, "") : "";
  return `${t.y}-${p2(t.mo + 1)}-${p2(t.d)} ${p2(t.h)}:${p2(t.mi)}:${p2(t.s)}${frac} +0000 UTC`;
}

/** Go's time.Duration String(): `1h2m3.5s`, `10.25s`, `500ms`, `0s`. */
export function goDuration(seconds: number): string {
  const ns = Math.round(seconds * 1e9);
  if (ns === 0) return "0s";
  if (ns < 1e9) {
    const [unit, div] = ns < 1e3 ? ["ns", 1] : ns < 1e6 ? ["µs", 1e3] : ["ms", 1e6];
    return `${trimFloat(ns / (div as number))}${unit}`;
  }
  const h = Math.floor(ns / 3.6e12);
  const m = Math.floor((ns % 3.6e12) / 6e10);
  const s = (ns % 6e10) / 1e9;
  return `${h ? h + "h" : ""}${h || m ? m + "m" : ""}${trimFloat(s)}s`;
}

function trimFloat(x: number): string {
  return String(Math.round(x * 1e9) / 1e9);
}

/** One line of Go's standard logger (log.Printf): the date and time, then the text, on stderr. */
export function goLog(unix: number, text: string): LogText {
  return ["stderr", `${slashTime(unix)} ${text.replace(/\n$/, "")}`];
}

// ---- requests ----------------------------------------------------------------------------------

/** Splits a request target into its path and its decoded query parameters (Go's URL.Query: first value wins for Get). */
export function splitTarget(target: string): { path: string; query: Map<string, string> } {
  // The common case (a probe's plain path) allocates nothing but the result.
  if (!target.includes("?") && !target.includes("%")) return { path: target, query: NO_QUERY };
  const q = target.indexOf("?");
  const path = q < 0 ? target : target.slice(0, q);
  const query = new Map<string, string>();
  if (q >= 0)
    for (const pair of target.slice(q + 1).split("&")) {
      if (!pair) continue;
      const eq = pair.indexOf("=");
      const k = unescapeQuery(eq < 0 ? pair : pair.slice(0, eq));
      if (!query.has(k)) query.set(k, unescapeQuery(eq < 0 ? "" : pair.slice(eq + 1)));
    }
  return { path: unescapePath(path), query };
}

/** Shared by every target without a query: read, never written. */
const NO_QUERY: Map<string, string> = new Map();

function unescapeQuery(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, " "));
  } catch {
    return s;
  }
}

function unescapePath(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

const STATUS_TEXT: Record<number, string> = {
  200: "OK", 201: "Created", 204: "No Content", 300: "Multiple Choices", 301: "Moved Permanently", 302: "Found", 303: "See Other", 304: "Not Modified",
  307: "Temporary Redirect", 308: "Permanent Redirect", 400: "Bad Request", 403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed", 412: "Precondition Failed",
  417: "Expectation Failed", 500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable",
};

export function statusText(code: number): string {
  return STATUS_TEXT[code] ?? "";
}

/** Go's html.EscapeString as net/http's htmlEscape uses it. */
function htmlEscape(s: string): string {
  return s.replace(/[&'<>"]/g, (c) => ({ "&": "&amp;", "'": "&#39;", "<": "&lt;", ">": "&gt;", '"': "&#34;" })[c]!);
}

/**
 * Go's http.Redirect for a GET: a relative location is made absolute against the request's path
 * and cleaned, the Location header set, and a short HTML body written (net/http server.go Redirect).
 */
export function goRedirect(requestPath: string, url: string, code: number): HttpAnswer {
  let loc = url;
  if (!/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(loc) && !loc.startsWith("//")) {
    const oldpath = requestPath || "/";
    if (loc === "" || loc[0] !== "/") loc = oldpath.slice(0, oldpath.lastIndexOf("/") + 1) + loc;
    let query = "";
    const i = loc.indexOf("?");
    if (i >= 0) [loc, query] = [loc.slice(0, i), loc.slice(i)];
    const trailing = loc.endsWith("/");
    loc = cleanPath(loc);
    if (trailing && !loc.endsWith("/")) loc += "/";
    loc += query;
  }
  return { status: code, body: `<a href="${htmlEscape(loc)}">${statusText(code)}</a>.\n\n`, location: loc };
}

/** Go's path.Clean for an absolute path. */
function cleanPath(p: string): string {
  const out: string[] = [];
  for (const seg of p.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") out.pop();
    else out.push(seg);
  }
  return "/" + out.join("/");
}

/** Go's http.NotFound body. */
export const GO_NOT_FOUND: HttpAnswer = { status: 404, body: "404 page not found\n" };

/**
 * Flags as spf13/pflag (cobra) parses them: `--name=value`, `--name value`, and `--name` alone for
 * a boolean (true). Unknown flags are ignored.
 */
export function pflags(args: string[], spec: Record<string, "int" | "string" | "bool">): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const m = /^--?([A-Za-z0-9][A-Za-z0-9-_]*)(?:=(.*))?$/.exec(args[i]);
    if (!m || !(m[1] in spec)) continue;
    const kind = spec[m[1]];
    if (m[2] !== undefined) out.set(m[1], m[2]);
    else if (kind === "bool") out.set(m[1], "true");
    else if (i + 1 < args.length) out.set(m[1], args[++i]);
  }
  return out;
}

/** An int flag's value, or its default when absent or not a number. */
export function intFlag(flags: Map<string, string>, name: string, dflt: number): number {
  const v = flags.get(name);
  return v !== undefined && /^-?\d+$/.test(v.trim()) ? Number(v) : dflt;
}

export function boolFlag(flags: Map<string, string>, name: string, dflt: boolean): boolean {
  const v = flags.get(name);
  if (v === undefined) return dflt;
  return ["1", "t", "T", "true", "TRUE", "True"].includes(v);
}
