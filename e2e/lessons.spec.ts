import { expect, test, type Page } from "@playwright/test";
import { clearSaved, loadLessons } from "./support";

const LESSONS = loadLessons();
const byId = (id: string) => LESSONS.find((l) => l.id === id)!;

type PodplayWindow = { __podplay: { state(): { text: string; t: number; lessonId?: string; view?: { text: string } } } };
const state = (page: Page) => page.evaluate(() => (window as unknown as PodplayWindow).__podplay.state());

async function fresh(page: Page) {
  await page.goto("/");
  await clearSaved(page);
  await page.goto("/");
  await expect(page.getByRole("group", { name: "Timeline" })).toContainText("liveness-exec", { timeout: 15_000 });
}

async function openGallery(page: Page) {
  await page.getByRole("button", { name: "Lessons", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Lessons" });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Opens a lesson from the gallery and waits until its scenario has been simulated. */
async function openLesson(page: Page, id: string) {
  const dialog = await openGallery(page);
  await dialog.locator(`button.lesson-card[data-lesson="${id}"]`).click();
  await expect(dialog).toBeHidden();
  const yaml = byId(id).yaml;
  await expect.poll(async () => (await state(page)).view?.text === yaml, { timeout: 20_000 }).toBe(true);
  await expect(page.getByRole("region", { name: /^Lesson / })).toBeVisible();
}

/** The kubectl watch output's rows for one pod (or, for a glob, every line). */
async function watchLines(page: Page, pod: string): Promise<string[]> {
  // A moment may have opened another kubectl tab (describe, events): read the watch.
  const kubectl = page.getByRole("region", { name: "kubectl" });
  await kubectl.getByRole("tab", { name: "get pods -w" }).click();
  const text = await kubectl.getByRole("tabpanel").innerText();
  const lines = text.split("\n");
  return pod.includes("*") ? lines : lines.filter((l) => l.split(/\s+/).includes(pod));
}

test.describe("lessons", () => {
  test("the gallery: a modal that searches, traps focus, and closes on Escape", async ({ page }) => {
    await fresh(page);
    const dialog = await openGallery(page);
    const search = dialog.getByRole("searchbox", { name: "Search lessons" });
    await expect(search).toBeFocused();
    await expect(dialog.locator("button.lesson-card")).toHaveCount(LESSONS.length);
    await search.fill("grpc");
    await expect(dialog.locator("button.lesson-card")).toHaveCount(1);
    await expect(dialog.locator("button.lesson-card")).toContainText("Liveness probe: grpc");
    await search.fill("no such lesson at all");
    await expect(dialog).toContainText("No lesson matches");
    await search.fill("");
    // Arrow keys walk the list; Tab never leaves the dialog.
    await page.keyboard.press("ArrowDown");
    await expect(dialog.locator("button.lesson-card").first()).toBeFocused();
    for (let i = 0; i < LESSONS.length + 5; i++) {
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => !!document.activeElement?.closest("dialog.lesson-gallery"))).toBe(true);
    }
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(page.getByRole("button", { name: "Lessons", exact: true })).toBeFocused();
  });

  test("the crash-loop lesson: each key moment moves the playhead and kubectl agrees", async ({ page }) => {
    await fresh(page);
    const dialog = await openGallery(page);
    await dialog.getByRole("searchbox").fill("doubling");
    await dialog.getByRole("button", { name: /CrashLoopBackOff: 10 s doubling/ }).click();
    const panel = page.getByRole("region", { name: /^Lesson / });
    await expect(panel).toContainText("CrashLoopBackOff: 10 s doubling to 300 s");
    await expect(page.getByRole("group", { name: "Timeline" })).toContainText("crash", { timeout: 15_000 });
    const kubectl = page.getByRole("region", { name: "kubectl" }).getByRole("tabpanel");
    // A moment ahead of the playhead is "Key moment N" (its label would answer an earlier question).
    await expect(panel.getByRole("button", { name: /^10 s back-off/ })).toHaveCount(0);
    await panel.getByRole("button", { name: /^Key moment 2\./ }).click();
    expect((await state(page)).t).toBe(14);
    await expect(panel.getByRole("button", { name: /^10 s back-off/ })).toBeVisible();
    await expect(kubectl).toContainText(/13\.0s\s+crash\s+0\/1\s+CrashLoopBackOff\s+1/);
    await expect(kubectl).toContainText(/14\.0s\s+crash\s+0\/1\s+Error\s+2/);
    await panel.getByRole("button", { name: /^Key moment 5\./ }).click();
    expect((await state(page)).t).toBe(619);
    await expect(kubectl).toContainText(/10m19\.0s\s+crash\s+0\/1\s+Error\s+7/);
    await expect(panel.locator("li[aria-current=step]")).toContainText("Capped at 300 s");
    // A question applies the lesson to a manifest, and reveals the why of the chosen choice and of the right one.
    const question = panel.getByRole("group", { name: /What does kubectl get pods show for crash 60 s after apply/ });
    await expect(question.locator(".q-manifest pre")).toContainText('command: ["sh", "-c", "exit 1"]');
    await question.getByRole("button", { name: "0/1 CrashLoopBackOff 6", exact: true }).click();
    await expect(question.getByRole("status")).toContainText("Not quite. You chose 0/1 CrashLoopBackOff 6. That assumes a restart every 10 s.");
    await expect(question.getByRole("status")).toContainText("Answer: 0/1 CrashLoopBackOff 3. Restarts at about 3 s");
    await question.getByRole("button", { name: "0/1 CrashLoopBackOff 3", exact: true }).click();
    await expect(question.getByRole("status")).toContainText("Right.");
    await expect(question.getByRole("status")).not.toContainText("You chose");
    // Closing the lesson removes the panel and keeps the scenario.
    await panel.getByRole("button", { name: "Close lesson" }).click();
    await expect(page.getByRole("region", { name: /^Lesson / })).toHaveCount(0);
    expect((await state(page)).text).toBe(byId("crash-loop-backoff").yaml);
  });

  test("the node-lost lesson: the pod stays Running after NodeNotReady and turns Terminating at eviction", async ({ page }) => {
    await fresh(page);
    await openLesson(page, "node-lost");
    const panel = page.getByRole("region", { name: /^Lesson / });
    const kubectl = page.getByRole("region", { name: "kubectl" });
    await panel.getByRole("button", { name: /^Key moment 2\./ }).click();
    expect((await state(page)).t).toBe(80);
    expect((await watchLines(page, "lonely")).at(-1)).toMatch(/lonely\s+1\/1\s+Running/);
    await kubectl.getByRole("tab", { name: "get events" }).click();
    await expect(kubectl.getByRole("tabpanel")).toContainText("Node node-2 status is now: NodeNotReady");
    await kubectl.getByRole("tab", { name: "get pods -w" }).click();
    await panel.getByRole("button", { name: /^Key moment 3\./ }).click();
    expect((await watchLines(page, "lonely")).at(-1)).toMatch(/lonely\s+1\/1\s+Terminating/);
  });

  test("asking for a lesson over edited text asks first, and Korean shows Korean text", async ({ page }) => {
    await fresh(page);
    await page.evaluate(() => (window as unknown as { __podplay: { setState(p: object): void } }).__podplay.setState({ text: "apiVersion: v1\nkind: Pod\nmetadata:\n  name: mine\nspec:\n  containers:\n  - name: c\n    image: nginx\n" }));
    let asked = "";
    page.once("dialog", (d) => {
      asked = d.message();
      void d.dismiss();
    });
    const dialog = await openGallery(page);
    await dialog.locator('button.lesson-card[data-lesson="oomkilled"]').click();
    await expect.poll(() => asked).toContain("Replace your edits");
    expect((await state(page)).lessonId).toBeUndefined();
    await page.keyboard.press("Escape");
    await page.getByRole("combobox", { name: "Language" }).selectOption("ko");
    await page.getByRole("button", { name: "레슨", exact: true }).click();
    const ko = page.getByRole("dialog", { name: "레슨" });
    await ko.getByRole("searchbox", { name: "레슨 검색" }).fill("사이드카");
    await expect(ko.locator("button.lesson-card")).toHaveCount(1);
    page.once("dialog", (d) => void d.accept());
    await ko.locator("button.lesson-card").click();
    const panel = page.getByRole("region", { name: /^레슨 / });
    await expect(panel).toContainText("사이드카 컨테이너");
    await expect(panel).toContainText("주요 순간");
  });

  test("every lesson: each key moment shows the STATUS its checks expect in kubectl", async ({ page }) => {
    test.setTimeout(240_000);
    await fresh(page);
    for (const lesson of LESSONS) {
      await openLesson(page, lesson.id);
      const panel = page.getByRole("region", { name: /^Lesson / });
      const buttons = panel.locator("button.moment");
      await expect(buttons).toHaveCount(lesson.moments.length);
      for (const [i, m] of lesson.moments.entries()) {
        await buttons.nth(i).click();
        await expect.poll(async () => (await state(page)).t, { message: `${lesson.id} moment ${i}` }).toBe(m.t);
        for (const c of m.checks) {
          if (c.kind !== "row" || typeof c.status !== "string") continue;
          const lines = await watchLines(page, c.pod);
          const where = `${lesson.id} moment ${i} (t=${m.t}): ${c.pod} ${c.status}`;
          if (c.pod.includes("*")) expect(lines.some((l) => l.includes(c.status)), where).toBe(true);
          else if (c.at === m.t) expect(lines.at(-1), where).toContain(c.status);
          else expect(lines.some((l) => l.includes(c.status)), where).toBe(true);
        }
      }
    }
  });
});
