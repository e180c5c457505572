import { expect, test, type Page } from "@playwright/test";
import { shellStrings } from "../src/app/shell/strings";
import { lessonsStrings } from "../src/app/lessons/strings";
import { lessonsKo } from "../src/app/lessons/strings.ko";
import { shellKo } from "../src/app/shell/strings.ko";
import { bilingual, freshPage, openLessonFromGallery } from "./support";

// Issue #9's page behaviour: the story as it happens, moments that drive the page, one selection
// and one time, the layouts for a projector, a laptop and a phone, and errors that keep the picture.

type S = {
  text: string;
  t: number;
  reveal: string;
  mainView: string;
  kubectlTab: string;
  lessonId?: string;
  editorCollapsed: boolean;
  selection?: { kind: string; pod?: string; container?: string };
  view?: { text: string; trace: { until: number } };
};
type W = { __podplay: { state(): S; setState(p: Partial<S>): void } };
const state = (page: Page) => page.evaluate(() => (window as unknown as W).__podplay.state());
const setState = (page: Page, p: Partial<S>) => page.evaluate((x) => (window as unknown as W).__podplay.setState(x), p);
/** A string of the page, as the locale files define it ("shell.reveal"). */
const str = (table: { en: object; ko: object }, prefix: string) => (locale: "en" | "ko") => (key: string) => (table[locale] as Record<string, string>)[`${prefix}.${key}`];
const shell = str(bilingual(shellStrings, shellKo), "shell");
const lessonText = str(bilingual(lessonsStrings, lessonsKo), "lessons");
const EN = shell("en");
const KO = shell("ko");

const fresh = freshPage;

/** Puts a scenario in the store (as a paste would) and waits for its run. */
async function load(page: Page, text: string) {
  await setState(page, { text });
  await expect.poll(async () => (await state(page)).view?.text === text, { timeout: 15_000 }).toBe(true);
}

const openLesson = openLessonFromGallery;

const UNKNOWN_IMAGE = `apiVersion: v1
kind: Pod
metadata:
  name: mystery
spec:
  containers:
  - name: app
    image: example.com/team/mystery-app:2.1
`;

const SERVICE_AND_BAD_POD = `apiVersion: v1
kind: Service
metadata:
  name: front
spec:
  selector: {app: web}
  ports: [{port: 80}]
---
apiVersion: v1
kind: Pod
metadata:
  name: web
  labels: {app: web}
spec:
  containers:
  - name: app
    image: nginx:1.27
    imagePullPolicy: Sometimes
`;

for (const locale of ["en", "ko"] as const) {
  const L = locale === "en" ? EN : KO;
  test.describe(`the learning surface (${locale})`, () => {
    test("reveal: as it happens by default, whole run on request, and a share link carries the choice", async ({ page, context }) => {
      await fresh(page, locale);
      const group = page.getByRole("radiogroup", { name: L("reveal") });
      await expect(group.getByRole("radio", { name: L("revealAsItHappens") })).toHaveAttribute("aria-checked", "true");
      await group.getByRole("radio", { name: L("revealWholeRun") }).click();
      expect((await state(page)).reveal).toBe("wholeRun");
      await page.getByRole("button", { name: shareButton(locale), exact: true }).click();
      const link = await page.evaluate(() => navigator.clipboard.readText());
      expect(link).toContain("#v1.");
      const other = await context.newPage();
      await other.goto(link);
      await expect.poll(async () => (await state(other)).reveal).toBe("wholeRun");
      // A lesson always tells the story as it happens: the choice cannot be made there.
      await openLesson(page, "crash-loop-backoff", locale);
      await expect(group.getByRole("radio", { name: L("revealWholeRun") })).toBeDisabled();
      await expect(group.getByRole("radio", { name: L("revealAsItHappens") })).toHaveAttribute("aria-checked", "true");
    });

    test("jump to time reads seconds, clocks and durations; nonsense is marked, not obeyed", async ({ page }) => {
      await fresh(page, locale);
      const jump = page.getByRole("textbox", { name: L("jumpTo"), exact: true });
      for (const [typed, t] of [["90", 90], ["1:30", 90], ["1m45s", 105], ["0:07.5", 7.5]] as const) {
        await jump.fill(typed);
        await jump.press("Enter");
        await expect.poll(async () => (await state(page)).t, { message: typed }).toBe(t);
      }
      await jump.fill("soon");
      await jump.press("Enter");
      await expect(jump).toHaveAttribute("aria-invalid", "true");
      expect((await state(page)).t).toBe(7.5);
    });

    test("moments drive the page: the view, the kubectl tab and the pod a moment names", async ({ page }) => {
      await fresh(page, locale);
      await openLesson(page, "node-failure", locale);
      const moments = page.locator("button.moment");
      await moments.nth(1).click();
      await expect.poll(async () => (await state(page)).mainView).toBe("nodemap");
      expect((await state(page)).t).toBe(80);
      await openLesson(page, "limitrange-defaults", locale);
      await setState(page, { mainView: "timeline" });
      await page.locator("button.moment").first().click();
      await expect.poll(async () => (await state(page)).kubectlTab).toBe("describe");
      expect((await state(page)).selection).toMatchObject({ kind: "pod", pod: "cache" });
      await expect(page.getByRole("region", { name: "kubectl" }).getByRole("tabpanel")).toContainText("kubectl describe pod cache");
    });

    test("told as it happens, the axis spans the story so far, not the whole horizon, until asked", async ({ page }) => {
      await fresh(page, locale);
      await openLesson(page, "crash-loop-backoff", locale);
      await page.locator("button.moment").nth(1).click();
      // The lesson runs 15 minutes; at its second moment the axis shows about a minute.
      const ticks = () => page.locator(".tl-axis .tick").evaluateAll((els) => els.map((e) => (e as unknown as { __data__: number }).__data__));
      await expect.poll(async () => Math.max(...(await ticks()))).toBeLessThanOrEqual(120);
      await page.locator(".tl-toolbar button", { hasText: locale === "en" ? "Show the whole run" : "실행 전체 보기" }).click();
      await expect.poll(async () => Math.max(...(await ticks()))).toBeGreaterThanOrEqual(600);
    });

    test("a moment not reached yet asks before it explains", async ({ page }) => {
      await fresh(page, locale);
      await openLesson(page, "crash-loop-backoff", locale);
      const LL = lessonText(locale);
      const items = page.locator("ol.moments > li");
      await setState(page, { t: 0 });
      await expect(items.first()).toContainText(LL("predictFirst"));
      await page.locator("button.moment").first().click();
      await expect(items.first()).not.toContainText(LL("predictFirst"));
      await expect(items.nth(1)).toContainText(LL("predictFirst"));
    });

    test("the kubectl watch follows the playhead: the newest row is in view and marked", async ({ page }) => {
      await fresh(page, locale);
      await openLesson(page, "descheduler", locale);
      await setState(page, { t: 455, kubectlTab: "watch" });
      const out = page.locator("#kubectl-output");
      const newest = out.locator("mark.newest");
      await expect(newest).toHaveCount(1);
      await expect(newest).toContainText(/\d+m\d+(\.\d)?s|\d+\.\ds/);
      // In view: the mark lies inside the scrolled terminal's box.
      await expect
        .poll(() =>
          page.evaluate(() => {
            const pre = document.querySelector("#kubectl-output")!.getBoundingClientRect();
            const m = document.querySelector("#kubectl-output mark.newest")!.getBoundingClientRect();
            return m.top >= pre.top - 1 && m.bottom <= pre.bottom + 1;
          }),
        )
        .toBe(true);
    });

    test("interventions say when they act and act there", async ({ page }) => {
      await fresh(page, locale);
      await setState(page, { t: 75, selection: { kind: "container", namespace: "default", pod: "liveness-exec", container: "liveness" } as S["selection"] });
      const crash = page.getByRole("button", { name: L("crash").replace("{container}", "liveness").replace("{time}", "1:15.0") });
      await expect(crash).toBeVisible();
      await crash.click();
      await expect.poll(async () => (await state(page)).text).toMatch(/at: 75s\n\s+crash:\n\s+pod: liveness-exec/);
    });

    test("a rejected document keeps the last good picture and is named; a note that changes the run is shown open", async ({ page }) => {
      await fresh(page, locale);
      await load(page, UNKNOWN_IMAGE);
      const notes = page.locator(".notes-open");
      await expect(notes).toBeVisible();
      await expect(notes).toContainText("example.com/team/mystery-app:2.1");
      await setState(page, { text: SERVICE_AND_BAD_POD });
      const rejected = L("rejectedDoc").replace("{n}", "2").replace("{what}", 'Pod "web"');
      await expect(page.locator(".status .rejected")).toHaveText(rejected);
      // The picture is still the last good run's (the mystery pod), not a half-admitted one.
      expect((await state(page)).view?.text).toBe(UNKNOWN_IMAGE);
      await expect(page.getByRole("group", { name: timelineName(locale) })).toContainText("mystery");
    });
  });
}

function shareButton(locale: "en" | "ko"): string {
  return locale === "en" ? "Copy link" : "링크 복사";
}
function timelineName(locale: "en" | "ko"): string {
  return locale === "en" ? "Timeline" : "타임라인";
}

test.describe("layouts", () => {
  test.describe("a 1280×720 projector", () => {
    test.use({ viewport: { width: 1280, height: 720 } });
    test("the timeline takes at least half the height; with a lesson open, Why and Services stay on screen", async ({ page }) => {
      await fresh(page);
      const area = page.locator(".timeline-area");
      await expect.poll(async () => (await area.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(360 - 40);
      await openLesson(page, "readiness-service");
      await expect(page.getByRole("region", { name: /^Lesson / })).toBeVisible();
      await expect(page.getByRole("region", { name: "Why", exact: true })).toBeInViewport();
      // Services sits below Why in the side column, which scrolls by itself: the page does not.
      const services = page.getByRole("region", { name: "Services", exact: true });
      await services.scrollIntoViewIfNeeded();
      await expect(services).toBeInViewport();
      await expect(page.getByRole("region", { name: "Why", exact: true })).toBeAttached();
      expect(await page.evaluate(() => document.scrollingElement!.scrollTop)).toBe(0);
      await expect(page.locator(".timeline-area")).toBeInViewport();
      // The editor is one tab away and can be folded away entirely.
      await page.getByRole("tab", { name: EN("leftEditor") }).click();
      await expect(page.locator(".editor-area")).toBeVisible();
      await page.getByRole("button", { name: new RegExp(EN("hideEditorShort")) }).click();
      expect((await state(page)).editorCollapsed).toBe(true);
      await expect(page.locator(".editor-area")).toHaveCount(0);
      const wide = await area.boundingBox();
      expect(wide!.width).toBeGreaterThan(1100);
      // With a lesson open, the rail brings back both.
      await page.getByRole("button", { name: EN("showLessonEditor") }).click();
      expect((await state(page)).editorCollapsed).toBe(false);
    });
  });

  test.describe("a 390×844 phone", () => {
    test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });
    for (const locale of ["en", "ko"] as const) {
      test(`one scrolling column with the lanes, the editor behind a tab (${locale})`, async ({ page }) => {
        const L = locale === "en" ? EN : KO;
        await fresh(page, locale);
        const scrollable = await page.evaluate(() => document.scrollingElement!.scrollHeight > window.innerHeight);
        expect(scrollable).toBe(true);
        const timeline = page.getByRole("group", { name: timelineName(locale) });
        await timeline.scrollIntoViewIfNeeded();
        await expect(timeline).toBeInViewport();
        await expect(timeline).toContainText("liveness-exec");
        await page.getByRole("region", { name: "kubectl" }).scrollIntoViewIfNeeded();
        await expect(page.getByRole("region", { name: "kubectl" })).toBeInViewport();
        await page.getByRole("tab", { name: L("leftEditor") }).click();
        await expect(page.locator(".editor-area")).toBeVisible();
        await expect(timeline).toBeHidden();
        await page.getByRole("tab", { name: L("phoneStory") }).click();
        await expect(timeline).toBeVisible();
        // Nothing is wider than the phone.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(1);
        // The start hint uses the phone's width: its Play button on one line, its text not a narrow column.
        const hint = page.getByRole("note").filter({ has: page.getByRole("button", { name: L("startHintPlay") }) });
        await hint.scrollIntoViewIfNeeded();
        const box = (await hint.boundingBox())!;
        const button = (await hint.getByRole("button").boundingBox())!;
        expect(box.width).toBeGreaterThan(300);
        expect(button.height).toBeLessThan(48);
        await expect(hint).toBeInViewport();
      });
    }
  });
});
