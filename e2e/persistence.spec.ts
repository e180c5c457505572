import { expect, test, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { readFileSync } from "node:fs";
import { freshPage } from "./support";
import { encodeShareHash } from "../src/app/share/linkCodec";
import { persistStrings } from "../src/app/persist/strings";

// The learner's text is never lost (README "Your work is kept"; src/app/persist): it is kept in
// IndexedDB up to the editor's 8 MiB, each tab keeps its own, a replaced text can come back after
// a reload, and a browser that cannot keep it says so and offers a download.

type Persist = { tab?: string; failed: boolean; otherTab?: string; saved?: { chars: number; hash: string }; stash?: string };
type Hook = { __podplay: { state(): { text: string; view?: { text: string } }; setState(p: object): void; persist(): Persist } };

const en = persistStrings.en;
const text = (page: Page) => page.evaluate(() => (window as unknown as Hook).__podplay.state().text);
const persist = (page: Page) => page.evaluate(() => (window as unknown as Hook).__podplay.persist());
const setText = (page: Page, t: string) => page.evaluate((t) => (window as unknown as Hook).__podplay.setState({ text: t }), t);
/** Waits until this tab's IndexedDB draft holds exactly the editor's text. */
async function saved(page: Page, length: number): Promise<void> {
  await expect.poll(async () => (await persist(page)).saved?.chars, { timeout: 20_000 }).toBe(length);
}
async function axeClean(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).include(".persist-notices").analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} nodes`)).toEqual([]);
}
const pod = (name: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n  containers:\n  - name: c\n    image: nginx:1.27\n`;

test.describe("your work is kept", () => {
  test("a 6 MB text survives a reload (kept in IndexedDB, past localStorage's quota)", async ({ page }) => {
    test.setTimeout(90_000);
    await freshPage(page);
    const line = "# " + "x".repeat(98) + "\n";
    const huge = pod("huge-one") + line.repeat(60_000);
    expect(huge.length).toBeGreaterThan(6_000_000);
    await setText(page, huge);
    await saved(page, huge.length);
    await page.reload();
    await expect.poll(() => page.evaluate(() => (window as unknown as Hook).__podplay.state().text.length), { timeout: 20_000 }).toBe(huge.length);
    expect(await text(page)).toBe(huge);
    // No offer to restore anything: swapping the default for the learner's own text replaces nothing.
    await expect(page.getByRole("button", { name: en["persist.restore"] })).toHaveCount(0);
  });

  test("a text saved by an earlier version (localStorage only) is moved to IndexedDB on the first visit", async ({ page }) => {
    await freshPage(page);
    await page.evaluate((t) => {
      localStorage.clear();
      sessionStorage.clear();
      localStorage.setItem("podplay.text.v1", t);
    }, pod("from-before"));
    await page.reload();
    await expect.poll(() => text(page)).toBe(pod("from-before"));
    await saved(page, pod("from-before").length);
    await page.reload();
    await expect.poll(() => text(page)).toBe(pod("from-before"));
  });

  test("two tabs each keep their own text, and one is told about the other's change and chooses", async ({ page, context }) => {
    test.setTimeout(90_000);
    await freshPage(page);
    await setText(page, pod("from-tab-a"));
    await saved(page, pod("from-tab-a").length);

    const b = await context.newPage();
    await b.goto("/");
    // A new tab opens with the newest text, as its own draft.
    await expect.poll(() => text(b)).toBe(pod("from-tab-a"));
    await expect.poll(async () => (await persist(b)).tab).toBeTruthy();
    expect((await persist(b)).tab).not.toBe((await persist(page)).tab);
    await setText(b, pod("from-tab-b"));
    await saved(b, pod("from-tab-b").length);

    // Tab A is told, and still holds its own text.
    const told = page.getByRole("status").filter({ hasText: en["persist.otherTab"] });
    await expect(told).toBeVisible();
    expect(await text(page)).toBe(pod("from-tab-a"));

    // Each reload brings back each tab's own text.
    await page.reload();
    await expect.poll(() => text(page)).toBe(pod("from-tab-a"));
    await b.reload();
    await expect.poll(() => text(b)).toBe(pod("from-tab-b"));

    // B changes again; A chooses the other tab's text, and can go back.
    await setText(b, pod("from-tab-b-again"));
    await saved(b, pod("from-tab-b-again").length);
    await told.getByRole("button", { name: en["persist.openOther"] }).click();
    await expect.poll(() => text(page)).toBe(pod("from-tab-b-again"));
    const offer = page.getByRole("status").filter({ hasText: en["persist.replaced.otherTab"] });
    await offer.getByRole("button", { name: en["persist.restore"] }).click();
    await expect.poll(() => text(page)).toBe(pod("from-tab-a"));
    await b.close();
  });

  test("a share link over my own text offers it back, also after a reload", async ({ page }) => {
    await freshPage(page);
    const mine = readFileSync(new URL("../examples/exec-liveness.yaml", import.meta.url), "utf8").replace("liveness-exec", "my-own-work");
    await setText(page, mine);
    await saved(page, mine.length);
    const enc = encodeShareHash({ text: pod("from-a-link"), t: 0, locale: "en", layout: { view: "timeline", editorShare: 0.38 } });
    if (!enc.ok) throw new Error("encode failed");
    await page.goto("/" + enc.hash);
    await expect(page.getByRole("group", { name: "Timeline" })).toContainText("from-a-link", { timeout: 15_000 });
    const offer = page.getByRole("status").filter({ hasText: en["persist.replaced.link"] });
    await expect(offer.getByRole("button", { name: en["persist.restore"] })).toBeVisible();
    await saved(page, pod("from-a-link").length);
    await axeClean(page);

    await page.reload();
    await expect.poll(() => text(page)).toBe(pod("from-a-link"));
    await offer.getByRole("button", { name: en["persist.restore"] }).click();
    await expect.poll(() => text(page)).toBe(mine);
    await expect(page.getByRole("status").filter({ hasText: en["persist.restored"] })).toBeVisible();
    await expect(page.getByRole("group", { name: "Timeline" })).toContainText("my-own-work", { timeout: 15_000 });
  });

  test("when the browser cannot keep the text, the page says so at once and the download works", async ({ page }) => {
    // Storage turned off: IndexedDB refuses to open and Web Storage refuses every write.
    await page.addInitScript(() => {
      const refuse = () => {
        throw new DOMException("The user denied permission to access the database.", "SecurityError");
      };
      Object.defineProperty(IDBFactory.prototype, "open", { value: refuse });
      Object.defineProperty(Storage.prototype, "setItem", {
        value: () => {
          throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
        },
      });
    });
    await page.goto("/");
    const alert = page.getByRole("alert").filter({ hasText: en["persist.saveFailed"] });
    await expect(alert).toBeVisible({ timeout: 15_000 });
    await axeClean(page);
    await setText(page, pod("keep-me"));
    const pending = page.waitForEvent("download");
    await alert.getByRole("button", { name: en["persist.download"] }).click();
    const download = await pending;
    expect(download.suggestedFilename()).toBe("keep-me.yaml");
    expect(readFileSync((await download.path())!, "utf8")).toBe(pod("keep-me"));
  });
});
