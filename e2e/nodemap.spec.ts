import { expect, test, type Page } from "@playwright/test";
import { nodemapStrings } from "../src/app/nodemap/strings";
import { REVEAL_SCENARIO } from "../src/app/nodemap/testing";
import { clearSaved } from "./support";

// The node map of issue #9: workload colours and legend, reveal as it happens, the pod's Ready
// condition on a lost node, and a chip click that selects the pod and moves the playhead, at a
// projector's and a phone's size, in English and Korean.

type Locale = "en" | "ko";
interface PodSelection {
  kind: string;
  namespace?: string;
  pod?: string;
}
interface PageState {
  t: number;
  text: string;
  selection?: PodSelection;
  view?: { text: string; trace: { entries: Array<{ t: number; type: string; ref?: { kind: string; name: string }; cause?: { rule: string } }> } };
}
type Hook = { __podplay: { state(): PageState; setState(p: object): void } };

const s = (locale: Locale, key: string, vars: Record<string, string | number> = {}) =>
  (nodemapStrings[locale] as Record<string, string>)[`nodemap.${key}`].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k]));

async function setState(page: Page, patch: object) {
  await page.evaluate((p) => (window as unknown as Hook).__podplay.setState(p), patch);
}

/** Opens the page fresh, loads the reveal scenario in `locale` and shows the node map at `t`. */
async function openMap(page: Page, locale: Locale, t: number) {
  await page.goto("/");
  await clearSaved(page);
  await page.goto("/");
  await page.waitForFunction(() => !!(window as unknown as Partial<Hook>).__podplay);
  await setState(page, { text: REVEAL_SCENARIO, locale, mainView: "nodemap", t: 0, playing: false, reveal: "asItHappens" });
  await page.waitForFunction((text) => (window as unknown as Hook).__podplay.state().view?.text === text, REVEAL_SCENARIO, { timeout: 20_000 });
  await setState(page, { t });
  const map = page.getByRole("group", { name: s(locale, "label"), exact: true });
  await expect(map.getByRole("group", { name: new RegExp(`^${locale === "en" ? "Node" : "노드"} node-1`) })).toBeVisible({ timeout: 15_000 });
  return map;
}

const state = (page: Page) => page.evaluate(() => (window as unknown as Hook).__podplay.state());

for (const [width, height] of [
  [1280, 720],
  [390, 844],
] as const) {
  for (const locale of ["en", "ko"] as const) {
    test.describe(`node map at ${width}×${height}, ${locale}`, () => {
      test.use({ viewport: { width, height } });

      test("legend: a colour per workload and the status glyphs", async ({ page }) => {
        const map = await openMap(page, locale, 70);
        const workloads = map.getByRole("list", { name: s(locale, "workloadsName") });
        await expect(workloads.getByRole("listitem")).toHaveText(["Deployment web", "Pod late-visitor"]);
        const status = map.getByRole("list", { name: s(locale, "legend") });
        await expect(status.getByRole("listitem")).toHaveCount(6);
        await expect(status).toContainText(s(locale, "cls.error"));
        // Each workload has its own colour, and its chips carry it.
        const swatches = await workloads.locator(".nm-swatch").evaluateAll((els) => els.map((e) => getComputedStyle(e).backgroundColor));
        expect(new Set(swatches).size).toBe(2);
        const late = map.getByRole("button", { name: new RegExp(`^${locale === "en" ? "Pod" : "파드"} late-visitor`) });
        const band = await late.evaluate((e) => getComputedStyle(e).boxShadow);
        expect(band).toContain(swatches[1]);
        // Generated names keep their suffix whole: the tail is drawn in full.
        const tail = map.locator(".nm-node .nm-name-tail").first();
        await expect(tail).toHaveText(/^-[a-z0-9]+-[a-z0-9]{5}$/);
        const fits = await tail.evaluate((e) => e.scrollWidth <= e.clientWidth + 1 && e.getBoundingClientRect().right <= e.closest("button")!.getBoundingClientRect().right);
        expect(fits).toBe(true);
        await page.screenshot({ path: test.info().outputPath(`nodemap-legend-${width}-${locale}.png`) });
      });

      test("reveal: a pod created at 40 s is not on the map before its time, and is after", async ({ page }) => {
        const map = await openMap(page, locale, 30);
        const chip = map.getByRole("button", { name: new RegExp(`^${locale === "en" ? "Pod" : "파드"} late-visitor`) });
        await expect(map.getByRole("group", { name: new RegExp(`node-1`) })).toBeVisible();
        await expect(chip).toHaveCount(0);
        await expect(map.getByRole("list", { name: s(locale, "workloadsName") })).not.toContainText("late-visitor");
        // node-3 joins at 60 s: not drawn yet either.
        await expect(map.getByRole("group", { name: /node-3/ })).toHaveCount(0);
        await setState(page, { t: 45 });
        await expect(chip).toBeVisible();
        await expect(map.getByRole("list", { name: s(locale, "workloadsName") })).toContainText("Pod late-visitor");
        await expect(map.getByRole("group", { name: /node-3/ })).toHaveCount(0);
        await setState(page, { t: 61 });
        await expect(map.getByRole("group", { name: /node-3/ })).toBeVisible();
        // Whole run: the legend names every workload of the run, the map is still the playhead's.
        await setState(page, { t: 30, reveal: "wholeRun" });
        await expect(map.getByRole("list", { name: s(locale, "workloadsName") })).toContainText("Pod late-visitor");
        await expect(chip).toHaveCount(0);
      });

      test("a lost node's pod shows its Ready condition; clicking its chip selects it and seeks to when it took that look", async ({ page }) => {
        const map = await openMap(page, locale, 200);
        const lost = map.getByRole("group", { name: /node-2/ });
        const chip = lost.getByRole("button", { name: new RegExp(`web-.*1/1.*${s(locale, "readyCondition", { status: "False" }).replace(/[()]/g, "\\$&")}`) });
        await expect(chip).toBeVisible();
        await expect(chip).toContainText("Ready=False");
        const name = (await chip.getAttribute("aria-label"))!.match(/web-[a-z0-9-]+/)![0];
        await chip.scrollIntoViewIfNeeded();
        await chip.click();
        await expect.poll(async () => (await state(page)).selection).toEqual({ kind: "pod", namespace: "default", pod: name });
        // The moment the node controller marked it not ready (MarkPodsNotReady).
        const marked = await page.evaluate((pod) => {
          const v = (window as unknown as Hook).__podplay.state().view!;
          return v.trace.entries.find((e) => e.type === "write" && e.ref?.kind === "Pod" && e.ref.name === pod && e.cause?.rule === "node.podsNotReady")!.t;
        }, name);
        await expect.poll(async () => (await state(page)).t).toBe(marked);
        await expect(chip).toHaveAttribute("aria-pressed", "true");
      });

      test("chips are reachable by keyboard: Enter selects and seeks", async ({ page }) => {
        const map = await openMap(page, locale, 50);
        const chip = map.getByRole("button", { name: new RegExp(`^${locale === "en" ? "Pod" : "파드"} late-visitor`) });
        await chip.focus();
        await expect(chip).toBeFocused();
        await page.keyboard.press("Enter");
        await expect.poll(async () => (await state(page)).selection).toEqual({ kind: "pod", namespace: "default", pod: "late-visitor" });
        // late-visitor has looked the same since some moment between its creation (40 s) and 50 s.
        await expect.poll(async () => (await state(page)).t).toBeGreaterThanOrEqual(40);
        expect((await state(page)).t).toBeLessThanOrEqual(50);
        await page.screenshot({ path: test.info().outputPath(`nodemap-selected-${width}-${locale}.png`) });
      });
    });
  }
}
