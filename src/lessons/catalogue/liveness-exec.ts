import yaml from "../scenarios/liveness-exec.yaml?raw";
import type { Lesson, QuestionSetup } from "../types";

const ask0 = {
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: probe
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: ["sh", "-c", "touch /tmp/ok; sleep 10; rm /tmp/ok; sleep 3600"]
    livenessProbe:
      exec:
        command: ["cat", "/tmp/ok"]
      periodSeconds: 5
`,
  at: 35,
  check: { kind: "row", pod: "probe" },
} satisfies QuestionSetup;

const ask1 = {
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: probe
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: ["sh", "-c", "touch /tmp/ok; sleep 10; rm /tmp/ok; sleep 3600"]
    livenessProbe:
      exec:
        command: ["cat", "/tmp/ok"]
      periodSeconds: 5
`,
  check: { kind: "fix", patches: [{ find: "      periodSeconds: 5\n", replace: "      periodSeconds: 5\n      failureThreshold: 1\n" }, { find: "spec:\n", replace: "spec:\n  terminationGracePeriodSeconds: 5\n" }, { find: "      periodSeconds: 5\n", replace: "      periodSeconds: 1\n" }], goal: [{ kind: "row", pod: "probe", at: 40, restarts: "1" }] },
} satisfies QuestionSetup;

export const livenessExec: Lesson = {
  id: "liveness-exec",
  topic: "probes",
  docs: ["probes"],
  yaml,
  comments: { ko: { "The docs' exec liveness probe: /tmp/healthy is removed after 30 s, so `cat` starts failing.": "문서의 exec 활성 프로브: 30초 뒤 /tmp/healthy가 지워져 `cat`이 실패하기 시작합니다." } },
  moments: [
    {
      t: 35,
      checks: [
        { kind: "event", reason: "Unhealthy", object: "liveness-exec", message: { includes: "Liveness probe failed: cat: can't open '/tmp/healthy'" }, first: [32, 38] },
        { kind: "row", pod: "liveness-exec", at: 35, status: "Running", ready: "1/1", restarts: "0" },
      ],
    },
    {
      t: 45,
      checks: [
        { kind: "event", reason: "Killing", object: "liveness-exec", message: "Container liveness failed liveness probe, will be restarted", first: [42, 48] },
        { kind: "event", reason: "Unhealthy", object: "liveness-exec", count: { min: 3, max: 3, before: 45 } },
        { kind: "row", pod: "liveness-exec", at: 45, status: "Running", ready: "1/1", restarts: "0" },
      ],
    },
    { t: 76, checks: [{ kind: "row", pod: "liveness-exec", at: 74, status: "Running", restarts: "0" }, { kind: "row", pod: "liveness-exec", at: 76, status: "Running", ready: "1/1", restarts: "1" }] },
  ],
  text: {
    en: {
      title: "Liveness probe: exec",
      summary: "The docs' exec liveness probe runs cat /tmp/healthy every 5 s. The script deletes the file after 30 s; three failures later the kubelet kills the container and starts a new one.",
      watch: "The probe marks on the container lane, the Unhealthy events, and the long quiet gap before the restart.",
      moments: [
        {
          label: "First failure",
          explain: "The file is gone, cat exits 1 and its output becomes the Unhealthy event. One failure is not enough: failureThreshold is 3.",
          predict: {
            question: "The first liveness check failed. When will the kubelet kill the container?",
            choices: ["Now", "After the third failure, about 10 s later", "Never: liveness only marks the Pod unready"],
            answer: 1,
            whys: [
              "One failure is not enough: the kubelet waits for failureThreshold consecutive failures.",
              "failureThreshold defaults to 3 consecutive failures, and periodSeconds is 5.",
              "That is what a readiness probe does. A failing liveness probe gets the container restarted.",
            ],
          },
        },
        {
          label: "Third failure: Killing",
          explain: "Third failure in a row: the kubelet sends SIGTERM. STATUS still says Running 1/1; liveness does not touch readiness.",
          predict: {
            question: "The kubelet sends SIGTERM to the container, whose PID 1 is sh. How long until it is gone?",
            choices: ["At once", "About 30 s", "About 5 s, one probe period"],
            answer: 1,
            whys: [
              "A process that handles SIGTERM exits at once; sh as PID 1 ignores it.",
              "sh ignores SIGTERM, so the kubelet waits out the 30 s grace period and then sends SIGKILL.",
              "The probe period has nothing to do with stopping; terminationGracePeriodSeconds (default 30) does.",
            ],
          },
        },
        {
          label: "Restarted after the grace period",
          explain: "SIGKILL at the end of the 30 s grace (exit 137), and the same sync starts a new container: RESTARTS 1. The new one has /tmp/healthy again for 30 s.",
          predict: {
            question: "The new container has /tmp/healthy again for 30 s. Will this cycle repeat?",
            choices: ["Yes, about every 70 s", "No: after one restart liveness gives up", "No: the next restart waits in CrashLoopBackOff for good"],
            answer: 0,
            whys: [
              "Each new container deletes the file after 30 s; three failures later it is killed and has 30 s of grace again.",
              "Liveness keeps probing every new container; it never gives up.",
              "Restarts after a liveness kill do go through the back-off, but the container still comes back each time; a Pod is never left waiting for good.",
            ],
          },
        },
      ],
      questions: [
        {
          ...ask0,
          question: "The file goes away about 12 s after apply; the third failed check (about 25 s) gets the container killed. What does kubectl get pods show at 35 s (READY STATUS RESTARTS)?",
          choices: ["1/1 Running 0", "0/1 Running 0", "1/1 Running 1", "0/1 CrashLoopBackOff 1"],
          answer: 0,
          whys: [
            "sh ignores SIGTERM, so the container lives until SIGKILL at the end of the 30 s grace period (about 55 s). Liveness does not touch READY.",
            "A failing liveness probe does not make the container unready; only a readiness probe does that.",
            "The kill is not instant: the kubelet waits up to the 30 s grace period for the container to stop, and sh ignores SIGTERM.",
            "Nothing has exited yet, and the first restart after an exit is immediate anyway.",
          ],
        },
        {
          ...ask1,
          question: "The same Pod: killed at about 25 s, restarted only at about 55 s. Which one change gets RESTARTS to 1 by 40 s?",
          choices: ["failureThreshold: 1", "terminationGracePeriodSeconds: 5 on the Pod", "periodSeconds: 1"],
          answer: 1,
          whys: [
            "The kill comes earlier (about 15 s), but sh still ignores SIGTERM for the full 30 s grace: restarted at about 45 s.",
            "The kill still comes at about 25 s, but SIGKILL follows 5 s later, and the container is restarted at about 30 s.",
            "Faster checks find the missing file sooner, but the 30 s grace period still dominates: restarted at about 45 s.",
          ],
        },
      ],
    },
    ko: {
      title: "활성 프로브: exec",
      summary: "문서의 exec 활성 프로브는 5초마다 cat /tmp/healthy를 실행합니다. 스크립트가 30초 뒤 파일을 지우면, 세 번 실패한 뒤 kubelet이 컨테이너를 죽이고 새로 시작합니다.",
      watch: "컨테이너 레인의 프로브 표시, Unhealthy 이벤트, 그리고 재시작 전의 긴 공백을 보세요.",
      moments: [
        {
          label: "첫 실패",
          explain: "파일이 없어 cat이 1로 종료하고, 그 출력이 Unhealthy 이벤트가 됩니다. 한 번 실패로는 부족합니다. failureThreshold는 3입니다.",
          predict: {
            question: "활성 프로브의 첫 검사가 실패했습니다. kubelet은 언제 컨테이너를 죽일까요?",
            choices: ["지금", "세 번째 실패 때, 약 10초 뒤", "죽이지 않는다: 활성 프로브는 파드를 준비되지 않음으로만 표시한다"],
            answer: 1,
            whys: [
              "한 번의 실패로는 부족합니다. kubelet은 failureThreshold만큼 연속 실패를 기다립니다.",
              "failureThreshold의 기본값은 연속 3회이고 periodSeconds는 5입니다.",
              "그것은 준비성 프로브가 하는 일입니다. 활성 프로브가 실패하면 컨테이너가 재시작됩니다.",
            ],
          },
        },
        {
          label: "세 번째 실패: Killing",
          explain: "연속 세 번째 실패로 kubelet이 SIGTERM을 보냅니다. 활성 프로브는 준비 상태를 건드리지 않으므로 STATUS는 여전히 Running 1/1입니다.",
          predict: {
            question: "kubelet이 PID 1이 sh인 컨테이너에 SIGTERM을 보냅니다. 컨테이너가 사라지기까지는?",
            choices: ["바로", "약 30초", "프로브 주기인 약 5초"],
            answer: 1,
            whys: [
              "SIGTERM을 처리하는 프로세스라면 바로 끝나지만, PID 1인 sh는 이를 무시합니다.",
              "sh가 SIGTERM을 무시하므로 kubelet은 30초 유예 기간을 기다린 뒤 SIGKILL을 보냅니다.",
              "프로브 주기는 멈추는 것과 관계없습니다. 정하는 것은 terminationGracePeriodSeconds(기본 30)입니다.",
            ],
          },
        },
        {
          label: "유예 기간 뒤 재시작",
          explain: "30초 유예가 끝나면 SIGKILL(exit 137), 같은 동기화에서 새 컨테이너가 시작되어 RESTARTS는 1이 됩니다. 새 컨테이너는 다시 30초 동안 /tmp/healthy를 가집니다.",
          predict: {
            question: "새 컨테이너에는 30초 동안 다시 /tmp/healthy가 있습니다. 이 과정이 반복될까요?",
            choices: ["그렇다, 약 70초마다", "아니다: 한 번 재시작하면 활성 프로브가 포기한다", "아니다: 다음 재시작부터는 CrashLoopBackOff에서 영영 기다린다"],
            answer: 0,
            whys: [
              "새 컨테이너도 30초 뒤 파일을 지우고, 세 번 실패하면 kubelet이 죽이며, 다시 30초의 유예를 받습니다.",
              "활성 프로브는 새 컨테이너마다 계속 검사합니다. 포기하지 않습니다.",
              "활성 프로브로 죽은 뒤의 재시작도 백오프를 거치지만, 컨테이너는 매번 돌아옵니다. 영영 기다리게 되지는 않습니다.",
            ],
          },
        },
      ],
      questions: [
        {
          ...ask0,
          question: "적용하고 약 12초 뒤 파일이 사라지고, 세 번째 검사 실패(약 25초)로 kubelet이 컨테이너를 죽입니다. 35초에 kubectl get pods에는 어떻게 보일까요(READY STATUS RESTARTS)?",
          choices: ["1/1 Running 0", "0/1 Running 0", "1/1 Running 1", "0/1 CrashLoopBackOff 1"],
          answer: 0,
          whys: [
            "sh가 SIGTERM을 무시하므로 컨테이너는 30초 유예 기간 끝의 SIGKILL(약 55초)까지 살아 있습니다. 활성 프로브는 READY를 건드리지 않습니다.",
            "활성 프로브가 실패해도 컨테이너가 준비되지 않음이 되지는 않습니다. 그렇게 하는 것은 준비성 프로브뿐입니다.",
            "죽이는 것은 순간이 아닙니다. kubelet은 유예 기간 30초까지 컨테이너가 멈추기를 기다리고, sh는 SIGTERM을 무시합니다.",
            "아직 아무것도 종료하지 않았고, 종료 후 첫 재시작은 어차피 바로 일어납니다.",
          ],
        },
        {
          ...ask1,
          question: "같은 파드입니다. 약 25초에 kubelet이 컨테이너를 죽이기 시작하고, 약 55초에야 재시작됩니다. 어떤 변경 하나로 40초까지 RESTARTS가 1이 될까요?",
          choices: ["failureThreshold: 1", "파드에 terminationGracePeriodSeconds: 5", "periodSeconds: 1"],
          answer: 1,
          whys: [
            "죽이는 시점은 빨라지지만(약 15초), sh는 여전히 30초 유예 내내 SIGTERM을 무시합니다. 약 45초에 재시작됩니다.",
            "죽이는 시점은 그대로 약 25초지만 5초 뒤 SIGKILL이 오고, 컨테이너는 약 30초에 재시작됩니다.",
            "검사가 잦아지면 파일이 없음을 더 빨리 알지만, 30초 유예 기간이 여전히 대부분을 차지합니다. 약 45초에 재시작됩니다.",
          ],
        },
      ],
    },
  },
};
