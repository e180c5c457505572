import { expect, test } from "@playwright/test";
import { clearSaved } from "./support";

// Offline support (README "Offline"): after one visit, sw.js has precached every file of the
// build, so a reload without any network still opens the full app: the editor (Monaco and its
// workers), the engine worker, the timeline and the lazily loaded node map.

test.describe("offline", () => {
  test("after the first visit, the whole app works without a network", async ({ page, context }) => {
    test.setTimeout(90_000);
    await page.goto("/");
    await clearSaved(page);
    await page.goto("/");
    // The worker installs (precaching everything) and takes control of the page.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) await page.reload();
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 15_000 }).toBe(true);
    await expect(page.getByRole("status").filter({ hasText: "Ready to work offline" })).toBeVisible({ timeout: 15_000 });

    // The worker's own list of files: every chunk of the build (lessons, explanations, exporters…).
    const swSource = await (await page.request.get("/sw.js")).text();
    const files = JSON.parse(/const FILES = (.*);/.exec(swSource)![1]) as string[];
    expect(files).toContain("index.html");
    expect(files.some((f) => /yaml\.worker-.*\.js$/.test(f))).toBe(true);

    await context.setOffline(true);
    const failed: string[] = [];
    // A request the reload cancels (the previous page's Monaco workers, still loading on a busy
    // machine) fails as ERR_ABORTED: that is not the network missing, which is what this checks.
    page.on("requestfailed", (r) => {
      const why = r.failure()?.errorText ?? "";
      if (!/ERR_ABORTED/.test(why)) failed.push(`${r.url()} ${why}`);
    });
    const fromWorker: string[] = [];
    page.on("response", (r) => {
      if (r.fromServiceWorker()) fromWorker.push(new URL(r.url()).pathname);
    });
    await page.reload();

    // The real editor, not the textarea shown before Monaco arrives.
    await expect(page.locator(".monaco-editor .view-lines").first()).toBeVisible({ timeout: 30_000 });
    await expect(page.locator(".monaco-editor .view-lines")).toContainText("liveness-exec");
    // The engine worker simulated the default scenario and the timeline drew it.
    const timeline = page.getByRole("group", { name: "Timeline" });
    await expect(timeline).toContainText("liveness-exec", { timeout: 20_000 });
    await expect(page.locator(".tl-svg .tl-span").first()).toBeAttached();
    await expect(page.getByText(/Simulated \d+ s in \d+ ms/)).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: "Offline" })).toBeVisible();
    // The node map is a lazy chunk: it too comes from the cache.
    await page.getByRole("tab", { name: "Node map" }).click();
    await expect(page.getByRole("group", { name: "Node map" })).toContainText("node-1", { timeout: 15_000 });

    // Editing still re-simulates (the engine worker runs offline).
    await page.evaluate(() => {
      const p = (window as unknown as { __podplay: { state(): { text: string }; setState(s: object): void } }).__podplay;
      p.setState({ text: p.state().text.replace(/name: liveness-exec/, "name: offline-pod") });
    });
    await page.getByRole("tab", { name: "Timeline" }).click();
    await expect(timeline).toContainText("offline-pod", { timeout: 20_000 });

    expect(fromWorker).toContain("/");
    expect(fromWorker.some((p) => /\/assets\/YamlEditor-[^/]+\.js$/.test(p))).toBe(true);
    expect(fromWorker.some((p) => /\/assets\/NodeMap-[^/]+\.js$/.test(p))).toBe(true);
    expect(failed).toEqual([]);

    // Every file of the build, not only those this visit used, is there without a network.
    const unavailable = await page.evaluate(async (list) => {
      const bad: string[] = [];
      for (const f of list) {
        const r = await fetch(`/${f}`).catch(() => undefined);
        if (!r?.ok) bad.push(f);
      }
      return bad;
    }, files);
    expect(unavailable).toEqual([]);

    // Any address of the app opens offline, the embed view included.
    await page.goto("/?embed=1&view=nodemap");
    await expect(page.getByRole("group", { name: "Node map" })).toContainText("node-1", { timeout: 20_000 });
    await context.setOffline(false);
  });
});
