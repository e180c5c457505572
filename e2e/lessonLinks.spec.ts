import { expect, test, type Page } from "@playwright/test";
import { readdirSync, readFileSync } from "node:fs";
import { encodeShareHash } from "../src/app/share/linkCodec";
import { simulate } from "../src/engine/simulate";

// Every built-in lesson, opened from a share link in a fresh page, simulates to exactly the trace
// the engine computes for its scenario, and lands where the link says (issue #5: "round-trip every
// lesson through a share link and compare traces").

const dir = new URL("../src/lessons/scenarios/", import.meta.url);
const lessons = readdirSync(dir)
  // A lesson's compare variant (*.variant.yaml) is not a lesson of its own.
  .filter((f) => f.endsWith(".yaml") && !f.endsWith(".variant.yaml"))
  .map((f) => ({ id: f.replace(/\.yaml$/, ""), text: readFileSync(new URL(f, dir), "utf8") }));

/** FNV-1a of the JSON, with its length: equal only for identical traces. */
function traceHash(json: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < json.length; i++) h = Math.imul(h ^ json.charCodeAt(i), 0x01000193) >>> 0;
  return `${json.length}:${h.toString(16)}`;
}

function pageState(page: Page) {
  return page.evaluate(() => {
    const s = (window as unknown as { __podplay: { state(): Record<string, unknown> & { view?: { text: string; trace: unknown } } } }).__podplay.state();
    const json = JSON.stringify(s.view?.trace ?? null);
    let h = 0x811c9dc5;
    for (let i = 0; i < json.length; i++) h = Math.imul(h ^ json.charCodeAt(i), 0x01000193) >>> 0;
    return { text: s.text as string, simulated: s.view?.text, t: s.t as number, lessonId: s.lessonId as string | undefined, locale: s.locale as string, hash: `${json.length}:${h.toString(16)}` };
  });
}

test("there are lessons to check", () => {
  expect(lessons.length).toBeGreaterThanOrEqual(20);
});

test("every lesson round-trips through a share link to the same trace", async ({ page }) => {
  test.setTimeout(lessons.length * 20_000);
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  for (const [i, lesson] of lessons.entries()) {
    const expected = traceHash(JSON.stringify(simulate(lesson.text).trace));
    const locale = i % 2 ? "ko" : "en";
    const encoded = encodeShareHash({ text: lesson.text, t: 12, locale, layout: { view: "timeline", editorShare: 0.38 }, lessonId: lesson.id });
    expect(encoded.ok, lesson.id).toBe(true);
    if (!encoded.ok) continue;
    expect(encoded.hash.length, `${lesson.id} link length`).toBeLessThan(2000);
    await page.goto("about:blank");
    await page.goto("/" + encoded.hash);
    await expect.poll(async () => (await pageState(page)).simulated, { timeout: 20_000, message: lesson.id }).toBe(lesson.text);
    const s = await pageState(page);
    expect(s.hash, `${lesson.id}: trace from the link equals the engine's`).toBe(expected);
    expect(s.lessonId).toBe(lesson.id);
    expect(s.locale).toBe(locale);
    await expect.poll(async () => (await pageState(page)).t, { message: lesson.id }).toBe(12);
  }
  expect(errors).toEqual([]);
});
