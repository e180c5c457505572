import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { timelineStrings } from "../src/app/timeline/strings";
import { timelineKo } from "../src/app/timeline/strings.ko";
import { freshPage, openLessonFromGallery } from "./support";

// Issue #9, the timeline's part: the run revealed as it happens, lesson moments on the time axis,
// a click that selects and moves the playhead, folded condition lanes with projector-sized text,
// and every change reachable from the keyboard; at a projector's and a phone's size, in both languages.

type Entry = { id: number; t: number; type: string; event?: { reason: string } };
type S = {
  text: string;
  t: number;
  reveal: string;
  lessonId?: string;
  locale: string;
  selection?: { kind: string; id?: number; pod?: string; container?: string };
  view?: { text: string; trace: { until: number; entries: Entry[] } };
};
type W = { __podplay: { state(): S; setState(p: Partial<S>): void } };
const state = (page: Page) => page.evaluate(() => (window as unknown as W).__podplay.state());
const setState = (page: Page, p: Partial<S>) => page.evaluate((x) => (window as unknown as W).__podplay.setState(x), p);
/** The playhead, and the time of the selected change (undefined when no change is selected). */
const selected = (page: Page) =>
  page.evaluate(() => {
    const s = (window as unknown as W).__podplay.state();
    const sel = s.selection;
    const e = sel?.kind === "entry" ? s.view?.trace.entries.find((x) => x.id === sel.id) : undefined;
    return { t: s.t, kind: sel?.kind, entryT: e?.t, id: sel?.id };
  });
/** Times of the restart (Started after the first) events in the run. */
const restartTimes = (page: Page) =>
  page.evaluate(() => {
    const entries = (window as unknown as W).__podplay.state().view?.trace.entries ?? [];
    return entries.filter((e) => e.type === "event" && e.event?.reason === "Started").map((e) => e.t).slice(1);
  });

async function fresh(page: Page, locale: "en" | "ko") {
  await freshPage(page, locale);
  await expect(page.locator(".tl .tl-svg").first()).toBeVisible();
}

const openLesson = openLessonFromGallery;

const ROLLING = readFileSync(new URL("../examples/rolling-update.yaml", import.meta.url), "utf8");

const VIEWPORTS = [
  { name: "projector", width: 1280, height: 720 },
  { name: "phone", width: 390, height: 844 },
] as const;

for (const vp of VIEWPORTS) {
  for (const locale of ["en", "ko"] as const) {
    const tl = locale === "ko" ? timelineKo : timelineStrings.en;
    test.describe(`timeline at ${vp.width}×${vp.height}, ${locale}`, () => {
      test.use({ viewport: { width: vp.width, height: vp.height } });

      test("draws a restart only once it has happened; whole run draws it at 0", async ({ page }) => {
        await fresh(page, locale);
        expect((await state(page)).reveal).toBe("asItHappens");
        const [first] = await restartTimes(page);
        expect(first).toBeGreaterThan(10);
        const restarts = page.locator(".tl .tl-svg .tl-mk-restart");
        await setState(page, { t: first - 1 });
        await expect(restarts).toHaveCount(0);
        // The running span is cut at the playhead: it ends at the playhead line, not at the run's end.
        await setState(page, { t: first + 0.5 });
        await expect(restarts).toHaveCount(1);
        await setState(page, { reveal: "wholeRun", t: 0 });
        await expect.poll(() => restarts.count()).toBeGreaterThan(1);
      });

      test("a pod's lanes appear when it is created, below the lanes already drawn, which stay put", async ({ page }) => {
        await fresh(page, locale);
        await setState(page, { text: ROLLING });
        await expect.poll(async () => (await state(page)).view?.text === ROLLING, { timeout: 15_000 }).toBe(true);
        const pods = page.locator(".tl .tl-labels button.is-pod");
        await setState(page, { t: 5 });
        await expect(pods).toHaveCount(3);
        const before = await pods.evaluateAll((els) => els.map((e) => [e.textContent, (e as HTMLElement).style.top]));
        await setState(page, { t: 60 });
        await expect.poll(() => pods.count()).toBeGreaterThan(3);
        const after = await pods.evaluateAll((els) => els.map((e) => [e.textContent, (e as HTMLElement).style.top]));
        expect(after.slice(0, 3)).toEqual(before);
        await setState(page, { t: 5 });
        await expect(pods).toHaveCount(3);
      });

      test("a click on a mark or a span selects it and moves the playhead there", async ({ page }) => {
        await fresh(page, locale);
        const [first] = await restartTimes(page);
        await setState(page, { t: first + 20 });
        await page.locator(".tl .tl-svg .tl-mk-restart").first().click({ force: true });
        await expect.poll(async () => (await selected(page)).kind).toBe("entry");
        const mark = await selected(page);
        expect(mark.t).toBeCloseTo(first, 3);
        expect(mark.entryT).toBeCloseTo(mark.t, 6);
        // The pod's first phase span (Pending, from 0): its start.
        const bar = page.locator(".tl .tl-span.ph-running").first();
        const box = (await bar.boundingBox())!;
        await page.mouse.click(box.x + Math.min(box.width - 2, 30), box.y + box.height / 2);
        await expect.poll(async () => (await selected(page)).t).toBeLessThan(first);
        const span = await selected(page);
        expect(span.kind).toBe("entry");
        expect(span.entryT).toBeCloseTo(span.t, 6);
      });

      test("conditions fold into one lane per pod and unfold on demand; text is at least 13 px", async ({ page }) => {
        await fresh(page, locale);
        await setState(page, { t: 60 });
        const labels = page.locator(".tl .tl-labels");
        const toggle = labels.locator("button.is-toggle");
        await expect(toggle).toHaveCount(1);
        await expect(toggle).toHaveAttribute("aria-expanded", "false");
        await expect(toggle).toContainText(tl["timeline.conditions"]);
        await expect(labels.getByText("PodScheduled")).toHaveCount(0);
        await toggle.click();
        await expect(toggle).toHaveAttribute("aria-expanded", "true");
        for (const c of ["PodScheduled", "Initialized", "ContainersReady", "Ready"]) await expect(labels.getByText(c, { exact: true })).toBeVisible();
        const sizes = await page.evaluate(() =>
          [...document.querySelectorAll(".tl .tl-lane-label span, .tl .tl-label, .tl .tl-axis .tick text")].map((el) => parseFloat(getComputedStyle(el).fontSize)),
        );
        expect(sizes.length).toBeGreaterThan(8);
        expect(Math.min(...sizes)).toBeGreaterThanOrEqual(13);
        await toggle.click();
        await expect(labels.getByText("PodScheduled")).toHaveCount(0);
        // The lanes fill the height the page gives the timeline, and scroll inside it.
        const body = await page.locator(".tl .tl-body").boundingBox();
        const root = await page.locator(".tl").first().boundingBox();
        expect(body!.height).toBeGreaterThan(root!.height * 0.4);
      });

      test("← → step to the next change and select it; a focused lane steps through its own changes", async ({ page }) => {
        await fresh(page, locale);
        await setState(page, { t: 0, selection: undefined });
        await page.locator(".tl .tl-toolbar").first().click({ position: { x: 2, y: 2 } });
        await page.keyboard.press("ArrowRight");
        const a = await selected(page);
        expect(a.t).toBeGreaterThan(0);
        expect(a.kind).toBe("entry");
        expect(a.entryT).toBeCloseTo(a.t, 6);
        await page.keyboard.press("ArrowRight");
        const b = await selected(page);
        expect(b.t).toBeGreaterThan(a.t);
        await page.keyboard.press("ArrowLeft");
        expect((await selected(page)).t).toBeCloseTo(a.t, 6);

        // The container's lane: Left/Right walk its changes; the playhead and the Why panel follow.
        await setState(page, { t: 0, selection: undefined });
        const lane = page.locator(".tl .tl-labels button.tl-lane-label:not(.is-pod):not(.is-toggle)").first();
        await lane.focus();
        const seen: number[] = [];
        for (let i = 0; i < 6; i++) {
          await page.keyboard.press("ArrowRight");
          const s = await selected(page);
          expect(s.kind).toBe("entry");
          expect(s.entryT).toBeCloseTo(s.t, 6);
          seen.push(s.t);
        }
        for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThanOrEqual(seen[i - 1]);
        expect(seen[seen.length - 1]).toBeGreaterThan(seen[0]);
        const announce = tl["timeline.announce"].split("{")[0];
        await expect(page.locator(".tl p[aria-live]", { hasText: announce })).toHaveCount(1);
        const ids = new Set<number | undefined>();
        await page.keyboard.press("ArrowLeft");
        ids.add((await selected(page)).id);
        expect((await selected(page)).t).toBeLessThanOrEqual(seen[seen.length - 1]);
        // Up/Down move between lanes (the tab stop follows).
        await page.keyboard.press("ArrowUp");
        await expect(page.locator(".tl .tl-labels button.is-toggle")).toBeFocused();
        await page.keyboard.press("ArrowUp");
        await expect(page.locator(".tl .tl-labels button.is-pod").first()).toBeFocused();
      });

      test("a lesson's key moments sit on the time axis: the next one is a '?', a click goes there", async ({ page }) => {
        await fresh(page, locale);
        await openLesson(page, "crash-loop-backoff", locale);
        await setState(page, { t: 0 });
        const marks = page.locator(".tl .tl-moment");
        await expect(marks).toHaveCount(1);
        await expect(marks.first()).toHaveClass(/is-next/);
        await expect(marks.first().locator(".tl-moment-label")).toHaveCount(0);
        await marks.first().click();
        const t1 = (await state(page)).t;
        expect(t1).toBeGreaterThan(0);
        await expect(marks).toHaveCount(2);
        await expect(marks.first()).not.toHaveClass(/is-next/);
        await expect(marks.first()).toHaveAttribute("aria-current", "step");
        await expect(marks.nth(1)).toHaveClass(/is-next/);
        await marks.nth(1).click();
        await expect.poll(async () => (await state(page)).t).toBeGreaterThan(t1);
        // Whole run is not offered in a lesson: later moments stay hidden.
        await expect(marks).toHaveCount(3);
      });
    });
  }
}
