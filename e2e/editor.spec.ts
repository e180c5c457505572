import { expect, test, type Page } from "@playwright/test";
import { readdirSync, readFileSync } from "node:fs";
import type { EditorTestHook } from "../src/app/editor/monaco";
import { clearSaved, loadLessons } from "./support";

/**
 * The editor knows every Scenario field: every lesson and example the page ships opens without a
 * schema warning or an engine error in Monaco's markers, and quick fixes offer near misses only.
 */

type Marker = ReturnType<EditorTestHook["markers"]>[number];
type PodplayWindow = {
  __podplay: {
    state(): { text: string; lessonId?: string; view?: { text: string } };
    setState(patch: Record<string, unknown>): void;
    open(text: string): void;
    editor?: EditorTestHook;
  };
};

/** A document both checks reject, so markers are seen to change when the next text is checked. */
const MISSPELT = "apiVersion: podplay.dev/v1alpha1\nkind: Scenario\nspec:\n  nodess: []\n";
const isMisspeltMarker = (m: Marker) => m.message.includes("nodess");

const markers = (page: Page) => page.evaluate(() => (window as unknown as PodplayWindow).__podplay.editor?.markers() ?? []);

async function fresh(page: Page) {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto("/");
  await clearSaved(page);
  await page.goto("/");
  await expect(page.locator(".monaco-editor .view-lines").first()).toBeVisible({ timeout: 30_000 });
  await page.waitForFunction(() => !!(window as unknown as PodplayWindow).__podplay.editor, undefined, { timeout: 30_000 });
  // Opening a lesson over the misspelt document asks first; say yes.
  page.on("dialog", (d) => void d.accept());
}

/** Puts MISSPELT in the editor and waits until both the schema check and the engine have flagged it. */
async function resetMarkers(page: Page) {
  await page.evaluate((text) => (window as unknown as PodplayWindow).__podplay.setState({ text, lessonId: undefined }), MISSPELT);
  await expect
    .poll(async () => {
      const ms = (await markers(page)).filter(isMisspeltMarker);
      return [...new Set(ms.map((m) => m.owner))].sort();
    }, { timeout: 20_000 })
    .toEqual(["podplay", "yaml"]);
}

/**
 * Waits until the editor shows the store's text and both checks have run on it (their markers for
 * MISSPELT are gone and the engine's run is of this text), then returns what they say.
 */
async function settledMarkers(page: Page): Promise<{ text: string; markers: Marker[] }> {
  await page.waitForFunction(
    () => {
      const p = (window as unknown as PodplayWindow).__podplay;
      const s = p.state();
      return p.editor?.text() === s.text && s.view?.text === s.text && !p.editor.markers().some((m) => m.message.includes("nodess"));
    },
    undefined,
    { timeout: 30_000 },
  );
  return page.evaluate(() => {
    const p = (window as unknown as PodplayWindow).__podplay;
    return { text: p.state().text, markers: p.editor!.markers() };
  });
}

const problems = (ms: Marker[]) => ms.filter((m) => m.severity === "warning" || m.severity === "error").map((m) => `${m.owner} ${m.line}:${m.column} ${m.message}`);

/**
 * The refusals a lesson shows on purpose (a liveness successThreshold of 2, the study notes'
 * `memoty`): each named by a `rejected` check of a moment with its line. Only those may show.
 */
const REFUSALS = new Map(loadLessons().map((l) => [l.id, l.moments.flatMap((m) => m.checks).filter((c) => c.kind === "rejected").map((c) => ({ line: c.line as number, message: c.message as string }))]));
const unexpected = (id: string, ms: Marker[]) =>
  problems(ms.filter((m) => !(m.severity === "error" && (REFUSALS.get(id) ?? []).some((r) => r.line === m.line && m.message.includes(r.message)))));

test.describe("editor", () => {
  test("every lesson, opened from the gallery, shows no warning or error", async ({ page }) => {
    test.setTimeout(240_000);
    await fresh(page);
    const open = page.getByRole("button", { name: "Lessons", exact: true });
    await open.click();
    await expect(page.locator("button.lesson-card").first()).toBeVisible();
    const ids = await page.locator("button.lesson-card").evaluateAll((cards) => cards.map((c) => c.getAttribute("data-lesson")!));
    await page.keyboard.press("Escape");
    expect(ids.length).toBeGreaterThanOrEqual(24);
    for (const id of ids) {
      await resetMarkers(page);
      await open.click();
      await page.locator(`button.lesson-card[data-lesson="${id}"]`).click();
      await expect.poll(async () => page.evaluate(() => (window as unknown as PodplayWindow).__podplay.state().lessonId)).toBe(id);
      const { text, markers: ms } = await settledMarkers(page);
      expect(text, id).toContain("kind:");
      expect(unexpected(id, ms), id).toEqual([]);
    }
  });

  test("every example, loaded from the menu, and every shipped scenario file shows no warning or error", async ({ page }) => {
    test.setTimeout(240_000);
    await fresh(page);
    const menu = page.getByRole("combobox", { name: "Load example" });
    const ids = await menu.locator("option").evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    expect(ids.length).toBeGreaterThanOrEqual(11);
    for (const id of ids) {
      await resetMarkers(page);
      await menu.selectOption(id);
      const { text, markers: ms } = await settledMarkers(page);
      expect(text, id).not.toBe(MISSPELT);
      expect(problems(ms), id).toEqual([]);
    }
    // Files the menu does not list (a lesson's compare variant) open by text.
    const dirs = [new URL("../examples/", import.meta.url), new URL("../src/lessons/scenarios/", import.meta.url)];
    for (const dir of dirs)
      for (const f of readdirSync(dir).filter((n) => n.endsWith(".yaml"))) {
        await resetMarkers(page);
        await page.evaluate((text) => (window as unknown as PodplayWindow).__podplay.open(text), readFileSync(new URL(f, dir), "utf8"));
        const { markers: ms } = await settledMarkers(page);
        expect(unexpected(f.replace(/\.yaml$/, ""), ms), f).toEqual([]);
      }
  });

  for (const locale of ["en", "ko"] as const)
    test(`quick fixes offer only near-miss names (${locale})`, async ({ page }) => {
      await fresh(page);
      await page.evaluate((l) => (window as unknown as PodplayWindow).__podplay.setState({ locale: l }), locale);
      const text = [
        "apiVersion: podplay.dev/v1alpha1",
        "kind: Scenario",
        "spec:",
        "  duration: 2m",
        "  nodess:",
        "  - name: node-1",
        "  actions:",
        "  - at: 10s",
        "    nodeDown: node-1",
        "  - at: 20s",
        "    addNode:",
        "      name: node-2",
        "      zone: zone-b",
        "  - at: 30s",
        "    deschedule:",
        "      removeDuplicates: true",
        "---",
        "apiVersion: v1",
        "kind: Pod",
        "metadata:",
        "  name: web",
        "spec:",
        "  containers:",
        "  - name: app",
        "    image: nginx",
        "",
      ].join("\n");
      await page.evaluate((t) => (window as unknown as PodplayWindow).__podplay.setState({ text: t }), text);
      await page.waitForFunction(() => {
        const p = (window as unknown as PodplayWindow).__podplay;
        const ms = p.editor?.markers() ?? [];
        return p.editor?.text() === p.state().text && ms.some((m) => m.owner === "yaml" && m.message.includes("nodess")) && ms.some((m) => m.owner === "podplay" && m.message.includes("nodess"));
      }, undefined, { timeout: 30_000 });
      // Only the misspelt key is flagged; nodeDown, addNode, zone and deschedule are fields.
      expect(problems(await markers(page))).toEqual([
        expect.stringMatching(/^(yaml|podplay) 5:3 .*nodess/),
        expect.stringMatching(/^(yaml|podplay) 5:3 .*nodess/),
      ]);
      await page.evaluate(() => (window as unknown as PodplayWindow).__podplay.editor!.setCursor(5, 4));
      await page.keyboard.press("Control+.");
      const menu = page.locator(".action-widget");
      await expect(menu).toBeVisible({ timeout: 10_000 });
      const items = menu.locator(".monaco-list-row.action .title");
      await expect(items.first()).toBeVisible();
      const titles = await items.allInnerTexts();
      const expected = locale === "ko" ? "'nodes'(으)로 바꾸기" : "Change to 'nodes'";
      expect(titles).toEqual([expected]);
      // The first (only) fix is focused: Enter applies it, as a person at the keyboard would.
      await page.keyboard.press("Enter");
      await expect.poll(() => page.evaluate(() => (window as unknown as PodplayWindow).__podplay.state().text.split("\n")[4]), { timeout: 10_000 }).toBe("  nodes:");
      const { markers: ms } = await settledMarkers(page);
      expect(problems(ms)).toEqual([]);
    });

  test("quick fixes on a Pod: one per near miss, the engine's and the schema's not both, none for a far-off value", async ({ page }) => {
    await fresh(page);
    const text = [
      "apiVersion: v1",
      "kind: Pod",
      "metadata:",
      "  name: web",
      "spec:",
      "  restartPolicy: always",
      "  containers:",
      "  - name: app",
      "    image: nginx",
      "    imagePullPolicy: Sometimes",
      "    readinessprobe:",
      "      httpGet: {path: /, port: 80}",
      "",
    ].join("\n");
    await page.evaluate((t) => (window as unknown as PodplayWindow).__podplay.setState({ text: t }), text);
    await page.waitForFunction(() => {
      const ms = (window as unknown as PodplayWindow).__podplay.editor?.markers() ?? [];
      return ms.filter((m) => m.owner === "yaml").length >= 3 && ms.some((m) => m.owner === "podplay" && m.message.includes("readinessprobe"));
    }, undefined, { timeout: 30_000 });
    const fixesAt = async (line: number, column: number) => {
      await page.evaluate(([l, c]) => (window as unknown as PodplayWindow).__podplay.editor!.setCursor(l, c), [line, column]);
      await page.keyboard.press("Control+.");
      const menu = page.locator(".action-widget");
      // Monaco says "No code actions available" in a hover when there is none.
      const none = page.getByRole("alert").filter({ hasText: "No code actions available" });
      const shown = await Promise.race([
        menu.waitFor({ timeout: 10_000 }).then(() => "menu" as const, () => undefined),
        none.waitFor({ state: "attached", timeout: 10_000 }).then(() => "none" as const, () => undefined),
      ]);
      expect(shown).toBeDefined();
      const titles = shown === "menu" ? await menu.locator(".monaco-list-row.action .title").allInnerTexts() : [];
      await page.keyboard.press("Escape");
      await expect(menu).toBeHidden();
      return titles;
    };
    expect(await fixesAt(11, 8)).toEqual(["Change to 'readinessProbe'"]);
    expect(await fixesAt(6, 20)).toEqual(["Change to 'Always'"]);
    expect(await fixesAt(10, 23)).toEqual([]);
  });
});
