/**
 * UI benchmark on the production build in headless Chromium (median of 5 runs). Prints one JSON
 * object per line: entry JS gzip size, Monaco chunk size, time until the default timeline is
 * drawn, time from an edit to the redrawn timeline (beyond the debounce), and frames per second
 * while playing the 50-pod example at 10×, the node map's with 100 nodes and 1,000 pods, the
 * longest lesson's share link and the time from opening a lesson's link to its drawn timeline.
 * Usage: npm run --silent bench:ui   (builds first)
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Page } from "@playwright/test";
import { encodeShareHash } from "../src/app/share/linkCodec";

/** 100 nodes and 20 Deployments × 50 pods for ten minutes, with a node failure. */
function clusterScenario(): string {
  const docs: string[] = [];
  for (let d = 0; d < 20; d++)
    docs.push(`apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: app-${d}}\nspec:\n  replicas: 50\n  selector: {matchLabels: {app: app-${d}}}\n  template:\n    metadata: {labels: {app: app-${d}}}\n    spec:\n      containers:\n      - name: app\n        image: nginx:1.27\n        resources: {requests: {cpu: 100m, memory: 64Mi}}\n        readinessProbe: {httpGet: {path: /, port: 80}, periodSeconds: 10}`);
  const nodes = Array.from({ length: 100 }, (_, i) => `  - {name: node-${String(i).padStart(3, "0")}, cpu: "8", memory: 32Gi}`).join("\n");
  docs.push(`apiVersion: podplay.dev/v1alpha1\nkind: Scenario\nspec:\n  duration: 10m\n  images: [{image: nginx:1.27, present: true}]\n  nodes:\n${nodes}\n  actions:\n  - at: 60s\n    nodeDown: node-000`);
  return docs.join("\n---\n");
}

const RUNS = Number(process.argv[process.argv.indexOf("--runs") + 1]) || 5;
const PORT = 4179;
const URL_ = `http://127.0.0.1:${PORT}/`;
const DEBOUNCE_MS = 200;
/** Frames per second over 3 s of playing at 10× (source text, so the bundler's helpers stay out of the page). */
async function playFps(page: Page): Promise<number> {
  return (await page.evaluate(`new Promise((resolve) => {
      window.__podplay.setState({ speed: 10, t: 0, playing: true });
      let frames = 0;
      const t0 = performance.now();
      function tick() {
        frames++;
        if (performance.now() - t0 < 3000) requestAnimationFrame(tick);
        else resolve((frames * 1000) / (performance.now() - t0));
      }
      requestAnimationFrame(tick);
    })`)) as number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x: number) => Math.round(x * 10) / 10;
const out = (o: object) => process.stdout.write(JSON.stringify(o) + "\n");

// Sizes, from dist/.
const html = readFileSync("dist/index.html", "utf8");
const entry = /<script[^>]+src="\/([^"]+\.js)"/.exec(html)?.[1];
if (!entry) throw new Error("no entry script in dist/index.html: run vite build first");
const gz = (f: string) => gzipSync(readFileSync(join("dist", f))).length;
const assets = readdirSync("dist/assets").filter((f) => f.endsWith(".js"));
const monacoChunks = assets.filter((f) => /monaco|editor\.api|YamlEditor/i.test(f) || readFileSync(join("dist/assets", f), "utf8").includes("monaco-editor"));
const biggestMonaco = monacoChunks.map((f) => ({ f, kb: gz(join("assets", f)) / 1024 })).sort((a, b) => b.kb - a.kb)[0];
out({ name: "entry-js", file: entry, gzipKB: round(gz(entry) / 1024) });
out({ name: "monaco-chunk", file: biggestMonaco?.f ?? null, gzipKB: biggestMonaco ? round(biggestMonaco.kb) : 0, lazyChunks: monacoChunks.length });

const chromiumPath = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
const server = spawn("npx", ["vite", "preview", "--host", "127.0.0.1", "--port", String(PORT), "--strictPort"], { stdio: "ignore" });
try {
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(URL_)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const fifty = readFileSync("examples/fifty-pods.yaml", "utf8");
  const drawn: number[] = [];
  const edits: number[] = [];
  const fps: number[] = [];
  const mapFps: number[] = [];
  const clusterText = clusterScenario();
  const timelineHas = (page: Page, text: string) =>
    page.waitForFunction((t) => !!document.querySelector('[role="group"][aria-label="Timeline"]')?.textContent?.includes(t), text, { timeout: 30_000, polling: "raf" });
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1600, height: 900 } });
    const page = await context.newPage();
    await page.goto(URL_);
    await page.evaluate(() => localStorage.clear());
    await page.goto(URL_);
    await timelineHas(page, "liveness-exec");
    drawn.push(await page.evaluate(() => performance.now()));

    // Edit → redrawn timeline, as a learner edits: once the editor is there and the page is idle.
    await page.locator(".monaco-editor").first().waitFor({ timeout: 30_000 });
    await page.waitForTimeout(1000);
    const start = await page.evaluate(() => {
      const pp = (window as unknown as { __podplay: { state(): { text: string }; setState(p: object): void } }).__podplay;
      const t0 = performance.now();
      pp.setState({ text: pp.state().text.replace(/liveness-exec/g, "edited-pod") });
      return t0;
    });
    await timelineHas(page, "edited-pod");
    const end = await page.evaluate(() => performance.now());
    edits.push(end - start - DEBOUNCE_MS);

    // Playing the 50-pod example at 10×.
    await page.evaluate((text) => (window as unknown as { __podplay: { setState(p: object): void } }).__podplay.setState({ text, t: 0 }), fifty);
    await timelineHas(page, "pod-49");
    await page.waitForTimeout(300);
    fps.push(await playFps(page));

    // The node map with 100 nodes and 1,000 pods, playing at 10×.
    await page.evaluate((text) => (window as unknown as { __podplay: { setState(p: object): void } }).__podplay.setState({ text, t: 0, playing: false }), clusterText);
    await timelineHas(page, "app-19");
    await page.getByRole("tab", { name: "Node map" }).click();
    await page.waitForTimeout(500);
    mapFps.push(await playFps(page));
    await context.close();
  }

  // Lessons from share links: the longest link, and link → drawn timeline for the largest lesson.
  const lessonDir = "src/lessons/scenarios";
  const links = readdirSync(lessonDir)
    .filter((f) => f.endsWith(".yaml") && !f.endsWith(".variant.yaml"))
    .map((f) => {
      const text = readFileSync(join(lessonDir, f), "utf8");
      const enc = encodeShareHash({ text, t: 0, locale: "en", layout: { view: "timeline", editorShare: 0.38 }, lessonId: f.replace(/\.yaml$/, "") });
      if (!enc.ok) throw new Error(`lesson ${f} does not fit a link`);
      return { id: f.replace(/\.yaml$/, ""), text, hash: enc.hash };
    })
    .sort((a, b) => b.hash.length - a.hash.length);
  const longest = links[0];
  out({ name: "largest-lesson-link", lesson: longest.id, chars: (URL_ + longest.hash).length, lessons: links.length });
  const opened: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1600, height: 900 } });
    const page = await context.newPage();
    await page.goto(URL_ + longest.hash);
    await page.waitForFunction(
      (text) => {
        const pp = (window as unknown as { __podplay: { state(): { view?: { text: string; trace: { entries: Array<{ type: string; ref?: { kind: string; name: string } }> } } } } }).__podplay;
        const v = pp.state().view;
        if (v?.text !== text) return false;
        const pod = v.trace.entries.find((e) => e.type === "write" && e.ref?.kind === "Pod")?.ref?.name;
        return !!pod && !!document.querySelector('[role="group"][aria-label="Timeline"]')?.textContent?.includes(pod);
      },
      longest.text,
      { timeout: 30_000, polling: "raf" },
    );
    opened.push(await page.evaluate(() => performance.now()));
    await context.close();
  }
  await browser.close();
  out({ name: "lesson-link-to-drawn-timeline", lesson: longest.id, ms: round(median(opened)), runs: opened.map(round) });
  out({ name: "default-timeline-drawn", ms: round(median(drawn)), runs: drawn.map(round) });
  out({ name: "edit-to-redrawn-timeline", msBeyondDebounce: round(median(edits)), debounceMs: DEBOUNCE_MS, runs: edits.map(round) });
  out({ name: "fps-50-pods-10x", fps: round(median(fps)), runs: fps.map(round) });
  out({ name: "fps-nodemap-100-nodes-1000-pods-10x", fps: round(median(mapFps)), runs: mapFps.map(round) });
} finally {
  server.kill();
}
