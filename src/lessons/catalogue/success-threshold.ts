import yaml from "../scenarios/success-threshold.yaml?raw";
import type { Lesson, QuestionSetup } from "../types";

const ask0 = {
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: careful
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: ["sh", "-c", "touch /tmp/ready; sleep 3600"]
    readinessProbe:
      exec:
        command: ["cat", "/tmp/ready"]
      periodSeconds: 10
      successThreshold: 3
`,
  at: 15,
  check: { kind: "row", pod: "careful" },
} satisfies QuestionSetup;

const ask1 = {
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: strict
spec:
  containers:
  - name: app
    image: nginx:1.27
    livenessProbe:
      httpGet: {path: /, port: 80}
      successThreshold: 2
---
apiVersion: v1
kind: Pod
metadata:
  name: app
spec:
  containers:
  - name: app
    image: nginx:1.27
`,
  at: 30,
} satisfies QuestionSetup;

/** successThreshold: several passes for readiness; exactly 1 for liveness and startup (validation.go validateProbe callers). */
export const successThreshold: Lesson = {
  id: "success-threshold",
  topic: "probes",
  docs: ["probes"],
  yaml,
  comments: { ko: { "successThreshold: how many checks in a row must pass before a failing probe counts as passing. careful: readiness needs 3 passes in a row; the app is ready after 10 s.": "successThreshold: 실패 중인 프로브가 성공으로 바뀌려면 연속으로 몇 번 통과해야 하는지.\ncareful: 준비성 프로브가 연속 3번 통과해야 하고, 앱은 10초 뒤에 준비됩니다.", "strict: the same idea on a liveness probe. The API server refuses this Pod.": "strict: 같은 설정을 활성 프로브에 씁니다. API 서버는 이 파드를 거부합니다." } },
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
            choices: ["It runs; after a failure, liveness needs two passes in a row", "The API server refuses it: must be 1", "It runs, and the API server quietly sets the value to 1"],
            answer: 1,
            whys: [
              "That is what successThreshold means for readiness. For liveness and startup, validation allows only 1, so such a Pod is never created.",
              "Validation allows only 1 for liveness and startup probes: a liveness probe below failureThreshold already counts as passing, and a startup probe stops after its first pass, so a larger value would mean nothing.",
              "The API server does not correct values; it refuses the object and says why.",
            ],
          },
        },
        {
          label: "Passing, not ready yet",
          explain:
            "/tmp/ready exists since the app's 10 s sleep ended, and the checks pass now (no new Unhealthy events after the first two), but one or two passes are not enough: READY stays 0/1 until three in a row.",
          predict: {
            question: "/tmp/ready exists now, and the checks have started to pass. Is careful ready after two passes?",
            choices: ["Yes: the file exists, so it is ready", "No: it needs three passes in a row", "No: the two earlier failures must be made up for first"],
            answer: 1,
            whys: [
              "The probe does not watch the file; it counts checks, and successThreshold 3 asks for three passes in a row.",
              "successThreshold counts consecutive successes before the result flips from Failure to Success; two are not enough.",
              "Earlier failures are not subtracted; only the current run of passes counts, and it has to reach three.",
            ],
          },
        },
        {
          label: "Ready after the third",
          explain: "The third pass in a row flips the result: 1/1 and Ready True. successThreshold is useful for readiness: a flapping app has to be well for a while before it gets traffic again.",
          predict: {
            question: "With successThreshold 3 and periodSeconds 5, how long after it recovers does an app wait for traffic at most?",
            choices: ["About 5 s", "About 15 s", "About 30 s"],
            answer: 1,
            whys: [
              "5 s is one check at most; successThreshold 3 asks for three.",
              "Three checks 5 s apart; the first may come right after the recovery or up to one period later.",
              "That would be six checks; three passes 5 s apart are enough.",
            ],
          },
        },
      ],
      questions: [
        {
          ...ask0,
          question: "This careful creates /tmp/ready at once; its readiness probe runs every 10 s with successThreshold 3. What does kubectl get pods show for it at 15 s?",
          choices: ["1/1 Running 0", "0/1 Running 0", "0/1 ContainerCreating 0"],
          answer: 1,
          whys: [
            "The file exists from the start, but three passes 10 s apart take at least 20 s from the first check.",
            "Running since it started at about 2 s; by 15 s at most two checks have passed, and it needs three in a row. 1/1 comes at about 22 s.",
            "Probes do not hold back Running; the container started at about 2 s and has been Running since.",
          ],
        },
        {
          ...ask1,
          question: "kubectl apply -f is run on this file. What does kubectl get pods list 30 s later?",
          choices: ["Only app, Running", "Both, strict with successThreshold set to 1", "Both, strict without its liveness probe", "Nothing: the whole file is refused"],
          answer: 0,
          whys: [
            "strict is refused (successThreshold: Invalid value: 2: must be 1) and nothing of it is created; kubectl apply -f goes on with the file's other objects, so app runs.",
            "The API server never changes a value to make it valid; it refuses the object.",
            "Validation does not drop the part it objects to; it refuses the whole object.",
            "kubectl sends each object of the file on its own; one refusal does not stop the others.",
          ],
        },
      ],
    },
    ko: {
      title: "successThreshold, 그리고 활성 프로브는 1뿐인 이유",
      summary:
        "careful의 준비성 프로브는 연속 3번 통과해야 합니다(successThreshold: 3). 앱은 시작 후 약 10초 뒤에 준비됩니다. strict는 같은 것을 활성 프로브에 요구하고, API 서버는 그 파드를 거부합니다.",
      watch: "편집기에서 strict의 successThreshold 줄에 표시된 오류, 그리고 careful의 READY 열을 보세요. 파일이 생긴 뒤에도 0/1이다가, 세 번째 통과 뒤에 1/1이 됩니다.",
      moments: [
        {
          label: "strict는 거부됨",
          explain:
            "kubectl apply는 “Pod \"strict\" is invalid: spec.containers[0].livenessProbe.successThreshold: Invalid value: 2: must be 1”을 출력합니다. API 서버는 활성 프로브와 시작 프로브에 대해 이것을 검사하므로 strict 파드는 만들어지지 않습니다. careful은 받아들여져 Running 0/1입니다.",
          predict: {
            question: "활성 프로브에 successThreshold: 2를 둔 파드는 어떻게 될까요?",
            choices: ["실행된다. 실패 뒤에는 활성 프로브가 연속 두 번 통과해야 한다", "API 서버가 “must be 1”로 거부한다", "실행되고, API 서버가 조용히 값을 1로 바꾼다"],
            answer: 1,
            whys: [
              "그것은 준비성 프로브에서 successThreshold가 뜻하는 바입니다. 활성 프로브와 시작 프로브에는 검증이 1만 허용하므로 그런 파드는 만들어지지 않습니다.",
              "검증은 활성 프로브와 시작 프로브에 1만 허용합니다. failureThreshold에 이르지 않은 활성 프로브는 이미 통과로 치고, 시작 프로브는 처음 통과하면 멈추므로 더 큰 값은 의미가 없습니다.",
              "API 서버는 값을 고쳐 주지 않습니다. 오브젝트를 거부하고 이유를 알려 줍니다.",
            ],
          },
        },
        {
          label: "통과 중, 아직 준비되지 않음",
          explain:
            "앱의 sleep 10이 끝난 뒤로 /tmp/ready가 있고, 이제 검사가 통과합니다(처음 두 번 뒤로 새 Unhealthy 이벤트가 없습니다). 하지만 한두 번으로는 부족해서, 연속 세 번이 될 때까지 READY는 0/1입니다.",
          predict: {
            question: "이제 /tmp/ready가 있고 검사가 통과하기 시작했습니다. 두 번 통과하면 careful은 준비될까요?",
            choices: ["그렇다. 파일이 있으니 준비되었다", "아니다. 연속 세 번 통과해야 한다", "아니다. 앞선 두 번의 실패를 먼저 메워야 한다"],
            answer: 1,
            whys: [
              "프로브는 파일을 지켜보는 것이 아니라 검사를 셉니다. successThreshold 3은 연속 세 번 통과를 요구합니다.",
              "successThreshold는 결과가 Failure에서 Success로 바뀌기 전에 필요한 연속 성공 횟수입니다. 두 번으로는 부족합니다.",
              "앞선 실패를 빼고 세지는 않습니다. 지금 이어지는 통과 횟수만 세고, 그것이 셋이 되어야 합니다.",
            ],
          },
        },
        {
          label: "세 번째 뒤에 준비됨",
          explain: "연속 세 번째 통과로 결과가 바뀝니다. 1/1, Ready True. successThreshold는 준비성 프로브에 쓸모가 있습니다. 오락가락하는 앱은 한동안 멀쩡해야 다시 트래픽을 받습니다.",
          predict: {
            question: "successThreshold 3, periodSeconds 5라면 회복한 앱은 트래픽을 받기까지 최대 얼마나 기다릴까요?",
            choices: ["약 5초", "약 15초", "약 30초"],
            answer: 1,
            whys: [
              "5초는 기껏해야 검사 한 번입니다. successThreshold 3은 세 번을 요구합니다.",
              "5초 간격으로 세 번 검사합니다. 첫 검사는 회복 직후일 수도, 한 주기 뒤일 수도 있습니다.",
              "그러면 검사가 여섯 번입니다. 5초 간격으로 세 번 통과하면 충분합니다.",
            ],
          },
        },
      ],
      questions: [
        {
          ...ask0,
          question: "이번 careful은 /tmp/ready를 바로 만들고, 준비성 프로브는 10초마다 successThreshold 3으로 검사합니다. 15초에 kubectl get pods에 어떻게 보일까요?",
          choices: ["1/1 Running 0", "0/1 Running 0", "0/1 ContainerCreating 0"],
          answer: 1,
          whys: [
            "파일은 처음부터 있지만, 10초 간격으로 세 번 통과하려면 첫 검사부터 적어도 20초가 걸립니다.",
            "약 2초에 시작된 뒤로 Running이고, 15초까지는 많아야 두 번 통과했습니다. 연속 세 번이 필요하므로 1/1은 약 22초에 옵니다.",
            "프로브는 Running을 막지 않습니다. 컨테이너는 약 2초에 시작해 그 뒤로 Running입니다.",
          ],
        },
        {
          ...ask1,
          question: "이 파일로 kubectl apply -f를 실행합니다. 30초 뒤 kubectl get pods에는 무엇이 보일까요?",
          choices: ["app 하나만, Running", "둘 다. strict는 successThreshold가 1로 바뀐 채", "둘 다. strict는 활성 프로브가 빠진 채", "아무것도. 파일 전체가 거부된다"],
          answer: 0,
          whys: [
            "strict는 거부되어(“successThreshold: Invalid value: 2: must be 1”) 아무것도 만들어지지 않습니다. kubectl apply -f는 파일의 다른 오브젝트를 계속 적용하므로 app은 실행됩니다.",
            "API 서버는 값을 고쳐서 받아들이지 않습니다. 오브젝트를 거부합니다.",
            "검증은 문제가 된 부분만 빼지 않습니다. 오브젝트 전체를 거부합니다.",
            "kubectl은 파일의 오브젝트를 하나씩 따로 보냅니다. 하나가 거부되어도 나머지는 막히지 않습니다.",
          ],
        },
      ],
    },
  },
};
