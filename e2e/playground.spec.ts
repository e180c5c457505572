import { expect, test } from "@playwright/test";

test.describe("the playground page", () => {
  test("opens with the default scenario simulated in the worker", async ({ page }) => {
    const outside: string[] = [];
    page.on("request", (r) => {
      const u = new URL(r.url());
      if (u.origin !== "http://127.0.0.1:4173" && !u.protocol.startsWith("data") && !u.protocol.startsWith("blob")) outside.push(r.url());
    });
    await page.goto("/");
    await expect(page.getByRole("heading", { name: "podplay" })).toBeVisible();
    await expect(page.getByText("Kubernetes v1.34")).toBeVisible();
    const watch = page.getByLabel("kubectl get pods -w");
    await expect(watch).toContainText("liveness-exec", { timeout: 15_000 });
    await expect(watch).toContainText("Running");
    await expect(page.getByLabel("kubectl get events")).toContainText("Liveness probe failed");
    expect(outside).toEqual([]);
  });

  test("keeps the text across a reload and shows errors at their line", async ({ page }) => {
    await page.goto("/");
    const editor = page.getByLabel("Scenario (YAML)");
    await editor.fill("apiVersion: v1\nkind: Pod\nmetadata:\n  name: typo\nspec:\n  containers:\n  - name: c\n    image: nginx\n    readinessprobe: {}\n");
    await expect(page.getByRole("alert")).toContainText('unknown field "spec.containers[0].readinessprobe"', { timeout: 15_000 });
    await expect(page.getByRole("alert")).toContainText("9:");
    await page.reload();
    await expect(page.getByLabel("Scenario (YAML)")).toHaveValue(/readinessprobe/);
  });

  test("switches to Korean and remembers it", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("combobox", { name: "Language" }).selectOption("ko");
    await expect(page.getByText("쿠버네티스 v1.34")).toBeVisible();
    await page.reload();
    await expect(page.getByRole("combobox", { name: "언어" })).toHaveValue("ko");
  });
});
