import { expect, test, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { freshPage } from "./support";

// Issue #12: challenge mode in the page. A goal fails with its reason and its moment, a hint,
// the manifest fixed, every goal passing; the answer as one undoable edit; a teacher's challenge
// round-tripping through a link.

type Shown = { text: string; t: number; challenge?: { id?: string; source: string }; challengeView?: { name: string; goals: Array<{ passed: boolean }> }; view?: { text: string } };
const state = (page: Page) => page.evaluate(() => (window as unknown as { __podplay: { state(): Shown } }).__podplay.state());
const setText = (page: Page, text: string) => page.evaluate((t) => (window as unknown as { __podplay: { setState(p: unknown): void } }).__podplay.setState({ text: t }), text);

const start = readFileSync(new URL("../src/challenges/catalogue/slow-start.yaml", import.meta.url), "utf8");
const answer = readFileSync(new URL("../src/challenges/catalogue/slow-start.answer.yaml", import.meta.url), "utf8");
/** The start with its Pod replaced by the answer's: what a learner who fixed it has. */
const fixedText = answer + "---\n" + start.split(/^---$/m).slice(1).join("---").replace(/^\n/, "");

/** Waits for the goals graded on exactly the text in the editor. */
async function graded(page: Page, text?: string) {
  await expect.poll(async () => ((s) => s.view?.text === (text ?? s.text) && s.challengeView !== undefined)(await state(page)), { timeout: 15_000 }).toBe(true);
}

for (const locale of ["en", "ko"] as const) {
  test(`a built-in challenge: a goal fails with its reason, a hint, the fix makes every goal pass (${locale})`, async ({ page }) => {
    await freshPage(page, locale);
    await page.getByRole("button", { name: locale === "en" ? "Challenges" : "챌린지", exact: true }).click();
    const dialog = page.getByRole("dialog");
    await dialog.locator('button.lesson-card[data-challenge="slow-start"]').click();
    await expect(dialog).toBeHidden();
    // A Korean reader's file differs from the English one in its comment only.
    await graded(page);
    const opened = (await state(page)).text;
    expect(opened.split("\n").slice(1)).toEqual(start.split("\n").slice(1));
    expect(opened.split("\n")[0]).toBe(locale === "en" ? start.split("\n")[0] : "# 느린 앱: 응답하기까지 40초가 걸리는데, 그 전에 활성 프로브가 먼저 포기합니다.");
    const panel = page.locator(".challenge-panel");
    await expect(panel).toContainText(locale === "en" ? "A slow app keeps getting killed" : "느린 앱이 계속 죽어요");
    const failed = panel.locator("ul.goals > li.failed");
    await expect(failed.first()).toBeVisible();
    await expect(failed.first().locator(".detail")).toContainText(/restarts is \d+, want 0/);
    // The same in words, in the page's language.
    await expect(failed.first().locator(".fact")).toContainText(locale === "en" ? /^web has restarted \d+ times by 2:00\.0; it needs 0$/ : /^2:00\.0까지 web 재시작 \d+회 \(목표: 0\)$/);
    // The goal's moment: the playhead jumps there.
    await failed.first().getByRole("button").click();
    await expect.poll(async () => (await state(page)).t).toBe(120);
    // Hints, one at a time.
    await panel.getByRole("button", { name: locale === "en" ? /^Show a hint \(1 of 3\)/ : /^힌트 보기/ }).click();
    await expect(panel.locator(".hints li")).toHaveCount(1);
    // The learner's fix: every goal holds, and the success is kept in the browser.
    await setText(page, fixedText);
    await graded(page, fixedText);
    await expect(panel.locator("ul.goals > li.failed")).toHaveCount(0);
    await expect(panel.getByRole("status")).toContainText(locale === "en" ? "Every goal holds" : "모든 목표를 달성했습니다");
    const progress = await page.evaluate(() => localStorage.getItem("podplay.challengeProgress.v1"));
    expect(JSON.parse(progress ?? "{}")["slow-start"]).toBeDefined();
    await page.screenshot({ path: `test-results/challenge-${locale}.png` });
  });
}

test("#challenge/ID/ko shows the file's comments in Korean in the editor; switching the language switches them; the answer differs in manifest lines only", async ({ page }) => {
  await freshPage(page);
  await page.evaluate(() => (location.hash = "#challenge/image-typo/ko"));
  await expect.poll(async () => (await state(page)).challenge?.id).toBe("image-typo");
  await graded(page);
  await page.getByRole("tab", { name: "편집기" }).click();
  const lines = page.locator(".monaco-editor .view-lines");
  await expect(lines).toContainText("손대지 않은 nginx 1.27");
  const ko = (await state(page)).text;
  await page.getByRole("combobox", { name: "언어" }).selectOption("en");
  await expect(lines).toContainText("The shop's front page");
  const en = (await state(page)).text;
  expect(en.split("\n").slice(1)).toEqual(ko.split("\n").slice(1));
  // The challenge is still open, and its answer in Korean changes only the image line.
  expect((await state(page)).challenge?.id).toBe("image-typo");
  await page.getByRole("combobox", { name: "Language" }).selectOption("ko");
  await expect.poll(async () => (await state(page)).text).toBe(ko);
  await page.getByRole("tab", { name: "챌린지" }).click();
  await page.locator(".challenge-panel").getByRole("button", { name: "정답 보기" }).click();
  const answered = (await state(page)).text.split("\n");
  expect(answered.length).toBe(ko.split("\n").length);
  expect(answered.filter((l, i) => l !== ko.split("\n")[i])).toEqual(["    image: nginx:1.27"]);
});

test("changing a fixed part is reported at its line and passes no goal; the answer is one undoable edit", async ({ page }) => {
  await freshPage(page);
  await page.getByRole("button", { name: "Challenges", exact: true }).click();
  await page.getByRole("dialog").locator('button.lesson-card[data-challenge="slow-start"]').click();
  await graded(page, start);
  const panel = page.locator(".challenge-panel");
  // The shortcut: the app no longer sleeps before it is healthy.
  const cheat = fixedText.replace("sleep 40; ", "");
  await setText(page, cheat);
  // A rejected text keeps the last good picture; the goals say why nothing is graded.
  await expect(panel.locator(".detail").first()).toContainText("not graded: the challenge fixes spec.containers.0.command of Pod web", { timeout: 15_000 });
  await expect(panel.locator("ul.goals > li.passed")).toHaveCount(0);
  // Back to the start, then the answer through the panel: one edit, undone by the panel's button.
  await setText(page, start);
  await graded(page, start);
  await panel.getByRole("button", { name: "Show the answer" }).click();
  await expect.poll(async () => (await state(page)).text).toBe(fixedText);
  await graded(page, fixedText);
  await expect(panel.locator("ul.goals > li.failed")).toHaveCount(0);
  await panel.getByRole("button", { name: "Undo: bring my text back" }).click();
  await expect.poll(async () => (await state(page)).text).toBe(start);
});

test("a teacher's challenge written in the editor is checked as it is written and round-trips through a link", async ({ page, browser }) => {
  await freshPage(page);
  const own = `apiVersion: v1
kind: Pod
metadata:
  name: job
spec:
  restartPolicy: Always
  containers:
  - name: work
    image: busybox:1.36
    command: ["sh", "-c", "echo done"]
---
apiVersion: podplay.dev/v1alpha1
kind: Challenge
metadata:
  name: finish-once
spec:
  title: {en: Run once, ko: 한 번만 실행}
  task: {en: Make the pod run its command once and stay Completed., ko: 명령을 한 번만 실행하고 Completed로 남게 하세요.}
  fixed: [{kind: Pod, name: job, fields: [spec.containers.0.command]}]
  goals:
  - text: {en: job is Completed at 1:00, ko: 1:00에 job이 Completed}
    check: {kind: row, pod: job, at: 60, status: Completed, restarts: 0}
  hints: [{en: Look at restartPolicy., ko: restartPolicy를 보세요.}]
`;
  await setText(page, own);
  await graded(page, own);
  const panel = page.locator(".challenge-panel");
  await expect(panel).toContainText("Run once");
  await expect(panel.locator(".authoring")).toBeVisible();
  await expect(panel.locator("ul.goals > li.failed")).toHaveCount(1);
  // A teacher's mistake is an error at its line in the editor's diagnostics.
  const typo = own.replace("restarts: 0", "restart: 0");
  await setText(page, typo);
  await expect.poll(async () => page.evaluate(() => (window as unknown as { __podplay: { state(): { diagnostics: Array<{ message: string; line: number }> } } }).__podplay.state().diagnostics.map((d) => `${d.line} ${d.message}`))).toContainEqual(expect.stringMatching(new RegExp(`^${typo.split("\n").findIndex((l) => l.includes("restart: 0")) + 1} goal 1: unknown field "restart"`)));
  await setText(page, own);
  await graded(page, own);
  await page.getByRole("button", { name: "Copy link" }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const other = await browser.newContext();
  try {
    const p2 = await other.newPage();
    await p2.goto(link);
    await graded(p2, own);
    expect((await state(p2)).challenge?.source).toBe(own);
    const panel2 = p2.locator(".challenge-panel");
    await expect(panel2.getByRole("button", { name: "Leave challenge" })).toBeVisible();
    // The learner fixes the policy; changing the command instead would not count.
    const fixed = own.replace("restartPolicy: Always", "restartPolicy: Never");
    await setText(p2, fixed);
    await graded(p2, fixed);
    await expect(panel2.locator("ul.goals > li.passed")).toHaveCount(1);
    const cheat = fixed.replace('"echo done"', '"sleep 1"');
    await setText(p2, cheat);
    await expect(panel2.locator(".detail").first()).toContainText("not graded: the challenge fixes spec.containers.0.command of Pod job", { timeout: 15_000 });
    await expect(panel2.locator("ul.goals > li.passed")).toHaveCount(0);
  } finally {
    await other.close();
  }
});
