import yaml from "../scenarios/succeeded-onfailure.yaml?raw";
import type { Lesson, QuestionSetup } from "../types";

const ask0 = {
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: report
spec:
  restartPolicy: OnFailure
  containers:
  - name: job
    image: busybox:1.36
    command: ["sh", "-c", "sleep 5; exit 0"]
`,
  at: 30,
  check: { kind: "row", pod: "report" },
} satisfies QuestionSetup;

const ask1 = {
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: report
spec:
  restartPolicy: OnFailure
  containers:
  - name: job
    image: busybox:1.36
    command: ["sh", "-c", "sleep 5; exit 1"]
`,
  at: 45,
  check: { kind: "row", pod: "report" },
} satisfies QuestionSetup;

export const succeededOnFailure: Lesson = {
  id: "succeeded-onfailure",
  topic: "phases",
  docs: ["podPhase", "restarts"],
  yaml,
  comments: { ko: { "A batch-style Pod: it works for 20 s and exits 0; under OnFailure it is not restarted.": "배치 작업 같은 파드: 20초 동안 일하고 0으로 종료합니다. OnFailure에서는 재시작되지 않습니다." } },
  moments: [
    { t: 2, checks: [{ kind: "row", pod: "batch", at: 2, status: "Running", ready: "1/1", phase: "Running" }] },
    { t: 22, checks: [{ kind: "row", pod: "batch", at: 22, status: "Completed", ready: "0/1", restarts: "0", phase: "Succeeded" }] },
    {
      t: 60,
      checks: [
        { kind: "row", pod: "batch", at: 60, status: "Completed", restarts: "0", phase: "Succeeded" },
        { kind: "event", reason: "BackOff", object: "batch", absent: true },
        { kind: "event", reason: "Started", object: "batch", count: { min: 1, max: 1, before: 60 } },
      ],
    },
  ],
  text: {
    en: {
      title: "Running, then Succeeded (restartPolicy OnFailure)",
      summary: "A batch-style container works for 20 s and exits 0. With restartPolicy OnFailure a clean exit is final: the Pod ends Succeeded.",
      watch: "STATUS goes from Running to Completed and RESTARTS stays 0.",
      moments: [
        {
          label: "Running",
          explain: "The container started, so the phase is Running. READY is 1/1 because there is no readiness probe: a running container counts as ready.",
          predict: {
            question: "The container runs and there is no readiness probe. What does READY show?",
            choices: ["1/1", "0/1 until a probe succeeds", "0/1 until the work is done"],
            answer: 0,
            whys: [
              "Without a readiness probe the kubelet counts a running container as ready at once.",
              "Only a readiness probe, when you define one, holds READY at 0/1 until it succeeds. There is none here, and no probe ever runs by default.",
              "READY is about serving, not finishing: a running container counts as ready, and it turns 0/1 when the container exits.",
            ],
          },
        },
        {
          label: "Completed, phase Succeeded",
          explain: "The script exits 0 after sleep 20. Every container ended with 0 and the policy is not Always, so the kubelet sets the phase to Succeeded; kubectl prints the container's reason, Completed.",
          predict: {
            question: "The script exits 0 under restartPolicy OnFailure. What does the kubelet do?",
            choices: ["Restart it at once", "Nothing more: the Pod is done", "Restart it after a 10 s back-off"],
            answer: 1,
            whys: [
              "That is restartPolicy Always, which restarts every exit. OnFailure restarts only non-zero exits.",
              "Exit 0 under OnFailure is final: every container succeeded, so the phase becomes Succeeded.",
              "The back-off only spaces restarts that happen; OnFailure does not restart a clean exit at all.",
            ],
          },
        },
        {
          label: "Still done",
          explain: "A minute later nothing has changed: no restart, no BackOff event. A Succeeded Pod never runs again; only a controller such as a Job would create a new Pod.",
          predict: {
            question: "A minute later: how many times has the container started?",
            choices: ["Once", "Twice", "It keeps restarting"],
            answer: 0,
            whys: [
              "There is a single Started event: a Succeeded Pod is terminal and never runs again.",
              "A second start would need a restart, and OnFailure restarts only failures. Exit 0 is not one.",
              "That is what restartPolicy Always does with a clean exit (see the lesson 'restartPolicy Always restarts exit 0').",
            ],
          },
        },
      ],
      questions: [
        {
          ...ask0,
          question: "What does kubectl get pods show for report 30 s after apply (READY STATUS RESTARTS)?",
          choices: ["0/1 Completed 0", "0/1 Succeeded 0", "0/1 CrashLoopBackOff 1", "1/1 Running 0"],
          answer: 0,
          whys: [
            "The container exited 0 and OnFailure leaves it there. STATUS prints the container's terminated reason, Completed; the phase is Succeeded.",
            "Succeeded is the phase, and it is right, but STATUS prefers the container's reason: kubectl prints Completed.",
            "That would need a restart, and OnFailure does not restart an exit 0.",
            "The script ends after 5 s; a Pod is not Running once its only container has exited for good.",
          ],
        },
        {
          ...ask1,
          question: "The same Pod, but the script exits 1. What does kubectl get pods show 45 s after apply?",
          choices: ["0/1 Error 0", "0/1 CrashLoopBackOff 2", "0/1 CrashLoopBackOff 4", "0/1 Failed 1"],
          answer: 1,
          whys: [
            "That is restartPolicy Never. OnFailure restarts a non-zero exit: the first time at once, then after 10 s, 20 s …",
            "Exits at about 7, 13 and 29 s; restarts at once, then after a 10 s back-off; now it waits 20 s, so STATUS shows CrashLoopBackOff with 2 restarts.",
            "That assumes a restart every 10 s. The back-off doubles after each restart: 10 s, then 20 s, then 40 s.",
            "A failed container does not fail the Pod under OnFailure: it is restarted and the phase stays Running.",
          ],
        },
      ],
    },
    ko: {
      title: "Running에서 Succeeded로 (restartPolicy OnFailure)",
      summary: "배치 작업 같은 컨테이너가 20초 동안 일하고 0으로 종료합니다. restartPolicy가 OnFailure이면 정상 종료로 끝이고, 파드는 Succeeded가 됩니다.",
      watch: "STATUS가 Running에서 Completed로 바뀌고 RESTARTS는 0으로 유지되는지 보세요.",
      moments: [
        {
          label: "Running",
          explain: "컨테이너가 시작되었으니 단계는 Running입니다. 준비성 프로브가 없어서 실행 중인 컨테이너는 바로 준비된 것으로 보므로 READY는 1/1입니다.",
          predict: {
            question: "컨테이너가 실행 중이고 준비성 프로브가 없습니다. READY는 어떻게 보일까요?",
            choices: ["1/1", "프로브가 성공할 때까지 0/1", "작업이 끝날 때까지 0/1"],
            answer: 0,
            whys: [
              "준비성 프로브가 없으면 kubelet은 실행 중인 컨테이너를 바로 준비된 것으로 칩니다.",
              "READY를 0/1로 붙잡아 두는 것은 직접 정의한 준비성 프로브뿐입니다. 여기에는 없고, 기본으로 도는 프로브도 없습니다.",
              "READY는 끝났는지가 아니라 요청을 받을 수 있는지를 나타냅니다. 실행 중인 컨테이너는 준비된 것이고, 종료하면 0/1이 됩니다.",
            ],
          },
        },
        {
          label: "Completed, phase Succeeded",
          explain: "sleep 20이 끝나고 스크립트가 0으로 종료합니다. 모든 컨테이너가 0으로 끝났고 정책이 Always가 아니므로 kubelet은 단계를 Succeeded로 정하고, kubectl은 컨테이너의 reason인 Completed를 보여 줍니다.",
          predict: {
            question: "restartPolicy OnFailure에서 스크립트가 0으로 종료합니다. kubelet은 무엇을 할까요?",
            choices: ["바로 재시작한다", "더 할 일이 없다: 파드는 끝났다", "10초 백오프 뒤에 재시작한다"],
            answer: 1,
            whys: [
              "모든 종료를 재시작하는 것은 restartPolicy Always입니다. OnFailure는 0이 아닌 종료만 재시작합니다.",
              "OnFailure에서 0으로 종료하면 그걸로 끝입니다. 모든 컨테이너가 성공했으니 단계는 Succeeded가 됩니다.",
              "백오프는 일어나는 재시작 사이의 간격일 뿐입니다. OnFailure는 정상 종료를 아예 재시작하지 않습니다.",
            ],
          },
        },
        {
          label: "그대로 끝난 상태",
          explain: "1분이 지나도 재시작도 BackOff 이벤트도 없습니다. Succeeded가 된 파드는 다시 실행되지 않습니다. 다시 돌리려면 잡 같은 컨트롤러가 새 파드를 만들어야 합니다.",
          predict: {
            question: "1분 뒤, 컨테이너는 몇 번 시작했을까요?",
            choices: ["한 번", "두 번", "계속 재시작한다"],
            answer: 0,
            whys: [
              "Started 이벤트는 하나뿐입니다. Succeeded 파드는 종료 상태라 다시 실행되지 않습니다.",
              "두 번째 시작에는 재시작이 필요한데, OnFailure는 실패만 재시작합니다. 0으로 종료한 것은 실패가 아닙니다.",
              "정상 종료를 계속 재시작하는 것은 restartPolicy Always입니다('restartPolicy Always는 exit 0도 재시작한다' 레슨).",
            ],
          },
        },
      ],
      questions: [
        {
          ...ask0,
          question: "적용하고 30초 뒤 kubectl get pods에 report는 어떻게 보일까요(READY STATUS RESTARTS)?",
          choices: ["0/1 Completed 0", "0/1 Succeeded 0", "0/1 CrashLoopBackOff 1", "1/1 Running 0"],
          answer: 0,
          whys: [
            "컨테이너가 0으로 종료했고 OnFailure는 그대로 둡니다. STATUS에는 컨테이너의 종료 reason인 Completed가 보이고, 단계는 Succeeded입니다.",
            "단계는 Succeeded가 맞지만, STATUS는 컨테이너의 reason을 먼저 보여 줍니다. kubectl에는 Completed가 찍힙니다.",
            "그러려면 재시작이 있어야 하는데, OnFailure는 exit 0을 재시작하지 않습니다.",
            "스크립트는 5초 뒤에 끝납니다. 하나뿐인 컨테이너가 완전히 종료한 파드는 Running이 아닙니다.",
          ],
        },
        {
          ...ask1,
          question: "같은 파드인데 스크립트가 1로 종료합니다. 적용하고 45초 뒤 kubectl get pods에는 어떻게 보일까요?",
          choices: ["0/1 Error 0", "0/1 CrashLoopBackOff 2", "0/1 CrashLoopBackOff 4", "0/1 Failed 1"],
          answer: 1,
          whys: [
            "그것은 restartPolicy Never의 모습입니다. OnFailure는 0이 아닌 종료를 재시작합니다. 처음에는 바로, 그다음은 10초, 20초 뒤에.",
            "약 7, 13, 29초에 종료합니다. 처음에는 바로, 다음에는 10초 백오프 뒤 재시작했고, 지금은 20초를 기다리는 중이라 STATUS는 CrashLoopBackOff, 재시작 2회입니다.",
            "10초마다 재시작한다고 본 답입니다. 백오프는 재시작할 때마다 두 배가 됩니다. 10초, 20초, 40초.",
            "OnFailure에서는 컨테이너가 실패해도 파드가 실패하지 않습니다. 컨테이너는 재시작되고 단계는 Running으로 남습니다.",
          ],
        },
      ],
    },
  },
};
