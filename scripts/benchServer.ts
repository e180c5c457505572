/**
 * The static server bench:ui measures the page through: the build's files, each compressed once
 * when the server starts and then served from memory, as a static host or CDN serves them.
 *
 * Why not `vite preview`: it gzips every response again on every request, on the same two cores
 * as the browser being measured. A lesson link's first load cost it about 130 ms of CPU, taken
 * from the page's main thread and its engine worker inside the very window being timed; no
 * learner's browser shares its cores with the web server. The Playwright tests still use
 * `vite preview` (they check behaviour, not time).
 *
 * Usage: node --import tsx scripts/benchServer.ts DIR PORT
 */
import { createServer } from "node:http";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join, relative, sep } from "node:path";
import { gzipSync } from "node:zlib";
import { CONTENT_TYPES } from "./contentTypes";

const [dir = "dist", portArg = "4179"] = process.argv.slice(2);

/** What a static host compresses: text. Images and fonts are compressed already. */
const COMPRESS = new Set([".html", ".js", ".mjs", ".css", ".json", ".webmanifest", ".map", ".svg", ".txt", ".yaml"]);

interface Served {
  type: string;
  body: Buffer;
  gzip?: Buffer;
}

function walk(d: string): string[] {
  return readdirSync(d).flatMap((n) => {
    const p = join(d, n);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

const files = new Map<string, Served>();
for (const path of walk(dir)) {
  const ext = extname(path);
  const body = readFileSync(path);
  const url = "/" + relative(dir, path).split(sep).join("/");
  files.set(url, { type: CONTENT_TYPES[ext] ?? "application/octet-stream", body, ...(COMPRESS.has(ext) && body.length > 1024 ? { gzip: gzipSync(body) } : {}) });
}

createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
  const file = files.get(path === "/" || path.endsWith("/") ? path + "index.html" : path) ?? (extname(path) ? undefined : files.get("/index.html"));
  if (!file || (req.method !== "GET" && req.method !== "HEAD")) {
    res.writeHead(file ? 405 : 404, { "Content-Type": "text/plain; charset=utf-8" });
    res.end(file ? "method not allowed" : "not found");
    return;
  }
  const gzip = file.gzip && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
  const body = gzip ? file.gzip! : file.body;
  res.writeHead(200, {
    "Content-Type": file.type,
    "Content-Length": body.length,
    "Cache-Control": "no-cache",
    Vary: "Accept-Encoding",
    ...(gzip ? { "Content-Encoding": "gzip" } : {}),
  });
  res.end(req.method === "HEAD" ? undefined : body);
}).listen(Number(portArg), "127.0.0.1");
