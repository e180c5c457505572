import { expect, test, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { readFileSync } from "node:fs";
import { clearSaved } from "./support";

// Compare mode (issue #5, item 4): A is the editor's text, B a copy the learner edits; both runs
// are drawn on one time axis with their differences as bands and in a short list.

const EXEC = readFileSync(new URL("../examples/exec-liveness.yaml", import.meta.url), "utf8") + "---\napiVersion: podplay.dev/v1alpha1\nkind: Scenario\nspec:\n  duration: 5m\n";
/** B: the file /tmp/healthy is never removed, so the liveness probe never fails. */
const HEALTHY = EXEC.replace("touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600", "touch /tmp/healthy; sleep 600");
const SHOTS = process.env.SHOTS_DIR;

type Api = { __podplay: { state(): { t: number; view?: { text: string } }; setState(p: object): void } };
const playhead = (page: Page) => page.evaluate(() => (window as unknown as Api).__podplay.state().t);

async function open(page: Page) {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto("/");
  await clearSaved(page);
  await page.goto("/");
  await page.evaluate((text) => (window as unknown as Api).__podplay.setState({ text, t: 0 }), EXEC);
  await expect.poll(() => page.evaluate(() => (window as unknown as Api).__podplay.state().view?.text), { timeout: 15_000 }).toBe(EXEC);
}

const STARTUP = readFileSync(new URL("../src/lessons/scenarios/startup-probe.yaml", import.meta.url), "utf8");
const STARTUP_VARIANT = readFileSync(new URL("../src/lessons/scenarios/startup-probe.variant.yaml", import.meta.url), "utf8");

test.describe("compare mode", () => {
  test("a lesson with a variant opens it as B: the startup probe lesson against the same app without one", async ({ page }) => {
    await open(page);
    await page.evaluate((text) => (window as unknown as Api).__podplay.setState({ text, t: 0, lessonId: "startup-probe" }), STARTUP);
    await expect.poll(() => page.evaluate(() => (window as unknown as Api).__podplay.state().view?.text), { timeout: 15_000 }).toBe(STARTUP);
    await page.getByRole("button", { name: "Compare", exact: true }).click();
    const compare = page.getByRole("region", { name: "Compare two variants" });
    await expect(compare.getByRole("textbox", { name: "Variant B" })).toHaveValue(STARTUP_VARIANT);
    const diff = compare.getByRole("region", { name: "Differences" });
    await expect(diff).toContainText(/slow: .*never in A/, { timeout: 15_000 });
  });

  test("B starts as a copy of A; editing it draws both runs on one axis with the difference highlighted and listed", async ({ page }) => {
    await open(page);
    await page.getByRole("button", { name: "Compare", exact: true }).click();
    const compare = page.getByRole("region", { name: "Compare two variants" });
    await expect(compare).toBeVisible();
    const b = compare.getByRole("textbox", { name: "Variant B" });
    await expect(b).toHaveValue(EXEC);
    await expect(compare).toContainText("B is the same text as A");

    await b.fill(HEALTHY);
    const tlA = compare.getByRole("group", { name: "Timeline A (the editor)" });
    const tlB = compare.getByRole("group", { name: "Timeline B (the variant)" });
    await expect(tlA).toContainText("liveness-exec");
    await expect(tlB).toContainText("liveness-exec");
    const diff = compare.getByRole("region", { name: "Differences" });
    await expect(diff).toContainText("liveness-exec: restarts at 1m16s in A, never in B (4 vs 0 in all)", { timeout: 15_000 });
    await expect(diff).toContainText("The runs first differ at 1m16s.");
    // The difference is a band on both timelines, from the first restart to the end.
    await expect(tlA.locator(".cmp-band")).toHaveCount(1);
    await expect(tlB.locator(".cmp-band")).toHaveCount(1);
    // One axis: the bands start at the same x and are as wide (polled: the two timelines may draw
    // their last run a frame apart on a busy machine).
    const bands = async () => {
      const [ba, bb] = await Promise.all([tlA.locator(".cmp-band").boundingBox(), tlB.locator(".cmp-band").boundingBox()]);
      return Math.max(Math.abs(ba!.x - bb!.x), Math.abs(ba!.width - bb!.width));
    };
    await expect.poll(bands).toBeLessThan(2);

    // A summary line moves the one playhead both timelines share.
    await diff.getByRole("button", { name: "The runs first differ at 1m16s." }).click();
    await expect.poll(() => playhead(page)).toBe(76);
    await expect
      .poll(async () => {
        const [pa, pb] = await Promise.all([tlA.locator(".tl-svg .tl-playhead").boundingBox(), tlB.locator(".tl-svg .tl-playhead").boundingBox()]);
        return Math.abs(pa!.x - pb!.x);
      })
      .toBeLessThan(2);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/compare-en.png` });

    const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).exclude(".monaco-editor").analyze();
    expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);

    // Zooming one timeline zooms the other: the axis stays shared.
    await tlA.getByRole("button", { name: "Zoom in" }).click();
    await expect.poll(async () => Math.abs((await tlA.locator(".cmp-band").boundingBox())!.x - (await tlB.locator(".cmp-band").boundingBox())!.x)).toBeLessThan(2);

    await compare.getByRole("button", { name: "Close compare" }).click();
    await expect(compare).toBeHidden();
    await expect(page.getByRole("group", { name: "Timeline" })).toBeVisible();
  });

  test("speaks Korean and reports a pod found only in B", async ({ page }) => {
    await open(page);
    await page.getByRole("combobox", { name: "Language" }).selectOption("ko");
    await page.getByRole("button", { name: "비교", exact: true }).click();
    const compare = page.getByRole("region", { name: "두 변형 비교" });
    await compare.getByRole("textbox", { name: "변형 B" }).fill(HEALTHY + "---\n" + HEALTHY.split("---")[0].replace("name: liveness-exec", "name: extra"));
    const diff = compare.getByRole("region", { name: "차이" });
    await expect(diff).toContainText("extra: B에만 있음", { timeout: 15_000 });
    await expect(diff).toContainText("liveness-exec: 첫 재시작 A");
    await expect(compare.getByRole("group", { name: "타임라인 B(변형)" })).toContainText("extra");
    await page.getByRole("button", { name: "재생", exact: true }).click();
    // Playing moves the playhead; wait for it to, not for a fixed time.
    await expect.poll(() => page.evaluate(() => (window as unknown as { __podplay: { state(): { t: number } } }).__podplay.state().t)).toBeGreaterThan(0);
    await page.getByRole("button", { name: "일시 정지", exact: true }).click();
    await diff.getByRole("button", { name: /liveness-exec: 첫 재시작/ }).click();
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/compare-ko.png` });
  });
});
