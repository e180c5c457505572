import { chromium, expect, test, type Page } from "@playwright/test";
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve } from "node:path";
import type { EditorTestHook } from "../src/app/editor/monaco";
import { encodeShareHash } from "../src/app/share/linkCodec";
import { clearSaved } from "./support";
import { CONTENT_TYPES } from "../scripts/contentTypes";

// The build hosted in a folder of a static server, as a school would (docs/hosting.md): the same
// dist/ the other specs use, served under /schools/podplay/ by a plain file server started here
// (playwright.config.ts's own server serves it at /). Every request must stay inside the folder.

const FOLDER = "/schools/podplay/";
const DIST = resolve(process.env.PW_OUTDIR ?? "dist");

let server: Server;
let origin = "";
let base = "";
/** Paths asked for outside the folder: a URL the build wrote as absolute. */
const outside: string[] = [];

test.beforeAll(async () => {
  expect(existsSync(join(DIST, "index.html")), `build ${DIST} first`).toBe(true);
  server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    // Like nginx or Apache for a folder: /schools/podplay redirects to /schools/podplay/.
    if (path === FOLDER.slice(0, -1)) {
      res.writeHead(301, { Location: FOLDER }).end();
      return;
    }
    if (!path.startsWith(FOLDER)) {
      outside.push(path);
      res.writeHead(404).end();
      return;
    }
    const rel = normalize(path.slice(FOLDER.length) || "index.html");
    const file = join(DIST, rel.endsWith("/") ? join(rel, "index.html") : rel);
    if (!file.startsWith(DIST) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": CONTENT_TYPES[extname(file)] ?? "application/octet-stream", "Cache-Control": "no-cache" });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  base = origin + FOLDER;
});

test.afterAll(async () => {
  await new Promise((done) => server.close(done));
});

test.afterEach(() => {
  expect(outside, "requests outside the app's folder").toEqual([]);
  outside.length = 0;
});

type PodplayWindow = { __podplay: { state(): { text: string; lessonId?: string; view?: { text: string } }; setState(p: object): void; editor?: EditorTestHook } };
const state = (page: Page) => page.evaluate(() => (window as unknown as PodplayWindow).__podplay.state());

async function fresh(page: Page, url = base) {
  await page.goto(base);
  await clearSaved(page);
  await page.goto("about:blank");
  await page.goto(url);
}

test.describe("hosted under a sub-path", () => {
  test("the app simulates, the editor checks YAML, and a share link names the folder", async ({ page }) => {
    test.setTimeout(90_000);
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await fresh(page, origin + FOLDER.slice(0, -1));
    expect(page.url()).toBe(base);

    // The engine worker ran the default scenario and the timeline drew it.
    const timeline = page.getByRole("group", { name: "Timeline" });
    await expect(timeline).toContainText("liveness-exec", { timeout: 20_000 });
    await expect(page.locator(".tl-svg .tl-span").first()).toBeAttached();

    // Monaco (a lazy chunk), its editor worker and monaco-yaml's worker, all from the folder.
    await expect(page.locator(".monaco-editor .view-lines").first()).toContainText("liveness-exec", { timeout: 30_000 });
    await page.waitForFunction(() => !!(window as unknown as PodplayWindow).__podplay.editor, undefined, { timeout: 30_000 });
    await page.evaluate(() => {
      const p = (window as unknown as PodplayWindow).__podplay;
      p.setState({ text: p.state().text.replace("periodSeconds: 5", "periodSeconds: five") });
    });
    await expect
      .poll(async () => page.evaluate(() => (window as unknown as PodplayWindow).__podplay.editor!.markers().filter((m) => m.owner === "yaml").map((m) => m.message)), { timeout: 20_000 })
      .toContainEqual(expect.stringMatching(/Incorrect type\. Expected "integer"/));
    await expect(page.locator(".monaco-editor .squiggly-warning, .monaco-editor .squiggly-error").first()).toBeAttached();
    // A hover from the schema, and completion from it.
    await page.locator(".monaco-editor .view-line").filter({ hasText: "initialDelaySeconds" }).locator("span span").filter({ hasText: "initialDelaySeconds" }).hover();
    await expect(page.locator(".monaco-hover:not(.hidden)").filter({ hasText: /seconds/i }).first()).toBeVisible({ timeout: 15_000 });
    await page.evaluate(() => (window as unknown as PodplayWindow).__podplay.editor!.setCursor(24, 7));
    await page.keyboard.press("Control+Space");
    await expect(page.locator(".monaco-editor .suggest-widget .monaco-list-row").first()).toBeVisible({ timeout: 15_000 });
    await page.keyboard.press("Escape");

    // A share link is this page's address, folder included, with the state in the hash.
    await page.getByRole("button", { name: "Copy link" }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`^${base.replace(/[.]/g, "\\.")}#v1\\.`));
    expect(errors).toEqual([]);
  });

  test("a lesson link opens the lesson", async ({ page }) => {
    const text = readFileSync(new URL("../src/lessons/scenarios/crash-loop-backoff.yaml", import.meta.url), "utf8");
    const link = encodeShareHash({ text, t: 0, locale: "en", layout: { view: "timeline", editorShare: 0.38 }, lessonId: "crash-loop-backoff" });
    if (!link.ok) throw new Error("encode failed");
    await fresh(page, base + link.hash);
    await expect.poll(async () => (await state(page)).lessonId, { timeout: 15_000 }).toBe("crash-loop-backoff");
    await expect.poll(async () => (await state(page)).view?.text, { timeout: 20_000 }).toBe(text);
    await expect(page.locator('.lesson-panel[data-lesson="crash-loop-backoff"]')).toBeVisible();
  });

  test("the manifest and its icons are found, and Chromium finds the app installable", async ({ page }) => {
    await fresh(page);
    const href = await page.locator('link[rel="manifest"]').evaluate((l) => (l as HTMLLinkElement).href);
    expect(href).toBe(`${base}manifest.webmanifest`);
    const res = await page.request.get(href);
    expect(res.headers()["content-type"]).toBe("application/manifest+json");
    const manifest = (await res.json()) as { start_url: string; scope: string; icons: { src: string; type: string }[] };
    expect(new URL(manifest.start_url, href).href).toBe(base);
    expect(new URL(manifest.scope, href).href).toBe(base);
    for (const icon of manifest.icons) {
      const r = await page.request.get(new URL(icon.src, href).href);
      expect(r.ok(), icon.src).toBe(true);
      expect(r.headers()["content-type"], icon.src).toBe(icon.type);
    }
    const apple = await page.locator('link[rel="apple-touch-icon"]').evaluate((l) => (l as HTMLLinkElement).href);
    expect((await page.request.get(apple)).ok()).toBe(true);

    // Chromium's own reading: the manifest parses, and with the service worker in control, nothing
    // stands in the way of installing (name, icons, start_url, display, a fetch handler). A test's
    // context is off the record, where Chromium only answers "in-incognito": ask a profile on disk.
    const profile = mkdtempSync(join(tmpdir(), "podplay-install-"));
    const browser = await chromium.launchPersistentContext(profile, { ...test.info().project.use.launchOptions });
    try {
      const tab = browser.pages()[0] ?? (await browser.newPage());
      await tab.goto(base);
      await tab.evaluate(() => navigator.serviceWorker.ready);
      const cdp = await browser.newCDPSession(tab);
      const parsed = await cdp.send("Page.getAppManifest");
      expect(parsed.url).toBe(href);
      expect(parsed.errors).toEqual([]);
      await expect
        .poll(async () => (await cdp.send("Page.getInstallabilityErrors")).installabilityErrors.map((e) => e.errorId), { timeout: 15_000 })
        .toEqual([]);
    } finally {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });

  test("the service worker takes the folder as its scope, and the app then works offline", async ({ page, context }) => {
    test.setTimeout(90_000);
    await fresh(page);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(base);
    if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) await page.reload();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL), { timeout: 15_000 }).toBe(`${base}sw.js`);
    await expect(page.getByRole("status").filter({ hasText: "Ready to work offline" })).toBeVisible({ timeout: 15_000 });
    // Its cache is named after its folder: a copy elsewhere on the server keeps its own.
    expect(await page.evaluate(() => caches.keys())).toEqual([expect.stringMatching(new RegExp(`^podplay-precache-[0-9a-f]+@${base.replace(/[.]/g, "\\.")}$`))]);

    await context.setOffline(true);
    const failed: string[] = [];
    page.on("requestfailed", (r) => {
      const why = r.failure()?.errorText ?? "";
      if (!/ERR_ABORTED/.test(why)) failed.push(`${r.url()} ${why}`);
    });
    await page.reload();
    await expect(page.locator(".monaco-editor .view-lines").first()).toContainText("liveness-exec", { timeout: 30_000 });
    const timeline = page.getByRole("group", { name: "Timeline" });
    await expect(timeline).toContainText("liveness-exec", { timeout: 20_000 });
    await expect(page.locator(".tl-svg .tl-span").first()).toBeAttached();
    await expect(page.getByRole("status").filter({ hasText: "Offline" })).toBeVisible();
    await page.getByRole("tab", { name: "Node map" }).click();
    await expect(page.getByRole("group", { name: "Node map" })).toContainText("node-1", { timeout: 15_000 });
    expect(failed).toEqual([]);
    await context.setOffline(false);
  });
});
