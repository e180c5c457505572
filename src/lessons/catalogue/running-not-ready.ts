import yaml from "../scenarios/running-not-ready.yaml?raw";
import type { Lesson, QuestionSetup } from "../types";

const ask0 = {
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: app
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: ["sh", "-c", "sleep 3600"]
    readinessProbe:
      exec:
        command: ["cat", "/tmp/ready"]
      periodSeconds: 5
`,
  at: 60,
  check: { kind: "row", pod: "app" },
} satisfies QuestionSetup;

const ask1 = {
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: app
spec:
  containers:
  - name: app
    image: nginx:1.27
    readinessProbe:
      httpGet: {path: /ready, port: 80}
      periodSeconds: 5
`,
  check: {
    kind: "fix",
    patches: [
      { find: "path: /ready", replace: "path: /" },
      { find: "      periodSeconds: 5\n", replace: "      periodSeconds: 5\n      initialDelaySeconds: 30\n" },
      { find: "      periodSeconds: 5\n", replace: "      periodSeconds: 5\n      failureThreshold: 10\n" },
      { find: "readinessProbe:", replace: "livenessProbe:" },
    ],
    goal: [{ kind: "row", pod: "app", at: 60, ready: "1/1", restarts: "0" }],
  },
} satisfies QuestionSetup;

/** Probes gate Ready, not Running: the study notes list probes among the conditions for Running. */
export const runningNotReady: Lesson = {
  id: "running-not-ready",
  topic: "probes",
  docs: ["probes", "podConditions"],
  yaml,
  comments: { ko: { "The app needs 30 s to warm up before it creates /tmp/ready; a readiness probe checks for it. About 30 s later the app loses its database and removes /tmp/ready again.": "앱은 /tmp/ready를 만들기 전에 30초 동안 준비하고, 준비성 프로브가 그 파일을 확인합니다.\n그로부터 약 30초 뒤 앱은 데이터베이스 연결을 잃고 /tmp/ready를 다시 지웁니다." } },
  moments: [
    {
      t: 5,
      focus: { kubectl: "describe", pod: "warmup" },
      checks: [
        { kind: "row", pod: "warmup", at: 5, status: "Running", ready: "0/1", phase: "Running" },
        { kind: "container", pod: "warmup", container: "app", at: 5, state: "running", ready: false },
        { kind: "condition", pod: "warmup", type: "Ready", at: 5, status: "False", reason: "ContainersNotReady" },
      ],
    },
    {
      t: 33,
      checks: [
        { kind: "row", pod: "warmup", at: 33, status: "Running", ready: "1/1" },
        { kind: "condition", pod: "warmup", type: "Ready", at: 33, status: "True" },
      ],
    },
    {
      t: 73,
      focus: { kubectl: "events" },
      checks: [
        { kind: "row", pod: "warmup", at: 73, status: "Running", ready: "0/1", restarts: "0", phase: "Running" },
        { kind: "condition", pod: "warmup", type: "Ready", at: 73, status: "False" },
        { kind: "event", reason: "Killing", object: "warmup", absent: true },
      ],
    },
  ],
  text: {
    en: {
      title: "Running is not ready",
      summary:
        "An app that warms up for 30 s before it creates /tmp/ready, with a readiness probe that checks for the file; about 30 s later it loses its database and removes the file. The Pod is Running the whole time; only READY and the Ready condition follow the probe.",
      watch: "The READY column (0/1, 1/1, 0/1) under a STATUS that stays Running, and RESTARTS that stays 0.",
      moments: [
        {
          label: "Running, 0/1",
          explain:
            "The container has started, so the phase and STATUS are Running at once, while the readiness probe still fails: READY 0/1, the container's ready false, the Pod's Ready condition False (ContainersNotReady). The study notes list probes among the conditions for Running; they are not. Init containers and postStart gate Running; readiness gates Ready.",
          predict: {
            question: "The readiness probe has not passed yet. What does kubectl get pods show for warmup?",
            choices: ["0/1 ContainerCreating: Running waits for the probe", "0/1 Running", "0/1 Pending: the Pod is not ready yet"],
            answer: 1,
            whys: [
              "The study notes list probes among the conditions for Running, but the container has started, so it is Running; the probe only decides READY.",
              "Running means the containers have been started. Readiness decides READY and whether a Service sends traffic, never the phase.",
              "Pending ends when the containers start; 'not ready' is READY 0/1 and the Ready condition, not a phase.",
            ],
          },
        },
        {
          label: "Ready",
          explain: "The app created /tmp/ready, the next check passed (successThreshold 1), and the Pod is 1/1 with Ready True. Only now would a Service send it traffic.",
          predict: {
            question: "The next check will find /tmp/ready. What changes in the Pod when it passes?",
            choices: ["The phase goes from Pending to Running", "READY and the Ready condition; the phase is Running already", "STATUS goes from NotReady to Running"],
            answer: 1,
            whys: [
              "The phase has been Running since the container started at about 2 s; readiness does not move it.",
              "The container's ready flag turns true, and with it ContainersReady and Ready: READY 1/1.",
              "STATUS has said Running all along; a failing readiness probe shows only in READY.",
            ],
          },
        },
        {
          label: "Not ready again, not restarted",
          explain:
            "The file is gone; after three failed checks in a row (failureThreshold 3) the Pod is 0/1 again. It is still Running with RESTARTS 0: a readiness failure never restarts a container, it only takes the Pod out of its Services' endpoints until it passes again.",
          predict: {
            question: "/tmp/ready is gone and the readiness probe keeps failing. What does the kubelet do to the container?",
            choices: ["Restarts it after failureThreshold failures", "Nothing: it keeps probing, and READY stays 0/1 until a check passes", "Stops probing after failureThreshold failures"],
            answer: 1,
            whys: [
              "Only liveness and startup probes restart containers; the study notes say it too: a readiness failure does not raise RESTARTS.",
              "A readiness failure takes the Pod out of its Services' endpoints and nothing more; the probe keeps running, so the Pod can turn ready again.",
              "A readiness probe never gives up: it checks every period for as long as the container runs.",
            ],
          },
        },
      ],
      questions: [
        {
          ...ask0,
          question: "A readiness probe checks for /tmp/ready, which this app never creates. What does kubectl get pods show for the Pod app at 60 s?",
          choices: ["0/1 Pending 0", "0/1 ContainerCreating 0", "0/1 Running 0", "0/1 Running 3"],
          answer: 2,
          whys: [
            "Pending ends when the container starts; a readiness probe does not hold the phase back.",
            "ContainerCreating lasts until the container has started (and its postStart hook, if any, has returned); probes only begin after that.",
            "Running since it started, 0/1 because readiness never passes, and no restarts: readiness never restarts anything.",
            "That would be a failing liveness probe; a readiness failure only keeps READY at 0/1.",
          ],
        },
        {
          ...ask1,
          question: "The Pod app stays 0/1 Running; the events say Readiness probe failed: HTTP probe failed with statuscode: 404. Which one change makes it 1/1 at 60 s, with no restarts?",
          choices: ["path: /", "initialDelaySeconds: 30", "failureThreshold: 10", "livenessProbe instead of readinessProbe"],
          answer: 0,
          whys: [
            "nginx serves / with 200: the next check passes and the Pod turns 1/1.",
            "The first check just comes later, still gets 404, and until a check passes the Pod stays 0/1.",
            "A readiness probe starts out failing and needs a success to turn ready; more allowed failures do not give it one.",
            "Without a readiness probe the Pod is 1/1 at once, but the same 404s now fail a liveness probe, and nginx is restarted.",
          ],
        },
      ],
    },
    ko: {
      title: "Running은 준비됨이 아니다",
      summary:
        "30초 동안 준비 작업을 한 뒤 /tmp/ready를 만드는 앱과, 그 파일을 확인하는 준비성 프로브입니다. 약 30초 뒤 앱은 데이터베이스를 잃고 파일을 지웁니다. 파드는 내내 Running이고, READY와 Ready 컨디션만 프로브를 따라 바뀝니다.",
      watch: "STATUS는 Running 그대로인데 READY 열이 0/1, 1/1, 0/1로 바뀌고 RESTARTS는 0에 머무는 것을 보세요.",
      moments: [
        {
          label: "Running인데 0/1",
          explain:
            "컨테이너가 시작되었으니 단계와 STATUS는 곧바로 Running입니다. 하지만 준비성 프로브는 아직 실패합니다. READY 0/1, 컨테이너의 ready 값은 false, 파드의 Ready 컨디션은 False(ContainersNotReady). 학습 노트는 프로브를 Running이 되기 위한 조건에 넣지만, 그렇지 않습니다. Running을 막는 것은 초기화 컨테이너와 postStart이고, 준비성 프로브가 막는 것은 Ready입니다.",
          predict: {
            question: "준비성 프로브가 아직 통과하지 않았습니다. kubectl get pods에 warmup은 어떻게 보일까요?",
            choices: ["0/1 ContainerCreating. Running은 프로브를 기다린다", "0/1 Running", "0/1 Pending. 파드가 아직 준비되지 않았다"],
            answer: 1,
            whys: [
              "학습 노트는 프로브를 Running의 조건에 넣지만, 컨테이너가 시작되었으니 Running입니다. 프로브가 정하는 것은 READY뿐입니다.",
              "Running은 컨테이너들이 시작되었다는 뜻입니다. 준비성 프로브는 READY와 서비스가 트래픽을 보낼지를 정할 뿐, 단계는 정하지 않습니다.",
              "Pending은 컨테이너가 시작되면 끝납니다. '준비되지 않음'은 단계가 아니라 READY 0/1과 Ready 컨디션입니다.",
            ],
          },
        },
        {
          label: "준비됨",
          explain: "앱이 /tmp/ready를 만들었고, 다음 검사가 통과해(successThreshold 1) 파드는 1/1, Ready True가 됩니다. 서비스가 있다면 이제야 이 파드로 트래픽을 보냅니다.",
          predict: {
            question: "다음 검사는 /tmp/ready를 찾을 것입니다. 검사가 통과하면 파드에서 무엇이 바뀔까요?",
            choices: ["단계가 Pending에서 Running으로", "READY와 Ready 컨디션. 단계는 이미 Running이다", "STATUS가 NotReady에서 Running으로"],
            answer: 1,
            whys: [
              "단계는 컨테이너가 약 2초에 시작된 뒤로 줄곧 Running입니다. 준비성 프로브는 단계를 움직이지 않습니다.",
              "컨테이너의 ready 값이 true가 되고, 그에 따라 ContainersReady와 Ready도 바뀝니다. READY 1/1.",
              "STATUS는 처음부터 Running이었습니다. 실패하는 준비성 프로브는 READY에만 드러납니다.",
            ],
          },
        },
        {
          label: "다시 준비되지 않음, 재시작은 없음",
          explain:
            "파일이 사라졌고, 연속 세 번 실패하자(failureThreshold 3) 파드는 다시 0/1입니다. 그래도 Running이고 RESTARTS는 0입니다. 준비성 프로브의 실패는 컨테이너를 재시작하지 않고, 다시 통과할 때까지 파드를 서비스의 엔드포인트에서 뺄 뿐입니다.",
          predict: {
            question: "/tmp/ready가 사라져 준비성 프로브가 계속 실패합니다. kubelet은 컨테이너에 무엇을 할까요?",
            choices: ["failureThreshold번 실패하면 재시작한다", "아무것도. 계속 검사하고, 검사가 통과할 때까지 READY는 0/1이다", "failureThreshold번 실패하면 검사를 멈춘다"],
            answer: 1,
            whys: [
              "컨테이너를 재시작하는 것은 활성 프로브와 시작 프로브뿐입니다. 학습 노트도 준비성 프로브의 실패는 RESTARTS를 늘리지 않는다고 적었습니다.",
              "준비성 프로브의 실패는 파드를 서비스의 엔드포인트에서 뺄 뿐입니다. 프로브는 계속 돌기 때문에 파드는 다시 준비될 수 있습니다.",
              "준비성 프로브는 포기하지 않습니다. 컨테이너가 실행되는 동안 주기마다 검사합니다.",
            ],
          },
        },
      ],
      questions: [
        {
          ...ask0,
          question: "준비성 프로브가 /tmp/ready를 확인하는데, 이 앱은 그 파일을 만들지 않습니다. 60초에 kubectl get pods에 app은 어떻게 보일까요?",
          choices: ["0/1 Pending 0", "0/1 ContainerCreating 0", "0/1 Running 0", "0/1 Running 3"],
          answer: 2,
          whys: [
            "Pending은 컨테이너가 시작되면 끝납니다. 준비성 프로브는 단계를 붙잡지 않습니다.",
            "ContainerCreating은 컨테이너가 시작될 때까지(postStart 훅이 있다면 그것이 끝날 때까지)입니다. 프로브는 그 뒤에야 시작합니다.",
            "시작된 뒤로 Running, 준비성 프로브가 한 번도 통과하지 않아 0/1, 그리고 재시작은 없습니다. 준비성 프로브는 아무것도 재시작하지 않습니다.",
            "그것은 실패하는 활성 프로브의 모습입니다. 준비성 프로브의 실패는 READY를 0/1에 묶어 둘 뿐입니다.",
          ],
        },
        {
          ...ask1,
          question: "파드 app이 계속 0/1 Running이고, 이벤트에는 “Readiness probe failed: HTTP probe failed with statuscode: 404”가 보입니다. 무엇 하나를 바꾸면 60초에 재시작 없이 1/1이 될까요?",
          choices: ["path: /", "initialDelaySeconds: 30", "failureThreshold: 10", "readinessProbe 대신 livenessProbe"],
          answer: 0,
          whys: [
            "nginx는 /에 200으로 답합니다. 다음 검사가 통과하고 파드는 1/1이 됩니다.",
            "첫 검사가 늦게 올 뿐 여전히 404를 받고, 검사가 통과할 때까지 파드는 0/1입니다.",
            "준비성 프로브는 실패 상태에서 시작해 성공이 있어야 준비됩니다. 허용하는 실패 횟수를 늘려도 성공은 생기지 않습니다.",
            "준비성 프로브가 없으면 파드는 바로 1/1이지만, 같은 404가 이제 활성 프로브를 실패시켜 nginx가 재시작됩니다.",
          ],
        },
      ],
    },
  },
};
