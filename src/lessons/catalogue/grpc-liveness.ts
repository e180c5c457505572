import yaml from "../scenarios/grpc-liveness.yaml?raw";
import type { Lesson, QuestionSetup } from "../types";

const ask0 = {
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: etcd
spec:
  containers:
  - name: etcd
    image: registry.k8s.io/etcd:3.5.1-0
    command: ["etcd", "--listen-client-urls", "http://0.0.0.0:2379", "--advertise-client-urls", "http://127.0.0.1:2379"]
    ports:
    - containerPort: 2379
    livenessProbe:
      grpc: {port: 2379}
      initialDelaySeconds: 10
`,
  at: 45,
  check: { kind: "row", pod: "etcd", scenario: "apiVersion: podplay.dev/v1alpha1\nkind: Scenario\nspec:\n  behaviors:\n  - pod: etcd\n    grpc:\n    - port: 2379\n      responses:\n      - {after: 0s, status: SERVING}\n      - {after: 20s, status: NOT_SERVING}\n" },
} satisfies QuestionSetup;

export const grpcLiveness: Lesson = {
  id: "grpc-liveness",
  topic: "probes",
  docs: ["probes"],
  yaml,
  comments: { ko: { "gRPC health checking: etcd serves grpc.health.v1 on 2379; at 60 s it reports NOT_SERVING.": "gRPC 헬스 체크: etcd가 2379 포트에서 grpc.health.v1을 제공하고, 60초에 NOT_SERVING을 알립니다." } },
  moments: [
    { t: 4, checks: [{ kind: "row", pod: "etcd-grpc", at: 4, status: "Running", ready: "1/1", restarts: "0" }] },
    {
      t: 70, focus: { kubectl: "events" },
      checks: [
        { kind: "event", reason: "Unhealthy", object: "etcd-grpc", message: 'Liveness probe failed: service unhealthy (responded with "NOT_SERVING")', first: [64, 74] },
        { kind: "row", pod: "etcd-grpc", at: 70, status: "Running", ready: "1/1", restarts: "0" },
      ],
    },
    {
      t: 91, focus: { kubectl: "watch" },
      checks: [
        { kind: "event", reason: "Killing", object: "etcd-grpc", message: "Container etcd failed liveness probe, will be restarted", first: [86, 94] },
        { kind: "row", pod: "etcd-grpc", at: 91, status: "Running", ready: "1/1", restarts: "1" },
      ],
    },
  ],
  text: {
    en: {
      title: "Liveness probe: grpc",
      summary: "etcd implements the standard gRPC health service on port 2379. The grpc probe calls Health/Check; only SERVING counts as success. Here etcd reports NOT_SERVING from 60 s after it starts.",
      watch: "The Unhealthy events with NOT_SERVING, 10 s apart, and the restart after the third.",
      moments: [
        {
          label: "Running 1/1",
          explain: "With only a liveness probe, the Pod is Ready as soon as the container runs. Liveness starts after initialDelaySeconds 10, every 10 s (the default period).",
          predict: {
            question: "etcd runs and its liveness probe is grpc on 2379. Which answer from the health service counts as success?",
            choices: ["SERVING", "Any reply at all", "An HTTP 200"],
            answer: 0,
            whys: [
              "Only SERVING from grpc.health.v1 Health/Check is a success.",
              "Unlike tcpSocket, the grpc probe reads the answer: NOT_SERVING or UNKNOWN is a failure.",
              "The grpc probe speaks gRPC, not HTTP; there is no status code to read.",
            ],
          },
        },
        {
          label: "NOT_SERVING",
          explain: "The health service now answers NOT_SERVING; each check is one Unhealthy event.",
          predict: {
            question: "The health service answers NOT_SERVING: one Unhealthy event. How many more failures before the kill?",
            choices: ["None: the first NOT_SERVING kills", "Two", "Ten"],
            answer: 1,
            whys: [
              "One failure is not enough; the kubelet waits for failureThreshold in a row.",
              "failureThreshold 3: two more checks, 10 s apart.",
              "Ten would need failureThreshold: 10; the default is 3.",
            ],
          },
        },
        {
          label: "Restarted",
          explain: "After three NOT_SERVING answers, about 20 s after the first, the kubelet kills etcd (it exits on SIGTERM) and starts it again: RESTARTS 1.",
          predict: {
            question: "The kubelet restarted etcd. What did the grpc probe need from the app?",
            choices: ["An HTTP /healthz endpoint", "The standard gRPC health service on the port", "A grpc_health_probe binary in the image"],
            answer: 1,
            whys: [
              "The grpc probe never speaks HTTP; it calls grpc.health.v1.Health/Check.",
              "The kubelet calls grpc.health.v1.Health/Check directly (no TLS, numeric port); etcd implements it.",
              "That was the way before the grpc probe existed (exec probe); since v1.24 the kubelet calls the service itself.",
            ],
          },
        },
      ],
      questions: [
        {
          ...ask0,
          question: "etcd starts at about 3 s and its health service answers NOT_SERVING from about 20 s on; the probe checks every 10 s (the default). What does kubectl get pods show at 45 s (READY STATUS RESTARTS)?",
          choices: ["1/1 Running 0", "0/1 Running 0", "1/1 Running 1", "0/1 CrashLoopBackOff 0"],
          answer: 0,
          whys: [
            "Two NOT_SERVING answers so far (about 30 and 40 s); the kill waits for the third, at about 50 s. Liveness never touches READY.",
            "A failing liveness probe does not make the container unready; only a readiness probe does.",
            "One NOT_SERVING is not enough: the kubelet needs failureThreshold (3) failures in a row before it kills.",
            "Nothing has exited yet, and the first restart after a kill is immediate anyway.",
          ],
        },
        {
          question: "Your service speaks only gRPC on port 9000 and implements the standard health service. Which probe checks what the app itself reports about its health, with nothing added to the image?",
          choices: ["grpc: {port: 9000}", "httpGet: {path: /grpc.health.v1.Health/Check, port: 9000}", "tcpSocket: {port: 9000}", "exec running grpc_health_probe"],
          answer: 0,
          whys: [
            "The kubelet calls grpc.health.v1.Health/Check itself and fails on NOT_SERVING.",
            "A plain HTTP/1 GET is not a gRPC call; the server does not answer it with a health status.",
            "It works, but it only sees that the port is open; an app answering NOT_SERVING would still pass.",
            "That works too, but it needs the binary added to the image; it was the way before the built-in grpc probe.",
          ],
        },
      ],
    },
    ko: {
      title: "활성 프로브: grpc",
      summary: "etcd는 2379 포트에 표준 gRPC 헬스 서비스를 구현합니다. grpc 프로브는 Health/Check를 호출하고 SERVING만 성공으로 봅니다. 여기서 etcd는 시작 후 60초부터 NOT_SERVING을 응답합니다.",
      watch: "10초 간격으로 나오는 NOT_SERVING Unhealthy 이벤트와, 세 번째 뒤의 재시작을 보세요.",
      moments: [
        {
          label: "Running 1/1",
          explain: "활성 프로브만 있으므로 컨테이너가 실행되면 바로 Ready입니다. 활성 프로브는 initialDelaySeconds 10 뒤 기본 주기인 10초마다 실행됩니다.",
          predict: {
            question: "etcd가 실행 중이고 활성 프로브는 2379의 grpc입니다. 헬스 서비스의 어떤 응답이 성공일까요?",
            choices: ["SERVING", "어떤 응답이든", "HTTP 200"],
            answer: 0,
            whys: [
              "grpc.health.v1 Health/Check의 SERVING만 성공입니다.",
              "tcpSocket과 달리 grpc 프로브는 응답을 읽습니다. NOT_SERVING이나 UNKNOWN은 실패입니다.",
              "grpc 프로브는 HTTP가 아니라 gRPC로 통신합니다. 읽을 HTTP 상태 코드가 없습니다.",
            ],
          },
        },
        {
          label: "NOT_SERVING",
          explain: "헬스 서비스가 이제 NOT_SERVING을 응답하고, 검사마다 Unhealthy 이벤트가 하나씩 나옵니다.",
          predict: {
            question: "헬스 서비스가 NOT_SERVING을 응답합니다. Unhealthy 이벤트가 하나 생겼습니다. 죽이기 전까지 몇 번 더 실패해야 할까요?",
            choices: ["없다: 첫 NOT_SERVING에 죽인다", "두 번", "열 번"],
            answer: 1,
            whys: [
              "한 번으로는 부족합니다. kubelet은 연속 failureThreshold번을 기다립니다.",
              "failureThreshold 3: 10초 간격으로 두 번 더 검사합니다.",
              "열 번이려면 failureThreshold: 10이어야 합니다. 기본값은 3입니다.",
            ],
          },
        },
        {
          label: "재시작",
          explain: "첫 실패 후 약 20초, NOT_SERVING 응답이 세 번 쌓이자 kubelet이 etcd를 죽이고(SIGTERM에 바로 종료) 다시 시작합니다. RESTARTS는 1입니다.",
          predict: {
            question: "kubelet이 etcd를 재시작했습니다. grpc 프로브는 앱에 무엇이 필요했을까요?",
            choices: ["HTTP /healthz 엔드포인트", "그 포트의 표준 gRPC 헬스 서비스", "이미지 안의 grpc_health_probe 바이너리"],
            answer: 1,
            whys: [
              "grpc 프로브는 HTTP를 쓰지 않습니다. grpc.health.v1.Health/Check를 호출합니다.",
              "kubelet이 grpc.health.v1.Health/Check를 직접 호출합니다(TLS 없음, 숫자 포트). etcd는 이를 구현합니다.",
              "grpc 프로브가 생기기 전의 방법(exec 프로브)입니다. v1.24부터는 kubelet이 서비스를 직접 호출합니다.",
            ],
          },
        },
      ],
      questions: [
        {
          ...ask0,
          question: "etcd는 약 3초에 시작하고, 헬스 서비스는 약 20초부터 NOT_SERVING을 응답합니다. 프로브는 10초마다(기본값) 검사합니다. 45초에 kubectl get pods에는 어떻게 보일까요(READY STATUS RESTARTS)?",
          choices: ["1/1 Running 0", "0/1 Running 0", "1/1 Running 1", "0/1 CrashLoopBackOff 0"],
          answer: 0,
          whys: [
            "지금까지 NOT_SERVING은 두 번(약 30초와 40초)이고, 죽이는 것은 세 번째인 약 50초입니다. 활성 프로브는 READY를 건드리지 않습니다.",
            "활성 프로브가 실패해도 컨테이너가 준비되지 않음이 되지는 않습니다. 그렇게 하는 것은 준비성 프로브뿐입니다.",
            "NOT_SERVING 한 번으로는 부족합니다. kubelet은 연속 failureThreshold(3)번 실패해야 죽입니다.",
            "아직 아무것도 종료하지 않았고, 죽인 뒤 첫 재시작은 어차피 바로 일어납니다.",
          ],
        },
        {
          question: "서비스가 9000 포트에서 gRPC로만 통신하고 표준 헬스 서비스를 구현합니다. 이미지에 아무것도 더하지 않고, 앱이 스스로 보고하는 상태를 검사하는 프로브는?",
          choices: ["grpc: {port: 9000}", "httpGet: {path: /grpc.health.v1.Health/Check, port: 9000}", "tcpSocket: {port: 9000}", "grpc_health_probe를 실행하는 exec"],
          answer: 0,
          whys: [
            "kubelet이 grpc.health.v1.Health/Check를 직접 호출하고 NOT_SERVING이면 실패로 봅니다.",
            "평범한 HTTP/1 GET은 gRPC 호출이 아닙니다. 서버가 헬스 상태로 응답하지 않습니다.",
            "동작은 하지만 포트가 열려 있는지만 봅니다. NOT_SERVING을 응답하는 앱도 통과합니다.",
            "그것도 되지만 이미지에 바이너리를 더해야 합니다. 내장 grpc 프로브 이전의 방법입니다.",
          ],
        },
      ],
    },
  },
};
