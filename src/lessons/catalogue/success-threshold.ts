import yaml from "../scenarios/success-threshold.yaml?raw";
import type { Lesson } from "../types";

/** successThreshold: several passes for readiness; exactly 1 for liveness and startup (validation.go validateProbe callers). */
export const successThreshold: Lesson = {
  id: "success-threshold",
  topic: "probes",
  yaml,
  moments: [
    {
      t: 3,
      checks: [
        { kind: "rejected", message: 'Pod "strict" is invalid: spec.containers[0].livenessProbe.successThreshold: Invalid value: 2: must be 1', line: 29 },
        { kind: "row", pod: "careful", at: 3, status: "Running", ready: "0/1" },
      ],
    },
    {
      t: 18,
      focus: { kubectl: "events" },
      checks: [
        { kind: "row", pod: "careful", at: 18, status: "Running", ready: "0/1" },
        { kind: "event", reason: "Unhealthy", object: "careful", count: { max: 2 } },
      ],
    },
    {
      t: 23,
      checks: [
        { kind: "row", pod: "careful", at: 23, status: "Running", ready: "1/1" },
        { kind: "condition", pod: "careful", type: "Ready", at: 23, status: "True" },
      ],
    },
  ],
  text: {
    en: {
      title: "successThreshold, and why liveness takes only 1",
      summary:
        "careful's readiness probe needs 3 passes in a row (successThreshold: 3); its app is ready about 10 s after it starts. strict asks the same of a liveness probe, and the API server refuses that Pod.",
      watch: "The error on strict's successThreshold line in the editor, then careful's READY column: still 0/1 after the file exists, 1/1 after the third pass.",
      moments: [
        {
          label: "strict is refused",
          explain:
            "kubectl apply would print: Pod \"strict\" is invalid: spec.containers[0].livenessProbe.successThreshold: Invalid value: 2: must be 1. The API server checks this for liveness and startup probes; nothing of strict is created. careful is accepted and Running 0/1.",
          predict: {
            question: "What happens to a Pod whose liveness probe has successThreshold: 2?",
            choices: ["The API server refuses it: must be 1", "It runs, and the value is ignored", "It runs, and liveness needs two passes after a failure"],
            answer: 0,
            why: "Validation allows only 1 for liveness and startup probes. A liveness probe below failureThreshold already counts as passing, and a startup probe stops after its first pass, so a larger value would mean nothing.",
          },
        },
        {
          label: "Passing, not ready yet",
          explain:
            "/tmp/ready exists since the app's 10 s sleep ended, and the checks pass now (no new Unhealthy events after the first two), but one or two passes are not enough: READY stays 0/1 until three in a row.",
          predict: {
            question: "Two checks have passed. Is careful ready?",
            choices: ["No, it needs three passes in a row", "Yes, one pass is enough for readiness", "Yes, but only for a Service, not for kubectl"],
            answer: 0,
            why: "successThreshold counts consecutive successes before the result flips from Failure to Success.",
          },
        },
        {
          label: "Ready after the third",
          explain: "The third pass in a row flips the result: 1/1 and Ready True. successThreshold is useful for readiness: a flapping app has to be well for a while before it gets traffic again.",
          predict: {
            question: "With successThreshold 3 and periodSeconds 5, how long does a recovered app wait for traffic at most?",
            choices: ["About 15 s", "About 5 s", "About 30 s"],
            answer: 0,
            why: "Three checks 5 s apart; the first may come right after the recovery or up to one period later.",
          },
        },
      ],
      questions: [
        {
          question: "Which probe may have successThreshold 3?",
          choices: ["readinessProbe", "livenessProbe", "startupProbe"],
          answer: 0,
          why: "Only readiness. For liveness and startup the API server answers must be 1.",
        },
        {
          question: "A manifest is refused with 'successThreshold: Invalid value: 2: must be 1'. What runs?",
          choices: ["Nothing of that object; the other documents of the file are applied", "The Pod, with successThreshold set to 1", "The Pod without its liveness probe"],
          answer: 0,
          why: "Validation refuses the whole object; the API server never changes a value to make it valid. kubectl apply -f goes on with the file's other objects.",
        },
      ],
    },
    ko: {
      title: "successThreshold, 그리고 liveness는 1뿐인 이유",
      summary:
        "careful의 readiness 프로브는 연속 3번 통과해야 합니다(successThreshold: 3). 앱은 시작 후 약 10초 뒤에 준비됩니다. strict는 같은 것을 liveness 프로브에 요구하고, API 서버는 그 파드를 거부합니다.",
      watch: "편집기에서 strict의 successThreshold 줄에 표시된 오류, 그리고 careful의 READY 열을 보세요. 파일이 생긴 뒤에도 0/1이다가, 세 번째 통과 뒤에 1/1이 됩니다.",
      moments: [
        {
          label: "strict는 거부됨",
          explain:
            "kubectl apply는 Pod \"strict\" is invalid: spec.containers[0].livenessProbe.successThreshold: Invalid value: 2: must be 1 을 출력합니다. API 서버는 liveness와 startup 프로브에 대해 이것을 검사하고, strict는 아무것도 만들어지지 않습니다. careful은 받아들여져 Running 0/1입니다.",
          predict: {
            question: "liveness 프로브에 successThreshold: 2를 둔 파드는 어떻게 될까요?",
            choices: ["API 서버가 must be 1로 거부한다", "실행되고 값은 무시된다", "실행되고, 실패 뒤에는 liveness가 두 번 통과해야 한다"],
            answer: 0,
            why: "검증은 liveness와 startup 프로브에 1만 허용합니다. failureThreshold에 이르지 않은 liveness 프로브는 이미 통과로 치고, startup 프로브는 처음 통과하면 멈추므로 더 큰 값은 의미가 없습니다.",
          },
        },
        {
          label: "통과 중, 아직 준비 안 됨",
          explain:
            "앱의 10초 잠이 끝난 뒤로 /tmp/ready가 있고, 이제 검사가 통과합니다(처음 두 번 뒤로 새 Unhealthy 이벤트가 없습니다). 하지만 한두 번으로는 부족해서, 연속 세 번이 될 때까지 READY는 0/1입니다.",
          predict: {
            question: "검사가 두 번 통과했습니다. careful은 준비되었을까요?",
            choices: ["아니요, 연속 세 번 통과해야 한다", "예, readiness는 한 번이면 된다", "예, 다만 kubectl이 아니라 서비스에만"],
            answer: 0,
            why: "successThreshold는 결과가 Failure에서 Success로 바뀌기 전에 필요한 연속 성공 횟수입니다.",
          },
        },
        {
          label: "세 번째 뒤에 준비됨",
          explain: "연속 세 번째 통과로 결과가 바뀝니다. 1/1, Ready True. successThreshold는 readiness에 쓸모가 있습니다. 오락가락하는 앱은 한동안 멀쩡해야 다시 트래픽을 받습니다.",
          predict: {
            question: "successThreshold 3, periodSeconds 5라면 회복한 앱은 트래픽을 받기까지 최대 얼마나 기다릴까요?",
            choices: ["약 15초", "약 5초", "약 30초"],
            answer: 0,
            why: "5초 간격으로 세 번 검사합니다. 첫 검사는 회복 직후일 수도, 한 주기 뒤일 수도 있습니다.",
          },
        },
      ],
      questions: [
        {
          question: "successThreshold 3을 둘 수 있는 프로브는?",
          choices: ["readinessProbe", "livenessProbe", "startupProbe"],
          answer: 0,
          why: "readiness뿐입니다. liveness와 startup에는 API 서버가 must be 1이라고 답합니다.",
        },
        {
          question: "매니페스트가 'successThreshold: Invalid value: 2: must be 1'로 거부되었습니다. 무엇이 실행될까요?",
          choices: ["그 객체는 전혀 만들어지지 않고, 파일의 다른 문서들은 적용된다", "successThreshold를 1로 바꾼 파드", "liveness 프로브를 뺀 파드"],
          answer: 0,
          why: "검증은 객체 전체를 거부하며, API 서버가 값을 고쳐 주는 일은 없습니다. kubectl apply -f는 파일의 다른 객체들을 계속 적용합니다.",
        },
      ],
    },
  },
};
