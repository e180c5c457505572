import yaml from "../scenarios/crash-loop-backoff.yaml?raw";
import type { Lesson, QuestionSetup } from "../types";

const ask0 = {
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: crash
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: ["sh", "-c", "exit 1"]
`,
  at: 60,
  check: { kind: "row", pod: "crash" },
} satisfies QuestionSetup;

const ask1 = {
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: crash
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: ["sh", "-c", "exit 1"]
`,
  at: 36,
  check: { kind: "event", object: "crash" },
} satisfies QuestionSetup;

export const crashLoopBackoff: Lesson = {
  id: "crash-loop-backoff",
  topic: "backoff",
  docs: ["restarts"],
  yaml,
  comments: { ko: { "exit 1 under restartPolicy Always: restart at once, then wait 10, 20, 40 ... up to 300 s.": "restartPolicy Always에서 exit 1: 바로 재시작한 뒤 10, 20, 40 ... 최대 300초를 기다립니다." } },
  moments: [
    { t: 3, checks: [{ kind: "row", pod: "crash", at: 2, status: "Error", restarts: "0" }, { kind: "row", pod: "crash", at: 3, status: "Error", restarts: "1", phase: "Running" }] },
    {
      t: 14,
      checks: [
        { kind: "row", pod: "crash", at: 13, status: "CrashLoopBackOff", restarts: "1" },
        { kind: "row", pod: "crash", at: 14, restarts: "2" },
        { kind: "event", reason: "BackOff", object: "crash", message: { matches: "^Back-off restarting failed container app in pod crash_default\\(" }, first: [3, 14] },
      ],
    },
    { t: 35, checks: [{ kind: "row", pod: "crash", at: 34, restarts: "2" }, { kind: "row", pod: "crash", at: 35, restarts: "3" }] },
    { t: 157, checks: [{ kind: "row", pod: "crash", at: 156, status: "CrashLoopBackOff", restarts: "4" }, { kind: "row", pod: "crash", at: 157, restarts: "5" }] },
    { t: 619, checks: [{ kind: "row", pod: "crash", at: 617, restarts: "6" }, { kind: "row", pod: "crash", at: 619, restarts: "7", phase: "Running" }] },
  ],
  text: {
    en: {
      title: "CrashLoopBackOff: 10 s doubling to 300 s",
      summary: "A container that exits 1 at once under restartPolicy Always. The kubelet restarts it immediately the first time, then waits 10, 20, 40, 80, 160 and at most 300 s after each exit.",
      watch: "The RESTARTS column and the gaps between restarts on the timeline; each gap is twice the one before.",
      moments: [
        {
          label: "First restart: immediate",
          explain: "The first exit has no back-off yet: the kubelet starts the container again at once, and it exits again.",
          predict: {
            question: "The container exited and was restarted at once; it exits again. How long will the kubelet wait before the next restart?",
            choices: ["None: every restart is immediate", "About 10 s", "About 300 s"],
            answer: 1,
            whys: [
              "Only the first restart is immediate; it also creates the back-off entry that delays the next one.",
              "The first restart created the back-off entry with a 10 s delay.",
              "300 s is the cap, reached only after 10, 20, 40, 80 and 160 s.",
            ],
          },
        },
        {
          label: "10 s back-off",
          explain: "STATUS shows CrashLoopBackOff while the container waits; restart 2 comes about 10 s after the exit. kubectl first shows Error, because the status is written before the sync that records the back-off.",
          predict: {
            question: "Restart 2 waited 10 s. What will the next wait be?",
            choices: ["10 s again", "20 s", "30 s (10 s more each time)"],
            answer: 1,
            whys: [
              "The delay is not fixed: it doubles with each restart.",
              "Each restart the back-off allows doubles the delay.",
              "The back-off grows by doubling, not by a fixed step.",
            ],
          },
        },
        {
          label: "20 s back-off",
          explain: "Restart 3, about 20 s after the exit. The pattern is 10, 20, 40, 80, 160 s.",
          predict: {
            question: "Which restart is the first to wait 80 s?",
            choices: ["Restart 4", "Restart 5", "Restart 8"],
            answer: 1,
            whys: [
              "Restart 4 waits 40 s: restart 2 waits 10, 3 waits 20, 4 waits 40.",
              "Restart 1 is immediate; 2 waits 10 s, 3 waits 20, 4 waits 40, 5 waits 80.",
              "That counts 10 s steps (10, 20 … 80). The delay doubles instead, so 80 s comes much sooner.",
            ],
          },
        },
        {
          label: "80 s back-off",
          explain: "Restart 5 follows an 80 s wait (2m37s on the clock). The phase is still Running: under Always a crash-looping Pod never becomes Failed.",
          predict: {
            question: "After 80 s comes 160 s. What is the longest wait?",
            choices: ["320 s", "300 s", "It keeps doubling"],
            answer: 1,
            whys: [
              "Doubling 160 gives 320, but the back-off is capped below that.",
              "The crash-loop back-off is capped at 300 s (5 minutes).",
              "Then a crashing container would be retried less and less; the cap keeps it retried every 5 minutes.",
            ],
          },
        },
        {
          label: "Capped at 300 s",
          explain: "After 160 s comes the cap: restart 7 follows a 300 s wait. From now on the container is retried every 5 minutes.",
          predict: {
            question: "What would bring the delay back to 10 s?",
            choices: ["The container running for 10 minutes", "A BackOff event", "Waiting 300 s"],
            answer: 0,
            whys: [
              "The kubelet forgets the back-off once a container has run for 10 minutes (see the lesson 'The back-off forgets after 10 minutes').",
              "The BackOff event only reports that a restart is being held back; it changes nothing.",
              "300 s is the longest single wait, not a reset: the next wait after it is 300 s again.",
            ],
          },
        },
      ],
      questions: [
        {
          ...ask0,
          question: "This container exits 1 at once. What does kubectl get pods show for crash 60 s after apply (READY STATUS RESTARTS)?",
          choices: ["0/1 CrashLoopBackOff 6", "0/1 CrashLoopBackOff 3", "0/1 Error 0", "0/1 Failed 3"],
          answer: 1,
          whys: [
            "That assumes a restart every 10 s. The waits double: none, 10 s, 20 s, 40 s.",
            "Restarts at about 3 s (at once), 14 s (after 10 s) and 35 s (after 20 s); the fourth waits 40 s, until about 75 s.",
            "Error with no restarts is restartPolicy Never. The default is Always: the kubelet restarts it.",
            "A crash-looping Pod under Always is never Failed: its phase stays Running, and STATUS shows why the container waits.",
          ],
        },
        {
          ...ask1,
          question: "The same Pod: restart 3 came at 35 s and the container exited again at once. Which Event does kubectl get events show next for crash?",
          choices: ["BackOff: Back-off restarting failed container app …", "Started: Started container app", "Killing: Stopping container app", "Failed: Error: CrashLoopBackOff"],
          answer: 0,
          whys: [
            "The kubelet's next sync finds the container inside its 40 s back-off and reports that it holds the restart back.",
            "The next start waits for the 40 s back-off; before it, the kubelet's syncs report BackOff.",
            "Nothing is killed: the container exits by itself. Killing comes from the kubelet stopping a container (a deletion, a failed liveness probe).",
            "Failed events report a failed pull or create; a held-back restart is reported as BackOff.",
          ],
        },
      ],
    },
    ko: {
      title: "CrashLoopBackOff: 10초부터 두 배씩, 최대 300초",
      summary: "restartPolicy Always에서 곧바로 1로 종료하는 컨테이너입니다. kubelet은 처음에는 바로 재시작하고, 그다음부터는 종료할 때마다 10, 20, 40, 80, 160초, 최대 300초를 기다립니다.",
      watch: "RESTARTS 열과 타임라인의 재시작 간격을 보세요. 간격이 매번 앞의 두 배로 늘어납니다.",
      moments: [
        {
          label: "첫 재시작: 바로",
          explain: "첫 종료에는 아직 백오프가 없어서 kubelet이 바로 다시 시작하고, 컨테이너는 또 바로 종료합니다.",
          predict: {
            question: "컨테이너가 종료해 바로 재시작되었고, 또 종료합니다. 다음 재시작 전에 kubelet은 얼마나 기다릴까요?",
            choices: ["기다리지 않는다: 재시작은 늘 바로", "약 10초", "약 300초"],
            answer: 1,
            whys: [
              "바로 일어나는 것은 첫 재시작뿐이고, 그때 다음 재시작을 늦출 백오프 항목이 만들어집니다.",
              "첫 재시작 때 지연 10초짜리 백오프 항목이 만들어졌습니다.",
              "300초는 상한이고, 10, 20, 40, 80, 160초를 거친 뒤에야 닿습니다.",
            ],
          },
        },
        {
          label: "10초 백오프",
          explain: "기다리는 동안 STATUS는 CrashLoopBackOff이고, 두 번째 재시작은 종료 후 약 10초 뒤입니다. kubectl이 처음에 Error를 보여 주는 것은 백오프를 기록하는 동기화보다 status를 먼저 쓰기 때문입니다.",
          predict: {
            question: "두 번째 재시작은 10초를 기다렸습니다. 다음 대기는?",
            choices: ["다시 10초", "20초", "30초(매번 10초씩 늘어난다)"],
            answer: 1,
            whys: [
              "지연은 고정이 아닙니다. 재시작할 때마다 두 배가 됩니다.",
              "백오프가 재시작을 허락할 때마다 지연이 두 배가 됩니다.",
              "백오프는 일정하게 더해지지 않고 두 배로 늘어납니다.",
            ],
          },
        },
        {
          label: "20초 백오프",
          explain: "종료 후 약 20초 뒤 세 번째 재시작입니다. 규칙은 10, 20, 40, 80, 160초입니다.",
          predict: {
            question: "처음으로 80초를 기다리는 것은 몇 번째 재시작일까요?",
            choices: ["4번째", "5번째", "8번째"],
            answer: 1,
            whys: [
              "4번째는 40초를 기다립니다. 2번째 10초, 3번째 20초, 4번째 40초.",
              "1번째는 바로, 2번째 10초, 3번째 20초, 4번째 40초, 5번째 80초.",
              "10초씩 더한 계산입니다(10, 20 … 80). 실제로는 두 배씩 늘어나서 80초가 훨씬 빨리 옵니다.",
            ],
          },
        },
        {
          label: "80초 백오프",
          explain: "다섯 번째 재시작은 80초를 기다린 뒤(시계로 2m37s) 일어납니다. 단계는 여전히 Running입니다. Always에서 크래시 루프에 빠진 파드는 Failed가 되지 않습니다.",
          predict: {
            question: "80초 다음은 160초입니다. 가장 긴 대기는?",
            choices: ["320초", "300초", "계속 두 배로 늘어난다"],
            answer: 1,
            whys: [
              "160을 두 배 하면 320이지만, 백오프에는 그보다 낮은 상한이 있습니다.",
              "크래시 루프 백오프의 상한은 300초(5분)입니다.",
              "그러면 계속 크래시하는 컨테이너를 점점 더 드물게 다시 시작하게 됩니다. 상한 덕분에 5분마다 다시 시도합니다.",
            ],
          },
        },
        {
          label: "상한 300초",
          explain: "160초 다음은 상한입니다. 일곱 번째 재시작은 300초를 기다린 뒤 일어나고, 이제부터는 5분마다 다시 시도합니다.",
          predict: {
            question: "지연을 다시 10초로 되돌리는 것은?",
            choices: ["컨테이너가 10분 동안 실행되는 것", "BackOff 이벤트", "300초 기다리기"],
            answer: 0,
            whys: [
              "컨테이너가 10분 동안 실행되면 kubelet은 백오프를 잊습니다('백오프는 10분 뒤 초기화된다' 레슨).",
              "BackOff 이벤트는 재시작을 미루고 있다고 알릴 뿐, 아무것도 바꾸지 않습니다.",
              "300초는 한 번의 대기 중 가장 긴 것이지 초기화가 아닙니다. 그다음 대기도 다시 300초입니다.",
            ],
          },
        },
      ],
      questions: [
        {
          ...ask0,
          question: "이 컨테이너는 곧바로 1로 종료합니다. 적용하고 60초 뒤 kubectl get pods에 crash는 어떻게 보일까요(READY STATUS RESTARTS)?",
          choices: ["0/1 CrashLoopBackOff 6", "0/1 CrashLoopBackOff 3", "0/1 Error 0", "0/1 Failed 3"],
          answer: 1,
          whys: [
            "10초마다 재시작한다고 본 답입니다. 대기는 두 배씩 늘어납니다(없음, 10초, 20초, 40초).",
            "약 3초(바로), 14초(10초 뒤), 35초(20초 뒤)에 재시작했고, 네 번째는 40초를 기다려 약 75초입니다.",
            "재시작 없는 Error는 restartPolicy Never의 모습입니다. 기본값은 Always라서 kubelet이 재시작합니다.",
            "Always에서 크래시 루프에 빠진 파드는 Failed가 되지 않습니다. 단계는 Running으로 남고, STATUS는 컨테이너가 기다리는 이유를 보여 줍니다.",
          ],
        },
        {
          ...ask1,
          question: "같은 파드입니다. 35초에 세 번째 재시작이 있었고 컨테이너는 또 바로 종료했습니다. kubectl get events에 crash의 다음 이벤트는?",
          choices: ["BackOff: “Back-off restarting failed container app …”", "Started: Started container app", "Killing: Stopping container app", "Failed: Error: CrashLoopBackOff"],
          answer: 0,
          whys: [
            "kubelet의 다음 동기화는 컨테이너가 40초 백오프 안에 있음을 보고, 재시작을 미루고 있다고 알립니다.",
            "다음 시작은 40초 백오프를 기다립니다. 그 전에 kubelet의 동기화는 BackOff를 알립니다.",
            "아무것도 죽이지 않습니다. 컨테이너는 스스로 종료합니다. Killing은 kubelet이 컨테이너를 멈출 때(삭제, 활성 프로브 실패) 나옵니다.",
            "Failed 이벤트는 이미지 받기나 생성 실패를 알립니다. 미뤄진 재시작은 BackOff로 알립니다.",
          ],
        },
      ],
    },
  },
};
