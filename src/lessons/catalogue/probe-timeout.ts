import yaml from "../scenarios/probe-timeout.yaml?raw";
import type { Lesson, QuestionSetup } from "../types";

const ask0 = {
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.27
    livenessProbe:
      httpGet: {path: /, port: http}
      periodSeconds: 5
`,
  at: 60,
  check: { kind: "row", pod: "web" },
} satisfies QuestionSetup;

const ask1 = {
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: impatient
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: ["sh", "-c", "trap 'exit 0' TERM; touch /tmp/ok; while true; do sleep 1; done"]
    livenessProbe:
      exec:
        command: ["sh", "-c", "sleep 2; cat /tmp/ok"]
      periodSeconds: 5
`,
  check: {
    kind: "fix",
    patches: [
      { find: "      periodSeconds: 5\n", replace: "      periodSeconds: 5\n      timeoutSeconds: 3\n" },
      { find: "      periodSeconds: 5\n", replace: "      periodSeconds: 5\n      failureThreshold: 10\n" },
      { find: "      periodSeconds: 5\n", replace: "      periodSeconds: 10\n" },
      { find: "      periodSeconds: 5\n", replace: "      periodSeconds: 5\n      initialDelaySeconds: 10\n" },
    ],
    goal: [{ kind: "row", pod: "impatient", at: 120, restarts: "0" }],
  },
} satisfies QuestionSetup;

/** timeoutSeconds, and the probe result the study notes call unknown (prober.go, worker.go, pkg/probe/exec). */
export const probeTimeout: Lesson = {
  id: "probe-timeout",
  topic: "probes",
  docs: ["probes"],
  yaml,
  comments: { ko: { "Three liveness probes, three outcomes. The probe command takes 2 s to answer. impatient: timeoutSeconds 1, so every check times out: a failure, and after 3 the kubelet restarts it. patient: timeoutSeconds 3, the same command answers in time. no-port: the probe names a port the container does not declare: the kubelet cannot run it at all.": "활성 프로브 3개, 결과도 세 가지. 프로브 명령은 응답하는 데 2초가 걸립니다.\nimpatient: timeoutSeconds 1이라 검사마다 시간 초과로 실패하고, 3번 실패하면 kubelet이 재시작합니다.\npatient: timeoutSeconds 3이라 같은 명령이 제때 응답합니다.\nno-port: 프로브가 컨테이너에 선언되지 않은 포트 이름을 가리켜 kubelet이 검사를 아예 실행하지 못합니다.", "The default; shorter than the 2 s the command needs.": "기본값입니다. 명령에 필요한 2초보다 짧습니다.", "Declares no port named \"http\".": "http라는 이름의 포트를 선언하지 않습니다." } },
  moments: [
    {
      t: 5,
      focus: { kubectl: "events" },
      checks: [
        { kind: "event", reason: "Unhealthy", object: "impatient", message: { matches: "^Liveness probe failed: .*timed out" }, first: [4, 6] },
        { kind: "event", reason: "Unhealthy", object: "no-port", message: { includes: "Liveness probe errored and resulted in unknown state" }, first: [4, 6] },
        { kind: "event", reason: "Unhealthy", object: "patient", absent: true },
      ],
    },
    {
      t: 15,
      focus: { kubectl: "watch" },
      checks: [
        { kind: "event", reason: "Killing", object: "impatient", message: "Container app failed liveness probe, will be restarted", first: [14, 16] },
        { kind: "row", pod: "no-port", at: 15, status: "Running", ready: "1/1", restarts: "0" },
      ],
    },
    {
      t: 58,
      focus: { kubectl: "describe", pod: "no-port" },
      checks: [
        { kind: "row", pod: "impatient", at: 58, status: "Running", restarts: "3" },
        { kind: "row", pod: "patient", at: 58, status: "Running", ready: "1/1", restarts: "0" },
        { kind: "row", pod: "no-port", at: 58, status: "Running", ready: "1/1", restarts: "0" },
        { kind: "event", reason: "Killing", object: "no-port", absent: true },
      ],
    },
  ],
  text: {
    en: {
      title: "timeoutSeconds, and a probe that cannot run",
      summary:
        "One exec check that needs 2 s, as a liveness probe with timeoutSeconds 1 (impatient) and 3 (patient), and an httpGet probe whose port name does not exist (no-port). A check that times out is a failure; a check the kubelet cannot run is an error, its result unknown, and it is not counted.",
      watch: "The Unhealthy events: 'timed out' for impatient, 'errored and resulted in unknown state' for no-port, none for patient. Then the RESTARTS column.",
      moments: [
        {
          label: "The first checks",
          explain:
            "impatient's check is cut off after timeoutSeconds (1 s) while the command still sleeps: since v1.20 an exec probe that times out is a failure (Liveness probe failed: … timed out). no-port's check cannot even be made: the container declares no port named http, so the prober gives up with an error and the result unknown (Liveness probe errored and resulted in unknown state).",
          predict: {
            question: "The probe command needs 2 s and timeoutSeconds is 1. What does the kubelet make of that check?",
            choices: ["A failure, like a non-zero exit", "Nothing yet: it waits for the command to finish", "Unknown: it is tried again next period without being counted"],
            answer: 0,
            whys: [
              "The runtime runs the command with the probe's timeout; when it runs out, the exec prober returns Failure (pkg/probe/exec/exec.go).",
              "Exec probes have honoured timeoutSeconds since v1.20; before that the kubelet ignored the timeout, which is where this belief comes from.",
              "Unknown is for a check the kubelet cannot run at all; a check that ran and took too long is a plain failure.",
            ],
          },
        },
        {
          label: "Third timeout: restart",
          explain:
            "Three failures in a row (failureThreshold 3, every 5 s) and the kubelet kills impatient's container and starts it again, although the app was healthy: only the probe was too impatient for its timeout. no-port has had three bad checks too and is not restarted: the worker throws away a check that errored (worker.go), so it counts neither as a failure nor as a success.",
          predict: {
            question: "no-port's liveness probe has errored three times as well. Is its container restarted?",
            choices: ["Yes: three errors are three failures", "No: an errored check is thrown away, not counted", "No, but the Pod turns not ready (0/1)"],
            answer: 1,
            whys: [
              "Only Success and Failure move the thresholds; an error is reported as an event and nothing else.",
              "The worker returns without recording a result for an errored check (worker.go), so failureThreshold is never reached.",
              "READY follows the readiness probe, and no-port has none; a liveness probe, errored or not, never changes READY.",
            ],
          },
        },
        {
          label: "Two probes, two silent problems",
          explain:
            "impatient has been restarted 3 times, patient (same check, timeoutSeconds 3) never. no-port is still 1/1 Running with no restarts while an event warns every 5 s: an unknown result never restarts a container, so a typo in a port name quietly switches the liveness probe off. Read the Unhealthy events, not only RESTARTS.",
          predict: {
            question: "What does kubectl describe pod no-port show for the probe?",
            choices: ["Restart Count 3, like impatient", "State Waiting, reason CrashLoopBackOff", "Restart Count 0, and Unhealthy warnings that the probe errored"],
            answer: 2,
            whys: [
              "impatient's checks ran and failed; no-port's could not run, and an unknown result never counts toward a restart.",
              "CrashLoopBackOff needs a container that exits or is killed; no-port's nginx has never stopped.",
              "The container runs untouched; the only trace of the broken probe is the stream of Unhealthy events.",
            ],
          },
        },
      ],
      questions: [
        {
          ...ask0,
          question: "nginx declares no ports, and its liveness probe asks for httpGet {path: /, port: http} every 5 s. What does kubectl get pods show for web at 60 s?",
          choices: ["1/1 Running 0", "1/1 Running 3", "0/1 Running 0", "0/1 CrashLoopBackOff 3"],
          answer: 0,
          whys: [
            "The port name matches nothing, so every check errors and its result is unknown: never counted, never a restart. The liveness probe is silently off.",
            "That is what a failing probe would do. An errored check is not a failure, and failureThreshold is never reached.",
            "A liveness probe never touches READY, and web has no readiness probe: it is ready as soon as it runs.",
            "Nothing kills nginx: the probe's errors are thrown away, so there is no restart and no back-off.",
          ],
        },
        {
          ...ask1,
          question: "impatient's app is healthy, but it is restarted again and again; the events say Liveness probe failed: … timed out. Which one change stops the restarts?",
          choices: ["timeoutSeconds: 3", "failureThreshold: 10", "periodSeconds: 10", "initialDelaySeconds: 10"],
          answer: 0,
          whys: [
            "The command needs 2 s; with 3 s to answer, every check passes.",
            "Every check still times out; ten failures in a row take longer, but the restarts keep coming.",
            "Checking less often does not make a check faster: each one still times out after the default 1 s.",
            "The first check comes later and times out like all the others.",
          ],
        },
      ],
    },
    ko: {
      title: "timeoutSeconds, 그리고 실행할 수 없는 프로브",
      summary:
        "2초가 걸리는 같은 exec 검사를 timeoutSeconds 1(impatient)과 3(patient)인 활성 프로브로 두고, 없는 포트 이름을 쓰는 httpGet 프로브(no-port)를 더했습니다. 시간 초과는 실패이고, kubelet이 실행조차 못 한 검사는 오류로서 결과가 Unknown이 되며 세지 않습니다.",
      watch: "Unhealthy 이벤트를 보세요. impatient는 'timed out', no-port는 'errored and resulted in unknown state', patient는 없음. 그다음 RESTARTS 열.",
      moments: [
        {
          label: "첫 검사",
          explain:
            "impatient의 검사는 명령이 아직 잠들어 있는 동안 timeoutSeconds(1초)가 지나 끊깁니다. v1.20부터 시간 초과된 exec 프로브는 실패입니다(Liveness probe failed: … timed out). no-port는 검사를 만들지도 못합니다. 컨테이너에 http라는 이름의 포트가 없어서 프로버가 오류와 함께 Unknown 결과로 포기합니다(Liveness probe errored and resulted in unknown state).",
          predict: {
            question: "프로브 명령은 2초가 걸리고 timeoutSeconds는 1입니다. kubelet은 이 검사를 어떻게 볼까요?",
            choices: ["0이 아닌 종료 코드처럼 실패로 본다", "아직 아무것도 아니다. 명령이 끝날 때까지 기다린다", "Unknown으로 보고, 세지 않은 채 다음 주기에 다시 한다"],
            answer: 0,
            whys: [
              "런타임은 프로브의 제한 시간으로 명령을 실행하고, 시간이 다 되면 exec 프로버가 Failure를 돌려줍니다(pkg/probe/exec/exec.go).",
              "exec 프로브는 v1.20부터 timeoutSeconds를 지킵니다. 그 전에는 kubelet이 제한 시간을 무시했고, 이 믿음은 거기서 나왔습니다.",
              "Unknown은 kubelet이 검사를 아예 실행할 수 없을 때입니다. 실행했는데 너무 오래 걸린 검사는 그냥 실패입니다.",
            ],
          },
        },
        {
          label: "세 번째 시간 초과: 재시작",
          explain:
            "연속 세 번 실패하자(failureThreshold 3, 5초마다) kubelet이 impatient의 컨테이너를 죽이고 다시 시작합니다. 앱은 멀쩡했고, 프로브가 제한 시간에 비해 느렸을 뿐입니다. no-port도 세 번 잘못된 검사를 했지만 재시작되지 않습니다. 오류가 난 검사는 워커가 버리므로(worker.go) 실패로도 성공으로도 세지 않습니다.",
          predict: {
            question: "no-port의 활성 프로브도 세 번 오류가 났습니다. 컨테이너가 재시작될까요?",
            choices: ["그렇다. 오류 세 번은 실패 세 번이다", "아니다. 오류 난 검사는 버려지고 세지 않는다", "아니다. 다만 파드가 준비되지 않은 상태(0/1)가 된다"],
            answer: 1,
            whys: [
              "임계값을 움직이는 것은 Success와 Failure뿐입니다. 오류는 이벤트로 알릴 뿐 그 밖에는 아무 일도 하지 않습니다.",
              "오류 난 검사에 대해 워커는 결과를 기록하지 않고 돌아가므로(worker.go) failureThreshold에 닿지 않습니다.",
              "READY는 준비성 프로브를 따르는데, no-port에는 준비성 프로브가 없습니다. 활성 프로브는 오류가 나든 안 나든 READY를 바꾸지 않습니다.",
            ],
          },
        },
        {
          label: "두 프로브, 두 가지 조용한 문제",
          explain:
            "impatient는 3번 재시작되었고, 같은 검사에 timeoutSeconds 3인 patient는 한 번도 재시작되지 않았습니다. no-port는 재시작 없이 여전히 1/1 Running이고, 5초마다 경고 이벤트만 쌓입니다. Unknown 결과는 컨테이너를 재시작하지 않으므로, 포트 이름의 오타 하나가 활성 프로브를 조용히 꺼 버립니다. RESTARTS만 보지 말고 Unhealthy 이벤트를 읽으세요.",
          predict: {
            question: "kubectl describe pod no-port는 프로브에 대해 무엇을 보여 줄까요?",
            choices: ["impatient처럼 Restart Count 3", "State Waiting, 이유 CrashLoopBackOff", "Restart Count 0과, 프로브 오류를 알리는 Unhealthy 경고"],
            answer: 2,
            whys: [
              "impatient의 검사는 실행되어 실패했고, no-port의 검사는 실행되지 못했습니다. Unknown 결과는 재시작 횟수에 들어가지 않습니다.",
              "CrashLoopBackOff는 종료되거나 죽임을 당한 컨테이너에만 생깁니다. no-port의 nginx는 한 번도 멈추지 않았습니다.",
              "컨테이너는 그대로 실행되고, 고장 난 프로브의 흔적은 이어지는 Unhealthy 이벤트뿐입니다.",
            ],
          },
        },
      ],
      questions: [
        {
          ...ask0,
          question: "nginx는 포트를 하나도 선언하지 않았고, 활성 프로브는 5초마다 httpGet {path: /, port: http}를 요청합니다. 60초에 kubectl get pods에 web은 어떻게 보일까요?",
          choices: ["1/1 Running 0", "1/1 Running 3", "0/1 Running 0", "0/1 CrashLoopBackOff 3"],
          answer: 0,
          whys: [
            "포트 이름에 맞는 것이 없으니 검사마다 오류가 나고 결과는 Unknown입니다. 세지 않으므로 재시작도 없습니다. 활성 프로브가 조용히 꺼진 셈입니다.",
            "실패하는 프로브라면 그렇게 됩니다. 오류 난 검사는 실패가 아니므로 failureThreshold에 닿지 않습니다.",
            "활성 프로브는 READY를 건드리지 않고, web에는 준비성 프로브가 없습니다. 실행되자마자 준비된 것으로 봅니다.",
            "nginx를 죽이는 것이 없습니다. 프로브의 오류는 버려지므로 재시작도 백오프도 없습니다.",
          ],
        },
        {
          ...ask1,
          question: "impatient의 앱은 멀쩡한데 계속 재시작되고, 이벤트에는 “Liveness probe failed: … timed out”이 보입니다. 무엇 하나를 바꾸면 재시작이 멈출까요?",
          choices: ["timeoutSeconds: 3", "failureThreshold: 10", "periodSeconds: 10", "initialDelaySeconds: 10"],
          answer: 0,
          whys: [
            "명령에는 2초가 필요합니다. 답할 시간이 3초면 검사마다 통과합니다.",
            "검사는 여전히 매번 시간 초과됩니다. 연속 열 번 실패하기까지 더 오래 걸릴 뿐, 재시작은 계속됩니다.",
            "검사를 덜 자주 한다고 검사가 빨라지지는 않습니다. 매번 기본값 1초가 지나면 시간 초과입니다.",
            "첫 검사가 늦게 올 뿐, 그 검사도 다른 검사처럼 시간 초과됩니다.",
          ],
        },
      ],
    },
  },
};
