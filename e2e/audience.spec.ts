import { expect, test, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { clearSaved } from "./support";

// The two-screen presenter (issue #13 item 7): the teacher's window opens an audience window for
// the projector; a BroadcastChannel keeps the two in step (scene, playhead, view, question,
// language); the audience shows no notes and no next moment; either can close without breaking
// the other; a second audience window follows too; another class's session does not cross.

const EXEC = readFileSync(new URL("../examples/exec-liveness.yaml", import.meta.url), "utf8") + "---\napiVersion: podplay.dev/v1alpha1\nkind: Scenario\nspec:\n  duration: 5m\n";
const LESSON_YAML = readFileSync(new URL("../src/lessons/scenarios/liveness-exec.yaml", import.meta.url), "utf8");
const SHOTS = process.env.SHOTS_DIR;

type S = { t: number; text: string; locale: string; mainView: string; lessonId?: string; view?: { text: string } };
type Api = { __podplay: { state(): S; setState(p: object): void } };
const state = (page: Page) => page.evaluate(() => (window as unknown as Api).__podplay.state());
const playhead = async (page: Page) => (await state(page)).t;

async function presenterPage(page: Page, text: string, extra: object = {}) {
  await page.goto("/");
  await clearSaved(page);
  await page.goto("/");
  await page.evaluate(({ text, extra }) => (window as unknown as Api).__podplay.setState({ text, t: 0, ...extra }), { text, extra });
  await expect.poll(async () => (await state(page)).view?.text, { timeout: 15_000 }).toBe(text);
}

async function openAudience(page: Page, name: RegExp): Promise<Page> {
  const [audience] = await Promise.all([page.context().waitForEvent("page"), page.getByRole("button", { name }).click()]);
  await audience.waitForLoadState();
  return audience;
}

test.describe("two-screen presenter", () => {
  test("the audience window follows the presenter's moments and view, shows no notes, and outlives it", async ({ page, context }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await presenterPage(page, EXEC);
    await page.locator("body").press("p");
    const audience = await openAudience(page, /Open audience window/);
    await audience.setViewportSize({ width: 1280, height: 720 });
    expect(new URL(audience.url()).searchParams.get("view")).toBe("audience");

    // The audience gets the scenario from the presenter, not from this browser's saved work.
    await expect.poll(async () => (await state(audience)).view?.text, { timeout: 15_000 }).toBe(EXEC);
    await expect(audience.getByTestId("audience-status")).toHaveText("Following the presenter window");
    const notes = page.getByRole("region", { name: "Presenter notes" });
    await expect(notes).toContainText("1 audience window is following");

    // A step in the presenter: the audience shows the same time and moment.
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => playhead(page)).toBe(2);
    await expect.poll(() => playhead(audience)).toBe(2);
    await expect(audience.getByTestId("audience-position")).toContainText("Moment 1 of 5");
    await expect(audience.locator("output.clock")).toHaveText(await page.locator("output.clock").innerText());
    // The presenter's notes name the next moment; the audience never does.
    await expect(notes).toContainText("Next, at 1m16s");
    await expect(notes).toContainText("liveness-exec: 1/1 · Running · RESTARTS 1");
    await expect(audience.getByTestId("presenter-notes")).toHaveCount(0);
    await expect(audience.getByRole("region", { name: "Presenter controls" })).toHaveCount(0);
    await expect(audience.locator("body")).not.toContainText("RESTARTS 1");
    await expect(audience.locator("body")).not.toContainText("Next, at");

    // The view follows.
    await page.getByRole("tab", { name: "Node map" }).click();
    await expect.poll(async () => (await state(audience)).mainView).toBe("nodemap");
    await expect(audience.getByRole("tab", { name: "Node map" })).toHaveAttribute("aria-selected", "true");
    await page.getByRole("tab", { name: "Timeline" }).click();
    await expect(audience.getByRole("tab", { name: "Timeline" })).toHaveAttribute("aria-selected", "true");

    // Predict mode: the room sees the question, not the answer, until the presenter reveals it.
    await page.keyboard.press("q");
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => playhead(audience)).toBe(75);
    const question = audience.getByRole("dialog");
    await expect(question).toContainText("What happens next?");
    await expect(question.locator(".right")).toHaveCount(0);
    await expect(question.getByRole("button")).toHaveCount(0);
    await expect(notes).toContainText("✓ answer");
    if (SHOTS) {
      await page.screenshot({ path: `${SHOTS}/presenter-console-en.png` });
      await audience.screenshot({ path: `${SHOTS}/audience-en.png` });
    }
    // A clicker pointed at the projector steps the presenter's window: both stay one picture.
    await audience.keyboard.press("ArrowRight");
    await expect.poll(() => playhead(page)).toBe(76);
    await expect(question.locator(".right")).toHaveCount(1);
    await expect.poll(() => playhead(audience)).toBe(76);

    // A second audience window follows too; another class's window does not.
    const second = await context.newPage();
    await second.goto(audience.url());
    await expect.poll(() => playhead(second), { timeout: 15_000 }).toBe(76);
    await expect(notes).toContainText("2 audience windows are following");
    const other = await context.newPage();
    await other.goto("/?view=audience&session=anotherclass0001");
    await expect(other.getByTestId("audience-status")).toHaveText("Waiting for the presenter window…");
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => playhead(second)).toBe(145);
    expect((await state(other)).text).toBe("");

    // The audience closes: the presenter carries on.
    await second.close();
    await expect(notes).toContainText("1 audience window is following", { timeout: 15_000 });
    // The presenter closes: the audience says so and steps by itself.
    await page.close();
    await expect(audience.getByTestId("audience-status")).toContainText("this window now works on its own");
    const before = await playhead(audience);
    await audience.keyboard.press("ArrowLeft");
    await expect.poll(() => playhead(audience)).toBeLessThan(before);
  });

  test("a lesson in Korean: the language, the lesson and its moments follow", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await presenterPage(page, LESSON_YAML, { lessonId: "liveness-exec" });
    await page.getByRole("combobox", { name: "Language" }).selectOption("ko");
    await page.getByRole("button", { name: "발표", exact: true }).click();
    const audience = await openAudience(page, /청중용 창 열기/);
    await audience.setViewportSize({ width: 1280, height: 720 });
    await expect.poll(async () => (await state(audience)).lessonId, { timeout: 15_000 }).toBe("liveness-exec");
    // The teacher's window shows the lesson in Korean (its scenario's comments too); the audience the same text.
    const teacherText = (await state(page)).text;
    expect(teacherText).not.toBe(LESSON_YAML);
    await expect.poll(async () => (await state(audience)).view?.text, { timeout: 15_000 }).toBe(teacherText);
    await expect(audience.getByRole("region", { name: "청중용 화면" })).toBeVisible();
    await expect(audience.getByTestId("audience-status")).toHaveText("발표자 창을 따라가는 중");
    await page.getByRole("region", { name: "발표 도구" }).getByRole("button", { name: /다음 순간/ }).click();
    const t = await playhead(page);
    expect(t).toBeGreaterThan(0);
    await expect.poll(() => playhead(audience)).toBe(t);
    await expect(audience.getByTestId("audience-position")).toContainText("주요 순간 1/");
    await expect(page.getByRole("region", { name: "발표자 노트" })).toContainText("다음 순간:");
    await expect(audience.getByRole("region", { name: "발표자 노트" })).toHaveCount(0);
    // The explanation under the presenter's bar is the presenter's; the room sees the picture.
    await expect(audience.locator(".presenter-explain")).toHaveCount(0);
    if (SHOTS) {
      await page.screenshot({ path: `${SHOTS}/presenter-console-ko.png` });
      await audience.screenshot({ path: `${SHOTS}/audience-ko.png` });
    }
  });
});
