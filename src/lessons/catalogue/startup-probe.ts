import yaml from "../scenarios/startup-probe.yaml?raw";
import variant from "../scenarios/startup-probe.variant.yaml?raw";
import type { Lesson, QuestionSetup } from "../types";

const ask0 = {
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: slow
spec:
  containers:
  - name: app
    image: example.com/slow:1.0
    startupProbe:
      httpGet: {path: /healthz, port: 8080}
      periodSeconds: 5
      failureThreshold: 6
`,
  at: 40,
  check: { kind: "row", pod: "slow", scenario: "apiVersion: podplay.dev/v1alpha1\nkind: Scenario\nspec:\n  images:\n  - {image: example.com/slow:1.0, present: true}\n  behaviors:\n  - image: example.com/slow:1.0\n    listens:\n    - {port: 8080, after: 45s}\n" },
} satisfies QuestionSetup;

const ask1 = {
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: slow
spec:
  containers:
  - name: app
    image: example.com/slow:1.0
    ports:
    - containerPort: 8080
    livenessProbe:
      httpGet: {path: /healthz, port: 8080}
      periodSeconds: 5
`,
  check: { kind: "fix", scenario: "apiVersion: podplay.dev/v1alpha1\nkind: Scenario\nspec:\n  images:\n  - {image: example.com/slow:1.0, present: true}\n  behaviors:\n  - image: example.com/slow:1.0\n    listens:\n    - {port: 8080, after: 45s}\n", patches: [{ find: "      periodSeconds: 5\n", replace: "      periodSeconds: 5\n      initialDelaySeconds: 20\n" }, { find: "      periodSeconds: 5\n", replace: "      periodSeconds: 5\n      failureThreshold: 5\n" }, { find: "    livenessProbe:\n", replace: "    startupProbe:\n      httpGet: {path: /healthz, port: 8080}\n      periodSeconds: 5\n      failureThreshold: 12\n    livenessProbe:\n" }, { find: "    livenessProbe:\n", replace: "    readinessProbe:\n      httpGet: {path: /healthz, port: 8080}\n      periodSeconds: 5\n    livenessProbe:\n" }], goal: [{ kind: "row", pod: "slow", at: 110, ready: "1/1", restarts: "0" }] },
} satisfies QuestionSetup;

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
          predict: {
            question: "The startup probe is failing (connection refused). Does the liveness probe run now?",
            choices: ["Yes, both probes run side by side", "No, not until the startup probe succeeds", "Yes, and it will kill the app after 3 failures"],
            answer: 1,
            whys: [
              "Liveness and readiness are held back until the startup probe has succeeded once.",
              "Liveness and readiness wait for started=true; that is the whole point of a startup probe.",
              "That is what happens without a startup probe (open the compare view); here liveness waits.",
            ],
          },
        },
        {
          label: "Started: Ready 1/1",
          explain: "After 9 failures the port is open and the startup probe succeeds at 50 s. The container counts as started; with no readiness probe it is Ready, and liveness takes over.",
          predict: {
            question: "The app opened its port at 45 s and the startup probe succeeded. What if the app had needed 70 s?",
            choices: ["The same result, just later", "Killed after 12 failures and restarted", "Started, but never Ready"],
            answer: 1,
            whys: [
              "The startup probe has a budget: failureThreshold × periodSeconds = 12 × 5 s = 60 s.",
              "After the whole budget the kubelet kills the container like a liveness failure, and the new one starts from zero again.",
              "A startup probe that runs out of failures kills the container; it does not leave it running unready.",
            ],
          },
        },
        {
          label: "No restart",
          explain: "Liveness now checks every 5 s and passes. A liveness probe alone, without the startup probe, would have killed this app after 3 failures.",
          predict: {
            question: "Why not just give liveness a long initialDelaySeconds instead of a startup probe?",
            choices: ["The delay is fixed: it wastes time when the app is quick and is too short when it is slow", "initialDelaySeconds is not allowed on liveness", "initialDelaySeconds also delays detecting a hang for the whole life of the container"],
            answer: 0,
            whys: [
              "A startup probe ends as soon as the app is up, and liveness can be strict afterwards.",
              "It is allowed, and it works for an app whose start time never varies.",
              "It delays only the first check after each start; after that liveness checks every period.",
            ],
          },
        },
      ],
      questions: [
        {
          ...ask0,
          question: "The same slow app (port 8080 opens 45 s after it starts), with a budget of only 6 × 5 s. What does kubectl get pods show at 40 s (READY STATUS RESTARTS)?",
          choices: ["0/1 Running 1", "1/1 Running 0", "0/1 ContainerCreating 0", "0/1 CrashLoopBackOff 1"],
          answer: 0,
          whys: [
            "30 s of failures used up the budget, so the kubelet killed the container at about 30 s and started a new one, which is starting from zero again (and will be killed again).",
            "A startup probe is not just a delay before the other probes: when its failures run out, the container is killed.",
            "Probes never hold back the start: the container runs (STATUS Running) while the startup probe fails; only READY waits.",
            "The first restart after the kill is immediate; the new container is running and being probed.",
          ],
        },
        {
          ...ask1,
          question: "The slow app without a startup probe (the lesson's compare view): liveness kills it about every 15 s, before it opens 8080 at 45 s. Which one change lets it start and stay up?",
          choices: ["initialDelaySeconds: 20 on liveness", "failureThreshold: 5 on liveness", "A startupProbe with periodSeconds 5 and failureThreshold 12", "A readinessProbe on /healthz"],
          answer: 2,
          whys: [
            "The first check moves to 20 s, but three failures later (about 35 s) the app is still 10 s from ready and is killed.",
            "5 failures × 5 s = 25 s of patience, still short of the 45 s the app needs.",
            "It allows 60 s to start and holds liveness back until the app answers, at about 45 s; then liveness passes.",
            "Readiness never holds back liveness (only a startup probe does), so liveness still kills the app.",
          ],
        },
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
          predict: {
            question: "시작 프로브가 실패하고 있습니다(connection refused). 지금 활성 프로브가 실행될까요?",
            choices: ["그렇다, 두 프로브가 나란히 실행된다", "아니다, 시작 프로브가 성공할 때까지는", "그렇다, 그리고 3번 실패하면 앱을 죽인다"],
            answer: 1,
            whys: [
              "활성 프로브와 준비성 프로브는 시작 프로브가 한 번 성공할 때까지 기다립니다.",
              "활성 프로브와 준비성 프로브는 started=true를 기다립니다. 그것이 시작 프로브의 목적입니다.",
              "시작 프로브가 없을 때의 모습입니다(비교 화면을 열어 보세요). 여기서는 활성 프로브가 기다립니다.",
            ],
          },
        },
        {
          label: "시작 완료: Ready 1/1",
          explain: "9번 실패한 뒤 포트가 열려 50초에 시작 프로브가 성공합니다. 컨테이너는 시작된 것으로 보고, 준비성 프로브가 없으니 Ready가 되며, 이제 활성 프로브가 이어받습니다.",
          predict: {
            question: "앱은 45초에 포트를 열었고 시작 프로브가 성공했습니다. 앱에 70초가 필요했다면?",
            choices: ["결과는 같고 늦어질 뿐", "12번 실패 뒤 죽임을 당하고 재시작된다", "시작은 했지만 Ready가 되지 않는다"],
            answer: 1,
            whys: [
              "시작 프로브에는 예산이 있습니다. failureThreshold × periodSeconds = 12 × 5초 = 60초.",
              "예산을 다 쓰면 kubelet은 활성 프로브 실패처럼 컨테이너를 죽이고, 새 컨테이너는 다시 처음부터 시작합니다.",
              "실패 횟수를 다 쓴 시작 프로브는 컨테이너를 죽입니다. 준비되지 않은 채로 두지 않습니다.",
            ],
          },
        },
        {
          label: "재시작 없음",
          explain: "이제 활성 프로브가 5초마다 검사하고 통과합니다. 시작 프로브 없이 활성 프로브만 있었다면 이 앱은 3번 실패 뒤 죽었을 것입니다.",
          predict: {
            question: "시작 프로브 대신 활성 프로브에 긴 initialDelaySeconds를 주면 안 될까요?",
            choices: ["지연은 고정이라 빠를 때는 시간을 낭비하고 느릴 때는 모자란다", "활성 프로브에는 initialDelaySeconds를 쓸 수 없다", "initialDelaySeconds는 컨테이너가 사는 내내 멈춤 감지를 늦춘다"],
            answer: 0,
            whys: [
              "시작 프로브는 앱이 뜨는 즉시 끝나고, 그 뒤 활성 프로브는 엄격하게 검사할 수 있습니다.",
              "쓸 수 있고, 시작 시간이 늘 같은 앱에는 잘 맞습니다.",
              "시작할 때마다 첫 검사만 늦춥니다. 그 뒤로는 활성 프로브가 매 주기 검사합니다.",
            ],
          },
        },
      ],
      questions: [
        {
          ...ask0,
          question: "같은 느린 앱(시작하고 45초 뒤 8080 포트를 엶)인데, 예산이 6 × 5초뿐입니다. 40초에 kubectl get pods에는 어떻게 보일까요(READY STATUS RESTARTS)?",
          choices: ["0/1 Running 1", "1/1 Running 0", "0/1 ContainerCreating 0", "0/1 CrashLoopBackOff 1"],
          answer: 0,
          whys: [
            "30초의 실패로 예산을 다 써서 kubelet이 약 30초에 컨테이너를 죽이고 새로 시작했습니다. 새 컨테이너는 다시 처음부터 시작하는 중입니다(그리고 또 죽임을 당합니다).",
            "시작 프로브는 다른 프로브 앞의 지연에 그치지 않습니다. 실패 횟수를 다 쓰면 컨테이너를 죽입니다.",
            "프로브는 시작을 막지 않습니다. 시작 프로브가 실패하는 동안에도 컨테이너는 실행되고(STATUS Running), READY만 기다립니다.",
            "죽인 뒤 첫 재시작은 바로 일어납니다. 새 컨테이너가 실행되며 검사를 받고 있습니다.",
          ],
        },
        {
          ...ask1,
          question: "시작 프로브가 없는 느린 앱입니다(레슨의 비교 화면). 앱이 45초에 8080을 열기 전에 활성 프로브가 약 15초마다 죽입니다. 어떤 변경 하나로 시작해서 계속 살아 있을까요?",
          choices: ["활성 프로브에 initialDelaySeconds: 20", "활성 프로브에 failureThreshold: 5", "periodSeconds 5, failureThreshold 12인 startupProbe", "/healthz에 readinessProbe"],
          answer: 2,
          whys: [
            "첫 검사가 20초로 미뤄질 뿐, 세 번 실패한 뒤(약 35초)에도 앱은 준비까지 10초가 남아 죽임을 당합니다.",
            "5번 × 5초 = 25초를 참아 줄 뿐, 앱에 필요한 45초에는 모자랍니다.",
            "시작에 60초를 주고, 앱이 응답할 때(약 45초)까지 활성 프로브를 붙잡아 둡니다. 그 뒤 활성 프로브는 통과합니다.",
            "준비성 프로브는 활성 프로브를 붙잡아 두지 않습니다(그것은 시작 프로브뿐). 활성 프로브는 여전히 앱을 죽입니다.",
          ],
        },
      ],
    },
  },
};
