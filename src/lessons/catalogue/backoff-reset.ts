import yaml from "../scenarios/backoff-reset.yaml?raw";
import type { Lesson, QuestionSetup } from "../types";

const ask0 = {
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: flaky
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: ["sh", "-c", "sleep 3600"]
`,
  at: 320,
  check: { kind: "row", pod: "flaky", scenario: "apiVersion: podplay.dev/v1alpha1\nkind: Scenario\nspec:\n  actions:\n  - {at: 10s, crash: {pod: flaky, container: app, exitCode: 1}}\n  - {at: 15s, crash: {pod: flaky, container: app, exitCode: 1}}\n  - {at: 30s, crash: {pod: flaky, container: app, exitCode: 1}}\n  - {at: 300s, crash: {pod: flaky, container: app, exitCode: 1}}\n" },
} satisfies QuestionSetup;

export const backoffReset: Lesson = {
  id: "backoff-reset",
  topic: "backoff",
  docs: ["restarts"],
  yaml,
  comments: { ko: { "Three quick crashes grow the back-off; after 10 min of running it is forgotten.": "빠른 크래시 세 번으로 백오프가 늘어나고, 10분 동안 실행되면 백오프가 초기화됩니다." } },
  moments: [
    { t: 12, checks: [{ kind: "row", pod: "flaky", at: 11, status: "Error", restarts: "0" }, { kind: "row", pod: "flaky", at: 12, status: "Running", restarts: "1" }] },
    { t: 27, checks: [{ kind: "row", pod: "flaky", at: 26, status: "CrashLoopBackOff", restarts: "1" }, { kind: "row", pod: "flaky", at: 27, status: "Running", restarts: "2" }] },
    { t: 52, checks: [{ kind: "row", pod: "flaky", at: 51, status: "CrashLoopBackOff", restarts: "2" }, { kind: "row", pod: "flaky", at: 52, status: "Running", restarts: "3" }] },
    {
      t: 702,
      checks: [
        { kind: "row", pod: "flaky", at: 701, status: "Error", restarts: "3" },
        { kind: "row", pod: "flaky", at: 702, status: "Running", ready: "1/1", restarts: "4" },
      ],
    },
  ],
  text: {
    en: {
      title: "The back-off forgets after 10 minutes",
      summary: "Three quick crashes (scripted at 10 s, 15 s and 30 s) grow the back-off to 40 s. The container then runs for more than 10 minutes, so its next crash at 700 s is restarted at once.",
      watch: "The waits after each crash: none, about 10 s, about 20 s, and then none again.",
      moments: [
        {
          label: "Crash 1: immediate restart",
          explain: "The first crash is restarted at once and creates the back-off entry (10 s).",
          predict: {
            question: "The next crash comes 3 s after this restart. How long will the kubelet wait before restarting?",
            choices: ["None, like this time", "About 10 s", "About 40 s"],
            answer: 1,
            whys: [
              "Only a restart without a back-off entry is immediate. This restart just created the entry.",
              "The entry exists with 10 s, and the previous exit is far from 10 minutes old.",
              "40 s would be the fourth wait; the waits grow 10, 20, 40 s one restart at a time.",
            ],
          },
        },
        {
          label: "Crash 2: about 10 s",
          explain: "Crash at 15 s, CrashLoopBackOff, restart at 27 s: the 10 s wait plus the kubelet noticing the exit and starting the container.",
          predict: {
            question: "Restart 2 came at 27 s. Crash 3 comes at 30 s. How long is the wait then?",
            choices: ["About 10 s", "About 20 s", "None: the container ran only 3 s"],
            answer: 1,
            whys: [
              "10 s was the last wait; the restart at 27 s doubled it.",
              "Each restart the back-off allowed doubled the delay: 10 s, now 20 s.",
              "Running briefly does not reset the back-off; only about 10 minutes without a crash does.",
            ],
          },
        },
        {
          label: "Crash 3: about 20 s",
          explain: "Restart 3 at 52 s. The next delay would be 40 s, but the container now runs without crashing until 700 s.",
          predict: {
            question: "The container now runs without crashing. If it crashes after 11 minutes of running, how long is the wait?",
            choices: ["40 s, the next step", "300 s, the cap", "None"],
            answer: 2,
            whys: [
              "Steps continue only while crashes come close together; an entry older than 10 minutes has expired.",
              "The cap is the longest wait while a container keeps crashing; after 10 quiet minutes the back-off starts over.",
              "The back-off entry has expired; the restart is treated like the first one.",
            ],
          },
        },
        {
          label: "Crash 4 after 10+ minutes: immediate",
          explain: "The crash at 700 s comes more than 600 s after the last restart, so the kubelet treats the back-off as expired: restarted at once, no CrashLoopBackOff.",
          predict: {
            question: "What does 'the back-off resets' protect against?",
            choices: ["Punishing a stable app for crashes long ago", "Restarting too fast", "Losing the restart count"],
            answer: 0,
            whys: [
              "An app that ran well for 10 minutes gets a fresh start instead of a long wait (up to the 5-minute cap).",
              "Growing waits protect against that; the reset does the opposite and allows a quick restart.",
              "RESTARTS is never reset by the kubelet; only the back-off delay is.",
            ],
          },
        },
      ],
      questions: [
        {
          ...ask0,
          question: "As in the lesson, the container crashes at 10, 15 and 30 s and is restarted at about 12, 27 and 52 s. Then it runs until a crash at 300 s. What does kubectl get pods show at 320 s (READY STATUS RESTARTS)?",
          choices: ["1/1 Running 4", "0/1 CrashLoopBackOff 3", "0/1 CrashLoopBackOff 0"],
          answer: 1,
          whys: [
            "That assumes the back-off resets after a few minutes (or after 300 s). It resets only after about 10 minutes; 248 s of calm is not enough.",
            "The back-off is still remembered and is now 40 s, so the container waits until about 340 s.",
            "RESTARTS counts every restart of the container and never goes back to 0 while the Pod exists; only the back-off delay can reset.",
          ],
        },
        {
          question: "A container crash-looped this morning, then ran fine for an hour, and now crashes once. What happens?",
          choices: ["It is restarted at once, and RESTARTS keeps counting", "It is restarted at once, and RESTARTS starts again at 1", "It waits 300 s, where the back-off left off", "It waits 10 s, the first step of a new back-off"],
          answer: 0,
          whys: [
            "The back-off expired after 10 quiet minutes, so this restart is immediate; the count is not reset.",
            "The delay starts over, but RESTARTS is the container's total and keeps growing.",
            "An hour of running is far more than the 10 minutes after which the kubelet forgets the back-off.",
            "After a reset the first restart is immediate again; the 10 s wait applies to the crash after that.",
          ],
        },
      ],
    },
    ko: {
      title: "백오프는 10분 뒤 초기화된다",
      summary: "빠른 크래시 세 번(10초, 15초, 30초에 스크립트로 발생)으로 백오프가 40초까지 늘어납니다. 그 뒤 컨테이너가 10분 넘게 실행되므로, 700초의 다음 크래시는 바로 재시작됩니다.",
      watch: "크래시마다 기다리는 시간을 보세요. 없음, 약 10초, 약 20초, 그리고 다시 없음입니다.",
      moments: [
        {
          label: "크래시 1: 바로 재시작",
          explain: "첫 크래시는 바로 재시작되고 백오프 항목(10초)이 만들어집니다.",
          predict: {
            question: "이번 재시작 3초 뒤 다음 크래시가 옵니다. kubelet은 재시작 전에 얼마나 기다릴까요?",
            choices: ["이번처럼 기다리지 않는다", "약 10초", "약 40초"],
            answer: 1,
            whys: [
              "백오프 항목이 없을 때만 바로 재시작합니다. 이번 재시작이 그 항목을 만들었습니다.",
              "10초짜리 항목이 있고, 직전 종료 뒤 10분이 지나려면 아직 한참 남았습니다.",
              "40초는 네 번째 대기입니다. 대기는 재시작마다 10, 20, 40초로 한 단계씩 늘어납니다.",
            ],
          },
        },
        {
          label: "크래시 2: 약 10초",
          explain: "15초에 크래시, CrashLoopBackOff, 그리고 27초에 재시작합니다. 10초 대기에 kubelet이 종료를 알아채고 컨테이너를 시작하는 시간이 더해집니다.",
          predict: {
            question: "두 번째 재시작은 27초였습니다. 30초에 세 번째 크래시가 옵니다. 이번 대기는?",
            choices: ["약 10초", "약 20초", "없다: 컨테이너가 3초만 실행되었으니"],
            answer: 1,
            whys: [
              "10초는 지난번 대기입니다. 27초의 재시작 때 지연이 두 배가 되었습니다.",
              "백오프가 재시작을 허락할 때마다 지연이 두 배가 됩니다. 10초, 이제 20초.",
              "잠깐 실행된 것으로는 백오프가 초기화되지 않습니다. 약 10분 동안 크래시가 없어야 합니다.",
            ],
          },
        },
        {
          label: "크래시 3: 약 20초",
          explain: "52초에 세 번째 재시작입니다. 다음 지연은 40초가 될 차례지만, 컨테이너는 이제 700초까지 크래시 없이 실행됩니다.",
          predict: {
            question: "컨테이너가 이제 크래시 없이 실행됩니다. 11분 동안 실행된 뒤 크래시가 나면 대기는?",
            choices: ["다음 단계인 40초", "상한인 300초", "없다"],
            answer: 2,
            whys: [
              "단계가 이어지는 것은 크래시가 잇따라 일어날 때뿐입니다. 10분이 넘은 항목은 만료되었습니다.",
              "상한은 계속 크래시하는 컨테이너가 기다리는 가장 긴 시간입니다. 10분 동안 조용했다면 백오프는 처음부터 다시 시작합니다.",
              "백오프 항목이 만료되었으니 첫 재시작처럼 처리됩니다.",
            ],
          },
        },
        {
          label: "10분 넘게 실행 후 크래시 4: 바로",
          explain: "700초의 크래시는 마지막 재시작보다 600초 넘게 지난 뒤라서 kubelet은 백오프가 만료된 것으로 봅니다. 바로 재시작되고 CrashLoopBackOff도 없습니다.",
          predict: {
            question: "'백오프 초기화'는 무엇을 막아 줄까요?",
            choices: ["안정적인 앱을 오래전 크래시 때문에 벌주는 것", "너무 빠른 재시작", "재시작 횟수를 잃는 것"],
            answer: 0,
            whys: [
              "10분 동안 잘 실행된 앱은 긴 대기(상한 5분) 대신 새로 출발합니다.",
              "그것은 늘어나는 대기가 막습니다. 초기화는 반대로 빠른 재시작을 허락합니다.",
              "kubelet은 RESTARTS를 초기화하지 않습니다. 초기화되는 것은 백오프 지연뿐입니다.",
            ],
          },
        },
      ],
      questions: [
        {
          ...ask0,
          question: "레슨처럼 컨테이너가 10, 15, 30초에 크래시하고 약 12, 27, 52초에 재시작합니다. 그 뒤 300초에 크래시할 때까지 실행됩니다. 320초에 kubectl get pods에는 어떻게 보일까요(READY STATUS RESTARTS)?",
          choices: ["1/1 Running 4", "0/1 CrashLoopBackOff 3", "0/1 CrashLoopBackOff 0"],
          answer: 1,
          whys: [
            "몇 분(또는 300초)이 지나면 백오프가 초기화된다고 본 답입니다. 초기화에는 약 10분이 필요하고, 248초 동안 조용했던 것으로는 부족합니다.",
            "백오프가 아직 남아 있고 이제 40초이므로, 컨테이너는 약 340초까지 기다립니다.",
            "RESTARTS는 컨테이너의 모든 재시작을 세고, 파드가 있는 동안 0으로 돌아가지 않습니다. 초기화되는 것은 백오프 지연뿐입니다.",
          ],
        },
        {
          question: "오늘 아침 크래시 루프에 빠졌던 컨테이너가 한 시간 동안 잘 실행되다가 이제 한 번 크래시합니다. 어떻게 될까요?",
          choices: ["바로 재시작되고, RESTARTS는 계속 늘어난다", "바로 재시작되고, RESTARTS는 다시 1부터", "백오프가 멈춘 곳인 300초를 기다린다", "새 백오프의 첫 단계인 10초를 기다린다"],
          answer: 0,
          whys: [
            "조용한 10분이 지나 백오프가 만료되었으니 이번 재시작은 바로 일어납니다. 횟수는 초기화되지 않습니다.",
            "지연은 처음부터 시작하지만, RESTARTS는 컨테이너의 누적 횟수라 계속 늘어납니다.",
            "한 시간의 실행은 kubelet이 백오프를 잊는 10분보다 훨씬 깁니다.",
            "초기화 뒤 첫 재시작은 다시 바로 일어납니다. 10초 대기는 그다음 크래시부터입니다.",
          ],
        },
      ],
    },
  },
};
