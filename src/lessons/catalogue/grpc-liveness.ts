import yaml from "../scenarios/grpc-liveness.yaml?raw";
import type { Lesson } from "../types";

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
          predict: { question: "Which answer makes a grpc probe succeed?", choices: ["SERVING", "Any reply", "NOT_SERVING"], answer: 0, why: "Only SERVING from grpc.health.v1 is a success." },
        },
        {
          label: "NOT_SERVING",
          explain: "The health service now answers NOT_SERVING; each check is one Unhealthy event.",
          predict: { question: "How many more failures before the kill?", choices: ["None", "Two", "Ten"], answer: 1, why: "failureThreshold 3: two more checks, 10 s apart." },
        },
        {
          label: "Restarted",
          explain: "After three NOT_SERVING answers, about 20 s after the first, the kubelet kills etcd (it exits on SIGTERM) and starts it again: RESTARTS 1.",
          predict: { question: "Does the grpc probe need the app to speak HTTP?", choices: ["Yes", "No, it uses gRPC health checking"], answer: 1, why: "The kubelet calls grpc.health.v1.Health/Check directly (no TLS, numeric port)." },
        },
      ],
      questions: [
        { question: "Which four probe mechanisms does Kubernetes offer?", choices: ["exec, httpGet, tcpSocket, grpc", "exec, ping, http, dns", "httpGet, https, udp, grpc"], answer: 0, why: "A probe has exactly one of exec, httpGet, tcpSocket or grpc." },
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
          predict: { question: "grpc 프로브가 성공하는 응답은?", choices: ["SERVING", "아무 응답", "NOT_SERVING"], answer: 0, why: "grpc.health.v1의 SERVING만 성공입니다." },
        },
        {
          label: "NOT_SERVING",
          explain: "헬스 서비스가 이제 NOT_SERVING을 응답하고, 검사마다 Unhealthy 이벤트가 하나씩 나옵니다.",
          predict: { question: "죽이기 전까지 몇 번 더 실패해야 할까요?", choices: ["없다", "두 번", "열 번"], answer: 1, why: "failureThreshold 3이므로 10초 간격으로 두 번 더 검사합니다." },
        },
        {
          label: "재시작",
          explain: "첫 실패 후 약 20초, NOT_SERVING 응답이 세 번 쌓이자 kubelet이 etcd를 죽이고(SIGTERM에 바로 종료) 다시 시작합니다. RESTARTS는 1입니다.",
          predict: { question: "grpc 프로브를 쓰려면 앱이 HTTP를 해야 할까요?", choices: ["예", "아니요, gRPC 헬스 체크를 쓴다"], answer: 1, why: "kubelet이 grpc.health.v1.Health/Check를 직접 호출합니다(TLS 없음, 숫자 포트)." },
        },
      ],
      questions: [
        { question: "쿠버네티스가 제공하는 네 가지 프로브 방식은?", choices: ["exec, httpGet, tcpSocket, grpc", "exec, ping, http, dns", "httpGet, https, udp, grpc"], answer: 0, why: "프로브는 exec, httpGet, tcpSocket, grpc 중 정확히 하나를 씁니다." },
      ],
    },
  },
};
