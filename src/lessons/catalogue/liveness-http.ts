import yaml from "../scenarios/liveness-http.yaml?raw";
import type { Lesson } from "../types";

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
          predict: { question: "Would a 302 redirect count as a failure?", choices: ["Yes", "No, 200–399 is success"], answer: 1, why: "httpGet succeeds for any code from 200 to 399." },
        },
        {
          label: "Killing after 3 failures",
          explain: "Failures at 3 s intervals reach failureThreshold 3. The kubelet kills the container.",
          predict: { question: "Will the restart wait for a 30 s grace period like the exec example?", choices: ["Yes", "No, agnhost exits on SIGTERM"], answer: 1, why: "agnhost is a Go program that exits promptly on SIGTERM; only processes that ignore it use the full grace period." },
        },
        {
          label: "Restarted at once",
          explain: "The container stopped within a moment and the first restart is immediate: RESTARTS 1. /healthz is healthy again for 10 s.",
          predict: { question: "Does a liveness restart reset the probe's failure count?", choices: ["Yes, the new container starts fresh", "No"], answer: 0, why: "The worker waits for the new container and starts counting again." },
        },
      ],
      questions: [
        { question: "Which answer makes an httpGet probe succeed?", choices: ["Any answer", "A status code from 200 to 399", "Only 200"], answer: 1, why: "2xx and 3xx succeed; everything else, and a refused connection, fails." },
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
          predict: { question: "302 리다이렉트는 실패로 칠까요?", choices: ["예", "아니요, 200–399는 성공"], answer: 1, why: "httpGet은 200부터 399까지의 코드를 성공으로 봅니다." },
        },
        {
          label: "3번 실패 뒤 Killing",
          explain: "3초 간격의 실패가 failureThreshold 3에 닿아 kubelet이 컨테이너를 죽입니다.",
          predict: { question: "exec 예제처럼 30초 유예 기간을 기다린 뒤 재시작할까요?", choices: ["예", "아니요, agnhost는 SIGTERM에 종료한다"], answer: 1, why: "agnhost는 SIGTERM을 받으면 바로 끝나는 Go 프로그램입니다. 유예 기간을 다 쓰는 것은 SIGTERM을 무시하는 프로세스뿐입니다." },
        },
        {
          label: "바로 재시작",
          explain: "컨테이너가 곧바로 멈추고 첫 재시작은 즉시 일어나 RESTARTS가 1이 됩니다. /healthz는 다시 10초 동안 정상입니다.",
          predict: { question: "활성 프로브가 일으킨 재시작은 프로브의 실패 횟수를 초기화할까요?", choices: ["예, 새 컨테이너는 새로 센다", "아니요"], answer: 0, why: "워커는 새 컨테이너를 기다렸다가 처음부터 다시 셉니다." },
        },
      ],
      questions: [
        { question: "httpGet 프로브가 성공하는 응답은?", choices: ["아무 응답", "200부터 399까지의 상태 코드", "200만"], answer: 1, why: "2xx와 3xx는 성공이고, 그 밖의 코드와 연결 거부는 실패입니다." },
      ],
    },
  },
};
