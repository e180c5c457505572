import { expect, test, type Page } from "@playwright/test";
import { freshPage } from "./support";

// Open… and Save (buttons, Ctrl+O, Ctrl+S), short links to a lesson or challenge by id, and a
// plural that follows the count (issue #14 items 5 and 6).

type Podplay = { state(): { text: string; lessonId?: string; locale: string; challenge?: { id?: string }; view?: { text: string } } };
const state = (page: Page) => page.evaluate(() => (window as unknown as { __podplay: Podplay }).__podplay.state());

const POD = (name: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n  containers:\n  - name: web\n    image: nginx:1.27\n`;

test("Open… reads a YAML file into the editor, and Save writes the text back under its name", async ({ page }) => {
  await freshPage(page);
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Open…" }).click();
  await (await chooser).setFiles({ name: "my-pod.yaml", mimeType: "application/yaml", buffer: Buffer.from(POD("from-disk")) });
  await expect.poll(async () => (await state(page)).text).toBe(POD("from-disk"));
  await expect(page.getByText("Opened my-pod.yaml")).toBeVisible();

  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  const d = await download;
  expect(d.suggestedFilename()).toBe("my-pod.yaml");
  const path = await d.path();
  const { readFileSync } = await import("node:fs");
  expect(readFileSync(path, "utf8")).toBe(POD("from-disk"));
  await expect(page.getByText("Saved as my-pod.yaml")).toBeVisible();
});

test("Ctrl+O and Ctrl+S work from inside the editor, and a refused file changes nothing", async ({ page }) => {
  await freshPage(page);
  const before = (await state(page)).text;
  await page.locator(".monaco-editor").first().click();
  const chooser = page.waitForEvent("filechooser");
  await page.keyboard.press("Control+o");
  await (await chooser).setFiles({ name: "notes.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4") });
  await expect(page.getByRole("alert").filter({ hasText: "notes.pdf was not opened" })).toBeVisible();
  expect((await state(page)).text).toBe(before);

  const download = page.waitForEvent("download");
  await page.locator(".monaco-editor").first().click();
  await page.keyboard.press("Control+s");
  expect((await download).suggestedFilename()).toMatch(/\.yaml$/);
});

test("#lesson/ID opens the lesson, #challenge/ID/ko the challenge in Korean, and an unknown id says so", async ({ page }) => {
  await freshPage(page);
  await page.goto("/#lesson/oomkilled");
  await expect.poll(async () => (await state(page)).lessonId).toBe("oomkilled");
  await expect.poll(() => page.evaluate(() => location.hash)).toBe("");
  await expect.poll(async () => ((s) => s.view?.text === s.text)(await state(page)), { timeout: 15_000 }).toBe(true);

  // A hash change on an open page is a link pasted into the address bar.
  await page.evaluate(() => (location.hash = "#challenge/slow-start/ko"));
  await expect.poll(async () => (await state(page)).challenge?.id).toBe("slow-start");
  expect((await state(page)).locale).toBe("ko");

  const text = (await state(page)).text;
  await page.evaluate(() => (location.hash = "#lesson/no-such-lesson"));
  await expect(page.getByRole("alert").filter({ hasText: "없는 레슨이나 챌린지" })).toBeVisible();
  expect((await state(page)).text).toBe(text);
});

test("each kubectl tab copies its command and output", async ({ page }) => {
  await freshPage(page);
  const panel = page.getByRole("region", { name: "kubectl" });
  await panel.getByRole("tab", { name: /events/i }).click();
  await page.evaluate(() => (window as unknown as { __podplay: { setState(s: object): void } }).__podplay.setState({ t: 60 }));
  await panel.getByRole("button", { name: "Copy" }).click();
  await expect(panel.getByRole("button", { name: /Copied/ })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.startsWith("$ kubectl get events\n")).toBe(true);
  expect(copied).toContain(await panel.locator("pre.kubectl").innerText().then((s) => s.split("\n")[1]));
});

test("a lesson's panel copies its short link, which opens it in a fresh page", async ({ page, context }) => {
  await freshPage(page, "ko");
  await page.goto("/#lesson/oomkilled/ko");
  await expect.poll(async () => (await state(page)).lessonId).toBe("oomkilled");
  await page.getByRole("button", { name: "레슨 링크 복사" }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/#lesson\/oomkilled\/ko$/);
  const other = await context.newPage();
  await other.goto(link);
  await expect.poll(async () => (await state(other)).lessonId).toBe("oomkilled");
});
