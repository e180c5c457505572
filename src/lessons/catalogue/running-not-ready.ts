import yaml from "../scenarios/running-not-ready.yaml?raw";
import type { Lesson } from "../types";

/** Probes gate Ready, not Running: the study notes list probes among the conditions for Running. */
export const runningNotReady: Lesson = {
  id: "running-not-ready",
  topic: "probes",
  yaml,
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
            question: "The readiness probe has not passed yet. What does kubectl get pods show?",
            choices: ["Running with READY 0/1", "ContainerCreating until the probe passes", "Pending until the probe passes"],
            answer: 0,
            why: "Running means the containers have been started. Readiness decides READY and whether a Service sends traffic, never the phase.",
          },
        },
        {
          label: "Ready",
          explain: "The app created /tmp/ready, the next check passed (successThreshold 1), and the Pod is 1/1 with Ready True. Only now would a Service send it traffic.",
          predict: {
            question: "What changed in the Pod when it became ready?",
            choices: ["READY and the Ready condition; the phase was Running already", "The phase went from Pending to Running", "RESTARTS was reset"],
            answer: 0,
            why: "The phase did not move; the container's ready flag and the Ready and ContainersReady conditions did.",
          },
        },
        {
          label: "Not ready again, not restarted",
          explain:
            "The file is gone; after three failed checks in a row (failureThreshold 3) the Pod is 0/1 again. It is still Running with RESTARTS 0: a readiness failure never restarts a container, it only takes the Pod out of its Services' endpoints until it passes again.",
          predict: {
            question: "The readiness probe keeps failing. What does the kubelet do to the container?",
            choices: ["Nothing: it keeps probing; READY stays 0/1", "Restarts it after failureThreshold failures", "Marks the Pod Failed"],
            answer: 0,
            why: "Only liveness and startup probes restart containers. The study notes say the same: a readiness failure does not raise RESTARTS.",
          },
        },
      ],
      questions: [
        {
          question: "Which of these must finish before a container is Running?",
          choices: ["The init containers and the container's postStart hook", "The readiness probe's first success", "The liveness probe's first success"],
          answer: 0,
          why: "Init containers run before the app containers are created, and the kubelet reports a container Running only after its postStart hook returns. Probes only start once it runs.",
        },
        {
          question: "A Deployment's Pods all show Running but the Service gets no traffic through. Where do you look first?",
          choices: ["READY and the readiness probe's Unhealthy events", "RESTARTS", "The Pod's phase"],
          answer: 0,
          why: "Running 0/1 means started but not ready: not an endpoint of the Service yet.",
        },
      ],
    },
    ko: {
      title: "Running은 준비됨이 아니다",
      summary:
        "30초 동안 준비 작업을 한 뒤 /tmp/ready를 만드는 앱과, 그 파일을 확인하는 readiness 프로브입니다. 약 30초 뒤 앱은 데이터베이스를 잃고 파일을 지웁니다. 파드는 내내 Running이고, READY와 Ready 조건만 프로브를 따라 바뀝니다.",
      watch: "STATUS는 Running 그대로인데 READY 열이 0/1, 1/1, 0/1로 바뀌고 RESTARTS는 0에 머무는 것을 보세요.",
      moments: [
        {
          label: "Running인데 0/1",
          explain:
            "컨테이너가 시작되었으니 단계와 STATUS는 곧바로 Running입니다. 하지만 readiness 프로브는 아직 실패합니다. READY 0/1, 컨테이너의 ready는 false, 파드의 Ready 조건은 False(ContainersNotReady). 학습 노트는 프로브를 Running이 되기 위한 조건에 넣지만, 그렇지 않습니다. Running을 막는 것은 초기화 컨테이너와 postStart이고, readiness 프로브가 막는 것은 Ready입니다.",
          predict: {
            question: "readiness 프로브가 아직 통과하지 않았습니다. kubectl get pods에는 무엇이 보일까요?",
            choices: ["Running, READY 0/1", "프로브가 통과할 때까지 ContainerCreating", "프로브가 통과할 때까지 Pending"],
            answer: 0,
            why: "Running은 컨테이너들이 시작되었다는 뜻입니다. readiness는 READY와 서비스가 트래픽을 보낼지를 정할 뿐, 단계는 정하지 않습니다.",
          },
        },
        {
          label: "준비됨",
          explain: "앱이 /tmp/ready를 만들었고, 다음 검사가 통과해(successThreshold 1) 파드는 1/1, Ready True가 됩니다. 이제야 서비스가 이 파드로 트래픽을 보냅니다.",
          predict: {
            question: "파드가 준비되었을 때 무엇이 바뀌었나요?",
            choices: ["READY와 Ready 조건. 단계는 이미 Running이었다", "단계가 Pending에서 Running으로", "RESTARTS가 초기화되었다"],
            answer: 0,
            why: "단계는 그대로이고, 컨테이너의 ready 값과 Ready, ContainersReady 조건이 바뀌었습니다.",
          },
        },
        {
          label: "다시 준비 안 됨, 재시작은 없음",
          explain:
            "파일이 사라졌고, 연속 세 번 실패하자(failureThreshold 3) 파드는 다시 0/1입니다. 그래도 Running이고 RESTARTS는 0입니다. readiness 실패는 컨테이너를 재시작하지 않고, 다시 통과할 때까지 파드를 서비스의 엔드포인트에서 뺄 뿐입니다.",
          predict: {
            question: "readiness 프로브가 계속 실패합니다. kubelet은 컨테이너에 무엇을 할까요?",
            choices: ["아무것도. 계속 검사하고 READY는 0/1로 남는다", "failureThreshold번 실패하면 재시작한다", "파드를 Failed로 만든다"],
            answer: 0,
            why: "컨테이너를 재시작하는 것은 liveness와 startup 프로브뿐입니다. 학습 노트도 readiness 실패는 RESTARTS를 늘리지 않는다고 적었습니다.",
          },
        },
      ],
      questions: [
        {
          question: "컨테이너가 Running이 되기 전에 끝나야 하는 것은?",
          choices: ["초기화 컨테이너들과 그 컨테이너의 postStart 훅", "readiness 프로브의 첫 성공", "liveness 프로브의 첫 성공"],
          answer: 0,
          why: "초기화 컨테이너는 앱 컨테이너가 만들어지기 전에 실행되고, kubelet은 postStart 훅이 끝난 뒤에야 컨테이너를 Running으로 알립니다. 프로브는 컨테이너가 실행된 뒤에야 시작합니다.",
        },
        {
          question: "디플로이먼트의 파드가 모두 Running인데 서비스로 트래픽이 들어가지 않습니다. 먼저 볼 곳은?",
          choices: ["READY 열과 readiness 프로브의 Unhealthy 이벤트", "RESTARTS", "파드의 단계"],
          answer: 0,
          why: "Running 0/1은 시작되었지만 준비되지 않았다는 뜻, 즉 아직 서비스의 엔드포인트가 아니라는 뜻입니다.",
        },
      ],
    },
  },
};
