import { describe, expect, it } from "vitest";
import { canRegister, serviceWorkerUrls } from "./registerServiceWorker";

describe("serviceWorkerUrls", () => {
  it("puts sw.js and its scope in the page's own folder, whatever the path or query", () => {
    expect(serviceWorkerUrls("https://example.org/")).toEqual({ script: "https://example.org/sw.js", scope: "https://example.org/" });
    expect(serviceWorkerUrls("https://school.example/k8s/podplay/")).toEqual({ script: "https://school.example/k8s/podplay/sw.js", scope: "https://school.example/k8s/podplay/" });
    expect(serviceWorkerUrls("https://me.github.io/podplay/index.html?embed=1#s=1.abc")).toEqual({ script: "https://me.github.io/podplay/sw.js", scope: "https://me.github.io/podplay/" });
  });
});

describe("canRegister", () => {
  const env = { prod: true, protocol: "https:", secure: true, hasServiceWorker: true };
  it("only in a production build over http(s) in a secure context", () => {
    expect(canRegister(env)).toBe(true);
    expect(canRegister({ ...env, prod: false })).toBe(false);
    expect(canRegister({ ...env, protocol: "file:" })).toBe(false);
    expect(canRegister({ ...env, secure: false })).toBe(false);
    expect(canRegister({ ...env, hasServiceWorker: false })).toBe(false);
  });
});
