import yaml from "../scenarios/init-fail.yaml?raw";
import type { Lesson } from "../types";

export const initFail: Lesson = {
  id: "init-fail",
  topic: "init",
  docs: ["initContainers"],
  yaml,
  comments: { ko: { "An init container that exits 1: retried with back-off under Always, fatal under Never.": "1로 종료하는 초기화 컨테이너: Always에서는 백오프를 두고 다시 시도하고, Never에서는 파드가 실패합니다." } },
  moments: [
    { t: 7, checks: [{ kind: "row", pod: "retry", at: 7, status: "Init:Error", restarts: "0", phase: "Pending" }] },
    {
      t: 8,
      checks: [
        { kind: "row", pod: "give-up", at: 8, status: "Init:Error", ready: "0/1", restarts: "0", phase: "Failed" },
        { kind: "row", pod: "retry", at: 8, status: "Init:0/1", restarts: "1", phase: "Pending" },
      ],
    },
    {
      t: 23,
      checks: [
        { kind: "row", pod: "retry", at: 23, status: "Init:CrashLoopBackOff", restarts: "1", phase: "Pending" },
        { kind: "event", reason: "BackOff", object: "retry", message: { includes: "Back-off restarting failed container migrate" }, first: [12, 14] },
      ],
    },
    {
      t: 120,
      checks: [
        { kind: "event", reason: "Started", object: "*", message: "Started container app", absent: true },
        { kind: "row", pod: "give-up", at: 120, status: "Init:Error", phase: "Failed" },
        { kind: "row", pod: "retry", at: 120, status: { matches: "^Init:" }, phase: "Pending" },
      ],
    },
  ],
  text: {
    en: {
      title: "A failing init container",
      summary: "Two Pods with the same init container that exits 1 after 5 s. retry has the default restartPolicy Always: the init container is retried with back-off and the Pod stays Pending. give-up has restartPolicy Never: one failure fails the Pod.",
      watch: "Both rows: Init:Error, then Init:0/1 and Init:CrashLoopBackOff for retry, and phase Failed for give-up.",
      moments: [
        {
          label: "Init:Error",
          explain: "migrate exited 1. kubectl prints Init: plus the terminated reason. The app container (nginx) has not started and never will until migrate succeeds.",
          predict: { question: "Which Pod will try again?", choices: ["retry (restartPolicy Always)", "give-up (restartPolicy Never)", "Both"], answer: 0, why: "Init containers are retried under Always and OnFailure; under Never a failed init container fails the Pod." },
        },
        {
          label: "give-up fails, retry retries",
          explain: "give-up's phase becomes Failed at once. retry's init container starts again immediately (RESTARTS counts init restarts while the Pod is initializing).",
          predict: { question: "Will give-up's nginx container ever run?", choices: ["Yes, after a back-off", "No"], answer: 1, why: "A failed Pod is terminal; its regular containers never start." },
        },
        {
          label: "Init:CrashLoopBackOff",
          explain: "The second failure hits the same 10 s back-off as any container: STATUS Init:CrashLoopBackOff. The phase stays Pending.",
          predict: { question: "Is the phase Running during this crash loop?", choices: ["Yes", "No, Pending"], answer: 1, why: "The Pod is still initializing, so it is Pending; only a regular container crash loop keeps a Pod Running." },
        },
        {
          label: "Two minutes later",
          explain: "retry still loops through its init container with growing waits (10, 20, 40 s …); no app container ever started in either Pod.",
          predict: { question: "How do you make retry start?", choices: ["Fix the init container so it exits 0", "Wait: it will give up and start the app"], answer: 0, why: "App containers start only after every init container has succeeded." },
        },
      ],
      questions: [
        { question: "While an init container crash-loops under restartPolicy Always, the Pod phase is …", choices: ["Running", "Pending", "Failed"], answer: 1, why: "Initialization is not complete, so the phase is Pending." },
      ],
    },
    ko: {
      title: "실패하는 초기화 컨테이너",
      summary: "5초 뒤 1로 종료하는 같은 초기화 컨테이너를 가진 파드 두 개입니다. retry는 기본 restartPolicy Always라서 초기화 컨테이너가 백오프를 두고 재시도되고 파드는 Pending에 머뭅니다. give-up은 restartPolicy Never라서 한 번 실패로 파드가 실패합니다.",
      watch: "두 행을 보세요. retry는 Init:Error, Init:0/1, Init:CrashLoopBackOff를 오가고, give-up은 Failed 단계가 됩니다.",
      moments: [
        {
          label: "Init:Error",
          explain: "migrate가 1로 종료했습니다. kubectl은 Init: 뒤에 종료 reason을 붙여 보여 줍니다. 앱 컨테이너(nginx)는 migrate가 성공하기 전에는 절대 시작되지 않습니다.",
          predict: { question: "다시 시도하는 파드는?", choices: ["retry (restartPolicy Always)", "give-up (restartPolicy Never)", "둘 다"], answer: 0, why: "초기화 컨테이너는 Always와 OnFailure에서 재시도됩니다. Never에서는 초기화 컨테이너가 실패하면 파드가 실패합니다." },
        },
        {
          label: "give-up은 실패, retry는 재시도",
          explain: "give-up의 단계는 바로 Failed가 됩니다. retry의 초기화 컨테이너는 즉시 다시 시작됩니다(초기화 중에는 RESTARTS에 초기화 컨테이너의 재시작도 들어갑니다).",
          predict: { question: "give-up의 nginx 컨테이너가 언젠가 실행될까요?", choices: ["예, 백오프 뒤에", "아니요"], answer: 1, why: "Failed 파드는 최종 상태라서 일반 컨테이너가 시작되지 않습니다." },
        },
        {
          label: "Init:CrashLoopBackOff",
          explain: "두 번째 실패에는 다른 컨테이너와 똑같은 10초 백오프가 걸려 STATUS가 Init:CrashLoopBackOff가 됩니다. 단계는 Pending으로 유지됩니다.",
          predict: { question: "이 크래시 루프 동안 단계는 Running일까요?", choices: ["예", "아니요, Pending"], answer: 1, why: "아직 초기화 중이므로 Pending입니다. 일반 컨테이너의 크래시 루프일 때만 파드가 Running으로 남습니다." },
        },
        {
          label: "2분 뒤",
          explain: "retry는 대기 시간이 늘어나며(10, 20, 40초…) 초기화 컨테이너를 계속 반복하고, 두 파드 모두 앱 컨테이너는 한 번도 시작되지 않았습니다.",
          predict: { question: "retry를 시작시키려면?", choices: ["초기화 컨테이너가 0으로 끝나도록 고친다", "기다린다: 포기하고 앱을 시작한다"], answer: 0, why: "앱 컨테이너는 모든 초기화 컨테이너가 성공한 뒤에만 시작됩니다." },
        },
      ],
      questions: [
        { question: "restartPolicy Always에서 초기화 컨테이너가 크래시 루프에 빠지면 파드 단계는?", choices: ["Running", "Pending", "Failed"], answer: 1, why: "초기화가 끝나지 않았으므로 단계는 Pending입니다." },
      ],
    },
  },
};
