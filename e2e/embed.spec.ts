import { expect, test, type Page } from "@playwright/test";
import { clearSaved } from "./support";

type Podplay = { state(): { t: number; text: string } };
const playhead = (page: Page) => page.evaluate(() => (window as unknown as { __podplay: Podplay }).__podplay.state().t);

test.describe("embed view", () => {
  test("shows a title, the playback bar and the timeline, without the editor, and plays", async ({ page }) => {
    await page.goto("/");
    await clearSaved(page);
    await page.goto("/?embed=1");
    const timeline = page.getByRole("group", { name: "Timeline" });
    await expect(timeline).toContainText("liveness-exec", { timeout: 20_000 });
    await expect(page.locator(".tl-svg .tl-span").first()).toBeAttached();
    await expect(page.getByText("liveness-exec").first()).toBeVisible();
    // No editor, no header chrome, no side panels.
    await expect(page.locator(".monaco-editor")).toHaveCount(0);
    await expect(page.getByRole("region", { name: "Scenario editor" })).toHaveCount(0);
    await expect(page.getByRole("region", { name: "kubectl" })).toHaveCount(0);
    await expect(page.getByRole("combobox", { name: "Language" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Export" })).toHaveCount(0);

    await page.getByRole("combobox", { name: "Speed" }).selectOption("25");
    expect(await playhead(page)).toBe(0);
    await page.getByRole("button", { name: "Play", exact: true }).click();
    await expect.poll(() => playhead(page), { timeout: 10_000 }).toBeGreaterThan(5);
    await page.getByRole("button", { name: "Pause", exact: true }).click();
    // The playhead line moved along the lanes.
    const x = await page.locator(".tl-svg .tl-playhead").getAttribute("transform");
    expect(x).not.toBe("translate(0,0)");

    // "Open in podplay" opens the full app on a share link of this scenario.
    const open = page.getByRole("link", { name: "Open in podplay" });
    await expect(open).toHaveAttribute("target", "_blank");
    const href = (await open.getAttribute("href"))!;
    expect(href).not.toContain("embed");
    expect(href).toContain("#");
    const [full] = await Promise.all([page.context().waitForEvent("page"), open.click()]);
    await expect(full.locator(".monaco-editor .view-lines").first()).toBeVisible({ timeout: 30_000 });
    await expect(full.getByRole("group", { name: "Timeline" })).toContainText("liveness-exec", { timeout: 20_000 });
    await full.close();
  });

  test("view=nodemap shows the node map; lang=ko speaks Korean", async ({ page }) => {
    await page.goto("/?embed=1&view=nodemap&lang=ko");
    await expect(page.getByRole("group", { name: "노드 맵" })).toContainText("node-1", { timeout: 20_000 });
    await expect(page.getByRole("link", { name: "podplay에서 열기" })).toBeVisible();
    await expect(page.getByRole("button", { name: "재생", exact: true })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "ko");
  });

  test("opens a share link's scenario", async ({ page }) => {
    await page.goto("/");
    await clearSaved(page);
    await page.goto("/");
    await expect(page.getByRole("group", { name: "Timeline" })).toContainText("liveness-exec", { timeout: 20_000 });
    // Make a share link of another scenario through the app's own codec (the embed's link is one).
    await page.evaluate(() => {
      const p = (window as unknown as { __podplay: Podplay & { setState(s: object): void } }).__podplay;
      p.setState({ text: p.state().text.replace(/name: liveness-exec/, "name: shared-pod") });
    });
    await page.goto("/?embed=1");
    await expect(page.getByRole("group", { name: "Timeline" })).toContainText("shared-pod", { timeout: 20_000 });
    const href = (await page.getByRole("link", { name: "Open in podplay" }).getAttribute("href"))!;
    const hash = new URL(href).hash;
    // A different browser (no saved text) opening the embed with that hash sees the same scenario.
    const other = await page.context().browser()!.newContext();
    const stranger = await other.newPage();
    await stranger.goto(new URL(`/?embed=1${hash}`, page.url()).toString());
    await expect(stranger.getByRole("group", { name: "Timeline" })).toContainText("shared-pod", { timeout: 20_000 });
    await expect(stranger.locator(".monaco-editor")).toHaveCount(0);
    await other.close();
  });
});
