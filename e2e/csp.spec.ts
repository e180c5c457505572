import { expect, test } from "@playwright/test";
import { freshPage } from "./support";

// The built page carries a Content-Security-Policy (vite/csp.ts). Everything the app does must
// work under it: a violation is a bug, either in the app or in the policy.

type Hook = { __csp: string[]; __podplay: { state(): { view?: unknown }; setState(p: object): void; editor?: { markers(): Array<{ owner: string; message: string }> } } };

test("the editor, a simulation, an export, the offline service worker and the embed view run without a CSP violation", async ({ page, context }) => {
  test.setTimeout(120_000);
  // Listening from before the page's own scripts run, so nothing is missed.
  await context.addInitScript(() => {
    const w = window as unknown as Hook;
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__csp.push(`${e.violatedDirective} blocked ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`));
  });
  const logged: string[] = [];
  page.on("console", (m) => {
    if (/Content.Security.Policy|Refused to (load|execute|apply|create|connect|evaluate)/i.test(m.text())) logged.push(m.text());
  });
  await freshPage(page);

  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("worker-src 'self'");
  expect(policy).not.toMatch(/script-src[^;]*(unsafe-inline|unsafe-eval|blob:|data:)/);

  // Monaco, its editor worker and monaco-yaml's worker: a schema marker proves the YAML worker ran.
  await expect(page.locator(".monaco-editor .view-lines").first()).toBeVisible({ timeout: 30_000 });
  await page.evaluate(() => (window as unknown as Hook).__podplay.setState({ text: "apiVersion: podplay.dev/v1alpha1\nkind: Scenario\nspec:\n  nodess: []\n" }));
  await expect.poll(() => page.evaluate(() => ((window as unknown as Hook).__podplay.editor?.markers() ?? []).some((m) => m.owner === "yaml" && m.message.includes("nodess"))), { timeout: 30_000 }).toBe(true);

  // The engine worker: a new run of the default scenario draws.
  await page.evaluate(() => (window as unknown as Hook).__podplay.setState({ text: "apiVersion: v1\nkind: Pod\nmetadata:\n  name: csp-pod\nspec:\n  containers:\n  - name: c\n    image: nginx:1.27\n" }));
  await expect(page.getByRole("group", { name: "Timeline" })).toContainText("csp-pod", { timeout: 20_000 });

  // An export draws the SVG into a PNG through an object URL (img-src blob:).
  await page.getByRole("button", { name: "Export" }).click();
  const download = page.waitForEvent("download");
  await page.getByRole("menuitem", { name: "Timeline as PNG" }).click();
  expect((await download).suggestedFilename()).toMatch(/\.png$/);

  // The service worker registers, precaches and takes control; the page reloads under it.
  await page.evaluate(async () => void (await navigator.serviceWorker.ready));
  if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) await page.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 15_000 }).toBe(true);
  await expect(page.getByRole("status").filter({ hasText: "Ready to work offline" })).toBeVisible({ timeout: 15_000 });
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveCount(1);
  await expect(page.locator(".monaco-editor .view-lines").first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("group", { name: "Timeline" })).toContainText("csp-pod", { timeout: 20_000 });

  expect(await page.evaluate(() => (window as unknown as Hook).__csp)).toEqual([]);

  // The embed view (framed on other sites) and its lazily loaded node map.
  await page.goto("/?embed=1&view=nodemap");
  await expect(page.getByRole("group", { name: "Node map" })).toContainText("node-1", { timeout: 20_000 });
  expect(await page.evaluate(() => (window as unknown as Hook).__csp)).toEqual([]);
  expect(logged).toEqual([]);
});
