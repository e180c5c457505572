import yaml from "../scenarios/readiness-tcp.yaml?raw";
import type { Lesson } from "../types";

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
          predict: { question: "Why is READY 0/1 although goproxy listens at once?", choices: ["The probe has not run yet", "The port is closed"], answer: 0, why: "Readiness starts as Failure and the first check waits initialDelaySeconds 15." },
        },
        {
          label: "Ready after the first check",
          explain: "The first probe falls on the 10 s period tick after the 15 s delay. The port accepts the connection, so the Pod becomes Ready.",
          predict: { question: "What does a tcpSocket probe check?", choices: ["That the port accepts a connection", "That the app answers HTTP 200"], answer: 0, why: "A TCP probe only dials the port; any open socket succeeds." },
        },
        {
          label: "Quiet and healthy",
          explain: "No Unhealthy events and no restarts: successful probes leave no trace in the events.",
          predict: { question: "Do successful probes produce events?", choices: ["Yes, Healthy", "No"], answer: 1, why: "Only failures emit Unhealthy events; successes are silent." },
        },
      ],
      questions: [
        { question: "What does a readiness failure do?", choices: ["Restarts the container", "Takes the Pod out of Service endpoints", "Deletes the Pod"], answer: 1, why: "Readiness only affects Ready and Service endpoints; restarts are liveness's job." },
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
          predict: { question: "goproxy가 바로 포트를 여는데도 READY가 0/1인 이유는?", choices: ["프로브가 아직 실행되지 않았다", "포트가 닫혀 있다"], answer: 0, why: "준비성 프로브는 Failure에서 시작하고, 첫 검사는 initialDelaySeconds 15를 기다립니다." },
        },
        {
          label: "첫 검사 뒤 Ready",
          explain: "첫 프로브는 15초 지연 뒤 10초 주기의 틱에 맞춰 실행됩니다. 포트가 연결을 받아 주므로 파드가 Ready가 됩니다.",
          predict: { question: "tcpSocket 프로브가 확인하는 것은?", choices: ["포트가 연결을 받는지", "앱이 HTTP 200으로 응답하는지"], answer: 0, why: "TCP 프로브는 포트에 연결만 해 봅니다. 소켓이 열려 있으면 성공입니다." },
        },
        {
          label: "조용하고 건강함",
          explain: "Unhealthy 이벤트도 재시작도 없습니다. 성공한 프로브는 이벤트에 흔적을 남기지 않습니다.",
          predict: { question: "성공한 프로브도 이벤트를 남길까요?", choices: ["예, Healthy", "아니요"], answer: 1, why: "실패만 Unhealthy 이벤트를 남기고, 성공은 조용합니다." },
        },
      ],
      questions: [
        { question: "준비성 프로브 실패는 무엇을 할까요?", choices: ["컨테이너를 재시작한다", "파드를 서비스 엔드포인트에서 뺀다", "파드를 삭제한다"], answer: 1, why: "준비성 프로브는 Ready와 서비스 엔드포인트에만 영향을 줍니다. 재시작은 활성 프로브의 몫입니다." },
      ],
    },
  },
};
