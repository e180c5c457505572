import { expect, type Page } from "@playwright/test";
import { lessonsStrings } from "../src/app/lessons/strings";

// Steps several specs share: a fresh page in a language, and a lesson opened from the gallery.

type Shown = { text: string; lessonId?: string; view?: { text: string } };
const shown = (page: Page) => page.evaluate(() => (window as unknown as { __podplay: { state(): Shown } }).__podplay.state());

/** The page with nothing saved but the language, once its first run is shown. */
export async function freshPage(page: Page, locale: "en" | "ko" = "en"): Promise<void> {
  await page.goto("/");
  await page.evaluate((l) => {
    localStorage.clear();
    localStorage.setItem("podplay.locale.v1", l);
  }, locale);
  await page.goto("/");
  await expect.poll(async () => (await shown(page)).view !== undefined, { timeout: 15_000 }).toBe(true);
}

/** Opens a lesson from the gallery and waits for the lesson's own run (not the previous text's). */
export async function openLessonFromGallery(page: Page, id: string, locale: "en" | "ko" = "en"): Promise<void> {
  await page.getByRole("button", { name: lessonsStrings[locale]["lessons.open"], exact: true }).click();
  await page.locator(`button.lesson-card[data-lesson="${id}"]`).click();
  await expect.poll(async () => (await shown(page)).lessonId).toBe(id);
  await expect.poll(async () => ((s) => s.view?.text === s.text)(await shown(page)), { timeout: 15_000 }).toBe(true);
}
