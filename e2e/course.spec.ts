import { expect, test, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { freshPage, loadLessons } from "./support";

// Issue #13 item 1: the course as a path, where to start, progress kept, exported and imported,
// "continue where I left off", and the next step from a lesson's panel.

type Shown = { t: number; lessonId?: string; challenge?: { id?: string }; view?: { text: string }; text: string };
const state = (page: Page) => page.evaluate(() => (window as unknown as { __podplay: { state(): Shown } }).__podplay.state());
const lessons = loadLessons();
const courseSource = readFileSync(new URL("../src/course/course.ts", import.meta.url), "utf8");
/** The course's first two steps, read from its source (the page shows the same). */
const firstSteps = [...courseSource.matchAll(/\b([LC])\("([a-z0-9-]+)"/g)].slice(0, 2).map((m) => ({ kind: m[1] === "L" ? "lesson" : "challenge", id: m[2] }));

for (const locale of ["en", "ko"] as const) {
  test(`the course: start, finish a lesson, continue with the next step, export and import progress (${locale})`, async ({ page }) => {
    await freshPage(page, locale);
    const L = (en: string, ko: string) => (locale === "en" ? en : ko);
    await page.getByRole("button", { name: L("Course", "코스"), exact: true }).click();
    const dialog = page.getByRole("dialog");
    const first = lessons.find((l) => l.id === firstSteps[0].id)!;
    const second = lessons.find((l) => l.id === firstSteps[1].id)!;
    // A new visitor sees where to start.
    await expect(dialog.locator("button.continue")).toContainText(first.text[locale].title);
    await expect(dialog.locator(`li[data-step="lesson:${second.id}"]`)).toContainText(L("min", "분"));
    await dialog.locator("button.continue").click();
    await expect(dialog).toBeHidden();
    await expect.poll(async () => (await state(page)).lessonId).toBe(first.id);
    // Reaching the last key moment finishes the lesson; the panel offers the next step.
    const panel = page.getByRole("region", { name: /^(Lesson|레슨) / });
    await panel.locator("button.moment").last().click();
    await expect.poll(async () => page.evaluate(() => localStorage.getItem("podplay.lessonProgress.v1"))).toContain(first.id);
    await panel.getByRole("button", { name: new RegExp(L("^Next in the course: ", "^코스의 다음 단계: ")) }).click();
    await expect.poll(async () => (await state(page)).lessonId).toBe(second.id);
    // The course shows the first step done and continues where the learner is.
    await page.getByRole("button", { name: L("Course", "코스"), exact: true }).click();
    await expect(dialog.locator(`li[data-step="lesson:${first.id}"]`)).toHaveClass(/done/);
    await expect(dialog.locator("button.continue")).toContainText(second.text[locale].title);
    // Progress goes to a file and comes back in another browser.
    const downloaded = page.waitForEvent("download");
    await dialog.getByRole("button", { name: L("Export progress", "진행 상황 내보내기") }).click();
    const file = await (await downloaded).path();
    const text = readFileSync(file!, "utf8");
    expect(JSON.parse(text)).toMatchObject({ podplay: "progress", version: 1, lessons: { [first.id]: {} } });
    await page.evaluate(() => localStorage.removeItem("podplay.lessonProgress.v1"));
    await dialog.getByRole("button", { name: L("Close", "닫기") }).click();
    await page.getByRole("button", { name: L("Course", "코스"), exact: true }).click();
    await expect(dialog.locator(`li[data-step="lesson:${first.id}"]`)).not.toHaveClass(/done/);
    await dialog.locator("input[type=file]").setInputFiles({ name: "p.json", mimeType: "application/json", buffer: Buffer.from(text) });
    await expect(dialog.getByRole("status")).toContainText(L("Imported: 1 step added.", "가져왔습니다: 1단계가 추가되었습니다."));
    await expect(dialog.locator(`li[data-step="lesson:${first.id}"]`)).toHaveClass(/done/);
    await dialog.locator("input[type=file]").setInputFiles({ name: "bad.json", mimeType: "application/json", buffer: Buffer.from("{\"x\":1}") });
    await expect(dialog.getByRole("status")).toContainText(L("That file is not podplay progress (", "podplay 진행 상황 파일이 아닙니다 ("));
    await page.screenshot({ path: `test-results/course-${locale}.png` });
  });
}
