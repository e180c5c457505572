import yaml from "../scenarios/init-fail.yaml?raw";
import type { Lesson, QuestionSetup } from "../types";

const ask0 = {
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: app
spec:
  initContainers:
  - name: migrate
    image: busybox:1.36
    command: ["sh", "-c", "sleep 2; exit 1"]
  containers:
  - name: app
    image: nginx:1.27
`,
  at: 35,
  check: { kind: "row", pod: "app" },
} satisfies QuestionSetup;

const ask1 = {
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: app
spec:
  initContainers:
  - name: migrate
    image: busybox:1.36
    command: ["sh", "-c", "sleep 2; exit 1"]
  containers:
  - name: app
    image: nginx:1.27
`,
  check: { kind: "fix", patches: [{ find: "spec:\n", replace: "spec:\n  restartPolicy: OnFailure\n" }, { find: "sleep 2; exit 1", replace: "sleep 2; exit 0" }, { find: "spec:\n", replace: "spec:\n  restartPolicy: Never\n" }], goal: [{ kind: "row", pod: "app", at: 30, status: "Running", ready: "1/1" }] },
} satisfies QuestionSetup;

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
          predict: {
            question: "migrate exited 1 in both Pods. Which Pod will try again?",
            choices: ["retry (restartPolicy Always)", "give-up (restartPolicy Never)", "Both: init containers are always retried"],
            answer: 0,
            whys: [
              "Init containers are retried under Always and OnFailure; under Never a failed init container fails the Pod.",
              "Never means no restarts, for init containers too: give-up's Pod fails.",
              "The Pod's restartPolicy applies to init containers as well; under Never one failure is final.",
            ],
          },
        },
        {
          label: "give-up fails, retry retries",
          explain: "give-up's phase becomes Failed at once. retry's init container starts again immediately (RESTARTS counts init restarts while the Pod is initializing).",
          predict: {
            question: "give-up's phase is now Failed. Will its nginx container ever run?",
            choices: ["Yes, after a back-off", "No", "Yes, if you fix the init container's image in place"],
            answer: 1,
            whys: [
              "There is no back-off under Never: the Pod is done.",
              "A Failed Pod is terminal; its regular containers never start.",
              "A Pod's init containers cannot be edited once it is created, and a Failed Pod is not restarted; create a new Pod.",
            ],
          },
        },
        {
          label: "Init:CrashLoopBackOff",
          explain: "The second failure hits the same 10 s back-off as any container: STATUS Init:CrashLoopBackOff. The phase stays Pending.",
          predict: {
            question: "retry shows Init:CrashLoopBackOff. What is its phase?",
            choices: ["Running", "Pending", "Failed"],
            answer: 1,
            whys: [
              "Running needs initialization to be complete; a crash loop of a regular container keeps a Pod Running, but this is an init container.",
              "The Pod is still initializing, so it is Pending.",
              "Under Always an init container is retried without end; the Pod does not fail.",
            ],
          },
        },
        {
          label: "Two minutes later",
          explain: "retry still loops through its init container with growing waits (10, 20, 40 s …); no app container ever started in either Pod.",
          predict: {
            question: "Two minutes later retry still loops. How do you make it start its app?",
            choices: ["Fix the init container so it exits 0", "Wait: after enough tries it skips the init container", "Set restartPolicy: Never"],
            answer: 0,
            whys: [
              "App containers start only after every init container has succeeded.",
              "There is no skipping; the app never starts until migrate exits 0.",
              "Then the first failure fails the Pod for good; the app still never starts.",
            ],
          },
        },
      ],
      questions: [
        {
          ...ask0,
          question: "What does kubectl get pods show for app 35 s after apply (READY STATUS RESTARTS)?",
          choices: ["0/1 CrashLoopBackOff 2", "0/1 Init:CrashLoopBackOff 2", "0/1 Init:Error 0", "1/1 Running 0"],
          answer: 1,
          whys: [
            "The container in back-off is an init container, and kubectl says so: Init:CrashLoopBackOff. The app has never started.",
            "migrate exited at about 4, 7 and 20 s; restarted at once, then after 10 s; now it waits 20 s. RESTARTS counts the init restarts.",
            "Init:Error with no restarts is what restartPolicy Never leaves. The default Always retries the init container.",
            "The app starts only after migrate exits 0, which never happens.",
          ],
        },
        {
          ...ask1,
          question: "The same Pod. Which one change gets the app Running and Ready?",
          choices: ["restartPolicy: OnFailure", "migrate exits 0", "restartPolicy: Never"],
          answer: 1,
          whys: [
            "migrate is retried under OnFailure just as under Always; it fails every time, so the app still never starts.",
            "Once the only init container succeeds, the Pod is initialized and nginx starts.",
            "Then migrate's first failure fails the whole Pod: Init:Error, phase Failed, and nginx never runs.",
          ],
        },
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
          predict: {
            question: "두 파드 모두에서 migrate가 1로 종료했습니다. 어느 파드가 다시 시도할까요?",
            choices: ["retry(restartPolicy Always)", "give-up(restartPolicy Never)", "둘 다: 초기화 컨테이너는 늘 다시 시도된다"],
            answer: 0,
            whys: [
              "초기화 컨테이너는 Always와 OnFailure에서 다시 시도됩니다. Never에서는 초기화 컨테이너가 실패하면 파드가 실패합니다.",
              "Never는 초기화 컨테이너에도 재시작이 없다는 뜻입니다. give-up 파드는 실패합니다.",
              "파드의 재시작 정책은 초기화 컨테이너에도 적용됩니다. Never에서는 한 번의 실패로 끝입니다.",
            ],
          },
        },
        {
          label: "give-up은 실패, retry는 재시도",
          explain: "give-up의 단계는 바로 Failed가 됩니다. retry의 초기화 컨테이너는 즉시 다시 시작됩니다(초기화 중에는 RESTARTS에 초기화 컨테이너의 재시작도 들어갑니다).",
          predict: {
            question: "give-up의 단계는 이제 Failed입니다. nginx 컨테이너가 언젠가 실행될까요?",
            choices: ["그렇다, 백오프 뒤에", "아니다", "그렇다, 초기화 컨테이너의 이미지를 그 자리에서 고치면"],
            answer: 1,
            whys: [
              "Never에는 백오프가 없습니다. 파드는 끝났습니다.",
              "Failed 파드는 종료 상태이고, 일반 컨테이너는 시작하지 않습니다.",
              "만들어진 파드의 초기화 컨테이너는 고칠 수 없고, Failed 파드는 다시 시작되지 않습니다. 새 파드를 만들어야 합니다.",
            ],
          },
        },
        {
          label: "Init:CrashLoopBackOff",
          explain: "두 번째 실패에는 다른 컨테이너와 똑같은 10초 백오프가 걸려 STATUS가 Init:CrashLoopBackOff가 됩니다. 단계는 Pending으로 유지됩니다.",
          predict: {
            question: "retry에 Init:CrashLoopBackOff가 보입니다. 단계는?",
            choices: ["Running", "Pending", "Failed"],
            answer: 1,
            whys: [
              "Running이려면 초기화가 끝나야 합니다. 일반 컨테이너의 크래시 루프라면 Running으로 남지만, 이것은 초기화 컨테이너입니다.",
              "파드가 아직 초기화 중이므로 Pending입니다.",
              "Always에서 초기화 컨테이너는 끝없이 다시 시도되고, 파드는 실패하지 않습니다.",
            ],
          },
        },
        {
          label: "2분 뒤",
          explain: "retry는 대기 시간이 늘어나며(10, 20, 40초…) 초기화 컨테이너를 계속 반복하고, 두 파드 모두 앱 컨테이너는 한 번도 시작되지 않았습니다.",
          predict: {
            question: "2분 뒤에도 retry는 반복합니다. 앱을 시작하게 하려면?",
            choices: ["초기화 컨테이너가 0으로 종료하도록 고친다", "기다린다: 충분히 시도하면 초기화 컨테이너를 건너뛴다", "restartPolicy: Never로 바꾼다"],
            answer: 0,
            whys: [
              "앱 컨테이너는 모든 초기화 컨테이너가 성공한 뒤에야 시작합니다.",
              "건너뛰는 일은 없습니다. migrate가 0으로 종료할 때까지 앱은 시작하지 않습니다.",
              "그러면 첫 실패로 파드가 영영 실패합니다. 앱은 여전히 시작하지 않습니다.",
            ],
          },
        },
      ],
      questions: [
        {
          ...ask0,
          question: "적용하고 35초 뒤 kubectl get pods에 app은 어떻게 보일까요(READY STATUS RESTARTS)?",
          choices: ["0/1 CrashLoopBackOff 2", "0/1 Init:CrashLoopBackOff 2", "0/1 Init:Error 0", "1/1 Running 0"],
          answer: 1,
          whys: [
            "백오프 중인 것은 초기화 컨테이너이고 kubectl도 그렇게 알려 줍니다. Init:CrashLoopBackOff. 앱은 시작한 적이 없습니다.",
            "migrate는 약 4, 7, 20초에 종료했습니다. 처음에는 바로, 그다음은 10초 뒤 재시작했고 지금은 20초를 기다립니다. RESTARTS는 초기화 컨테이너의 재시작을 셉니다.",
            "재시작 없는 Init:Error는 restartPolicy Never의 모습입니다. 기본값 Always는 초기화 컨테이너를 다시 시도합니다.",
            "앱은 migrate가 0으로 종료한 뒤에야 시작하는데, 그런 일은 일어나지 않습니다.",
          ],
        },
        {
          ...ask1,
          question: "같은 파드입니다. 어떤 변경 하나로 앱이 Running, Ready가 될까요?",
          choices: ["restartPolicy: OnFailure", "migrate가 0으로 종료", "restartPolicy: Never"],
          answer: 1,
          whys: [
            "OnFailure에서도 Always처럼 migrate가 다시 시도되지만 매번 실패합니다. 앱은 여전히 시작하지 않습니다.",
            "하나뿐인 초기화 컨테이너가 성공하면 파드의 초기화가 끝나고 nginx가 시작합니다.",
            "그러면 migrate의 첫 실패로 파드 전체가 실패합니다. Init:Error, 단계는 Failed, nginx는 실행되지 않습니다.",
          ],
        },
      ],
    },
  },
};
