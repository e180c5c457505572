import yaml from "../scenarios/startup-probe.yaml?raw";
import variant from "../scenarios/startup-probe.variant.yaml?raw";
import type { Lesson } from "../types";

export const startupProbe: Lesson = {
  id: "startup-probe",
  topic: "probes",
  docs: ["probes"],
  yaml,
  variant,
  comments: {
    ko: {
      "A slow app opens its port after 45 s. The startup probe allows 12 x 5 s = 60 s before liveness starts.": "느린 앱이 45초 뒤에 포트를 엽니다. 시작 프로브는 활성 프로브가 시작되기 전까지 12 x 5초 = 60초를 허용합니다.",
      "The same slow app without a startup probe: liveness starts at once and kills it before it opens its port.": "시작 프로브가 없는 같은 느린 앱: 활성 프로브가 바로 시작해서 앱이 포트를 열기 전에 죽입니다.",
    },
  },
  moments: [
    {
      t: 5,
      checks: [
        { kind: "event", reason: "Unhealthy", object: "slow", message: { matches: "^Startup probe failed: Get \"http://[0-9.]+:8080/healthz\": dial tcp [0-9.]+:8080: connect: connection refused$" }, first: [2, 8] },
        { kind: "row", pod: "slow", at: 5, status: "Running", ready: "0/1" },
      ],
    },
    {
      t: 50,
      checks: [
        { kind: "event", reason: "Unhealthy", object: "slow", count: { min: 9, max: 9, before: 50 } },
        { kind: "row", pod: "slow", at: 49, ready: "0/1" },
        { kind: "row", pod: "slow", at: 50, status: "Running", ready: "1/1", restarts: "0" },
      ],
    },
    {
      t: 120,
      checks: [
        { kind: "row", pod: "slow", at: 120, status: "Running", ready: "1/1", restarts: "0" },
        { kind: "event", reason: "Killing", object: "slow", absent: true },
        { kind: "event", reason: "Unhealthy", object: "slow", message: { matches: "^Liveness" }, absent: true },
      ],
    },
  ],
  text: {
    en: {
      title: "Startup probe and failureThreshold",
      summary: "A slow app opens port 8080 only 45 s after it starts. A startup probe with periodSeconds 5 and failureThreshold 12 gives it 60 s; until then the liveness probe does not run.",
      watch: "The Startup probe failed events every 5 s, READY turning 1/1 when the startup probe first succeeds, and no restart.",
      moments: [
        {
          label: "Startup probe failing",
          explain: "Connection refused: the app is still starting. Each failure is an Unhealthy event, but the budget is failureThreshold × periodSeconds = 60 s.",
          predict: { question: "Does the liveness probe run now?", choices: ["Yes", "No, not until the startup probe succeeds"], answer: 1, why: "Liveness and readiness wait for started=true." },
        },
        {
          label: "Started: Ready 1/1",
          explain: "After 9 failures the port is open and the startup probe succeeds at 50 s. The container counts as started; with no readiness probe it is Ready, and liveness takes over.",
          predict: { question: "What if the app needed 70 s to open its port?", choices: ["Same result, just later", "Killed after 12 failures and restarted"], answer: 1, why: "12 failures at 5 s is the whole budget; then the kubelet kills the container like a liveness failure." },
        },
        {
          label: "No restart",
          explain: "Liveness now checks every 5 s and passes. A liveness probe alone, without the startup probe, would have killed this app after 3 failures.",
          predict: { question: "Why not just give liveness a long initialDelaySeconds?", choices: ["It also delays detecting a hang later", "It is not allowed"], answer: 0, why: "initialDelaySeconds is fixed; a startup probe ends as soon as the app is up, so liveness can be strict afterwards." },
        },
      ],
      questions: [
        { question: "How long may a container take to start with startupProbe periodSeconds 10 and failureThreshold 30?", choices: ["30 s", "300 s", "10 s"], answer: 1, why: "failureThreshold × periodSeconds = 30 × 10 s = 300 s." },
      ],
    },
    ko: {
      title: "시작 프로브와 failureThreshold",
      summary: "느린 앱이 시작하고 45초가 지나서야 8080 포트를 엽니다. periodSeconds 5, failureThreshold 12인 시작 프로브가 60초를 벌어 주고, 그 전까지 활성 프로브는 실행되지 않습니다.",
      watch: "5초마다 나오는 “Startup probe failed” 이벤트, 시작 프로브가 처음 성공할 때 READY가 1/1로 바뀌는 것, 그리고 재시작이 없다는 점을 보세요.",
      moments: [
        {
          label: "시작 프로브 실패 중",
          explain: "“connection refused”: 앱이 아직 시작 중입니다. 실패할 때마다 Unhealthy 이벤트가 나오지만, 허용 시간은 failureThreshold × periodSeconds = 60초입니다.",
          predict: { question: "지금 활성 프로브가 실행될까요?", choices: ["예", "아니요, 시작 프로브가 성공해야 한다"], answer: 1, why: "활성 프로브와 준비성 프로브는 started=true가 될 때까지 기다립니다." },
        },
        {
          label: "시작 완료: Ready 1/1",
          explain: "9번 실패한 뒤 포트가 열려 50초에 시작 프로브가 성공합니다. 컨테이너는 시작된 것으로 보고, 준비성 프로브가 없으니 Ready가 되며, 이제 활성 프로브가 이어받습니다.",
          predict: { question: "앱이 포트를 여는 데 70초가 필요했다면?", choices: ["결과는 같고 조금 늦을 뿐", "12번 실패 뒤 죽고 재시작된다"], answer: 1, why: "5초 간격 12번이 허용 시간 전부입니다. 그 뒤 kubelet은 활성 프로브 실패처럼 컨테이너를 죽입니다." },
        },
        {
          label: "재시작 없음",
          explain: "이제 활성 프로브가 5초마다 검사하고 통과합니다. 시작 프로브 없이 활성 프로브만 있었다면 이 앱은 3번 실패 뒤 죽었을 것입니다.",
          predict: { question: "활성 프로브에 긴 initialDelaySeconds를 주면 안 될까요?", choices: ["나중에 멈춤을 알아채는 것도 늦어진다", "허용되지 않는다"], answer: 0, why: "initialDelaySeconds는 고정값입니다. 시작 프로브는 앱이 뜨자마자 끝나므로 그 뒤 활성 프로브를 엄격하게 둘 수 있습니다." },
        },
      ],
      questions: [
        { question: "startupProbe가 periodSeconds 10, failureThreshold 30이면 컨테이너는 시작하는 데 얼마까지 쓸 수 있을까요?", choices: ["30초", "300초", "10초"], answer: 1, why: "failureThreshold × periodSeconds = 30 × 10초 = 300초입니다." },
      ],
    },
  },
};
