/**
 * The node map at scale, measured in a real page: frames per second while playing at 10× and the
 * longest main-thread task (PerformanceObserver "longtask") from switching to the node map to the
 * end of 3 s of playing. `nodeMapFps(page, nodes, pods)` is what `bench-ui.ts` calls; the page must
 * be the built app (a long simulation needs a longer engine watchdog, see longWatchdog).
 *
 * Run alone against a preview server that is already up:
 *   node --import tsx scripts/bench-nodemap.ts [--url http://127.0.0.1:4173/] [--runs 5] [--sizes 100x1000,1000x10000] [--synthetic] [--embed]
 * It prints one JSON line per size (median of the runs). `--synthetic` draws a made-up trace of
 * the same shape instead of simulating (whatever the engine's speed); `--embed` measures the node
 * map alone (the embed view: the map and the playback bar, from the trace's arrival on).
 */
import { existsSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { chromium, type Page } from "@playwright/test";
import { deploymentYaml, nodeListYaml } from "../src/scenarios/generate";

/** How long the node map is played for, wall milliseconds. */
const PLAY_MS = 3000;

/**
 * `nodes` nodes (8 CPU, 32Gi each) and `pods` pods in Deployments of at most 100 replicas, with
 * requests and a readiness probe, for ten minutes; node-000 is lost at 60 s (as bench-ui's cluster).
 */
export function nodeMapScenario(nodes: number, pods: number): string {
  const deployments = Math.max(1, Math.ceil(pods / 100));
  const docs: string[] = [];
  let left = pods;
  for (let d = 0; d < deployments; d++) {
    const replicas = Math.ceil(left / (deployments - d));
    left -= replicas;
    docs.push(deploymentYaml(`app-${d}`, replicas, { cpu: "100m", memory: "64Mi", probes: ["readinessProbe: {httpGet: {path: /, port: 80}, periodSeconds: 10}"] }));
  }
  docs.push(`apiVersion: podplay.dev/v1alpha1\nkind: Scenario\nspec:\n  duration: 10m\n  images: [{image: nginx:1.27, present: true}]\n  nodes:\n${nodeListYaml(nodes, 'cpu: "8", memory: 32Gi')}\n  actions:\n  - at: 60s\n    nodeDown: node-000`);
  return docs.join("\n---\n");
}

/**
 * A trace of the same shape as nodeMapScenario's, made up in the page without the engine (plain
 * JavaScript source): `nodes` Ready nodes, `pods` pods of Deployments of 100 created over the first
 * 20 s, each Pending, bound, ContainerCreating, Running 0/1 and 1/1 within 4 s, placed round-robin.
 * For measuring the node map alone while the engine cannot yet simulate the size in time.
 */
const SYNTHETIC_TRACE = `(nodes, pods) => {
  const entries = [];
  let id = 0;
  const epochMs = Date.UTC(2026, 0, 1);
  const ts = (t) => new Date(epochMs + Math.floor(t) * 1000).toISOString().slice(0, 19) + "Z";
  const write = (t, verb, kind, name, object) => entries.push({ id: id++, t, type: "write", verb, ref: { kind, namespace: kind === "Node" ? "" : "default", name, uid: kind + "/" + name }, resourceVersion: id, object, cause: { rule: "bench" } });
  const cond = (type, status, t) => ({ type, status, lastTransitionTime: ts(t) });
  for (let n = 0; n < nodes; n++) {
    const name = "node-" + String(n).padStart(3, "0");
    write(0, "create", "Node", name, { apiVersion: "v1", kind: "Node", metadata: { name, uid: "Node/" + name, creationTimestamp: ts(0) }, spec: {}, status: { allocatable: { cpu: "8", memory: "32Gi", pods: "110" }, capacity: { cpu: "8", memory: "32Gi", pods: "110" }, conditions: [cond("Ready", "True", 0)] } });
  }
  const deployments = Math.max(1, Math.ceil(pods / 100));
  for (let d = 0; d < deployments; d++) {
    const rs = "app-" + d + "-5f6d8c7b9";
    write(0, "create", "ReplicaSet", rs, { apiVersion: "apps/v1", kind: "ReplicaSet", metadata: { name: rs, namespace: "default", uid: "ReplicaSet/" + rs, ownerReferences: [{ apiVersion: "apps/v1", kind: "Deployment", name: "app-" + d, uid: "Deployment/app-" + d, controller: true }] }, spec: { replicas: 100 } });
  }
  const alphabet = "bcdfghjklmnpqrstvwxz2456789";
  const later = [];
  for (let i = 0; i < pods; i++) {
    const d = i % deployments;
    let suffix = "";
    for (let k = 0, h = i * 2654435761 >>> 0; k < 5; k++, h = Math.floor(h / 27)) suffix += alphabet[h % 27];
    const name = "app-" + d + "-5f6d8c7b9-" + suffix;
    const node = "node-" + String(i % nodes).padStart(3, "0");
    const t0 = (20 * i) / pods;
    const meta = { name, namespace: "default", uid: "Pod/" + name, creationTimestamp: ts(t0), labels: { app: "app-" + d }, ownerReferences: [{ apiVersion: "apps/v1", kind: "ReplicaSet", name: "app-" + d + "-5f6d8c7b9", uid: "ReplicaSet/app-" + d + "-5f6d8c7b9", controller: true }] };
    const spec = (bound) => ({ nodeName: bound ? node : undefined, containers: [{ name: "app", image: "nginx:1.27", resources: { requests: { cpu: "100m", memory: "64Mi" } } }], restartPolicy: "Always" });
    const pod = (t, bound, phase, conds, cs) => ({ apiVersion: "v1", kind: "Pod", metadata: meta, spec: spec(bound), status: { phase, conditions: conds, containerStatuses: cs, startTime: bound ? ts(t0 + 0.3) : undefined } });
    const waiting = [{ name: "app", ready: false, restartCount: 0, started: false, image: "nginx:1.27", state: { waiting: { reason: "ContainerCreating" } } }];
    const running = (ready) => [{ name: "app", ready, restartCount: 0, started: true, image: "nginx:1.27", state: { running: { startedAt: ts(t0 + 1.5) } } }];
    later.push([t0, "create", name, pod(t0, false, "Pending", [cond("PodScheduled", "False", t0)], undefined)]);
    later.push([t0 + 0.2, "update", name, pod(t0 + 0.2, true, "Pending", [cond("PodScheduled", "True", t0 + 0.2)], undefined)]);
    later.push([t0 + 0.3, "update", name, pod(t0 + 0.3, true, "Pending", [cond("PodScheduled", "True", t0 + 0.2), cond("Ready", "False", t0 + 0.3)], waiting)]);
    later.push([t0 + 1.5, "update", name, pod(t0 + 1.5, true, "Running", [cond("PodScheduled", "True", t0 + 0.2), cond("Ready", "False", t0 + 0.3)], running(false))]);
    later.push([t0 + 4, "update", name, pod(t0 + 4, true, "Running", [cond("PodScheduled", "True", t0 + 0.2), cond("Ready", "True", t0 + 4)], running(true))]);
  }
  later.sort((a, b) => a[0] - b[0]);
  for (const [t, verb, name, object] of later) write(Math.round(t * 1000) / 1000, verb, "Pod", name, object);
  return { format: 1, kubernetesVersion: "v1.34.0", until: 600, epochMs, entries, probes: [], notes: [], scheduling: [] };
}`;

/**
 * Gives the page a watchdog long enough for the biggest scenario (10,000 pods). A link may only
 * shorten it; an init script, which only the harness can add, may lengthen it (src/app/watchdogBound.ts).
 */
export async function longWatchdog(page: Page): Promise<void> {
  await page.addInitScript(() => void ((window as unknown as { __podplayWatchdogMs: number }).__podplayWatchdogMs = 600_000));
}

/**
 * Loads the scenario into the page, waits for its trace, shows the node map and plays it at 10×
 * from 0 for 3 s. Returns frames per second (requestAnimationFrame callbacks) and the longest
 * main-thread task seen from the switch to the node map to the end of playing (0 when none
 * passed 50 ms, the longtask threshold); also how long the first draw took.
 */
export async function nodeMapFps(
  page: Page,
  nodes: number,
  pods: number,
  opts: { synthetic?: boolean; observeLoad?: boolean } = {},
): Promise<{ fps: number; longestTaskMs: number; drawMs: number }> {
  const observe = () =>
    page.evaluate(() => {
      const w = window as unknown as { __nmLong: number; __nmObs?: PerformanceObserver };
      w.__nmLong = 0;
      w.__nmObs?.disconnect();
      w.__nmObs = new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__nmLong = Math.max(w.__nmLong, e.duration);
      });
      w.__nmObs.observe({ type: "longtask" });
    });
  if (opts.synthetic) {
    // The page's own first run must be in, or its result would replace the made-up trace.
    await page.waitForFunction(
      () => {
        const st = (window as unknown as { __podplay: { state(): { text: string; view?: { text: string }; engine: { state: string } } } }).__podplay.state();
        return st.view?.text === st.text && st.engine.state !== "running";
      },
      undefined,
      { timeout: 60_000, polling: 100 },
    );
    // Made up in the page first (not measured), then handed to the store like a finished simulation;
    // the text stays, so nothing re-simulates.
    await page.evaluate(`(() => { window.__nmTrace = (${SYNTHETIC_TRACE})(${nodes}, ${pods}); })()`);
    // In the embed view (?embed=1&view=nodemap) the map is always shown: its draw starts with the trace.
    if (opts.observeLoad) await observe();
    await page.evaluate(`(() => {
      const pp = window.__podplay;
      pp.setState({ mainView: "timeline", playing: false, t: 0, view: { trace: window.__nmTrace, errors: [], infos: [], wallMs: 0, text: pp.state().text } });
      delete window.__nmTrace;
    })()`);
  } else {
    if (opts.observeLoad) await observe();
    const text = nodeMapScenario(nodes, pods);
    await page.evaluate((scenario) => {
      const pp = (window as unknown as { __podplay: { setState(p: object): void } }).__podplay;
      pp.setState({ mainView: "timeline", playing: false, t: 0, text: scenario });
    }, text);
    // The simulation: no time limit here, only a stop if the engine gives up.
    await page.waitForFunction(
      (t) => {
        const s = (window as unknown as { __podplay: { state(): { view?: { text: string }; engine: { state: string } } } }).__podplay.state();
        if (s.engine.state === "watchdog" || s.engine.state === "crashed") throw new Error(`engine ${s.engine.state}`);
        return s.view?.text === t;
      },
      text,
      { timeout: 0, polling: 250 },
    );
  }
  // Longest tasks from here on: switching to the node map (its index and first draw), then playing.
  if (!opts.observeLoad) await observe();
  const drawMs = (await page.evaluate(`new Promise((resolve) => {
      const t0 = performance.now();
      window.__podplay.setState({ mainView: "nodemap" });
      function check() {
        const map = document.querySelector('[role="group"][aria-label="Node map"], [role="group"][aria-label="노드 맵"]');
        // Drawn: a chip of the scenario's Deployments is on the map.
        if (map && map.querySelector('.nm-chip[data-workload^="Deployment/app-"]')) resolve(performance.now() - t0);
        else requestAnimationFrame(check);
      }
      requestAnimationFrame(check);
    })`)) as number;
  // Let the draw settle (and the first longtask entries arrive) before playing.
  await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
  const fps = (await page.evaluate(`new Promise((resolve) => {
      window.__podplay.setState({ speed: 10, t: 0, playing: true });
      let frames = 0;
      const t0 = performance.now();
      function tick() {
        frames++;
        if (performance.now() - t0 < ${PLAY_MS}) requestAnimationFrame(tick);
        else resolve((frames * 1000) / (performance.now() - t0));
      }
      requestAnimationFrame(tick);
    })`)) as number;
  const longestTaskMs = await page.evaluate(async () => {
    const w = window as unknown as { __nmLong: number; __nmObs?: PerformanceObserver; __podplay: { setState(p: object): void } };
    w.__podplay.setState({ playing: false });
    await new Promise((r) => setTimeout(r, 100));
    w.__nmObs?.disconnect();
    return w.__nmLong;
  });
  return { fps: Math.round(fps * 10) / 10, longestTaskMs: Math.round(longestTaskMs), drawMs: Math.round(drawMs) };
}

async function main(): Promise<void> {
  const arg = (name: string, dflt: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : dflt);
  const url = new URL(arg("--url", "http://127.0.0.1:4173/"));
  const runs = Number(arg("--runs", "5"));
  const synthetic = process.argv.includes("--synthetic");
  // The node map alone (the embed view: the map and the playback bar), without the page's other views.
  const embed = process.argv.includes("--embed");
  if (embed) {
    url.searchParams.set("embed", "1");
    url.searchParams.set("view", "nodemap");
  }
  const sizes = arg("--sizes", "100x1000,1000x10000")
    .split(",")
    .map((s) => s.split("x").map(Number) as [number, number]);
  const executablePath = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
  const browser = await chromium.launch({ executablePath, args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"] });
  try {
    for (const [nodes, pods] of sizes) {
      const results: Array<{ fps: number; longestTaskMs: number; drawMs: number }> = [];
      for (let run = 0; run < runs; run++) {
        const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
        await longWatchdog(page);
        await page.goto(url.href);
        await page.waitForFunction(() => !!(window as unknown as { __podplay?: unknown }).__podplay);
        results.push(await nodeMapFps(page, nodes, pods, { synthetic, observeLoad: embed }));
        await page.close();
      }
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      process.stdout.write(
        JSON.stringify({
          name: `nodemap-${nodes}-nodes-${pods}-pods-10x${synthetic ? "-synthetic" : ""}${embed ? "-alone" : ""}`,
          fps: median(results.map((r) => r.fps)),
          longestTaskMs: median(results.map((r) => r.longestTaskMs)),
          drawMs: median(results.map((r) => r.drawMs)),
          runs: results,
        }) + "\n",
      );
    }
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
