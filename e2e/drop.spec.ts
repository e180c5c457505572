import { expect, test, type Page } from "@playwright/test";
import { clearSaved } from "./support";

type Podplay = { state(): { text: string }; setState(s: object): void };
const text = (page: Page) => page.evaluate(() => (window as unknown as { __podplay: Podplay }).__podplay.state().text);

/** Drags files over the page and drops them, as a browser does for files from the desktop. */
async function dropFiles(page: Page, files: Array<{ name: string; text?: string; bytes?: number[]; size?: number }>, target = "body") {
  await page.evaluate(
    ({ files, target }) => {
      const dt = new DataTransfer();
      for (const f of files) {
        const body = f.text !== undefined ? [f.text] : f.bytes ? [new Uint8Array(f.bytes)] : [new Uint8Array(f.size ?? 0)];
        dt.items.add(new File(body, f.name));
      }
      const el = document.querySelector(target)!;
      const fire = (type: string) => el.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: dt }));
      fire("dragenter");
      fire("dragover");
      // Browsers repeat dragover every few tens of milliseconds while a drag hovers.
      const w = window as unknown as { __dt: DataTransfer; __hover: number };
      w.__dt = dt;
      w.__hover = window.setInterval(() => fire("dragover"), 50);
    },
    { files, target },
  );
  await expect(page.getByText("Drop a YAML file to open it")).toBeVisible();
  await page.evaluate((target) => {
    const w = window as unknown as { __dt: DataTransfer; __hover: number };
    clearInterval(w.__hover);
    const dt = w.__dt;
    document.querySelector(target)!.dispatchEvent(new DragEvent("drop", { bubbles: true, cancelable: true, dataTransfer: dt }));
  }, target);
  await expect(page.getByText("Drop a YAML file to open it")).toBeHidden();
}

const POD = (name: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n  containers:\n  - name: web\n    image: nginx\n`;

async function fresh(page: Page) {
  await page.goto("/");
  await clearSaved(page);
  await page.goto("/");
  await expect(page.getByRole("group", { name: "Timeline" })).toContainText("liveness-exec", { timeout: 20_000 });
}

test.describe("opening a file by drag and drop", () => {
  test("a dropped YAML file opens in the editor and is simulated", async ({ page }) => {
    await fresh(page);
    await expect(page.locator(".monaco-editor .view-lines").first()).toBeVisible({ timeout: 30_000 });
    await dropFiles(page, [{ name: "dropped.yaml", text: POD("dropped-pod") }], ".monaco-editor .view-lines");
    // The file is read asynchronously after the drop: wait for its text, not for a moment.
    await expect.poll(() => text(page)).toBe(POD("dropped-pod"));
    await expect(page.getByRole("status").filter({ hasText: "Opened dropped.yaml" })).toBeVisible();
    await expect(page.locator(".monaco-editor .view-lines")).toContainText("dropped-pod");
    await expect(page.getByRole("group", { name: "Timeline" })).toContainText("dropped-pod", { timeout: 20_000 });
  });

  test("edits are only replaced after the same question as loading an example", async ({ page }) => {
    await fresh(page);
    await page.evaluate((t) => (window as unknown as { __podplay: Podplay }).__podplay.setState({ text: t }), POD("my-own-work"));
    const asked: string[] = [];
    page.once("dialog", (d) => {
      asked.push(d.message());
      void d.dismiss();
    });
    await dropFiles(page, [{ name: "other.yml", text: POD("other") }]);
    // The question comes once the file has been read (asynchronously, after the drop).
    await expect.poll(() => asked[0]).toContain("Replace your edits with the file other.yml?");
    await expect(page.getByRole("status").filter({ hasText: "Your text was kept." })).toBeVisible();
    expect(await text(page)).toBe(POD("my-own-work"));
    page.once("dialog", (d) => void d.accept());
    await dropFiles(page, [{ name: "other.json", text: '{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "from-json"}, "spec": {"containers": [{"name": "c", "image": "nginx"}]}}' }]);
    await expect.poll(() => text(page)).toContain("from-json");
    // The text the file replaced is kept and comes back (src/app/persist).
    await page.getByRole("status").filter({ hasText: "The dropped file replaced your text." }).getByRole("button", { name: "Restore my previous text" }).click();
    await expect.poll(() => text(page)).toBe(POD("my-own-work"));
  });

  test("files that cannot be a scenario are refused with the reason, and nothing changes", async ({ page }) => {
    await fresh(page);
    const before = await text(page);
    const alert = page.getByRole("alert").filter({ hasText: "was not opened" });

    await dropFiles(page, [{ name: "huge.yaml", size: 9_100_000 }]);
    await expect(alert).toContainText("huge.yaml was not opened: it is 9.1 MB, and podplay opens files up to 8 MiB.");

    await dropFiles(page, [{ name: "image.yaml", bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0xff] }]);
    await expect(alert).toContainText("image.yaml was not opened: it is not UTF-8 text.");

    await dropFiles(page, [{ name: "photo.png", text: "x" }]);
    await expect(alert).toContainText("podplay opens .yaml, .yml, .json and .txt files.");

    await dropFiles(page, [
      { name: "a.yaml", text: POD("a") },
      { name: "b.yaml", text: POD("b") },
    ]);
    await expect(page.getByRole("alert").filter({ hasText: "Drop one file at a time" })).toContainText("2 files were dropped and none was opened");
    expect(await text(page)).toBe(before);
  });
});
