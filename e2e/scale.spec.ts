import { expect, test, type Page } from "@playwright/test";
import { clearSaved } from "./support";

/**
 * A 10,000-pod run (one Deployment on 100 nodes) reaches the page in slices (src/worker) and every
 * view works with it: the timeline draws its lanes, the kubectl panel shows the watch's newest rows
 * at the playhead, the Why panel's scheduling details unpack a pod's node verdicts, the node map
 * draws the nodes, and the page keeps playing and scrubbing. Asserted on state, not on time (the
 * time is bench:ui's); the engine needs a long watchdog for this size.
 */

const REPLICAS = 10_000;
const NODES = 100;

function scenario(): string {
  const nodes = Array.from({ length: NODES }, (_, i) => `  - {name: node-${String(i).padStart(3, "0")}, cpu: "64", memory: 256Gi, pods: 110}`).join("\n");
  return `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  replicas: ${REPLICAS}\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n    spec:\n      containers:\n      - name: web\n        image: nginx:1.27\n        resources: {requests: {cpu: 10m, memory: 16Mi}}\n---\napiVersion: podplay.dev/v1alpha1\nkind: Scenario\nspec:\n  duration: 10m\n  images: [{image: nginx:1.27, present: true}]\n  nodes:\n${nodes}\n`;
}

interface State {
  text: string;
  t: number;
  playing: boolean;
  engine: { state: string };
  view?: { text: string; trace: { until: number; entries: Array<{ t: number; type: string; verb?: string; ref?: { kind: string; name: string; namespace: string } }>; scheduling?: unknown[] } };
}
type PP = { __podplay: { state(): State; setState(p: object): void } };

const state = <T,>(page: Page, fn: (s: State) => T) => page.evaluate(`(${fn.toString()})(window.__podplay.state())`) as Promise<T>;
const setState = (page: Page, patch: object) => page.evaluate((p) => (window as unknown as PP).__podplay.setState(p), patch);

test("10,000 pods on 100 nodes: the run draws and every view stays usable", async ({ page }) => {
  test.setTimeout(20 * 60_000);
  // A link cannot lengthen the engine's watchdog; the harness can (src/app/watchdogBound.ts).
  await page.addInitScript(() => void ((window as unknown as { __podplayWatchdogMs: number }).__podplayWatchdogMs = 1_200_000));
  await page.goto("/");
  await clearSaved(page);
  await page.goto("/");
  await expect(page.getByRole("group", { name: "Timeline" })).toContainText("liveness-exec", { timeout: 30_000 });

  const text = scenario();
  await setState(page, { text, t: 0, reveal: "wholeRun", mainView: "timeline" });
  await expect
    .poll(() => state(page, (s) => (s.engine.state === "watchdog" || s.engine.state === "crashed" ? s.engine.state : s.view?.text.length ?? 0)), { timeout: 18 * 60_000, intervals: [1000] })
    .toBe(text.length);

  // The whole trace arrived: every pod, each scheduled, and its scheduling records.
  const run = await state(page, (s) => {
    const created = new Set<string>();
    let last = "";
    for (const e of s.view!.trace.entries)
      if (e.type === "write" && e.ref?.kind === "Pod" && e.verb === "create") {
        created.add(e.ref.name);
        last = e.ref.name;
      }
    return { pods: created.size, first: [...created][0], last, until: s.view!.trace.until, scheduling: s.view!.trace.scheduling?.length ?? 0 };
  });
  expect(run.pods).toBe(REPLICAS);
  expect(run.scheduling).toBeGreaterThanOrEqual(REPLICAS);

  // The timeline draws the first pod's lanes.
  const timeline = page.getByRole("group", { name: "Timeline" });
  await expect(timeline).toContainText(run.first, { timeout: 60_000 });

  // The kubectl panel at the end of the run: the watch's tail, its newest rows in view.
  await setState(page, { t: run.until });
  const kubectl = page.locator("#kubectl-output");
  await expect(kubectl).toContainText("Running", { timeout: 60_000 });
  await expect(kubectl).toContainText(/earlier/i);

  // Scrubbing: the watch follows the playhead (early on, no pod is Running yet in the rows shown).
  await setState(page, { t: 0 });
  await expect.poll(() => state(page, (s) => s.t)).toBe(0);
  await expect(kubectl).not.toContainText("Running");

  // Playing: the playhead moves.
  await setState(page, { speed: 10, playing: true });
  await expect.poll(() => state(page, (s) => s.t), { timeout: 60_000 }).toBeGreaterThan(1);
  await setState(page, { playing: false });

  // The Why panel: a selected pod's scheduling cycle, its node verdicts unpacked from the packed records.
  await setState(page, { t: run.until, selection: { kind: "pod", namespace: "default", pod: run.last } });
  await page.locator("details.scheduling > summary").click({ timeout: 60_000 });
  await expect(page.locator(".sched-node").first()).toBeVisible();
  await expect(page.locator(".sched-chosen")).toHaveCount(1);

  // kubectl logs of that pod: a big run's logs follow its picture (src/worker/stream.ts) and then read as the CLI prints them.
  // (The first pod's: the run's log budget runs out before the last ones start, as the run's note says.)
  await setState(page, { kubectlTab: "logs", selection: { kind: "pod", namespace: "default", pod: run.first } });
  await expect(kubectl).toContainText(`$ kubectl logs ${run.first}`);
  await expect(kubectl).toContainText("/docker-entrypoint.sh: Configuration complete; ready for start up", { timeout: 60_000 });
  expect(await page.evaluate(() => (window as unknown as { __podplay: { state(): { logsArriving: boolean } } }).__podplay.state().logsArriving)).toBe(false);

  // The node map draws the nodes.
  await setState(page, { mainView: "nodemap", selection: undefined });
  await expect(page.getByRole("group", { name: "Node map" })).toContainText("node-000", { timeout: 60_000 });
});
