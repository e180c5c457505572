import { expect, test, type Download, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { clearSaved } from "./support";

type Podplay = { state(): { text: string; t: number }; setState(s: object): void };

async function fresh(page: Page) {
  await page.goto("/");
  await clearSaved(page);
  await page.goto("/");
  await expect(page.getByRole("group", { name: "Timeline" })).toContainText("liveness-exec", { timeout: 20_000 });
}

async function seekTo(page: Page, seconds: number) {
  const jump = page.getByRole("textbox", { name: "Jump to time", exact: true });
  await jump.fill(String(seconds));
  await jump.press("Enter");
}

async function exportItem(page: Page, item: string): Promise<{ name: string; bytes: Buffer }> {
  await page.getByRole("button", { name: "Export" }).click();
  const pending = page.waitForEvent("download");
  await page.getByRole("menuitem", { name: item }).click();
  const download: Download = await pending;
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path!) };
}

/** Parses SVG in the page (a real XML parser) and returns its text content, or the parser's error. */
async function parseSvg(page: Page, svg: string): Promise<{ error?: string; text: string; root: string; width: string | null }> {
  return page.evaluate((s) => {
    const doc = new DOMParser().parseFromString(s, "image/svg+xml");
    const err = doc.querySelector("parsererror");
    const labels = [...doc.querySelectorAll("[aria-label]")].map((e) => e.getAttribute("aria-label")).join("\n");
    return { error: err?.textContent ?? undefined, text: `${doc.documentElement.textContent}\n${labels}`, root: doc.documentElement.localName, width: doc.documentElement.getAttribute("width") };
  }, svg);
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

test.describe("export", () => {
  test("the menu is a keyboard menu button", async ({ page }) => {
    await fresh(page);
    const button = page.getByRole("button", { name: "Export" });
    await expect(button).toHaveAttribute("aria-haspopup", "menu");
    await expect(button).toHaveAttribute("aria-expanded", "false");
    await button.focus();
    await page.keyboard.press("ArrowDown");
    await expect(page.getByRole("menu", { name: "Export" })).toBeVisible();
    await expect(page.getByRole("menuitem", { name: "Timeline as SVG" })).toBeFocused();
    await page.keyboard.press("ArrowUp");
    await expect(page.getByRole("menuitem", { name: "Scenario as YAML" })).toBeFocused();
    await page.keyboard.press("Home");
    await page.keyboard.press("ArrowDown");
    await expect(page.getByRole("menuitem", { name: "Timeline as PNG" })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(page.getByRole("menu")).toBeHidden();
    await expect(button).toBeFocused();
    await expect(button).toHaveAttribute("aria-expanded", "false");
  });

  test("timeline, node map, kubectl output and scenario download as files", async ({ page }) => {
    await fresh(page);
    await seekTo(page, 80);

    const tsvg = await exportItem(page, "Timeline as SVG");
    expect(tsvg.name).toBe("liveness-exec-timeline.svg");
    const timeline = await parseSvg(page, tsvg.bytes.toString("utf8"));
    expect(timeline.error).toBeUndefined();
    expect(timeline.root).toBe("svg");
    expect(timeline.text).toContain("liveness-exec");
    expect(tsvg.bytes.toString("utf8")).not.toContain("var(--");

    const tpng = await exportItem(page, "Timeline as PNG");
    expect(tpng.name).toBe("liveness-exec-timeline.png");
    expect(tpng.bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(tpng.bytes.length).toBeGreaterThan(10_000);
    // 2×: the PNG is twice as wide as the SVG.
    expect(tpng.bytes.readUInt32BE(16)).toBe(2 * Number(timeline.width));

    const nsvg = await exportItem(page, "Node map as SVG");
    expect(nsvg.name).toBe("liveness-exec-nodemap-t80s.svg");
    const map = await parseSvg(page, nsvg.bytes.toString("utf8"));
    expect(map.error).toBeUndefined();
    expect(map.text).toContain("node-1");
    expect(map.text).toContain("liveness-exec");

    const npng = await exportItem(page, "Node map as PNG");
    expect(npng.bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(npng.bytes.length).toBeGreaterThan(5_000);

    const txt = await exportItem(page, "kubectl output as text");
    expect(txt.name).toBe("liveness-exec-kubectl-t80s.txt");
    const transcript = txt.bytes.toString("utf8");
    expect(transcript).toContain("$ kubectl get pods -w");
    expect(transcript).toMatch(/NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE/);
    expect(transcript).toContain("Liveness probe failed");
    expect(transcript).toContain("$ kubectl describe pod liveness-exec");

    const yaml = await exportItem(page, "Scenario as YAML");
    expect(yaml.name).toBe("liveness-exec.yaml");
    const text = await page.evaluate(() => (window as unknown as { __podplay: Podplay }).__podplay.state().text);
    expect(yaml.bytes.toString("utf8")).toBe(text);
    await expect(page.getByRole("status").filter({ hasText: "Saved liveness-exec.yaml" })).toBeVisible();
  });

  test("the timeline exports from the node map tab, and with canvas-drawn marks", async ({ page }) => {
    await fresh(page);
    // An hour of one-second probes: thousands of ticks, so the page draws them on a canvas.
    const busy = `apiVersion: v1
kind: Pod
metadata:
  name: busy-probes
spec:
  containers:
  - name: web
    image: nginx
    readinessProbe:
      httpGet: {path: /, port: 80}
      periodSeconds: 1
---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: 1h
`;
    // The whole run, so the hour's ticks are drawn (as it happens, at 0 s, there would be none yet).
    await page.evaluate((text) => (window as unknown as { __podplay: Podplay }).__podplay.setState({ text, reveal: "wholeRun" } as never), busy);
    await expect(page.getByRole("group", { name: "Timeline" })).toContainText("busy-probes", { timeout: 20_000 });
    await expect(page.locator("canvas.tl-canvas")).toBeAttached();
    const live = await exportItem(page, "Timeline as SVG");
    const svg = live.bytes.toString("utf8");
    expect((await parseSvg(page, svg)).error).toBeUndefined();
    // The probe ticks were drawn as one path of thousands of segments.
    const longest = Math.max(...[...svg.matchAll(/ d="([^"]*)"/g)].map((m) => (m[1].match(/M/g) ?? []).length));
    expect(longest).toBeGreaterThan(1000);
    // As it happens, the file holds what the page shows: ten minutes of ticks, none after the playhead.
    await page.evaluate(() => (window as unknown as { __podplay: Podplay }).__podplay.setState({ reveal: "asItHappens", t: 600 } as never));
    const upTo = (await exportItem(page, "Timeline as SVG")).bytes.toString("utf8");
    const ticks = Math.max(...[...upTo.matchAll(/ d="([^"]*)"/g)].map((m) => (m[1].match(/M/g) ?? []).length));
    // However they are drawn (canvas paths or SVG, which the story-so-far zoom decides), ten
    // minutes are a small part of the hour's ticks, and some are there.
    expect(ticks).toBeGreaterThan(0);
    expect(ticks).toBeLessThan(longest / 3);

    await page.getByRole("tab", { name: "Node map" }).click();
    await expect(page.getByRole("group", { name: "Node map" })).toBeVisible();
    const offscreen = await exportItem(page, "Timeline as SVG");
    const parsed = await parseSvg(page, offscreen.bytes.toString("utf8"));
    expect(parsed.error).toBeUndefined();
    expect(parsed.text).toContain("busy-probes");
    // The off-screen timeline was removed again.
    await expect(page.getByRole("group", { name: "Timeline" })).toHaveCount(0);
  });
});
