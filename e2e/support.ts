import { expect, type Page } from "@playwright/test";
import { readdirSync, readFileSync } from "node:fs";
import ts from "typescript";
import { lessonsStrings } from "../src/app/lessons/strings";
import { lessonsKo } from "../src/app/lessons/strings.ko";
import type { Lesson } from "../src/lessons/types";

// Steps several specs share: a fresh page in a language, and a lesson opened from the gallery.

/** A feature's strings in both languages: the English table and its Korean half (strings.ko.ts). */
export const bilingual = (english: { en: Record<string, string> }, ko: Record<string, string>): { en: Record<string, string>; ko: Record<string, string> } => ({ en: english.en, ko });
const lessonsText = bilingual(lessonsStrings, lessonsKo);

type Shown = { text: string; lessonId?: string; view?: { text: string } };
const shown = (page: Page) => page.evaluate(() => (window as unknown as { __podplay: { state(): Shown } }).__podplay.state());

/**
 * Clears what the page saved, once it has settled: the page renders in a transition, so a page
 * just loaded may still be saving its first state (its language, its text) after the load event.
 */
export async function clearSaved(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => {
      const pp = (window as unknown as { __podplay?: { state(): { view?: unknown; diagnostics: unknown[] } } }).__podplay;
      const s = pp?.state();
      return !!s && (s.view !== undefined || s.diagnostics.length > 0) && !!document.querySelector(".app, .embed");
    }), { timeout: 15_000 })
    .toBe(true);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  await page.evaluate(() => localStorage.clear());
}

/** The page with nothing saved but the language, once its first run is shown. */
export async function freshPage(page: Page, locale: "en" | "ko" = "en"): Promise<void> {
  await page.goto("/");
  await clearSaved(page);
  await page.evaluate((l) => {
    localStorage.clear();
    localStorage.setItem("podplay.locale.v1", l);
  }, locale);
  await page.goto("/");
  await expect.poll(async () => (await shown(page)).view !== undefined, { timeout: 15_000 }).toBe(true);
}

/** Opens a lesson from the gallery and waits for the lesson's own run (not the previous text's). */
export async function openLessonFromGallery(page: Page, id: string, locale: "en" | "ko" = "en"): Promise<void> {
  await page.getByRole("button", { name: lessonsText[locale]["lessons.open"], exact: true }).click();
  await page.locator(`button.lesson-card[data-lesson="${id}"]`).click();
  await expect.poll(async () => (await shown(page)).lessonId).toBe(id);
  await expect.poll(async () => ((s) => s.view?.text === s.text)(await shown(page)), { timeout: 15_000 }).toBe(true);
}

/**
 * The lessons as the page shows them. The catalogue imports its scenarios with Vite's `?raw`,
 * which Node cannot load, so each catalogue file is read with its YAML inlined and transpiled.
 */
export function loadLessons(): Lesson[] {
  const dir = new URL("../src/lessons/catalogue/", import.meta.url);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".ts"))
    .sort()
    .map((f) => {
      const src = readFileSync(new URL(f, dir), "utf8")
        .replace(/import (\w+) from "\.\.\/scenarios\/([\w.-]+)\.yaml\?raw";/g, (_, v: string, n: string) => `const ${v} = ${JSON.stringify(readFileSync(new URL(`../src/lessons/scenarios/${n}.yaml`, import.meta.url), "utf8"))};`)
        .replace(/^import type .*$/m, "");
      const js = ts.transpileModule(src, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
      const mod = { exports: {} as Record<string, Lesson> };
      new Function("module", "exports", js)(mod, mod.exports);
      return Object.values(mod.exports)[0];
    });
}

