import { expect, test, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { readFileSync } from "node:fs";
import { deflateSync } from "fflate";
import { encodeShareHash, MAX_HASH_CHARS } from "../src/app/share/linkCodec";
import { toBase64Url } from "../src/app/share/base64url";
import { WIRE } from "../src/app/share/migrations";
import { clearSaved } from "./support";

const EXEC_LIVENESS = readFileSync(new URL("../examples/exec-liveness.yaml", import.meta.url), "utf8");

interface Probe {
  text: string;
  t: number;
  locale: string;
  mainView: string;
  selection: unknown;
  simulatedText: string | undefined;
  entries: number;
  traceHash: string;
}

/** What the page holds, with the trace reduced to a hash: two pages agree on it only if the traces are identical. */
function probe(page: Page): Promise<Probe> {
  return page.evaluate(() => {
    const s = (window as unknown as { __podplay: { state(): Record<string, unknown> & { view?: { text: string; trace: { entries: unknown[] } } } } }).__podplay.state();
    const json = JSON.stringify(s.view?.trace ?? null);
    let h = 0x811c9dc5;
    for (let i = 0; i < json.length; i++) h = Math.imul(h ^ json.charCodeAt(i), 0x01000193) >>> 0;
    return {
      text: s.text as string,
      t: s.t as number,
      locale: s.locale as string,
      mainView: s.mainView as string,
      selection: s.selection,
      simulatedText: s.view?.text,
      entries: s.view?.trace.entries.length ?? 0,
      traceHash: `${json.length}:${h.toString(16)}`,
    };
  });
}

async function fresh(page: Page, hash = "") {
  await page.goto("/");
  await clearSaved(page);
  await page.goto("about:blank");
  await page.goto("/" + hash);
}

/** Replaces the editor's text the way a person would: select all, paste. */
async function replaceText(page: Page, text: string) {
  const editor = page.locator(".monaco-editor .view-lines").first();
  await expect(editor).toBeVisible({ timeout: 20_000 });
  await editor.click();
  await page.keyboard.press("Control+A");
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press("Control+V");
  await expect.poll(async () => (await probe(page)).text).toBe(text);
}

async function simulated(page: Page, text: string) {
  await expect.poll(async () => (await probe(page)).simulatedText, { timeout: 20_000 }).toBe(text);
}

function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  return errors;
}

test.describe("share links", () => {
  test("a copied link reproduces text, playhead, selection, view, language and the same trace in a fresh browser", async ({ page, browser }) => {
    await fresh(page);
    const text = EXEC_LIVENESS.replace("liveness-exec", "shared-pod") + "# edited before sharing\n";
    await replaceText(page, text);
    await simulated(page, text);
    const jump = page.getByRole("textbox", { name: "Jump to time", exact: true });
    await jump.fill("46");
    await jump.press("Enter");
    // The UI way to select is a click on the timeline; the store is set directly to pick a precise target.
    await page.evaluate(() => (window as unknown as { __podplay: { setState(p: unknown): void } }).__podplay.setState({ selection: { kind: "pod", namespace: "default", pod: "shared-pod" } }));
    await page.getByRole("tab", { name: "Node map" }).click();
    await page.getByRole("combobox", { name: "Language" }).selectOption("ko");
    await page.getByRole("button", { name: "링크 복사" }).click();
    await expect(page.getByRole("group", { name: "공유", exact: true }).getByRole("status")).toHaveText("링크를 복사했습니다");
    await expect(page.getByRole("button", { name: "✓ 복사됨" })).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#v1\.[A-Za-z0-9_-]+$/);
    expect(link.length).toBeLessThan(2000);
    const before = await probe(page);
    const kubectlBefore = await page.locator("#kubectl-output").innerText();

    const other = await browser.newContext();
    try {
      const p2 = await other.newPage();
      const errors = watchErrors(p2);
      await p2.goto(link);
      await simulated(p2, text);
      await expect.poll(async () => (await probe(p2)).t).toBe(46);
      const after = await probe(p2);
      expect(after).toEqual(before);
      expect(after.entries).toBeGreaterThan(0);
      await expect(p2.locator("html")).toHaveAttribute("lang", "ko");
      await expect(p2.getByRole("tab", { name: "노드 맵" })).toHaveAttribute("aria-selected", "true");
      await expect(p2.getByRole("status").filter({ hasText: "공유 링크를 열었습니다." })).toBeVisible();
      // A first visit has no work of its own to bring back.
      await expect(p2.getByRole("button", { name: "이전 텍스트 복원" })).toHaveCount(0);
      await expect(p2.locator("#kubectl-output")).toHaveText(kubectlBefore);
      // The link is consumed: a reload uses what is saved in this browser.
      expect(new URL(p2.url()).hash).toBe("");
      expect(errors).toEqual([]);
    } finally {
      await other.close();
    }
  });

  test("a malformed link shows why and the page keeps working with the saved text", async ({ page }) => {
    const errors = watchErrors(page);
    await fresh(page, "#v1.!!!");
    const alert = page.getByRole("alert", { name: "Share link" }).filter({ hasText: "This share link is damaged" });
    await expect(alert).toBeVisible();
    await expect(page.getByRole("group", { name: "Timeline" })).toContainText("liveness-exec", { timeout: 15_000 });
    await page.getByRole("button", { name: "Step forward" }).click();
    expect((await probe(page)).t).toBeGreaterThan(0);
    await alert.getByRole("button", { name: "Dismiss" }).click();
    await expect(alert).toHaveCount(0);
    expect(new URL(page.url()).hash).toBe("");
    expect(errors).toEqual([]);
  });

  test("a link from a newer podplay says so", async ({ page }) => {
    const errors = watchErrors(page);
    await fresh(page, "#v9.xxx");
    await expect(page.getByRole("alert", { name: "Share link" })).toContainText("made by a newer version of podplay");
    await expect(page.getByRole("group", { name: "Timeline" })).toContainText("liveness-exec", { timeout: 15_000 });
    expect(errors).toEqual([]);
  });

  test("an oversized link and a zip bomb are refused before they cost anything", async ({ page }) => {
    const errors = watchErrors(page);
    await fresh(page, "#v1." + "A".repeat(MAX_HASH_CHARS));
    await expect(page.getByRole("alert", { name: "Share link" })).toContainText("larger than podplay accepts");
    // 32 MiB of spaces behind a valid header: a 43k-character link.
    const bomb = new Uint8Array(32 * 1024 * 1024).fill(0x20);
    bomb.set(new TextEncoder().encode('{"t":0,"l":"en","y":{"v":"timeline","e":0.38}}\n'));
    const hash = "#v1." + toBase64Url(deflateSync(bomb, { level: 9, dictionary: WIRE[1].dictionary }));
    await page.getByRole("button", { name: "Dismiss" }).click();
    // A hash change on an open page goes through the same checks.
    await page.goto("/" + hash);
    await expect(page.getByRole("alert", { name: "Share link" })).toContainText("larger than podplay accepts");
    await expect(page.getByRole("group", { name: "Timeline" })).toContainText("liveness-exec", { timeout: 15_000 });
    expect(errors).toEqual([]);
  });

  test("opening a link keeps my previous text, and the banner brings it back", async ({ page }) => {
    await fresh(page);
    const mine = EXEC_LIVENESS.replace("liveness-exec", "my-own-work");
    await replaceText(page, mine);
    await simulated(page, mine);
    const enc = encodeShareHash({ text: "apiVersion: v1\nkind: Pod\nmetadata:\n  name: from-a-link\nspec:\n  containers:\n  - name: web\n    image: nginx:1.27\n", t: 5, locale: "en", layout: { view: "timeline", editorShare: 0.38 } });
    if (!enc.ok) throw new Error("encode failed");
    await page.goto("/" + enc.hash);
    await expect(page.getByRole("group", { name: "Timeline" })).toContainText("from-a-link", { timeout: 15_000 });
    await expect.poll(async () => (await probe(page)).t).toBe(5);
    await expect(page.getByRole("status").filter({ hasText: "Opened a shared link." })).toBeVisible();
    // The offer sits under the banner (src/app/persist), where lessons and dropped files make it too.
    await page.getByRole("status").filter({ hasText: "A share link replaced your text." }).getByRole("button", { name: "Restore my previous text" }).click();
    await expect.poll(async () => (await probe(page)).text).toBe(mine);
    await expect(page.getByText("Your previous text is back.")).toBeVisible();
    await expect(page.getByRole("group", { name: "Timeline" })).toContainText("my-own-work", { timeout: 15_000 });
  });

  test("the banners and buttons pass axe in both themes", async ({ page }) => {
    for (const theme of ["light", "dark"] as const) {
      await fresh(page);
      await page.evaluate((th) => localStorage.setItem("podplay.theme.v1", th), theme);
      await page.goto("about:blank");
      await page.goto("/#v9.xxx");
      await page.getByRole("alert", { name: "Share link" }).getByText("Details").click();
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).include(".share-banner").include(".share-tools").analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} nodes (${theme})`)).toEqual([]);
    }
  });

  test("copy as kubectl apply gives the real manifests in a heredoc", async ({ page }) => {
    await fresh(page);
    await page.getByRole("button", { name: "Copy as kubectl apply" }).click();
    await expect(page.getByRole("group", { name: "Share", exact: true }).getByRole("status")).toHaveText("kubectl command copied");
    const cmd = await page.evaluate(() => navigator.clipboard.readText());
    expect(cmd.startsWith("kubectl apply -f - <<'EOF'\n")).toBe(true);
    expect(cmd).toContain("kind: Pod");
    expect(cmd).not.toContain("podplay.dev");
    expect(cmd.trimEnd().endsWith("EOF")).toBe(true);
  });

  test("when the clipboard is refused, the link is shown to copy by hand", async ({ page }) => {
    await fresh(page);
    await page.evaluate(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException("denied", "NotAllowedError"));
    });
    await page.getByRole("button", { name: "Copy link" }).click();
    const field = page.getByRole("textbox", { name: "Share link" });
    await expect(field).toBeFocused();
    expect(await field.inputValue()).toMatch(/#v1\./);
    await page.keyboard.press("Escape");
    await expect(field).toHaveCount(0);
  });
});
