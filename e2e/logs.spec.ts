import { expect, test, type Page } from "@playwright/test";
import { freshPage, loadLessons, openLessonFromGallery } from "./support";

const containerLogs = loadLessons().find((l) => l.id === "container-logs")!;

// Issue #11 item 1 and 7: `kubectl logs` at the playhead in the kubectl panel, driven by the
// container-logs lesson's moments (container, --previous), in both languages and on a phone.

type Shown = { t: number; kubectlTab: string; logsFlags: { previous: boolean; timestamps: boolean } };
const state = (page: Page) => page.evaluate(() => (window as unknown as { __podplay: { state(): Shown } }).__podplay.state());

async function stepToMoment(page: Page, i: number) {
  const panel = page.getByRole("region", { name: /^(Lesson|레슨) / });
  await panel.locator("button.moment").nth(i).click();
  await expect.poll(async () => (await state(page)).t).toBe(containerLogs.moments[i].t);
}

for (const locale of ["en", "ko"] as const) {
  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 390, height: 844 },
  ]) {
    test(`the logs lesson steps the logs tab through init, app and --previous (${locale}, ${viewport.width}×${viewport.height})`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await freshPage(page, locale);
      await openLessonFromGallery(page, "container-logs", locale);
      const kubectl = page.getByRole("region", { name: "kubectl" });
      const output = kubectl.getByRole("tabpanel");

      await stepToMoment(page, 0);
      expect((await state(page)).kubectlTab).toBe("logs");
      await kubectl.scrollIntoViewIfNeeded();
      await expect(output).toContainText("$ kubectl logs logs-demo -c setup");
      await expect(output).toContainText("setup: writing the config");
      await expect(output).not.toContainText("setup: done");

      await stepToMoment(page, 1);
      await expect(output).toContainText("$ kubectl logs logs-demo -c app");
      await expect(output).toContainText("app: started with mode=fast");
      // The postStart hook printed too, but its output never reaches the container log.
      await expect(output).not.toContainText("postStart");

      await stepToMoment(page, 2);
      await expect(output).toContainText("$ kubectl logs logs-demo -c app --previous");
      await expect(output).toContainText("app: lost the database connection");
      // Unticking --previous reads the running instance, which has not failed yet.
      await kubectl.getByRole("checkbox", { name: "--previous" }).uncheck();
      await expect(output).toContainText("$ kubectl logs logs-demo -c app\n");
      await expect(output).not.toContainText("lost the database connection");
      await kubectl.getByRole("checkbox", { name: "--timestamps" }).check();
      await expect(output).toContainText(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z app: started with mode=fast$/m);

      // Choosing the init container by its chip; nothing on the page is wider than the screen.
      await kubectl.getByRole("button", { name: /-c setup/ }).click();
      await expect(output).toContainText("setup: done");
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(1);
      await page.screenshot({ path: `test-results/logs-${locale}-${viewport.width}.png` });
    });
  }
}

test("kubectl's own errors in the logs tab: a container that is still waiting", async ({ page }) => {
  await freshPage(page);
  await openLessonFromGallery(page, "container-logs");
  await stepToMoment(page, 0);
  const kubectl = page.getByRole("region", { name: "kubectl" });
  await kubectl.getByRole("button", { name: "-c app", exact: true }).click();
  await expect(kubectl.getByRole("tabpanel")).toContainText('Error from server (BadRequest): container "app" in pod "logs-demo" is waiting to start: PodInitializing');
});
