import { describe, expect, it } from "vitest";
import { simulate } from "../simulate";
import { cliJson } from "../output/cliJson";
import { combineAnswer, firstDifference } from "./fixed";

// ../shared/DESIGN.md "Challenges": a Challenge document with goals in the fidelity check
// language, graded against the run; `check CHALLENGE ANSWER` keeps the challenge's fixed parts.

const pod = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: ["sh", "-c", "sleep 40; touch /tmp/up; sleep 3600"]
    livenessProbe:
      exec: {command: ["cat", "/tmp/up"]}
      periodSeconds: 5
`;
const scenario = `apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: 5m
`;
const challengeDoc = (goals: string, extra = "") => `apiVersion: podplay.dev/v1alpha1
kind: Challenge
metadata:
  name: slow-start
spec:
  title: {en: "A slow app keeps getting killed", ko: "느린 앱이 계속 죽어요"}
  task: {en: "Keep it from being restarted.", ko: "재시작되지 않게 하세요."}
${extra}  goals:
${goals}`;
const goals = `  - text: {en: "web is Running by 1:00", ko: "1:00까지 Running"}
    check: {kind: row, pod: web, at: 60, status: Running}
  - text: "web is never restarted"
    check: {kind: row, pod: web, at: 300, restarts: 0}
`;
const file = (g = goals, extra = "") => [pod, scenario, challengeDoc(g, extra)].join("---\n");
const startup = pod.replace("    livenessProbe:", "    startupProbe:\n      exec: {command: [\"cat\", \"/tmp/up\"]}\n      periodSeconds: 5\n      failureThreshold: 20\n    livenessProbe:");

describe("a Challenge document in a run", () => {
  it("run --json grades each goal against this run, with what happened instead and when", () => {
    const j = cliJson(simulate(file()));
    expect(j.errors).toEqual([]);
    expect("goals" in j && j.goals).toEqual([
      { text: "web is Running by 1:00", passed: true, detail: "", t: 60 },
      { text: "web is never restarted", passed: false, detail: expect.stringMatching(/^pod web at t=300: restarts is [1-9]\d*, want 0$/), t: 300, fact: { pod: "web", at: 300, field: "restarts", got: expect.any(Number), want: 0 } },
    ]);
  });

  it("the same goals pass once the manifest is fixed; the file without a Challenge has no goals", () => {
    const j = cliJson(simulate([startup, scenario, challengeDoc(goals)].join("---\n")));
    expect("goals" in j && j.goals.every((g) => g.passed)).toBe(true);
    expect("goals" in cliJson(simulate(pod))).toBe(false);
  });

  it("a teacher's mistakes are errors at their line: unknown kinds and fields, missing fields, goals that can never hold", () => {
    const bad = file(`  - text: a
    check: {kind: rows, pod: web, at: 60}
  - text: b
    check: {kind: row, pod: web, at: 600, ready: "1/1"}
  - text: c
    check: {kind: row, pod: web, at: 60, restart: 0}
  - text: d
    check: {kind: container, pod: web, at: 60}
  - text: e
    check: {kind: row, pod: web, at: 60, ready: "2/1"}
  - check: {kind: noErrors}
`);
    const res = simulate(bad);
    const lineOf = (s: string) => bad.split("\n").findIndex((l) => l.includes(s)) + 1;
    const msgs = res.errors.map((e) => [e.line, e.message]);
    expect(msgs).toContainEqual([lineOf("kind: rows"), expect.stringMatching(/^goal 1: unknown check kind "rows": one of row, never, /)]);
    expect(msgs).toContainEqual([lineOf("at: 600"), "goal 2: at: 600 is after the run ends (300 s): this goal could never be checked"]);
    expect(msgs).toContainEqual([lineOf("restart: 0"), expect.stringMatching(/^goal 3: unknown field "restart" in a row check: it takes pod, at, status, ready, restarts/)]);
    expect(msgs).toContainEqual([lineOf("kind: container"), "goal 4: a container check needs container"]);
    expect(msgs).toContainEqual([lineOf('"2/1"'), expect.stringMatching(/^goal 5: ready "2\/1" counts more ready containers than the pod has/)]);
    expect(msgs).toContainEqual([lineOf("- check: {kind: noErrors}"), expect.stringMatching(/^a goal needs text/)]);
    // The manifests still run: the page keeps its picture while the challenge is fixed.
    expect(res.trace.entries.length).toBeGreaterThan(0);
  });

  it("a Challenge without title, task or goals, or two of them, is refused with a reason", () => {
    const empty = `apiVersion: podplay.dev/v1alpha1\nkind: Challenge\nmetadata: {name: x}\nspec: {}\n`;
    const msgs = simulate([pod, empty].join("---\n")).errors.map((e) => e.message);
    expect(msgs).toEqual(expect.arrayContaining([expect.stringMatching(/^spec\.title/), expect.stringMatching(/^spec\.task/), expect.stringMatching(/^spec\.goals lists at least one goal/)]));
    expect(simulate([pod, challengeDoc(goals), challengeDoc(goals)].join("---\n")).errors.map((e) => e.message)).toContain("only one Challenge document is allowed per file");
  });

  it("a row goal not met says which column differs, or that the pod is not there", () => {
    const j = cliJson(simulate(file(`  - text: a\n    check: {kind: row, pod: web, at: 20, ready: "0/1"}\n  - text: b\n    check: {kind: row, pod: nope, at: 20, status: Running}\n`)));
    expect("goals" in j && j.goals.map((g) => g.fact)).toEqual([
      { pod: "web", at: 20, field: "ready", got: "1/1", want: "0/1" },
      { pod: "nope", at: 20 },
    ]);
  });

  it("a pattern that is not a regular expression fails its goal instead of throwing", () => {
    const j = cliJson(simulate(file(`  - text: a\n    check: {kind: event, reason: Started, message: {matches: "("}}\n`)));
    expect("goals" in j && j.goals[0].passed).toBe(false);
  });
});

describe("check CHALLENGE ANSWER: the challenge's fixed parts", () => {
  const fixedApp = "  fixed:\n  - {kind: Pod, name: web, fields: [spec.containers.0.command]}\n";
  const challenge = file(goals, fixedApp);

  it("the answer's manifests with the challenge's Scenario and goals; its lines keep their numbers", () => {
    const answer = `# my answer\n${startup}`;
    const c = combineAnswer(challenge, answer);
    expect(c.errors).toEqual([]);
    const j = cliJson(simulate(c.text));
    expect("goals" in j && j.goals.map((g) => g.passed)).toEqual([true, true]);
    // An error in the answer is reported at the answer's own line.
    const broken = combineAnswer(challenge, answer.replace("periodSeconds: 5\n      failureThreshold: 20", "periodSeconds: -5\n      failureThreshold: 20"));
    const err = simulate(broken.text).errors[0];
    expect(answer.split("\n")[err.line - 1]).toContain("periodSeconds");
  });

  it("a changed fixed field, Scenario or Challenge is an error at its line and no goal passes", () => {
    const changedApp = combineAnswer(challenge, startup.replace("sleep 40;", ""));
    expect(changedApp.errors.map((e) => [e.line, e.message])).toEqual([[1, "the challenge fixes spec.containers.0.command of Pod web: the answer changes it"]]);
    const shorter = combineAnswer(challenge, [startup, scenario.replace("5m", "30s")].join("---\n"));
    expect(shorter.errors[0].message).toBe("the Scenario is fixed by the challenge (horizon, nodes, app behaviour, actions): the answer changes spec.duration");
    expect(startup.split("\n").length + 1).toBe(shorter.errors[0].line);
    const easier = combineAnswer(challenge, [pod, challengeDoc(goals.replace("restarts: 0", "restarts: {max: 9}"), fixedApp)].join("---\n"));
    expect(easier.errors[0].message).toMatch(/^the goals are fixed by the challenge: this Challenge document differs from the challenge's at spec\.goals\.1\.check\.restarts/);
    const j = cliJson(simulate(shorter.text), { notGraded: `not graded: ${shorter.errors[0].message}` });
    expect("goals" in j && j.goals.every((g) => !g.passed && g.detail.startsWith("not graded: the Scenario is fixed"))).toBe(true);
  });

  it("an answer that repeats the challenge's own Scenario and Challenge unchanged is fine", () => {
    expect(combineAnswer(challenge, [startup, scenario, challengeDoc(goals, fixedApp)].join("---\n")).errors).toEqual([]);
  });

  it("a whole fixed object missing from the answer is the challenge's; deleting the pod fails the goals", () => {
    const svc = `apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec:\n  selector: {app: web}\n  ports: [{port: 80}]\n`;
    const withSvc = [pod, svc, scenario, challengeDoc(goals, "  fixed:\n  - {kind: Service, name: web}\n")].join("---\n");
    const c = combineAnswer(withSvc, startup);
    expect(simulate(c.text).objects.some((o) => o.kind === "Service" && o.metadata?.name === "web")).toBe(true);
    const changed = combineAnswer(withSvc, [startup, svc.replace("port: 80", "port: 8080")].join("---\n"));
    expect(changed.errors[0].message).toBe("Service web is fixed by the challenge: the answer changes spec.ports.0.port");
    const gone = cliJson(simulate(combineAnswer(withSvc, svc).text));
    expect("goals" in gone && gone.goals.map((g) => g.passed)).toEqual([false, false]);
  });

  it("firstDifference names the first path that differs", () => {
    expect(firstDifference({ a: { b: [1, 2] } }, { a: { b: [1, 3] } })).toBe("a.b.1");
    expect(firstDifference({ a: 1 }, { a: 1 })).toBeUndefined();
    expect(firstDifference({ a: 1 }, { a: 1, b: 2 })).toBe("b");
  });
});

describe("an answer that cannot run at all", () => {
  it("still lists every goal, none graded, with the reason", async () => {
    const { challengeOfText } = await import("./challenge");
    const { parseYamlDocuments } = await import("../input/yamlDocuments");
    const challenge = file();
    const c = combineAnswer(challenge, "apiVersion: v1\nkind: Pod: broken\n");
    const res = simulate(c.text);
    expect(res.challenge).toBeUndefined();
    const j = cliJson(res, { challenge: challengeOfText(challenge, parseYamlDocuments) });
    expect("goals" in j && j.goals.map((g) => [g.passed, g.detail.startsWith("not graded: ")])).toEqual([
      [false, true],
      [false, true],
    ]);
  });
});
