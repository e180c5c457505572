import yaml from "../scenarios/liveness-http.yaml?raw";
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
      httpGet: {path: /healthz, port: 80}
      periodSeconds: 5
`,
  at: 25,
  check: { kind: "row", pod: "web" },
} satisfies QuestionSetup;

const ask1 = {
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.27
    livenessProbe:
      httpGet: {path: /, port: 8080}
`,
  check: { kind: "fix", patches: [{ find: "      httpGet: {path: /, port: 8080}\n", replace: "      httpGet: {path: /, port: 8080}\n      initialDelaySeconds: 30\n" }, { find: "      httpGet: {path: /, port: 8080}\n", replace: "      httpGet: {path: /, port: 8080}\n      failureThreshold: 10\n" }, { find: "      httpGet: {path: /, port: 8080}\n", replace: "      httpGet: {path: /healthz, port: 8080}\n" }, { find: "      httpGet: {path: /, port: 8080}\n", replace: "      httpGet: {path: /, port: 80}\n" }], goal: [{ kind: "row", pod: "web", at: 120, restarts: "0" }] },
} satisfies QuestionSetup;

export const livenessHttp: Lesson = {
  id: "liveness-http",
  topic: "probes",
  docs: ["probes"],
  yaml,
  comments: { ko: { "The docs' HTTP liveness probe: agnhost answers /healthz with 200 for 10 s, then 500.": "문서의 HTTP 활성 프로브: agnhost가 10초 동안 /healthz에 200, 그 뒤로는 500으로 응답합니다." } },
  moments: [
    {
      t: 15, focus: { kubectl: "events" },
      checks: [
        { kind: "event", reason: "Unhealthy", object: "liveness-http", message: "Liveness probe failed: HTTP probe failed with statuscode: 500", first: [13, 17] },
        { kind: "row", pod: "liveness-http", at: 15, status: "Running", ready: "1/1", restarts: "0" },
      ],
    },
    { t: 21, focus: { kubectl: "events" }, checks: [{ kind: "event", reason: "Killing", object: "liveness-http", message: "Container liveness failed liveness probe, will be restarted", first: [19, 23] }] },
    {
      t: 22, focus: { kubectl: "watch" },
      checks: [
        { kind: "row", pod: "liveness-http", at: 22, status: "Running", ready: "1/1", restarts: "1" },
        { kind: "event", reason: "BackOff", object: "liveness-http", count: { min: 0, max: 0, before: 40 } },
      ],
    },
  ],
  text: {
    en: {
      title: "Liveness probe: httpGet",
      summary: "agnhost's liveness mode answers /healthz with 200 for 10 s, then 500. The probe (every 3 s, after a 3 s delay) fails three times and the kubelet restarts the container.",
      watch: "Unhealthy events every 3 s, then Killing, and a restart that comes right away.",
      moments: [
        {
          label: "500 from /healthz",
          explain: "Any status outside 200–399 is a failure; the event says HTTP probe failed with statuscode: 500.",
          predict: {
            question: "/healthz now answers 500. Would a 302 redirect have counted as a failure?",
            choices: ["Yes: only 200 is healthy", "No: 200–399 is success", "Yes: the probe does not follow redirects"],
            answer: 1,
            whys: [
              "Any code from 200 to 399 is a success for an httpGet probe.",
              "httpGet succeeds for any status code from 200 to 399.",
              "The kubelet treats a 3xx as a success in itself; it does not need to follow it to a 200.",
            ],
          },
        },
        {
          label: "Killing after 3 failures",
          explain: "Failures at 3 s intervals reach failureThreshold 3. The kubelet kills the container.",
          predict: {
            question: "The third failure: the kubelet kills the container. Will the restart wait for a 30 s grace period like the exec example?",
            choices: ["Yes: every kill waits 30 s", "No: agnhost exits on SIGTERM", "No: a liveness kill skips SIGTERM and sends SIGKILL"],
            answer: 1,
            whys: [
              "30 s is the longest the kubelet waits, not a fixed pause; a process that exits on SIGTERM is gone at once.",
              "agnhost is a Go program that exits promptly on SIGTERM; only a process that ignores it uses the full grace period.",
              "A liveness kill also starts with SIGTERM (or the image's stop signal) and the grace period; SIGKILL comes only if the process is still there.",
            ],
          },
        },
        {
          label: "Restarted at once",
          explain: "The container stopped within a moment and the first restart is immediate: RESTARTS 1. /healthz is healthy again for 10 s.",
          predict: {
            question: "The container was restarted. Does the probe's failure count start over?",
            choices: ["Yes: the new container starts fresh", "No: one more failure kills it again", "No: the probe stops after a restart"],
            answer: 0,
            whys: [
              "The probe worker waits for the new container and counts from zero; /healthz is healthy again for 10 s.",
              "Failures are counted per container instance; the new one has none yet.",
              "Liveness keeps checking every container instance, for as long as the Pod runs.",
            ],
          },
        },
      ],
      questions: [
        {
          ...ask0,
          question: "nginx serves no /healthz, so it answers 404. What does kubectl get pods show for web 25 s after apply (READY STATUS RESTARTS)?",
          choices: ["1/1 Running 0", "1/1 Running 1", "0/1 Running 0", "0/1 CrashLoopBackOff 1"],
          answer: 1,
          whys: [
            "An answer is not enough: only 200–399 counts as success, and 404 is a failure.",
            "Three 404s (about 5, 10, 15 s) get nginx killed; it quits promptly and is restarted at once. The new one is probed again.",
            "A failing liveness probe restarts the container; it never changes READY. That is readiness.",
            "The first restart after an exit is immediate, so at 25 s the new nginx runs.",
          ],
        },
        {
          ...ask1,
          question: "This nginx is restarted every 30 s, and the events say: Liveness probe failed … dial tcp …:8080: connect: connection refused. Which one change stops the restarts?",
          choices: ["initialDelaySeconds: 30", "failureThreshold: 10", "path: /healthz", "port: 80"],
          answer: 3,
          whys: [
            "nginx is not slow to start; port 8080 is simply closed. The checks start later and fail just the same.",
            "More patience only postpones the kill: ten refused connections instead of three.",
            "The connection is refused before any path is asked for; the port is what is wrong.",
            "nginx listens on 80. Connected there, / answers 200, and the probe passes.",
          ],
        },
      ],
    },
    ko: {
      title: "활성 프로브: httpGet",
      summary: "agnhost의 liveness 모드는 /healthz에 10초 동안 200, 그 뒤로는 500으로 응답합니다. 3초 지연 뒤 3초마다 도는 프로브가 세 번 실패하면 kubelet이 컨테이너를 재시작합니다.",
      watch: "3초마다 나오는 Unhealthy 이벤트, 그다음 Killing, 그리고 곧바로 이어지는 재시작을 보세요.",
      moments: [
        {
          label: "/healthz가 500 응답",
          explain: "200–399 밖의 상태 코드는 실패입니다. 이벤트에는 “HTTP probe failed with statuscode: 500”이라고 나옵니다.",
          predict: {
            question: "이제 /healthz가 500을 응답합니다. 302 리다이렉트였다면 실패로 셌을까요?",
            choices: ["그렇다: 200만 정상이다", "아니다: 200–399는 성공이다", "그렇다: 프로브는 리다이렉트를 따라가지 않는다"],
            answer: 1,
            whys: [
              "httpGet 프로브에서는 200부터 399까지 모두 성공입니다.",
              "httpGet은 200에서 399 사이의 모든 상태 코드를 성공으로 봅니다.",
              "kubelet은 3xx 자체를 성공으로 봅니다. 200까지 따라갈 필요가 없습니다.",
            ],
          },
        },
        {
          label: "3번 실패 뒤 Killing",
          explain: "3초 간격의 실패가 failureThreshold 3에 닿아 kubelet이 컨테이너를 죽입니다.",
          predict: {
            question: "세 번째 실패로 kubelet이 컨테이너를 죽입니다. exec 예제처럼 30초 유예 기간을 기다린 뒤 재시작할까요?",
            choices: ["그렇다: 죽일 때는 늘 30초를 기다린다", "아니다: agnhost는 SIGTERM에 종료한다", "아니다: 활성 프로브로 죽일 때는 SIGTERM 없이 SIGKILL을 보낸다"],
            answer: 1,
            whys: [
              "30초는 kubelet이 기다리는 최대 시간이지 고정된 멈춤이 아닙니다. SIGTERM에 종료하는 프로세스는 바로 사라집니다.",
              "agnhost는 SIGTERM을 받으면 바로 끝나는 Go 프로그램입니다. 유예 기간을 다 쓰는 것은 SIGTERM을 무시하는 프로세스뿐입니다.",
              "활성 프로브로 죽일 때도 SIGTERM(또는 이미지의 중지 시그널)과 유예 기간으로 시작합니다. SIGKILL은 프로세스가 남아 있을 때만 옵니다.",
            ],
          },
        },
        {
          label: "바로 재시작",
          explain: "컨테이너가 곧바로 멈추고 첫 재시작은 즉시 일어나 RESTARTS가 1이 됩니다. /healthz는 다시 10초 동안 정상입니다.",
          predict: {
            question: "컨테이너가 재시작되었습니다. 프로브의 실패 횟수는 다시 시작할까요?",
            choices: ["그렇다: 새 컨테이너는 처음부터 센다", "아니다: 한 번만 더 실패하면 다시 죽는다", "아니다: 재시작하면 프로브가 멈춘다"],
            answer: 0,
            whys: [
              "프로브 워커는 새 컨테이너를 기다렸다가 0부터 셉니다. /healthz는 다시 10초 동안 정상입니다.",
              "실패는 컨테이너 인스턴스마다 셉니다. 새 인스턴스는 아직 실패가 없습니다.",
              "활성 프로브는 파드가 실행되는 동안 모든 컨테이너 인스턴스를 계속 검사합니다.",
            ],
          },
        },
      ],
      questions: [
        {
          ...ask0,
          question: "nginx에는 /healthz가 없어서 404를 응답합니다. 적용하고 25초 뒤 kubectl get pods에 web은 어떻게 보일까요(READY STATUS RESTARTS)?",
          choices: ["1/1 Running 0", "1/1 Running 1", "0/1 Running 0", "0/1 CrashLoopBackOff 1"],
          answer: 1,
          whys: [
            "응답만으로는 부족합니다. 200–399만 성공이고 404는 실패입니다.",
            "404가 세 번(약 5, 10, 15초) 나오면 kubelet이 nginx를 종료합니다. nginx는 바로 끝나고 곧바로 재시작되며, 프로브는 새 컨테이너를 다시 검사합니다.",
            "활성 프로브가 실패하면 컨테이너가 재시작될 뿐 READY는 바뀌지 않습니다. READY를 바꾸는 것은 준비성 프로브입니다.",
            "종료 후 첫 재시작은 바로 일어나므로, 25초에는 새 nginx가 실행 중입니다.",
          ],
        },
        {
          ...ask1,
          question: "이 nginx는 30초마다 재시작되고, 이벤트에는 “Liveness probe failed … dial tcp …:8080: connect: connection refused”가 보입니다. 어떤 변경 하나로 재시작이 멈출까요?",
          choices: ["initialDelaySeconds: 30", "failureThreshold: 10", "path: /healthz", "port: 80"],
          answer: 3,
          whys: [
            "nginx가 늦게 뜨는 것이 아니라 8080 포트가 닫혀 있을 뿐입니다. 검사가 늦게 시작될 뿐, 똑같이 실패합니다.",
            "더 참아 주면 죽이는 시점이 미뤄질 뿐입니다. 연결 거부가 세 번이 아니라 열 번 필요해집니다.",
            "경로를 묻기도 전에 연결이 거부됩니다. 틀린 것은 포트입니다.",
            "nginx는 80 포트에서 수신 대기합니다. 거기에 연결하면 /가 200을 응답하고 프로브가 통과합니다.",
          ],
        },
      ],
    },
  },
};
