import { expect, test, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { readFileSync } from "node:fs";
import { shellStrings } from "../src/app/shell/strings";
import { shellKo } from "../src/app/shell/strings.ko";
import { clearSaved } from "./support";

const EXEC_LIVENESS = readFileSync(new URL("../examples/exec-liveness.yaml", import.meta.url), "utf8");
const ORIGIN = `http://127.0.0.1:${process.env.PW_PORT ?? 4173}`;

/** Fails the test if the page requests anything outside its own origin. */
function guardOrigin(page: Page): string[] {
  const outside: string[] = [];
  page.on("request", (r) => {
    const u = new URL(r.url());
    if (u.origin !== ORIGIN && u.protocol !== "data:" && u.protocol !== "blob:") outside.push(r.url());
  });
  return outside;
}

async function fresh(page: Page, query = "") {
  await page.goto("/" + query);
  await clearSaved(page);
  await page.goto("/" + query);
}

/** Replaces the editor's text the way a person would: select all, paste. */
async function replaceText(page: Page, text: string) {
  const editor = page.locator(".monaco-editor .view-lines").first();
  await expect(editor).toBeVisible({ timeout: 20_000 });
  await editor.click();
  await page.keyboard.press("Control+A");
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press("Control+V");
  await expect.poll(() => page.evaluate(() => (window as unknown as { __podplay: { state(): { text: string } } }).__podplay.state().text)).toBe(text);
}

async function seekTo(page: Page, seconds: number) {
  const jump = page.getByRole("textbox", { name: "Jump to time", exact: true });
  await jump.fill(String(seconds));
  await jump.press("Enter");
}

test.describe("the playground", () => {
  test("opens with the default scenario's timeline drawn", async ({ page }) => {
    const outside = guardOrigin(page);
    await fresh(page);
    await expect(page.getByRole("heading", { name: "podplay" })).toBeVisible();
    await expect(page.getByText("Simulates Kubernetes v1.34")).toBeVisible();
    const timeline = page.getByRole("group", { name: "Timeline" });
    await expect(timeline).toBeVisible();
    await expect(timeline).toContainText("liveness-exec", { timeout: 15_000 });
    for (const name of ["Play", "Step forward", "Step back"]) await expect(page.getByRole("button", { name, exact: true })).toBeVisible();
    await expect(page.getByRole("combobox", { name: "Speed" })).toBeVisible();
    await expect(page.getByRole("region", { name: "kubectl" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Why" })).toBeVisible();
    await expect(page.getByRole("combobox", { name: "Language" })).toBeVisible();
    expect(outside).toEqual([]);
  });

  test("the docs' exec-liveness example: played, it shows the Unhealthy events and the restart at the right times", async ({ page }) => {
    const outside = guardOrigin(page);
    await fresh(page);
    await replaceText(page, EXEC_LIVENESS);
    const kubectl = page.getByRole("region", { name: "kubectl" });
    await page.getByRole("combobox", { name: "Speed" }).selectOption("100");
    await page.getByRole("button", { name: "Play", exact: true }).click();
    await expect(page.getByRole("button", { name: "Pause", exact: true })).toBeVisible();
    // At 100× the 99 s of interest pass in about a second; wait for the playhead, then look closely.
    await expect.poll(() => page.evaluate(() => (window as unknown as { __podplay: { state(): { t: number } } }).__podplay.state().t), { timeout: 20_000 }).toBeGreaterThan(99);
    await page.getByRole("button", { name: "Pause", exact: true }).click();
    await seekTo(page, 30);
    await kubectl.getByRole("tab", { name: "get events" }).click();
    await expect(kubectl.getByRole("tabpanel")).not.toContainText("Unhealthy");
    await seekTo(page, 46);
    await expect(kubectl.getByRole("tabpanel")).toContainText("Liveness probe failed: cat: can't open '/tmp/healthy': No such file or directory");
    await expect(kubectl.getByRole("tabpanel")).toContainText("Container liveness failed liveness probe, will be restarted");
    await kubectl.getByRole("tab", { name: "get pods -w" }).click();
    await seekTo(page, 75);
    await expect(kubectl.getByRole("tabpanel")).not.toContainText("1 (1s ago)");
    await seekTo(page, 77);
    await expect(kubectl.getByRole("tabpanel")).toContainText(/1m16\.0s\s+liveness-exec\s+1\/1\s+Running\s+1 \(1s ago\)/);
    await kubectl.getByRole("tab", { name: "describe pod" }).click();
    await expect(kubectl.getByRole("tabpanel")).toContainText(/Unhealthy\s+\d+s \(x3 over \d+s\)/);
    expect(outside).toEqual([]);
  });

  test("a typo shows a marker at its line and the quick fix repairs it", async ({ page }) => {
    await fresh(page);
    await replaceText(page, "apiVersion: v1\nkind: Pod\nmetadata:\n  name: typo\nspec:\n  containers:\n  - name: web\n    image: nginx\n    readinessprobe:\n      httpGet:\n        path: /\n        port: 80\n");
    await expect(page.getByRole("alert").filter({ hasText: "readinessprobe" })).toContainText("Line 9, column 5", { timeout: 15_000 });
    await expect(page.locator(".monaco-editor .squiggly-error").first()).toBeAttached({ timeout: 15_000 });
    // Put the cursor on the bad key and ask for quick fixes.
    await page.getByRole("button", { name: "Line 9, column 5" }).click();
    await page.keyboard.press("Control+.");
    // Monaco focuses the first fix; a person presses Enter to apply it.
    await expect(page.getByRole("option", { name: "Change to 'readinessProbe'" })).toHaveClass(/focused/);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("alert").filter({ hasText: "readinessprobe" })).toHaveCount(0, { timeout: 15_000 });
    const text = await page.evaluate(() => (window as unknown as { __podplay: { state(): { text: string } } }).__podplay.state().text);
    expect(text).toContain("    readinessProbe:");
  });

  test("a runaway scenario is stopped by the watchdog and the page stays usable", async ({ page }) => {
    await fresh(page, "?watchdogMs=2500");
    await expect(page.getByRole("group", { name: "Timeline" })).toContainText("liveness-exec", { timeout: 15_000 });
    const heavy = ["apiVersion: podplay.dev/v1alpha1\nkind: Scenario\nspec:\n  duration: 7d\n"];
    for (let i = 0; i < 300; i++) heavy.push(`apiVersion: v1\nkind: Pod\nmetadata:\n  name: spin-${i}\nspec:\n  containers:\n  - name: c\n    image: busybox:1.36\n    command: ["sh", "-c", "exit 1"]\n`);
    await replaceText(page, heavy.join("---\n"));
    await expect(page.getByRole("alert").filter({ hasText: "was stopped" })).toBeVisible({ timeout: 20_000 });
    // The last good picture stays, and the page still works.
    await expect(page.getByRole("group", { name: "Timeline" })).toContainText("liveness-exec");
    await page.getByRole("button", { name: "Play", exact: true }).click();
    await expect(page.getByRole("button", { name: "Pause", exact: true })).toBeVisible();
    await page.getByRole("button", { name: "Pause", exact: true }).click();
    await replaceText(page, EXEC_LIVENESS);
    await expect(page.getByText(/Simulated \d+ s in \d+ ms/)).toBeVisible({ timeout: 20_000 });
  });

  test("a reload keeps the text", async ({ page }) => {
    await fresh(page);
    await replaceText(page, EXEC_LIVENESS.replace("liveness-exec", "kept-after-reload"));
    await expect(page.getByRole("group", { name: "Timeline" })).toContainText("kept-after-reload", { timeout: 15_000 });
    await page.reload();
    await expect(page.getByRole("group", { name: "Timeline" })).toContainText("kept-after-reload", { timeout: 15_000 });
  });

  test("the Korean UI shows Korean everywhere, and the choice is remembered", async ({ page }) => {
    await fresh(page);
    await page.getByRole("combobox", { name: "Language" }).selectOption("ko");
    await expect(page.getByRole("button", { name: "재생", exact: true })).toBeVisible();
    await expect(page.getByRole("group", { name: "타임라인" })).toBeVisible();
    await page.reload();
    await expect(page.getByRole("combobox", { name: "언어" })).toHaveValue("ko");
    await expect(page.locator("html")).toHaveAttribute("lang", "ko");
    // No English UI string is left on screen (kubectl output and Kubernetes terms are the same in both).
    const body = await page.locator("header, .playback, .status, .interventions, .why, [role=tablist]").allInnerTexts();
    const visible = body.join("\n");
    const english = Object.entries(shellStrings.en).filter(([k, v]) => v !== shellKo[k] && v.length > 4 && !v.includes("{"));
    for (const [, v] of english) expect(visible).not.toContain(v);
    expect(visible).toMatch(/[가-힣]/);
  });

  test("axe finds no accessibility violations, in both themes, editor included, with a lesson open and on the node map", async ({ page }) => {
    await fresh(page);
    await expect(page.getByRole("group", { name: "Timeline" })).toContainText("liveness-exec", { timeout: 15_000 });
    await expect(page.locator(".monaco-editor .view-lines").first()).toBeVisible({ timeout: 20_000 });
    const check = async (where: string) => {
      // Every rule axe has (best practices too: landmarks, one main, no duplicate landmarks), not only serious ones.
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length} nodes, e.g. ${v.nodes[0]?.target.join(" ")} (${where})`)).toEqual([]);
    };
    for (const theme of ["light", "dark"]) {
      if (theme === "dark") await page.getByRole("button", { name: /^Theme/ }).click();
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
      await check(`${theme}, playground`);
    }
    await page.getByRole("button", { name: "Lessons", exact: true }).click();
    await page.locator('button.lesson-card[data-lesson="readiness-service"]').click();
    await expect(page.getByRole("region", { name: /^Lesson / })).toBeVisible();
    await check("dark, lesson");
    await page.getByRole("tab", { name: "Node map" }).click();
    await expect(page.getByRole("tab", { name: "Node map" })).toHaveAttribute("aria-selected", "true");
    await check("dark, node map");
    await page.getByRole("button", { name: /^Theme/ }).click();
    await check("light, node map");
  });

  test("interventions append a scripted action to the Scenario and the run changes", async ({ page }) => {
    await fresh(page);
    await expect(page.getByRole("group", { name: "Timeline" })).toContainText("liveness-exec", { timeout: 15_000 });
    await page.locator(".monaco-editor").first().waitFor({ timeout: 20_000 });
    await seekTo(page, 20);
    await page.getByRole("group", { name: "Timeline" }).getByRole("button", { name: /liveness-exec/ }).first().click();
    // The button says when it acts: at the playhead.
    await page.getByRole("button", { name: "Delete pod at 0:20.0" }).click();
    await expect(page.getByText("Added an action at 0:20.0")).toBeVisible();
    const text = await page.evaluate(() => (window as unknown as { __podplay: { state(): { text: string } } }).__podplay.state().text);
    expect(text).toMatch(/at: 20s\s+delete:\s+pod: liveness-exec/);
    await seekTo(page, 21);
    await expect(page.getByRole("region", { name: "kubectl" }).getByRole("tabpanel")).toContainText("Terminating", { timeout: 15_000 });
  });
});

test.describe("the cluster views", () => {
  test("the two-node lesson: placement and the descheduler's evictions on the node map", async ({ page }) => {
    await fresh(page);
    await page.getByRole("combobox", { name: "Load example" }).selectOption("twoNodes");
    await expect(page.getByRole("group", { name: "Timeline" })).toContainText("a-", { timeout: 15_000 });
    await page.getByRole("tab", { name: "Node map" }).click();
    const map = page.getByRole("group", { name: "Node map" });
    await expect(map).toBeVisible();
    await seekTo(page, 420);
    // node-2 failed: its pods were evicted and replaced on node-1; node-3 joined empty.
    await expect(map.getByRole("group", { name: /^Node node-2: NotReady/ })).toBeVisible();
    await expect(map.getByRole("group", { name: /^Node node-3: Ready.*0 pods/ })).toBeVisible();
    await seekTo(page, 560);
    // The descheduler evicted one duplicate of each ReplicaSet; the scheduler used node-3.
    await expect(map.getByRole("group", { name: /^Node node-3: Ready.*2 pods/ })).toBeVisible();
    await page.getByRole("region", { name: "kubectl" }).getByRole("tab", { name: "get events" }).click();
    await expect(page.getByRole("region", { name: "kubectl" }).getByRole("tabpanel")).toContainText("RemoveDuplicates");
  });
});
