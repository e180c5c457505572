import { expect, test, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { readFileSync } from "node:fs";
import { clearSaved } from "./support";

// Presenter mode (issue #5, item 3): full screen, editor hidden, large type, stepping between key
// moments with the keyboard, predict mode and Esc. With no lesson open the key moments are the
// changes of `kubectl get pods` rows: for the docs' exec-liveness pod, Running at 2 s and the
// restarts at 76 s, 146 s, 216 s and 286 s.

const EXEC = readFileSync(new URL("../examples/exec-liveness.yaml", import.meta.url), "utf8") + "---\napiVersion: podplay.dev/v1alpha1\nkind: Scenario\nspec:\n  duration: 5m\n";
const LESSON_YAML = readFileSync(new URL("../src/lessons/scenarios/liveness-exec.yaml", import.meta.url), "utf8");
const SHOTS = process.env.SHOTS_DIR;

type Api = { __podplay: { state(): { t: number; presenter: boolean; text: string }; setState(p: object): void } };
const playhead = (page: Page) => page.evaluate(() => (window as unknown as Api).__podplay.state().t);

async function open(page: Page) {
  await page.goto("/");
  await clearSaved(page);
  await page.goto("/");
  await page.evaluate((text) => (window as unknown as Api).__podplay.setState({ text, t: 0 }), EXEC);
  await expect(page.getByRole("group", { name: /Timeline|타임라인/ })).toContainText("liveness-exec", { timeout: 15_000 });
  await expect.poll(() => page.evaluate(() => (window as unknown as { __podplay: { state(): { view?: { text: string } } } }).__podplay.state().view?.text)).toBe(EXEC);
}

test.describe("presenter mode", () => {
  test("hides the editor, steps between key moments, asks and answers in predict mode, and Esc leaves", async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await open(page);
    const editor = page.getByRole("region", { name: "Scenario editor" });
    await expect(editor).toBeVisible();

    await page.locator("body").press("p");
    await expect(page.locator(".app")).toHaveClass(/presenter/);
    expect(await page.evaluate(() => (window as unknown as Api).__podplay.state().presenter)).toBe(true);
    await expect(editor).toBeHidden();
    const bar = page.getByRole("region", { name: "Presenter controls" });
    await expect(bar).toContainText("5 key moments");
    // Large type: the page's base size grows.
    expect(await page.locator(".app").evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(18);

    await page.keyboard.press("ArrowRight");
    await expect.poll(() => playhead(page)).toBe(2);
    await expect(bar).toContainText("Moment 1 of 5");
    await page.keyboard.press("PageDown");
    await expect.poll(() => playhead(page)).toBe(76);
    await expect(bar).toContainText("liveness-exec: 1/1 · Running · RESTARTS 1");
    await page.keyboard.press(" ");
    await expect.poll(() => playhead(page)).toBe(146);
    await page.keyboard.press("ArrowLeft");
    await expect.poll(() => playhead(page)).toBe(76);
    await page.keyboard.press("PageUp");
    await expect.poll(() => playhead(page)).toBe(2);

    // Predict mode: the question comes first, paused just before the moment.
    await page.keyboard.press("q");
    await expect(bar.getByRole("button", { name: "Predict" })).toHaveAttribute("aria-pressed", "true");
    await page.keyboard.press("ArrowRight");
    const dialog = page.getByRole("dialog", { name: /What does kubectl get pods show for it next\?/ });
    await expect(dialog).toBeVisible();
    await expect(dialog).toBeFocused();
    await expect(dialog).toContainText("Press → to reveal the answer");
    await expect(dialog.locator(".right")).toHaveCount(0);
    expect(await playhead(page)).toBe(75);
    expect(await page.evaluate(() => (window as unknown as { __podplay: { state(): { playing: boolean } } }).__podplay.state().playing)).toBe(false);
    await page.keyboard.press("l");
    await page.mouse.move(700, 300);
    await expect(page.getByTestId("presenter-spotlight")).toBeAttached();
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/presenter-ask-en.png` });
    const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).exclude(".monaco-editor").analyze();
    expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);

    // The next press reveals the answer and moves to the moment.
    await page.keyboard.press("ArrowRight");
    await expect(dialog.locator(".right")).toHaveCount(1);
    await expect(dialog.locator(".right")).toContainText("1/1 · Running · RESTARTS 1");
    await expect(dialog).toContainText("correct");
    await expect(dialog).toContainText("kubectl get pods now shows liveness-exec as 1/1 · Running · RESTARTS 1");
    await expect.poll(() => playhead(page)).toBe(76);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/presenter-answer-en.png` });

    // And the one after that asks about the next moment.
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => playhead(page)).toBe(145);
    await expect(dialog.locator(".right")).toHaveCount(0);

    await page.keyboard.press("Escape");
    await expect(page.locator(".app")).not.toHaveClass(/presenter/);
    await expect(dialog).toBeHidden();
    await expect(editor).toBeVisible();
  });

  test("the header button and the Korean UI", async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await open(page);
    await page.getByRole("combobox", { name: "Language" }).selectOption("ko");
    await page.getByRole("button", { name: "발표" }).click();
    const bar = page.getByRole("region", { name: "발표 도구" });
    await expect(bar).toContainText("주요 순간 5개");
    await bar.getByRole("button", { name: "예측" }).click();
    await bar.getByRole("button", { name: /다음 순간/ }).click();
    await expect(page.getByRole("dialog")).toContainText("다음에 무슨 일이 일어날까요?");
    await expect.poll(() => playhead(page)).toBe(1);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/presenter-ask-ko.png` });
    await page.getByRole("dialog").getByRole("button", { name: /정답 보기/ }).click();
    await expect(page.getByRole("dialog").locator(".right")).toHaveCount(1);
    await expect.poll(() => playhead(page)).toBe(2);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/presenter-answer-ko.png` });
    await bar.getByRole("button", { name: "나가기" }).click();
    await expect(page.locator(".app")).not.toHaveClass(/presenter/);
  });

  test("with a lesson open, the key moments and questions are the lesson's", async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto("/");
    await clearSaved(page);
    await page.goto("/");
    await page.evaluate((text) => (window as unknown as Api).__podplay.setState({ text, t: 0, lessonId: "liveness-exec" }), LESSON_YAML);
    await expect.poll(() => page.evaluate(() => (window as unknown as { __podplay: { state(): { view?: { text: string } } } }).__podplay.state().view?.text), { timeout: 15_000 }).toBe(LESSON_YAML);
    await page.locator("body").press("p");
    const bar = page.getByRole("region", { name: "Presenter controls" });
    await expect(bar).toContainText("Lesson: Liveness probe: exec");
    await page.keyboard.press("q");
    await page.keyboard.press("ArrowRight");
    const dialog = page.getByRole("dialog", { name: "When will the kubelet kill the container?" });
    await expect(dialog).toBeVisible();
    await expect.poll(() => playhead(page)).toBe(34);
    await expect(dialog.getByRole("listitem")).toHaveCount(3);
    await page.keyboard.press("ArrowRight");
    await expect(dialog.locator(".right")).toContainText("After the third failure, about 10 s later");
    await expect(dialog).toContainText("failureThreshold defaults to 3");
    await expect.poll(() => playhead(page)).toBe(35);
    await expect(bar).toContainText("Moment 1 of 3");
    await expect(bar).toContainText("First failure");
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/presenter-lesson-en.png` });
  });

  test("the help overlay lists the presenter keys", async ({ page }) => {
    await open(page);
    await page.locator("body").press("?");
    const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
    await expect(help).toContainText("Presenter mode on or off");
    await expect(help).toContainText("In presenter mode");
  });
});
