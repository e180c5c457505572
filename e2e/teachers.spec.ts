import { expect, test } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { freshPage } from "./support";

// The teachers' guide (issue #13 item 7): a link in the header opens it at its own address
// (#teachers, #teachers-<section>), in both languages, legible on a projector and on a phone.

test.describe("the teachers' guide", () => {
  test("opens from the header at #teachers, reads at 16 px or more, and closes with Esc", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await freshPage(page, "en");
    await page.getByRole("link", { name: "For teachers" }).click();
    const guide = page.getByRole("dialog", { name: "Teaching a class with podplay" });
    await expect(guide).toBeVisible();
    expect(new URL(page.url()).hash).toBe("#teachers");
    await expect(guide.getByRole("heading", { name: "Presenter mode and its keys" })).toBeVisible();
    await expect(guide).toContainText("podplay check");
    await expect(guide.locator("kbd", { hasText: "PageDown" })).toHaveCount(1);
    const size = await guide.locator(".teachers-body p").first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(16);
    const axe = await new AxeBuilder({ page }).include(".teachers-page").withTags(["wcag2a", "wcag2aa"]).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
    // The contents jump to a section, and the section has an address of its own.
    await guide.getByRole("link", { name: "A 45-minute lesson" }).click();
    expect(new URL(page.url()).hash).toBe("#teachers-plan");
    await expect(guide.getByRole("heading", { name: "A 45-minute lesson" })).toBeInViewport();
    await page.keyboard.press("Escape");
    await expect(guide).toBeHidden();
    expect(new URL(page.url()).hash).toBe("");
  });

  test("in Korean on a phone, from a link to one section", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await freshPage(page, "ko");
    await page.goto("about:blank");
    await page.goto("/#teachers-two-screens");
    const guide = page.getByRole("dialog", { name: "podplay로 수업하기" });
    await expect(guide).toBeVisible();
    await expect(guide.getByRole("heading", { name: "두 화면 발표: 내 노트와 청중의 화면" })).toBeInViewport();
    await expect(guide).toContainText("청중용 창 열기");
    // Nothing is wider than the phone: the page scrolls down, never sideways.
    expect(await guide.evaluate((d) => d.scrollWidth <= d.clientWidth + 1)).toBe(true);
    const size = await guide.locator(".teachers-body li").first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(16);
    await guide.getByRole("button", { name: "닫기" }).click();
    await expect(guide).toBeHidden();
    await expect(page.getByRole("link", { name: "교사용 안내" })).toBeVisible();
  });
});

test("the course dialog links to the guide, which opens over it", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await freshPage(page, "en");
  await page.getByRole("button", { name: "Course", exact: true }).click();
  const course = page.getByRole("dialog", { name: "The course" });
  await course.getByRole("link", { name: "For teachers" }).click();
  const guide = page.getByRole("dialog", { name: "Teaching a class with podplay" });
  await expect(guide).toBeVisible();
  await guide.getByRole("button", { name: "Close" }).click();
  await expect(guide).toBeHidden();
  await expect(course).toBeVisible();
  await expect(course.getByRole("link", { name: "For teachers" })).toBeFocused();
});

test("the short links the guide names open their lesson and challenge", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await freshPage(page, "en");
  await page.goto("about:blank");
  await page.goto("/#lesson/liveness-exec");
  await expect(page.getByRole("button", { name: "Copy lesson link" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Lesson Liveness probe: exec" })).toBeVisible();
  await page.goto("about:blank");
  await page.goto("/#challenge/liveness-initial-delay/ko");
  await expect(page.getByRole("button", { name: "챌린지 링크 복사" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /첫 검사 전에 앱에게 시간을 주기/ })).toBeVisible();
});
