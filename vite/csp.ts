import type { Plugin } from "vite";

/**
 * The Content-Security-Policy every built page carries, as a `<meta>` tag at the top of `<head>`
 * (the page is static: no server sets headers, so a meta tag is what travels with it, including
 * into the service worker's cached index.html).
 *
 * - `script-src 'self'`: only the app's own files; no inline script, no eval. The built
 *   index.html has none (Vite emits one external module script).
 * - `worker-src 'self'`: the engine worker, Monaco's editor worker, monaco-yaml's YAML worker
 *   (all emitted as files by `new Worker(new URL(…))` / `?worker`, never blob: URLs) and sw.js.
 * - `style-src 'self' 'unsafe-inline'`: Monaco writes its themes, its per-decoration classes and
 *   the minimap's colours into `<style>` elements it creates at run time, and the SVG export sets
 *   style attributes; style cannot run code, so allowing inline style costs no script safety.
 * - `img-src data: blob:`: the PNG export draws the SVG through an object URL; Monaco's CSS
 *   carries a few data: images. `font-src data:` for the same reason (codicon font).
 * - `connect-src 'self'`: nothing leaves the origin (no analytics, no CDN, schema requests off).
 * - `object-src 'none'`, `base-uri 'self'`, `form-action 'none'`: nothing the app uses.
 *
 * `frame-ancestors` cannot be set from a meta tag (and `?embed=1` is meant to be framed).
 * Only the build gets it: the dev server injects an inline script (React refresh) and uses
 * websockets, which this policy would block.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");

export function contentSecurityPolicy(): Plugin {
  return {
    name: "podplay:csp",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler: () => [{ tag: "meta", attrs: { "http-equiv": "Content-Security-Policy", content: CONTENT_SECURITY_POLICY }, injectTo: "head-prepend" }],
    },
  };
}
