import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { simulate } from "../../engine/simulate";
import { parseYamlDocuments } from "../../engine/input/yamlDocuments";
import type { Trace, TraceEntry } from "../../engine/trace/types";
import { EXPLAINED_RULES, explain, explainsSpecifically, formatSeconds, isExplainedRule, MAX_EXPLAINED_ENTRIES, summarize, type Explanation } from "./explain";
import { docsLink, DOCS } from "./docsLinks";
import { explainStrings } from "./strings";

const ROOT = join(__dirname, "../../..");
const CASES = join(ROOT, "fidelity/cases/pod");

/** A pod that fits no node, a scripted crash, a failing preStop hook, a missing image under Never. */
const EXTRA = `apiVersion: v1
kind: Pod
metadata:
  name: big
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: ["sleep", "3600"]
    resources:
      requests:
        memory: 64Gi
---
apiVersion: v1
kind: Pod
metadata:
  name: never-pull
spec:
  containers:
  - name: app
    image: busybox:9.99
    imagePullPolicy: Never
---
apiVersion: v1
kind: Pod
metadata:
  name: crashme
spec:
  terminationGracePeriodSeconds: 5
  containers:
  - name: app
    image: busybox:1.36
    command: ["sh", "-c", "sleep 3600"]
    lifecycle:
      preStop:
        exec:
          command: ["false"]
---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: 2m
  actions:
  - at: 20s
    crash:
      pod: crashme
      exitCode: 3
  - at: 40s
    delete:
      pod: crashme
`;

interface Run {
  trace: Trace;
  ex(id: number, locale?: "en" | "ko"): Explanation;
  find(pred: (e: TraceEntry) => boolean): TraceEntry;
  all(pred: (e: TraceEntry) => boolean): TraceEntry[];
}

function runText(text: string): Run {
  const r = simulate(text);
  const docs = parseYamlDocuments(text).docs;
  return {
    trace: r.trace,
    ex: (id, locale = "en") => explain(r.trace, id, locale, docs),
    find: (pred) => {
      const e = r.trace.entries.find(pred);
      if (!e) throw new Error("no such entry");
      return e;
    },
    all: (pred) => r.trace.entries.filter(pred),
  };
}

const runFile = (path: string) => runText(readFileSync(path, "utf8"));
const runCase = (name: string) => runFile(join(CASES, name, "manifest.yaml"));

const text = (x: Explanation) => [x.title, ...x.sentences].join("\n");
const numbers = (s: string) => new Set(s.match(/\d+(?:\.\d+)?/g) ?? []);
const HANGUL = /[\uac00-\ud7a3]/;
const isEvent = (reason: string, rule?: string) => (e: TraceEntry) => e.type === "event" && e.event.reason === reason && (!rule || e.cause.rule === rule);

/** The Korean explanation tells the same story: Hangul, and exactly the English one's numbers. */
function expectKorean(run: Run, id: number): Explanation {
  const en = run.ex(id, "en");
  const ko = run.ex(id, "ko");
  expect(ko.sentences.length).toBe(en.sentences.length);
  expect(ko.title).toMatch(HANGUL);
  for (const s of ko.sentences) expect(s).toMatch(HANGUL);
  expect(numbers(text(ko))).toEqual(numbers(text(en)));
  expect(ko.entries).toEqual(en.entries);
  expect(ko.fields).toEqual(en.fields);
  return ko;
}

const field = (document: number, path: string) => ({ document, path });

describe("explain: the docs' exec liveness example", () => {
  const run = runFile(join(ROOT, "examples/exec-liveness.yaml"));
  const kill = run.find(isEvent("Killing", "kubelet.kill.liveness"));
  const restart = run.find(isEvent("Created", "kubelet.restartContainer"));

  it("explains the Killing from the three probe failures", () => {
    const x = run.ex(kill.id);
    expect(x.title).toBe("The kubelet killed container liveness");
    expect(text(x)).toContain("failed 3 times in a row (failureThreshold 3, every 5 s), so the kubelet stopped the container");
    expect(text(x)).toContain("30 s grace period");
    const failures = run.all(isEvent("Unhealthy")).filter((e) => e.id < kill.id);
    expect(failures).toHaveLength(3);
    expect(x.entries).toEqual([...failures.map((e) => e.id), kill.id]);
    expect(x.fields).toEqual(
      expect.arrayContaining([
        field(0, "spec.containers[0].livenessProbe"),
        field(0, "spec.containers[0].livenessProbe.failureThreshold"),
        field(0, "spec.containers[0].livenessProbe.periodSeconds"),
        field(0, "spec.terminationGracePeriodSeconds"),
      ]),
    );
    expect(x.docs.url).toBe("https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/");
  });

  it("explains the restart by walking back through SIGKILL, the kill and the probe", () => {
    const x = run.ex(restart.id);
    expect(x.title).toBe("Container liveness restarted (restart 1)");
    const story = text(x);
    // Story order: the probe, the kill, PID 1 ignoring SIGTERM, then the restart without back-off.
    const order = ["failed 3 times in a row", "sh runs as PID 1", "ignored SIGTERM", "when the 30 s grace period ran out at t = 1 m 15 s", "SIGKILL (exit code 137)", "first restart, so there was no back-off"].map((s) => story.indexOf(s));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const sigkill = run.find((e) => e.type === "runtime" && e.cause.rule === "kubelet.sigkillAfterGrace");
    expect(x.entries).toEqual(expect.arrayContaining([kill.id, sigkill.id, restart.id]));
    expect(x.entries.length).toBeLessThanOrEqual(MAX_EXPLAINED_ENTRIES);
    expect(x.fields).toEqual(expect.arrayContaining([field(0, "spec.restartPolicy"), field(0, "spec.containers[0].livenessProbe.failureThreshold")]));
    expect(x.docs.url).toContain("/docs/concepts/workloads/pods/container-restarts/");
  });

  it("tells the same story in Korean, with the Korean docs", () => {
    const ko = expectKorean(run, kill.id);
    expect(ko.title).toBe("kubelet이 liveness 컨테이너를 종료함");
    expect(text(ko)).toContain("활성 프로브");
    expect(text(ko)).toContain("30초의 유예 기간");
    expect(text(ko)).toContain("5초마다");
    expect(ko.docs.url).toBe("https://kubernetes.io/ko/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/");
    const restartKo = expectKorean(run, restart.id);
    expect(text(restartKo)).toContain("백오프가 없었습니다");
    expect(text(restartKo)).toContain("t = 1분 15초");
    expect(restartKo.docs.url).toBe("https://kubernetes.io/ko/docs/concepts/workloads/pods/pod-lifecycle/#restart-policy");
  });

  it("explains the status write that shows the restart", () => {
    const write = run.find((e) => e.type === "write" && e.object?.status?.containerStatuses?.[0]?.restartCount === 1);
    const x = run.ex(write.id);
    expect(x.title).toBe("Pod liveness-exec: container liveness restarted (1)");
    expect(text(x)).toContain("running again, as a new instance started at t = 1 m 15 s: restart count 1");
    expect(text(x)).toContain("PLEG");
    expectKorean(run, write.id);
  });

  it("explains the same in the fidelity copy (01)", () => {
    const r = runCase("01-liveness-exec");
    const k = r.find(isEvent("Killing"));
    expect(text(r.ex(k.id))).toContain("failureThreshold 3, every 5 s");
  });
});

describe("explain: crash loop with back-off (30-crash-loop-exit1)", () => {
  const run = runCase("30-crash-loop-exit1");

  it("explains a BackOff event with its delay and restart time", () => {
    const backoff = run.find((e) => e.cause.rule === "kubelet.crashLoopBackOff" && e.cause.data?.delaySeconds === 20);
    const x = run.ex(backoff.id);
    expect(x.title).toBe("Back-off: app waits 20 s before restarting");
    expect(text(x)).toContain("exited with code 1 (Error) at t = 13 s");
    expect(text(x)).toContain("The crash-loop back-off is now 20 s, so the kubelet will not restart container app before t = 33 s");
    expect(text(x)).toContain("back-off 20s");
    expect(text(x)).toContain("10 s, 20 s, 40 s");
    expect(x.fields).toEqual(expect.arrayContaining([field(0, "spec.restartPolicy"), field(0, "spec.containers[0].command")]));
    const ko = expectKorean(run, backoff.id);
    expect(text(ko)).toContain("크래시 루프 백오프는 20초");
  });

  it("explains the restart that waited out the back-off", () => {
    const restart = run.find((e) => e.cause.rule === "kubelet.restartContainer" && e.cause.data?.restartCount === 2);
    const x = run.ex(restart.id);
    expect(text(x)).toContain("crash-loop back-off of 10 s after the exit at t = 2 s; at t = 13 s, its first sync after t = 12 s");
    expectKorean(run, restart.id);
  });

  it("explains the CrashLoopBackOff status and why it shows one sync late", () => {
    const write = run.find((e) => e.type === "write" && e.object?.status?.containerStatuses?.[0]?.state?.waiting?.reason === "CrashLoopBackOff");
    const x = run.ex(write.id);
    expect(x.title).toBe("Pod crash: container app is waiting (CrashLoopBackOff)");
    expect(text(x)).toContain("only at the next sync");
    expect(text(x)).toContain("retried the pod after 10 s");
    expectKorean(run, write.id);
  });
});

describe("explain: image pull back-off (31-image-pull-backoff)", () => {
  const run = runCase("31-image-pull-backoff");

  it("explains ImagePullBackOff from the failed pull", () => {
    const ev = run.find((e) => e.cause.rule === "kubelet.ImagePullBackOff" && e.cause.data?.delaySeconds === 20 && e.type === "event" && e.event.reason === "BackOff");
    const failed = run.all((e) => e.cause.rule === "kubelet.imagePullFailed" && e.id < ev.id).pop()!;
    const x = run.ex(ev.id);
    expect(x.title).toBe("Image pull back-off for nginx:nope (20 s)");
    expect(text(x)).toContain(`failed at t = 12.5 s, and the image pull back-off is now 20 s, so the kubelet does not try again before t = 32.5 s`);
    expect(text(x)).toContain("not found");
    expect(x.entries).toContain(failed.id);
    expect(x.fields).toEqual(expect.arrayContaining([field(0, "spec.containers[0].image"), field(0, "spec.containers[0].imagePullPolicy")]));
    expect(x.docs.url).toBe("https://kubernetes.io/docs/concepts/containers/images/#imagepullbackoff");
    const ko = expectKorean(run, ev.id);
    expect(text(ko)).toContain("이미지 풀 백오프");
  });

  it("explains ErrImagePull with the registry's answer", () => {
    const ev = run.find(isEvent("Failed", "kubelet.imagePullFailed"));
    const x = run.ex(ev.id);
    expect(x.title).toBe("Pulling image nginx:nope failed");
    expect(text(x)).toContain("ErrImagePull");
    expect(text(x)).toContain("check the image field");
    expectKorean(run, ev.id);
  });
});

describe("explain: init containers waiting (07b-init-services-applied-later)", () => {
  const run = runCase("07b-init-services-applied-later");

  it("explains why the app container waits while an init container runs", () => {
    const write = run.find((e) => e.type === "write" && !!e.object?.status?.initContainerStatuses?.[0]?.state?.running);
    const x = run.ex(write.id);
    expect(x.title).toBe("Pod myapp-pod: container init-myservice is running");
    expect(text(x)).toContain("Init container init-myservice is running; the app containers wait (PodInitializing)");
    expect(text(x)).toContain("Init container init-myservice starts (1 of 2)");
    expect(x.fields).toEqual(expect.arrayContaining([field(0, "spec.initContainers[0]")]));
    expect(x.docs.url).toBe("https://kubernetes.io/docs/concepts/workloads/pods/init-containers/");
    const ko = expectKorean(run, write.id);
    expect(text(ko)).toContain("초기화 컨테이너");
    expect(ko.docs.url).toBe("https://kubernetes.io/ko/docs/concepts/workloads/pods/init-containers/");
  });

  it("links the init container's exit to the Service the Scenario applied", () => {
    const exit = run.find((e) => e.type === "runtime" && e.container === "init-myservice");
    const service = run.find((e) => e.type === "write" && e.ref.kind === "Service" && e.ref.name === "myservice");
    const x = run.ex(exit.id);
    expect(x.entries).toEqual([service.id, exit.id]);
    expect(text(x)).toContain("waiting for Service myservice, which appeared at t = 1 m");
    expect(x.fields).toEqual(expect.arrayContaining([field(1, "spec.actions[0].apply[0]")]));
    expectKorean(run, exit.id);
  });

  it("explains Initialized turning True", () => {
    const write = run.find((e) => e.type === "write" && e.object?.status?.conditions?.some((c: { type: string; status: string }) => c.type === "Initialized" && c.status === "True"));
    const x = run.ex(write.id);
    expect(x.title).toBe("Pod myapp-pod is initialized");
    expect(text(x)).toContain("Initialized is now True");
  });
});

describe("explain: OOMKilled (14-oomkilled-crash-loop)", () => {
  const run = runCase("14-oomkilled-crash-loop");

  it("explains the kernel's OOM kill from the memory limit", () => {
    const oom = run.find((e) => e.cause.rule === "kernel.oomKilled");
    const x = run.ex(oom.id);
    expect(x.title).toBe("Container memory-demo-2-ctr was OOMKilled");
    expect(text(x)).toContain("more memory than its limit of 100Mi");
    expect(text(x)).toContain("exit code 137");
    expect(x.fields).toEqual(expect.arrayContaining([field(0, "spec.containers[0].resources.limits.memory")]));
    expect(x.docs.url).toContain("assign-memory-resource");
    const ko = expectKorean(run, oom.id);
    expect(text(ko)).toContain("OOM 킬러");
  });

  it("puts the OOMKilled container first in the status headline", () => {
    const write = run.find((e) => e.type === "write" && e.object?.status?.containerStatuses?.[0]?.state?.terminated?.reason === "OOMKilled");
    expect(run.ex(write.id).title).toBe("Pod memory-demo-2: container memory-demo-2-ctr terminated (OOMKilled)");
  });
});

describe("explain: FailedScheduling, a scripted crash, preStop failure", () => {
  const run = runText(EXTRA);

  it("explains FailedScheduling from the pod's requests", () => {
    const ev = run.find(isEvent("FailedScheduling"));
    const x = run.ex(ev.id);
    expect(x.title).toBe("Pod big cannot be scheduled");
    expect(text(x)).toContain("1 Insufficient memory");
    expect(text(x)).toContain("memory 64Gi (app)");
    expect(text(x)).toContain("at least every 5 m");
    expect(x.fields).toEqual([field(0, "spec.containers[0].resources.requests.memory"), field(0, "metadata.name")]);
    const ko = expectKorean(run, ev.id);
    expect(text(ko)).toContain("스케줄러");
    const write = run.find((e) => e.type === "write" && e.cause.rule === "scheduler.unschedulable");
    expect(run.ex(write.id).title).toBe("Pod big cannot be scheduled");
  });

  it("explains the Scenario's crash with the action's field", () => {
    const crash = run.find((e) => e.cause.rule === "scenario.crash");
    const x = run.ex(crash.id);
    expect(text(x)).toContain("At t = 20 s the Scenario made container app crash with exit code 3 (spec.actions[0].crash)");
    expect(x.fields[0]).toEqual(field(3, "spec.actions[0].crash"));
    expectKorean(run, crash.id);
  });

  it("explains a failed preStop hook and the SIGKILL after a 5 s grace period", () => {
    const hook = run.find(isEvent("FailedPreStopHook"));
    expect(text(run.ex(hook.id))).toContain("The preStop hook of container app failed");
    const kill = run.find((e) => e.cause.rule === "kubelet.sigkillAfterGrace");
    const x = run.ex(kill.id);
    expect(text(x)).toContain("when the 5 s grace period ran out at t = 45 s");
    expect(x.fields).toEqual(expect.arrayContaining([field(2, "spec.terminationGracePeriodSeconds")]));
    expectKorean(run, kill.id);
  });

  it("explains ErrImageNeverPull", () => {
    const ev = run.find((e) => e.cause.rule === "kubelet.ErrImageNeverPull");
    expect(text(run.ex(ev.id))).toContain("imagePullPolicy is Never");
    expect(run.ex(ev.id).fields[0]).toEqual(field(1, "spec.containers[0].imagePullPolicy"));
  });
});

describe("explain: a scripted delete (09b-prestop-on-delete)", () => {
  const run = runCase("09b-prestop-on-delete");

  it("explains the deletion write from the Scenario's action", () => {
    const del = run.find((e) => e.cause.rule === "scenario.delete");
    const x = run.ex(del.id);
    expect(x.title).toBe("The Scenario deleted pod lifecycle-demo");
    expect(text(x)).toContain("At t = 30 s the Scenario deleted pod lifecycle-demo (spec.actions[0].delete)");
    expect(text(x)).toContain("30 s grace period (until t = 1 m)");
    expect(x.fields).toEqual([field(1, "spec.actions[0].delete"), field(0, "spec.terminationGracePeriodSeconds")]);
    expect(x.docs.url).toBe("https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#pod-termination");
    const ko = expectKorean(run, del.id);
    expect(ko.docs.url).toBe("https://kubernetes.io/ko/docs/concepts/workloads/pods/pod-lifecycle/#pod-termination");
  });

  it("explains the Killing, the exit and the removal as one story", () => {
    const killing = run.find(isEvent("Killing"));
    expect(text(run.ex(killing.id))).toContain("first it runs the preStop hook, then it sends SIGTERM");
    const exit = run.find((e) => e.type === "runtime");
    expect(text(run.ex(exit.id))).toContain("It exited while the kubelet was stopping it (the stop began at t = 30 s");
    expect(run.ex(exit.id).entries).toContain(killing.id);
    const removed = run.find((e) => e.type === "write" && e.verb === "delete");
    const x = run.ex(removed.id);
    expect(x.title).toBe("Pod lifecycle-demo removed");
    expect(text(x)).toContain("it was being deleted, and all of its containers had exited with code 0");
    expectKorean(run, removed.id);
  });
});

describe("explain: every rule the engine emits", () => {
  const files = [
    ...readdirSync(join(ROOT, "examples"))
      .filter((f) => f.endsWith(".yaml"))
      .map((f) => join(ROOT, "examples", f)),
    ...readdirSync(CASES).map((d) => join(CASES, d, "manifest.yaml")),
  ];
  const runs = [...files.map(runFile), runText(EXTRA)];
  const firstOf = new Map<string, { run: Run; id: number }>();
  for (const run of runs) for (const e of run.trace.entries) if (!firstOf.has(e.cause.rule)) firstOf.set(e.cause.rule, { run, id: e.id });

  it("emits the rules this test expects to see", () => {
    expect(firstOf.size).toBeGreaterThan(30);
    for (const r of ["kubelet.kill.liveness", "kubelet.sigkillAfterGrace", "kubelet.crashLoopBackOff", "kubelet.restartContainer", "kubelet.pleg.containerDied", "kubelet.imagePullFailed", "kubelet.ImagePullBackOff", "scheduler.bound", "scheduler.unschedulable", "scenario.delete", "kernel.oomKilled", "container.exitedNonZero"])
      expect(firstOf.has(r), r).toBe(true);
  });

  it.each([...firstOf.keys()].sort())("%s has a specific explanation in both languages", (rule) => {
    const { run, id } = firstOf.get(rule)!;
    expect(isExplainedRule(rule)).toBe(true);
    expect(explainsSpecifically(run.trace, id)).toBe(true);
    for (const locale of ["en", "ko"] as const) {
      const x = run.ex(id, locale);
      expect(x.sentences.length).toBeGreaterThan(0);
      expect(text(x)).not.toMatch(/\{\w+\}|undefined|NaN/);
      expect(text(x)).not.toContain(locale === "en" ? "has no detailed explanation" : "자세한 설명이 없습니다");
      if (locale === "ko") expect(text(x)).toMatch(HANGUL);
    }
  });

  it("explains every entry of every run without throwing, within the entry budget", () => {
    for (const run of runs)
      for (const e of run.trace.entries) {
        const x = run.ex(e.id);
        expect(x.entries).toContain(e.id);
        expect(x.entries.length).toBeLessThanOrEqual(MAX_EXPLAINED_ENTRIES);
        expect([...x.entries].sort((a, b) => a - b)).toEqual(x.entries);
      }
  });
});

describe("explain: edges", () => {
  const run = runCase("30-crash-loop-exit1");

  it("gives a neutral explanation for an unknown entry", () => {
    for (const id of [-1, 1e9, Number.NaN]) {
      const x = explain(run.trace, id, "en");
      expect(x.title).toBe("Nothing to explain");
      expect(x.entries).toEqual([]);
      expect(explain(run.trace, id, "ko").title).toMatch(HANGUL);
    }
  });

  it("falls back for a rule it does not know, and never throws on odd entries", () => {
    const trace: Trace = {
      ...run.trace,
      entries: [
        { id: 0, t: 0, type: "event", event: { t: 0, type: "Normal", reason: "Mystery", message: "?", object: { kind: "Pod", namespace: "default", name: "p", uid: "u" }, source: "x" }, cause: { rule: "something.new", after: [5, -3] } },
        { id: 1, t: 1, type: "write", verb: "update", ref: { kind: "Pod", namespace: "default", name: "p", uid: "u" }, resourceVersion: 2, object: { metadata: {}, status: null }, cause: { rule: "kubelet.pleg.containerDied" } },
        { id: 2, t: 2, type: "runtime", what: "exited", pod: { kind: "Pod", namespace: "default", name: "p", uid: "u" }, container: "c", restartCount: 0, exitCode: 1, reason: "Error", cause: { rule: "kernel.oomKilled", data: null as never } },
      ],
    };
    const x = explain(trace, 0, "en");
    expect(x.title).toBe("Mystery event for pod p");
    expect(x.sentences[0]).toContain("something.new");
    expect(explainsSpecifically(trace, 0)).toBe(false);
    expect(() => explain(trace, 1, "ko")).not.toThrow();
    expect(() => explain(trace, 2, "en")).not.toThrow();
    expect(explain(trace, 0, "en", [null, 3, "x", { index: 1 }]).title).toBe("Mystery event for pod p");
  });

  it("formats durations the same way in both languages", () => {
    expect(formatSeconds(80, "en")).toBe("1 m 20 s");
    expect(formatSeconds(80, "ko")).toBe("1분 20초");
    expect(formatSeconds(0.5, "en")).toBe("0.5 s");
    expect(formatSeconds(3600, "ko")).toBe("1시간");
    expect(formatSeconds(300, "en")).toBe("5 m");
  });

  it("summarizes a pod and a container at the playhead", () => {
    const pod = summarize(run.trace, 20, "en", "default", "crash");
    expect(pod.title).toBe("Pod crash at t = 20 s");
    expect(pod.lines[0]).toBe("Phase: Running");
    expect(pod.lines.join("\n")).toContain("restarts: 2");
    expect(pod.lines.join("\n")).toContain("last termination: Error, exit code 1");
    const c = summarize(run.trace, 20, "ko", "default", "crash", "app");
    expect(c.title).toMatch(HANGUL);
    expect(c.lines[0]).toContain("재시작 2회");
    expect(summarize(run.trace, 20, "en", "default", "nope").lines[0]).toBe("Pod nope does not exist at t = 20 s.");
  });
});

describe("explain: strings and docs", () => {
  const en = explainStrings.en as Record<string, string>;
  const ko = explainStrings.ko as Record<string, string>;
  const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  it("has every sentence in natural Korean with the same placeholders", () => {
    expect(Object.keys(ko).sort()).toEqual(Object.keys(en).sort());
    for (const k of Object.keys(en)) {
      expect(ko[k], k).toBeTruthy();
      expect(holes(ko[k]), k).toEqual(holes(en[k]));
      // Only labels made of identifiers and placeholders may lack Hangul.
      if (!/^explain\.(at|summary\.state)$/.test(k)) expect(ko[k], k).toMatch(HANGUL);
    }
  });

  it("lists every rule it explains once", () => {
    expect(new Set(EXPLAINED_RULES).size).toBe(EXPLAINED_RULES.length);
  });

  it("links kubernetes.io pages, Korean ones under /ko/", () => {
    for (const topic of Object.keys(DOCS) as Array<keyof typeof DOCS>) {
      expect(docsLink(topic, "en").url).toMatch(/^https:\/\/kubernetes\.io\/docs\//);
      const k = docsLink(topic, "ko");
      expect(k.url).toMatch(/^https:\/\/kubernetes\.io\/(ko\/)?docs\//);
      if (DOCS[topic].ko) expect(k.url).toContain("/ko/docs/");
    }
  });
});

describe("explain: objects that change while the scenario runs", () => {
  it("a deleted pod kept by its finalizer, and the patch that removes it (50-finalizer-keeps-deleted-pod)", () => {
    const run = runCase("50-finalizer-keeps-deleted-pod");
    const kept = run.find((e) => e.type === "write" && e.cause.rule === "kubelet.deleteAfterTermination");
    expect(text(run.ex(kept.id))).toContain("it still has finalizers (example.com/test-finalizer)");
    expectKorean(run, kept.id);
    const patch = run.find((e) => e.cause.rule === "scenario.patch");
    expect(run.ex(patch.id).title).toBe("Pod deleted-running changed at t = 1 m 30 s");
    expectKorean(run, patch.id);
  });

  it("the active deadline and the readiness gates' conditions (51, 52)", () => {
    const deadline = runCase("51-active-deadline-seconds");
    const ev = deadline.find(isEvent("DeadlineExceeded"));
    expect(text(deadline.ex(ev.id))).toContain("activeDeadlineSeconds (30 s)");
    expectKorean(deadline, ev.id);
    const gates = runCase("52-readiness-gates");
    const cond = gates.find((e) => e.cause.rule === "scenario.podCondition");
    expect(gates.ex(cond.id).title).toBe("Condition k8s.io/test-condition2 of pod pod-ready set to True");
    expectKorean(gates, cond.id);
  });

  it("an image change restart (53)", () => {
    const run = runCase("53-pod-update-image-and-forbidden");
    const kill = run.find(isEvent("Killing", "kubelet.kill.definitionChanged"));
    expect(text(run.ex(kill.id))).toContain("changed from nginx:1.27 to nginx:1.28");
    expectKorean(run, kill.id);
  });
});

describe("explain: SIGKILL after the grace, by what PID 1 ran (43-trap-waits-for-foreground-sleep and more)", () => {
  const run = runText(`apiVersion: v1
kind: Pod
metadata:
  name: no-trap
spec:
  terminationGracePeriodSeconds: 5
  containers:
  - name: app
    image: busybox:1.36
    command: ["sh", "-c", "while true; do sleep 20; done"]
---
apiVersion: v1
kind: Pod
metadata:
  name: late-trap
spec:
  terminationGracePeriodSeconds: 5
  containers:
  - name: app
    image: busybox:1.36
    command: ["sh", "-c", "trap 'exit 0' TERM; sleep 3600"]
---
apiVersion: v1
kind: Pod
metadata:
  name: exec-sleep
spec:
  terminationGracePeriodSeconds: 5
  containers:
  - name: app
    image: busybox:1.36
    command: ["sh", "-c", "echo hi; exec sleep 3600"]
---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: 30s
  actions:
  - {at: 10s, delete: {pod: no-trap}}
  - {at: 10s, delete: {pod: late-trap}}
  - {at: 10s, delete: {pod: exec-sleep}}
`);
  const kill = (pod: string) => run.find((e) => e.type === "runtime" && e.cause.rule === "kubelet.sigkillAfterGrace" && e.pod.name === pod);

  it("a shell without a trap never gets SIGTERM as PID 1", () => {
    expect(text(run.ex(kill("no-trap").id))).toContain("sh runs as PID 1 in container app, and a shell without `trap … TERM` has no SIGTERM handler");
    expectKorean(run, kill("no-trap").id);
  });

  it("a trap waits for the foreground command (ash waitforjob)", () => {
    expect(kill("late-trap").cause.data).toMatchObject({ ignoresSigterm: false, program: "sh" });
    expect(text(run.ex(kill("late-trap").id))).toContain("traps SIGTERM, but a shell runs a trap only once the foreground command it waits for has ended");
    expectKorean(run, kill("late-trap").id);
  });

  it("after exec, PID 1 is the program", () => {
    expect(kill("exec-sleep").cause.data).toMatchObject({ ignoresSigterm: true, program: "sleep" });
    expect(text(run.ex(kill("exec-sleep").id))).toContain("sleep runs as PID 1 in container app without a SIGTERM handler");
  });
});

describe("explain: counts of one read as English does", () => {
  const run = runText(`apiVersion: v1
kind: Pod
metadata:
  name: once
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: ["sh", "-c", "sleep 5; rm /tmp/ok; sleep 3600"]
    livenessProbe:
      exec: {command: ["cat", "/tmp/missing"]}
      periodSeconds: 5
      failureThreshold: 1
`);
  it("says a probe with failureThreshold 1 failed once, not '1 times'; Korean keeps its count", () => {
    const kill = run.find(isEvent("Killing", "kubelet.kill.liveness"));
    const en = text(run.ex(kill.id));
    expect(en).toContain("failed once (failureThreshold 1, every 5 s)");
    expect(en).not.toContain("1 times");
    expect(text(expectKorean(run, kill.id))).toContain("1번 연속 실패");
  });
});
