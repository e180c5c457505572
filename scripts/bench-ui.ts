/**
 * UI benchmark on the production build in headless Chromium, at 1280×720 and 1600×900 (median of
 * 5 runs). Prints one JSON object per line, each with its budget (issue #9, item 6):
 *   entry JS gzip (≤ 150 KB) and the Monaco chunk;
 *   the default timeline drawn after navigation (≤ 600 ms); an edit redrawn beyond the debounce
 *   (≤ 30 ms); a lesson link to its drawn timeline (≤ 600 ms); the 50-pod example playing at 10×;
 *   10,000 pods on 100 nodes drawn after the edit (≤ 3 s) with the longest main-thread task
 *   meanwhile (≤ 100 ms), the longest task while scrubbing and while playing, and the page's heap;
 *   the node map of 100 nodes × 1,000 pods at 10× (≥ 55 fps) and 1,000 nodes × 10,000 pods (≥ 30 fps),
 *   measured by scripts/bench-nodemap.ts.
 * It serves the build itself (scripts/benchServer.ts: each file compressed once, as a static host
 * serves it) and stops every process it starts (the server's whole process group), also when it fails
 * or is interrupted.
 *
 * Usage: npm run --silent bench:ui   (builds dist/ first)
 *   BENCH_UI_OUTDIR=/tmp/dist-x BENCH_UI_PORT=4314 node --import tsx scripts/bench-ui.ts
 *   [--runs N] [--only name,name] [--viewports 1280x720,1600x900] [--synthetic-nodemap]
 * `--only` picks groups: sizes, basics, lesson, big, nodemap.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Browser, type Page } from "@playwright/test";
import { encodeShareHash } from "../src/app/share/linkCodec";
import { nodeMapFps } from "./bench-nodemap";
import { deploymentYaml, nodeListYaml } from "../src/scenarios/generate";

const arg = (name: string): string | undefined => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const RUNS = Number(arg("--runs")) || 5;
const ONLY = new Set((arg("--only") ?? "sizes,basics,lesson,big,nodemap").split(","));
const VIEWPORTS = (arg("--viewports") ?? "1280x720,1600x900").split(",").map((v) => {
  const [width, height] = v.split("x").map(Number);
  return { width, height };
});
const OUT_DIR = process.env.BENCH_UI_OUTDIR ?? "dist";
const PORT = Number(process.env.BENCH_UI_PORT ?? 4179);
const ORIGIN = `http://127.0.0.1:${PORT}/`;
/** Long runs must not be stopped by the page's engine watchdog: a link cannot lengthen it, an init script can (src/app/watchdogBound.ts). */
const LONG_WATCHDOG = () => void ((window as unknown as { __podplayWatchdogMs: number }).__podplayWatchdogMs = 900_000);
const DEBOUNCE_MS = 200;
const LONG_TIMEOUT = 30 * 60_000;

/** 10,000 replicas of one Deployment on 100 nodes for ten minutes (the engine bench's size). */
export function tenThousandPods(replicas = 10_000, nodes = 100): string {
  const deployment = deploymentYaml("web", replicas, { container: "web", cpu: "10m", memory: "16Mi" });
  return `${deployment}\n---\napiVersion: podplay.dev/v1alpha1\nkind: Scenario\nspec:\n  duration: 10m\n  images: [{image: nginx:1.27, present: true}]\n  nodes:\n${nodeListYaml(nodes, 'cpu: "64", memory: 256Gi, pods: 110')}\n`;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x: number) => Math.round(x * 10) / 10;
const out = (o: object) => process.stdout.write(JSON.stringify(o) + "\n");
const vp = (v: { width: number; height: number }) => `${v.width}x${v.height}`;

// ---- The static server: its own process group, stopped however this script ends. ----
let server: ChildProcess | undefined;
function stopServer(): void {
  const pid = server?.pid;
  server = undefined;
  if (!pid) return;
  try {
    process.kill(-pid, "SIGTERM");
  } catch {
    // already gone
  }
}
for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"] as const)
  process.on(sig, () => {
    stopServer();
    process.exit(130);
  });
process.on("uncaughtException", (e) => {
  stopServer();
  console.error(e);
  process.exit(1);
});
process.on("unhandledRejection", (e) => {
  stopServer();
  console.error(e);
  process.exit(1);
});
process.on("exit", stopServer);

async function startServer(): Promise<void> {
  // A static server that compresses each file once, as a host does (scripts/benchServer.ts says
  // why not `vite preview`, which gzips every response on the cores being measured).
  server = spawn(process.execPath, ["--import", "tsx", "scripts/benchServer.ts", OUT_DIR, String(PORT)], { stdio: "ignore", detached: true });
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(ORIGIN)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the static server did not answer on ${ORIGIN}`);
}

// ---- In the page (source text, so the bundler's helpers stay out of it). ----
/** The parts of the store this script reads. */
interface State {
  text: string;
  t: number;
  engine: { state: string };
  view?: { text: string; wallMs: number; trace: { until: number; entries: Array<{ t: number; type: string; ref?: { kind: string; name: string } }> } };
}
type PP = { __podplay: { state(): State; setState(p: object): void } };

/** Records every main-thread long task from the start (PerformanceObserver "longtask"). */
const LONG_TASKS_INIT = `window.__longTasks = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push([e.startTime, e.duration]); }).observe({ type: "longtask", buffered: true });`;

/** The longest task that started at or after `since` (page ms), 0 when none passed 50 ms. */
async function longestSince(page: Page, since: number): Promise<number> {
  return page.evaluate((s) => Math.max(0, ...(window as unknown as { __longTasks: number[][] }).__longTasks.filter(([t]) => t >= s - 1).map(([, d]) => d)), since);
}

/**
 * Resolves once the store's view is `text`'s and the timeline shows a pod that exists at the
 * playhead (or, when none does yet, once the timeline is there): the picture a learner sees.
 * Returns the page's clock at the animation frame that first found it so: read then, in the
 * page, not by a later call (one more round trip to the browser added 10–60 ms that the page
 * did not spend).
 */
async function timelineDrawn(page: Page, text: string, timeout = 60_000): Promise<number> {
  const drawn = await page.waitForFunction(
    (text) => {
      const s = (window as unknown as PP).__podplay.state();
      if (s.engine.state === "watchdog" || s.engine.state === "crashed") throw new Error(`engine ${s.engine.state}`);
      if (s.view?.text !== text) return 0;
      const group = document.querySelector('[role="group"][aria-label="Timeline"], [role="group"][aria-label="타임라인"]');
      if (!group) return 0;
      let pod: string | undefined;
      for (const e of s.view.trace.entries) {
        if (e.t > s.t) break;
        if (e.type === "write" && e.ref?.kind === "Pod") {
          pod = e.ref.name;
          break;
        }
      }
      return pod === undefined || !!group.textContent?.includes(pod) ? performance.now() : 0;
    },
    text,
    { timeout, polling: "raf" },
  );
  return (await drawn.jsonValue()) as number;
}

/** Frames per second over 3 s of playing at 10× from 0. */
async function playFps(page: Page): Promise<number> {
  return (await page.evaluate(`new Promise((resolve) => {
      window.__podplay.setState({ speed: 10, t: 0, playing: true });
      let frames = 0;
      const t0 = performance.now();
      function tick() {
        frames++;
        if (performance.now() - t0 < 3000) requestAnimationFrame(tick);
        else { window.__podplay.setState({ playing: false }); resolve((frames * 1000) / (performance.now() - t0)); }
      }
      requestAnimationFrame(tick);
    })`)) as number;
}

/** Moves the playhead to 40 places across the run, one per frame, as a dragged playhead does. */
async function scrub(page: Page): Promise<void> {
  await page.evaluate(`new Promise((resolve) => {
      const pp = window.__podplay;
      const until = pp.state().view.trace.until;
      let i = 0;
      function step() {
        pp.setState({ playing: false, t: (until * ((i * 37) % 40)) / 40 });
        if (++i < 40) requestAnimationFrame(step);
        else requestAnimationFrame(() => resolve());
      }
      requestAnimationFrame(step);
    })`);
}

const settle = (page: Page, ms: number) => page.evaluate((ms) => new Promise((r) => setTimeout(r, ms)), ms);

async function newPage(browser: Browser, viewport: { width: number; height: number }, longRuns = false): Promise<Page> {
  const context = await browser.newContext({ viewport });
  await context.addInitScript(LONG_TASKS_INIT);
  if (longRuns) await context.addInitScript(LONG_WATCHDOG);
  const page = await context.newPage();
  await page.goto(ORIGIN);
  await page.evaluate(() => localStorage.clear());
  await page.goto(ORIGIN);
  return page;
}

// ---- Sizes ----
function sizes(): void {
  const html = readFileSync(join(OUT_DIR, "index.html"), "utf8");
  // index.html runs a small start file, then the app (vite/appScript.ts): both are the entry.
  const scripts = [...html.matchAll(/<script[^>]+src="(?:\.?\/)?([^"]+\.js)"/g)].map((m) => m[1]);
  const entry = scripts.at(-1);
  if (!entry) throw new Error(`no entry script in ${OUT_DIR}/index.html: build first`);
  const gz = (f: string) => gzipSync(readFileSync(join(OUT_DIR, f))).length;
  const assets = readdirSync(join(OUT_DIR, "assets")).filter((f) => f.endsWith(".js"));
  const monacoChunks = assets.filter((f) => /monaco|editor\.api|YamlEditor/i.test(f) || readFileSync(join(OUT_DIR, "assets", f), "utf8").includes("monaco-editor"));
  const biggestMonaco = monacoChunks.map((f) => ({ f, kb: gz(join("assets", f)) / 1024 })).sort((a, b) => b.kb - a.kb)[0];
  // What the first paint loads: the entry and the chunks index.html preloads with it (how the
  // bundler splits them varies between versions; vite 8.4 folds the small shared ones into the entry).
  const preloads = [...html.matchAll(/<link rel="modulepreload"[^>]+href="(?:\.?\/)?([^"]+\.js)"/g)].map((m) => m[1]);
  const firstLoadKB = round([...scripts, ...preloads].reduce((n, f) => n + gz(f), 0) / 1024);
  // The budget holds for everything the first paint loads, the start file and the preloads included.
  out({ name: "entry-js", files: scripts, gzipKB: firstLoadKB, budgetKB: 150, appChunkKB: round(gz(entry) / 1024) });
  out({ name: "monaco-chunk", file: biggestMonaco?.f ?? null, gzipKB: biggestMonaco ? round(biggestMonaco.kb) : 0, lazyChunks: monacoChunks.length });
}

// ---- Default timeline, an edit, the 50-pod example ----
async function basics(browser: Browser, viewport: { width: number; height: number }): Promise<void> {
  const fifty = readFileSync("examples/fifty-pods.yaml", "utf8");
  const drawn: number[] = [];
  const edits: number[] = [];
  const fps: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const page = await newPage(browser, viewport);
    const first = await page.evaluate(() => (window as unknown as PP).__podplay.state().text);
    drawn.push(await timelineDrawn(page, first));
    // Edit → redrawn timeline, as a learner edits: once the editor is there and the page is idle.
    await page.locator(".monaco-editor").first().waitFor({ timeout: 30_000 });
    await settle(page, 1000);
    const edited = first.replace(/liveness-exec/g, "edited-pod");
    const start = await page.evaluate((text) => {
      const t0 = performance.now();
      (window as unknown as PP).__podplay.setState({ text });
      return t0;
    }, edited);
    edits.push((await timelineDrawn(page, edited)) - start - DEBOUNCE_MS);
    await page.evaluate((text) => (window as unknown as PP).__podplay.setState({ text, t: 0, reveal: "wholeRun" }), fifty);
    await timelineDrawn(page, fifty);
    await settle(page, 300);
    fps.push(await playFps(page));
    await page.context().close();
  }
  out({ name: "default-timeline-drawn", viewport: vp(viewport), ms: round(median(drawn)), budgetMs: 600, runs: drawn.map(round) });
  out({ name: "edit-to-redrawn-timeline", viewport: vp(viewport), msBeyondDebounce: round(median(edits)), budgetMs: 30, debounceMs: DEBOUNCE_MS, runs: edits.map(round) });
  out({ name: "fps-50-pods-10x", viewport: vp(viewport), fps: round(median(fps)), runs: fps.map(round) });
}

// ---- A lesson's share link ----
function lessonLinks() {
  const lessonDir = "src/lessons/scenarios";
  return readdirSync(lessonDir)
    .filter((f) => f.endsWith(".yaml") && !f.endsWith(".variant.yaml"))
    .map((f) => {
      const text = readFileSync(join(lessonDir, f), "utf8");
      const enc = encodeShareHash({ text, t: 0, locale: "en", layout: { view: "timeline", editorShare: 0.38 }, lessonId: f.replace(/\.yaml$/, "") });
      if (!enc.ok) throw new Error(`lesson ${f} does not fit a link`);
      return { id: f.replace(/\.yaml$/, ""), text, hash: enc.hash };
    })
    .sort((a, b) => b.hash.length - a.hash.length);
}

async function lesson(browser: Browser, viewport: { width: number; height: number }): Promise<void> {
  const longest = lessonLinks()[0];
  const opened: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    await page.goto(ORIGIN + longest.hash);
    opened.push(await timelineDrawn(page, longest.text, 30_000));
    await context.close();
  }
  out({ name: "largest-lesson-link", lesson: longest.id, chars: (ORIGIN + longest.hash).length });
  out({ name: "lesson-link-to-drawn-timeline", viewport: vp(viewport), lesson: longest.id, ms: round(median(opened)), budgetMs: 600, runs: opened.map(round) });
}

// ---- 10,000 pods ----
async function big(browser: Browser, viewport: { width: number; height: number }): Promise<void> {
  const text = tenThousandPods();
  const r = { drawn: [] as number[], engine: [] as number[], task: [] as number[], scrub: [] as number[], play: [] as number[], heap: [] as number[] };
  for (let run = 0; run < RUNS; run++) {
    const page = await newPage(browser, viewport, true);
    const first = await page.evaluate(() => (window as unknown as PP).__podplay.state().text);
    await timelineDrawn(page, first);
    await settle(page, 1500);
    // The 10,000 replicas are there from the start: the whole run, so every lane can be drawn.
    const start = await page.evaluate((text) => {
      const t0 = performance.now();
      (window as unknown as PP).__podplay.setState({ text, t: 0, reveal: "wholeRun" });
      return t0;
    }, text);
    const end = await timelineDrawn(page, text, LONG_TIMEOUT);
    r.drawn.push(end - start);
    r.engine.push(await page.evaluate(() => (window as unknown as PP).__podplay.state().view?.wallMs ?? NaN));
    await settle(page, 500);
    r.task.push(await longestSince(page, start));
    const s0 = await page.evaluate(() => performance.now());
    await scrub(page);
    await settle(page, 200);
    r.scrub.push(await longestSince(page, s0));
    const p0 = await page.evaluate(() => performance.now());
    await playFps(page);
    await settle(page, 200);
    r.play.push(await longestSince(page, p0));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("HeapProfiler.collectGarbage");
    r.heap.push(((await cdp.send("Runtime.getHeapUsage")) as { usedSize: number }).usedSize / 2 ** 20);
    await page.context().close();
  }
  const v = vp(viewport);
  out({ name: "10000-pods-drawn-after-edit", viewport: v, ms: round(median(r.drawn)), budgetMs: 3000, engineMs: round(median(r.engine)), runs: r.drawn.map(round) });
  out({ name: "10000-pods-longest-task-edit-to-drawn", viewport: v, ms: round(median(r.task)), budgetMs: 100, runs: r.task.map(round) });
  out({ name: "10000-pods-longest-task-scrubbing", viewport: v, ms: round(median(r.scrub)), budgetMs: 100, runs: r.scrub.map(round) });
  out({ name: "10000-pods-longest-task-playing-10x", viewport: v, ms: round(median(r.play)), budgetMs: 100, runs: r.play.map(round) });
  out({ name: "10000-pods-page-heap", viewport: v, MB: round(median(r.heap)), runs: r.heap.map(round) });
}

// ---- The node map ----
async function nodemap(browser: Browser, viewport: { width: number; height: number }): Promise<void> {
  const synthetic = process.argv.includes("--synthetic-nodemap");
  for (const [nodes, pods, budget] of [
    [100, 1000, 55],
    [1000, 10_000, 30],
  ]) {
    const results: Array<{ fps: number; longestTaskMs: number; drawMs: number }> = [];
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport });
      await context.addInitScript(LONG_WATCHDOG);
      const page = await context.newPage();
      await page.goto(ORIGIN);
      await page.waitForFunction(() => !!(window as unknown as { __podplay?: unknown }).__podplay);
      results.push(await nodeMapFps(page, nodes, pods, { synthetic }));
      await context.close();
    }
    out({
      name: `fps-nodemap-${nodes}-nodes-${pods}-pods-10x${synthetic ? "-synthetic" : ""}`,
      viewport: vp(viewport),
      fps: median(results.map((x) => x.fps)),
      budgetFps: budget,
      longestTaskMs: median(results.map((x) => x.longestTaskMs)),
      drawMs: median(results.map((x) => x.drawMs)),
      runs: results.map((x) => x.fps),
    });
  }
}

async function main(): Promise<void> {
  if (ONLY.has("sizes")) sizes();
  if (![...ONLY].some((g) => g !== "sizes")) return;
  await startServer();
  const executablePath = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
  const browser = await chromium.launch({
    executablePath,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    for (const viewport of VIEWPORTS) {
      if (ONLY.has("basics")) await basics(browser, viewport);
      if (ONLY.has("lesson")) await lesson(browser, viewport);
      if (ONLY.has("big")) await big(browser, viewport);
      if (ONLY.has("nodemap")) await nodemap(browser, viewport);
    }
  } finally {
    await browser.close();
  }
}

try {
  await main();
} finally {
  stopServer();
}
