import yaml from "../scenarios/readiness-tcp.yaml?raw";
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
    readinessProbe:
      tcpSocket: {port: 80}
      initialDelaySeconds: 20
`,
  at: 10,
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
    readinessProbe:
      tcpSocket: {port: 8080}
`,
  check: { kind: "fix", patches: [{ find: "      tcpSocket: {port: 8080}\n", replace: "      tcpSocket: {port: 8080}\n      initialDelaySeconds: 30\n" }, { find: "      tcpSocket: {port: 8080}\n", replace: "      tcpSocket: {port: 8080}\n      failureThreshold: 10\n" }, { find: "      tcpSocket: {port: 8080}\n", replace: "      tcpSocket: {port: 80}\n" }], goal: [{ kind: "row", pod: "web", at: 60, ready: "1/1" }] },
} satisfies QuestionSetup;

export const readinessTcp: Lesson = {
  id: "readiness-tcp",
  topic: "probes",
  docs: ["probes"],
  yaml,
  comments: { ko: { "The docs' TCP probes: goproxy listens on 8080; both probes wait 15 s before the first check.": "문서의 TCP 프로브: goproxy가 8080 포트에서 연결을 받고, 두 프로브 모두 첫 검사 전에 15초를 기다립니다." } },
  moments: [
    { t: 2, checks: [{ kind: "row", pod: "goproxy", at: 2, status: "Running", ready: "0/1", phase: "Running" }] },
    { t: 22, checks: [{ kind: "row", pod: "goproxy", at: 21, ready: "0/1" }, { kind: "row", pod: "goproxy", at: 22, status: "Running", ready: "1/1" }] },
    {
      t: 60,
      checks: [
        { kind: "row", pod: "goproxy", at: 60, status: "Running", ready: "1/1", restarts: "0" },
        { kind: "event", reason: "Unhealthy", object: "goproxy", absent: true },
      ],
    },
  ],
  text: {
    en: {
      title: "Readiness and liveness: tcpSocket",
      summary: "The docs' goproxy Pod: both probes only open a TCP connection to port 8080, and both wait initialDelaySeconds 15 before the first check.",
      watch: "READY stays 0/1 while STATUS is already Running, then flips to 1/1.",
      moments: [
        {
          label: "Running but 0/1",
          explain: "The container runs, but a readiness probe starts as failed: the Pod is not Ready until the first success.",
          predict: {
            question: "goproxy listens on 8080 at once, yet READY is 0/1. Why?",
            choices: ["The readiness probe has not run yet", "The port is still closed", "The Pod must pass its probes before it counts as Running"],
            answer: 0,
            whys: [
              "Readiness starts as failed, and the first check waits initialDelaySeconds 15.",
              "goproxy listens at once; no check has even asked yet.",
              "STATUS is already Running: probes never hold back Running. Only READY waits for the readiness probe.",
            ],
          },
        },
        {
          label: "Ready after the first check",
          explain: "The first probe falls on the 10 s period tick after the 15 s delay. The port accepts the connection, so the Pod becomes Ready.",
          predict: {
            question: "The first check succeeds and the Pod turns Ready. What does a tcpSocket probe check?",
            choices: ["That the port accepts a TCP connection", "That the app answers HTTP 200", "That the process is still running"],
            answer: 0,
            whys: [
              "It only dials the port; any open socket succeeds, whatever the app would answer.",
              "That is httpGet (which accepts 200–399). tcpSocket sends no request at all.",
              "The kubelet knows that without a probe; a tcpSocket probe asks the network port.",
            ],
          },
        },
        {
          label: "Quiet and healthy",
          explain: "No Unhealthy events and no restarts: successful probes leave no trace in the events.",
          predict: {
            question: "Both probes keep passing. What do the events show?",
            choices: ["A Healthy event every 10 s", "Nothing new", "One Ready event when the Pod became Ready"],
            answer: 1,
            whys: [
              "There is no Healthy event: successful probes leave no trace in the events.",
              "Only failures emit events (Unhealthy); successes are silent.",
              "Readiness changes show in the Pod's Ready condition and the READY column, not as an event.",
            ],
          },
        },
      ],
      questions: [
        {
          ...ask0,
          question: "nginx starts in about 3 s and listens on 80. What does kubectl get pods show for web 10 s after apply (READY STATUS RESTARTS)?",
          choices: ["0/1 Running 0", "0/1 ContainerCreating 0", "1/1 Running 0", "0/1 Pending 0"],
          answer: 0,
          whys: [
            "The container runs, so the phase is Running; readiness starts as failed and its first check comes only after initialDelaySeconds 20.",
            "A common belief is that probes must pass before a Pod is Running. They do not: the container started, so STATUS is Running; only READY waits.",
            "Before its first check a readiness probe counts as failed, not as passed: READY is 0/1 until the first success.",
            "Pending ends when a container starts, at about 3 s; probes play no part in the phase.",
          ],
        },
        {
          ...ask1,
          question: "web stays 0/1 Running with events Readiness probe failed: dial tcp …:8080: connect: connection refused. Which one change makes it Ready?",
          choices: ["initialDelaySeconds: 30", "failureThreshold: 10", "port: 80"],
          answer: 2,
          whys: [
            "Waiting longer does not open the port: nginx listens on 80, so every check on 8080 is refused.",
            "A readiness probe starts as failed; more tolerated failures do not turn a refused connection into a success.",
            "nginx listens on 80, so the connection succeeds and the Pod turns Ready at the first check.",
          ],
        },
      ],
    },
    ko: {
      title: "준비성 프로브와 활성 프로브: tcpSocket",
      summary: "문서의 goproxy 파드입니다. 두 프로브 모두 8080 포트에 TCP 연결만 열어 보고, 둘 다 initialDelaySeconds 15를 기다린 뒤 첫 검사를 합니다.",
      watch: "STATUS는 이미 Running인데 READY는 0/1에 머물다가 1/1로 바뀌는 것을 보세요.",
      moments: [
        {
          label: "Running인데 0/1",
          explain: "컨테이너는 실행 중이지만 준비성 프로브는 실패 상태로 시작합니다. 첫 성공 전까지 파드는 Ready가 아닙니다.",
          predict: {
            question: "goproxy는 곧바로 8080 포트에서 수신 대기하는데 READY는 0/1입니다. 왜일까요?",
            choices: ["준비성 프로브가 아직 실행되지 않았다", "포트가 아직 닫혀 있다", "프로브를 통과해야 Running이 된다"],
            answer: 0,
            whys: [
              "준비성 프로브는 실패 상태로 시작하고, 첫 검사는 initialDelaySeconds 15를 기다립니다.",
              "goproxy는 곧바로 수신 대기합니다. 아직 어떤 검사도 연결해 보지 않았을 뿐입니다.",
              "STATUS는 이미 Running입니다. 프로브는 Running을 막지 않고, READY만 준비성 프로브를 기다립니다.",
            ],
          },
        },
        {
          label: "첫 검사 뒤 Ready",
          explain: "첫 프로브는 15초 지연 뒤 10초 주기의 틱에 맞춰 실행됩니다. 포트가 연결을 받아 주므로 파드가 Ready가 됩니다.",
          predict: {
            question: "첫 검사가 성공해 파드가 Ready가 됩니다. tcpSocket 프로브는 무엇을 검사할까요?",
            choices: ["포트가 TCP 연결을 받는지", "앱이 HTTP 200을 응답하는지", "프로세스가 아직 실행 중인지"],
            answer: 0,
            whys: [
              "포트에 연결만 해 봅니다. 앱이 무엇을 응답할지와 상관없이 소켓이 열려 있으면 성공입니다.",
              "그것은 httpGet입니다(200–399를 성공으로 봄). tcpSocket은 요청을 보내지 않습니다.",
              "그것은 프로브 없이도 kubelet이 압니다. tcpSocket 프로브는 네트워크 포트에 묻습니다.",
            ],
          },
        },
        {
          label: "조용하고 건강함",
          explain: "Unhealthy 이벤트도 재시작도 없습니다. 성공한 프로브는 이벤트에 흔적을 남기지 않습니다.",
          predict: {
            question: "두 프로브가 계속 통과합니다. 이벤트에는 무엇이 보일까요?",
            choices: ["10초마다 Healthy 이벤트", "새로운 것이 없다", "파드가 Ready가 될 때 Ready 이벤트 하나"],
            answer: 1,
            whys: [
              "Healthy 이벤트는 없습니다. 성공한 프로브는 이벤트에 흔적을 남기지 않습니다.",
              "실패만 이벤트(Unhealthy)를 남기고, 성공은 조용합니다.",
              "준비 상태의 변화는 파드의 Ready 컨디션과 READY 열에 보일 뿐, 이벤트로 남지 않습니다.",
            ],
          },
        },
      ],
      questions: [
        {
          ...ask0,
          question: "nginx는 약 3초에 시작해 80 포트에서 수신 대기합니다. 적용하고 10초 뒤 kubectl get pods에 web은 어떻게 보일까요(READY STATUS RESTARTS)?",
          choices: ["0/1 Running 0", "0/1 ContainerCreating 0", "1/1 Running 0", "0/1 Pending 0"],
          answer: 0,
          whys: [
            "컨테이너가 실행 중이니 단계는 Running입니다. 준비성 프로브는 실패 상태로 시작하고 첫 검사는 initialDelaySeconds 20 뒤에야 옵니다.",
            "프로브를 통과해야 Running이 된다고 흔히 생각하지만 그렇지 않습니다. 컨테이너가 시작했으니 STATUS는 Running이고, READY만 기다립니다.",
            "첫 검사 전의 준비성 프로브는 통과가 아니라 실패로 칩니다. 첫 성공까지 READY는 0/1입니다.",
            "Pending은 컨테이너가 시작하면(약 3초) 끝납니다. 프로브는 단계에 관여하지 않습니다.",
          ],
        },
        {
          ...ask1,
          question: "web은 0/1 Running에 머물고, 이벤트에는 “Readiness probe failed: dial tcp …:8080: connect: connection refused”가 보입니다. 어떤 변경 하나로 Ready가 될까요?",
          choices: ["initialDelaySeconds: 30", "failureThreshold: 10", "port: 80"],
          answer: 2,
          whys: [
            "오래 기다려도 포트는 열리지 않습니다. nginx는 80 포트에서 수신 대기하므로 8080에 대한 검사는 모두 거부됩니다.",
            "준비성 프로브는 실패 상태로 시작합니다. 실패를 더 참아 준다고 연결 거부가 성공이 되지는 않습니다.",
            "nginx가 80 포트에서 수신 대기하므로 연결이 성공하고, 첫 검사에서 파드가 Ready가 됩니다.",
          ],
        },
      ],
    },
  },
};
