import { describe, expect, it } from "vitest";
import { CACHE_PREFIX, precacheFiles, serviceWorkerSource, SKIP_WAITING } from "./serviceWorkerSource";

describe("precache list", () => {
  it("keeps every emitted file but source maps and the worker itself, sorted and unique", () => {
    expect(precacheFiles(["index.html", "assets/a.js", "assets/a.js.map", "sw.js", "./favicon.svg", "assets\\b.css", "assets/a.js"])).toEqual(["assets/a.js", "assets/b.css", "favicon.svg", "index.html"]);
  });
});

type Handler = (event: unknown) => void;

/** Runs the generated worker against small fakes of the service worker globals. */
function load(files: string[], existingCaches: string[] = []) {
  const handlers = new Map<string, Handler>();
  const stores = new Map<string, Map<string, Response>>(existingCaches.map((k) => [k, new Map()]));
  const fetched: string[] = [];
  let claimed = false;
  let skipped = false;
  const open = async (name: string) => {
    if (!stores.has(name)) stores.set(name, new Map());
    const store = stores.get(name)!;
    return {
      addAll: async (reqs: Request[]) => {
        for (const r of reqs) {
          expect(r.cache).toBe("reload");
          store.set(r.url, new Response(`cached ${r.url}`));
        }
      },
      match: async (url: string) => store.get(url)?.clone(),
    };
  };
  const caches = { open, keys: async () => [...stores.keys()], delete: async (k: string) => stores.delete(k) };
  const self = {
    registration: { scope: "https://podplay.test/app/" },
    location: { origin: "https://podplay.test" },
    clients: { claim: async () => void (claimed = true) },
    skipWaiting: () => void (skipped = true),
    addEventListener: (type: string, h: Handler) => handlers.set(type, h),
  };
  const fetchFake = async (req: Request) => {
    fetched.push(req.url);
    return new Response(`network ${req.url}`);
  };
  const source = serviceWorkerSource({ hash: "abc123", files });
  new Function("self", "caches", "fetch", source)(self, caches, fetchFake);
  const until = async (type: string, event: Record<string, unknown>) => {
    let done: Promise<unknown> = Promise.resolve();
    handlers.get(type)!({ ...event, waitUntil: (p: Promise<unknown>) => (done = p) });
    await done;
  };
  const request = async (url: string, mode: RequestMode | "navigate" = "cors", method = "GET") => {
    let answer: Promise<Response> | undefined;
    handlers.get("fetch")!({ request: { url, mode, method }, respondWith: (p: Promise<Response>) => (answer = p) });
    return answer ? (await answer).text() : undefined;
  };
  return { handlers, stores, fetched, until, request, state: () => ({ claimed, skipped }) };
}

describe("the service worker", () => {
  const files = ["index.html", "assets/index-1.js", "assets/YamlEditor-2.js", "assets/yaml.worker-3.js", "favicon.svg"];

  it("precaches every listed file into a cache named after the build", async () => {
    const sw = load(files);
    await sw.until("install", {});
    const cache = sw.stores.get(`${CACHE_PREFIX}abc123@https://podplay.test/app/`)!;
    expect([...cache.keys()].sort()).toEqual(files.map((f) => `https://podplay.test/app/${f}`).sort());
  });

  it("on activation deletes older podplay caches of its own folder only, then takes control", async () => {
    const elsewhere = `${CACHE_PREFIX}old@https://podplay.test/other-class/`;
    const sw = load(files, [`${CACHE_PREFIX}old@https://podplay.test/app/`, `${CACHE_PREFIX}older`, elsewhere, "someone-else"]);
    await sw.until("install", {});
    await sw.until("activate", {});
    expect([...sw.stores.keys()].sort()).toEqual([`${CACHE_PREFIX}abc123@https://podplay.test/app/`, elsewhere, "someone-else"]);
    expect(sw.state().claimed).toBe(true);
  });

  it("serves precached files from the cache and navigations with index.html", async () => {
    const sw = load(files);
    await sw.until("install", {});
    expect(await sw.request("https://podplay.test/app/assets/YamlEditor-2.js")).toBe("cached https://podplay.test/app/assets/YamlEditor-2.js");
    expect(await sw.request("https://podplay.test/app/assets/index-1.js?v=1")).toBe("cached https://podplay.test/app/assets/index-1.js");
    expect(await sw.request("https://podplay.test/app/?embed=1&view=nodemap#s=1.x", "navigate")).toBe("cached https://podplay.test/app/index.html");
    expect(await sw.request("https://podplay.test/app/lesson/anything", "navigate")).toBe("cached https://podplay.test/app/index.html");
    expect(sw.fetched).toEqual([]);
  });

  it("leaves other requests to the network", async () => {
    const sw = load(files);
    await sw.until("install", {});
    expect(await sw.request("https://podplay.test/app/unknown.json")).toBeUndefined();
    expect(await sw.request("https://elsewhere.test/app/assets/index-1.js")).toBeUndefined();
    expect(await sw.request("https://podplay.test/app/assets/index-1.js", "cors", "POST")).toBeUndefined();
    expect(await sw.request("https://podplay.test/other/", "navigate")).toBeUndefined();
  });

  it("falls back to the network when the cache lost a file", async () => {
    const sw = load(files);
    expect(await sw.request("https://podplay.test/app/assets/index-1.js")).toBe("network https://podplay.test/app/assets/index-1.js");
  });

  it("takes over only when the page asks", async () => {
    const sw = load(files);
    sw.handlers.get("message")!({ data: "hello" });
    expect(sw.state().skipped).toBe(false);
    sw.handlers.get("message")!({ data: SKIP_WAITING });
    expect(sw.state().skipped).toBe(true);
  });
});
