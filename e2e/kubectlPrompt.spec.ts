import { expect, test, type Page } from "@playwright/test";
import { freshPage } from "./support";

// Issue #14 item 2: a kubectl prompt in the page, at the playhead. Reads print what kubectl
// prints at t; writes append a Scenario action at t (undoable in the editor) and print kubectl's
// confirmation; kubectl's own errors; Tab completion; ↑ history; podplay's note in Korean.

type Shown = { t: number; text: string; view?: { text: string } };
const state = (page: Page) => page.evaluate(() => (window as unknown as { __podplay: { state(): Shown } }).__podplay.state());

async function openPrompt(page: Page, t: number) {
  await page.evaluate((t) => (window as unknown as { __podplay: { setState(p: object): void } }).__podplay.setState({ t }), t);
  const kubectl = page.getByRole("region", { name: "kubectl" });
  await kubectl.scrollIntoViewIfNeeded();
  await kubectl.getByRole("tab", { name: "$ kubectl" }).click();
  return { input: kubectl.getByRole("textbox"), log: kubectl.getByRole("log") };
}

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
]) {
  test(`get pods at the playhead, delete appends an action, errors, Tab and ↑ (${viewport.width}×${viewport.height})`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await freshPage(page);
    const { input, log } = await openPrompt(page, 20);
    await expect(input).toHaveAccessibleName("kubectl command, run at the playhead");

    await input.fill("kubectl get pods");
    await input.press("Enter");
    await expect(log).toContainText("NAME            READY   STATUS    RESTARTS   AGE");
    await expect(log).toContainText("liveness-exec   1/1     Running   0          20s");

    // Completion of verbs and of names from the run at t; candidates when several fit.
    await input.fill("kubectl descr");
    await input.press("Tab");
    await expect(input).toHaveValue("kubectl describe ");
    await input.pressSequentially("pod liv");
    await input.press("Tab");
    await expect(input).toHaveValue("kubectl describe pod liveness-exec ");
    await input.press("Enter");
    await expect(log).toContainText("Liveness:       exec [cat /tmp/healthy]");

    await input.fill("kubectl foo");
    await input.press("Enter");
    await expect(log).toContainText('error: unknown command "foo" for "kubectl"');

    // ↑ brings back the last command, ↑ again the one before.
    await input.press("ArrowUp");
    await expect(input).toHaveValue("kubectl foo");
    await input.press("ArrowUp");
    await expect(input).toHaveValue("kubectl describe pod liveness-exec ");
    await input.press("ArrowDown");
    await input.press("ArrowDown");
    await expect(input).toHaveValue("");

    // A write: kubectl's confirmation, and the action appended to the Scenario at the playhead.
    await input.fill("kubectl delete pod liveness-exec");
    await input.press("Enter");
    await expect(log).toContainText('pod "liveness-exec" deleted');
    await expect.poll(async () => (await state(page)).text).toMatch(/- at: 20s\n\s+delete:\n\s+pod: liveness-exec\n?$/);
    await expect.poll(async () => ((s) => s.view?.text === s.text)(await state(page)), { timeout: 15_000 }).toBe(true);
    // The run was simulated again: at 25 s the pod is being deleted.
    await page.evaluate(() => (window as unknown as { __podplay: { setState(p: object): void } }).__podplay.setState({ t: 25 }));
    await input.fill("get po");
    await input.press("Enter");
    await expect(log).toContainText(/liveness-exec {3}1\/1 {5}Terminating/);

    // Projector and phone: monospace at 13 px or more, nothing wider than the screen.
    const sizes = await page.evaluate(() => [".kubectl-prompt .prompt-log pre", ".kubectl-prompt input"].map((s) => parseFloat(getComputedStyle(document.querySelector(s)!).fontSize)));
    for (const s of sizes) expect(s).toBeGreaterThanOrEqual(13);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await page.getByRole("region", { name: "kubectl" }).screenshot({ path: `test-results/kubectl-prompt-${viewport.width}.png` });

    // Ctrl+L clears the terminal.
    await input.press("Control+l");
    await expect(log).not.toContainText("liveness-exec");
  });
}

test("what podplay does not simulate says so in Korean", async ({ page }) => {
  await freshPage(page, "ko");
  const { input, log } = await openPrompt(page, 10);
  await input.fill("kubectl exec liveness-exec -- ls");
  await input.press("Enter");
  await expect(log).toContainText("podplay는 `kubectl exec`을(를) 시뮬레이션하지 않습니다");
  await input.fill("kubectl get foo");
  await input.press("Enter");
  await expect(log).toContainText(`error: the server doesn't have a resource type "foo"`);
});
