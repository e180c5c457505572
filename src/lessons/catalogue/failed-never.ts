import yaml from "../scenarios/failed-never.yaml?raw";
import type { Lesson, QuestionSetup } from "../types";

const ask0 = {
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: once
spec:
  restartPolicy: Never
  containers:
  - name: job
    image: busybox:1.36
    command: ["sh", "-c", "sleep 5; exit 1"]
`,
  at: 30,
  check: { kind: "row", pod: "once" },
} satisfies QuestionSetup;

export const failedNever: Lesson = {
  id: "failed-never",
  topic: "phases",
  docs: ["podPhase", "restarts"],
  yaml,
  comments: { ko: { "A Pod whose only container exits 1 under restartPolicy Never: no restart, phase Failed.": "하나뿐인 컨테이너가 restartPolicy Never에서 1로 종료하는 파드: 재시작 없이 Failed 단계가 됩니다." } },
  moments: [
    { t: 2, checks: [{ kind: "row", pod: "once", at: 2, status: "Running", ready: "1/1", phase: "Running" }] },
    { t: 17, checks: [{ kind: "row", pod: "once", at: 17, status: "Error", ready: "0/1", restarts: "0", phase: "Failed" }] },
    {
      t: 60,
      checks: [
        { kind: "row", pod: "once", at: 60, status: "Error", restarts: "0", phase: "Failed" },
        { kind: "event", reason: "Started", object: "once", count: { min: 1, max: 1, before: 60 } },
      ],
    },
  ],
  text: {
    en: {
      title: "Failed: exit 1 under restartPolicy Never",
      summary: "The container exits 1 after 15 s. With restartPolicy Never nothing is retried: the container is Terminated with reason Error and the Pod's phase becomes Failed.",
      watch: "STATUS turns Error and stays; RESTARTS stays 0.",
      moments: [
        {
          label: "Running",
          explain: "The script prints, then sleeps 15 s. The Pod is Running.",
          predict: {
            question: "Which field decides what happens when this container exits?",
            choices: ["spec.restartPolicy", "terminationGracePeriodSeconds", "The container's exit code alone"],
            answer: 0,
            whys: [
              "The Pod's restartPolicy (Always, OnFailure, Never) tells the kubelet whether to start an exited container again.",
              "The grace period is how long a stopping container gets between SIGTERM and SIGKILL; it does not decide about restarts.",
              "The exit code matters only through the policy: OnFailure restarts non-zero exits, Always restarts every exit, Never none.",
            ],
          },
        },
        {
          label: "Error, phase Failed",
          explain: "exit 1: the container is Terminated with reason Error and exit code 1. Under Never the kubelet does not restart it, and a non-zero exit makes the phase Failed.",
          predict: {
            question: "The container exits 1. What phase does the Pod get?",
            choices: ["Running", "Failed", "Succeeded"],
            answer: 1,
            whys: [
              "Running would need a container that runs or will be restarted; under Never nothing will.",
              "Never with a non-zero exit is terminal: every container has ended and one failed, so the phase is Failed.",
              "It did run to the end of its script, but the exit code was 1: Succeeded requires every container to exit 0.",
            ],
          },
        },
        {
          label: "Never restarted",
          explain: "The container started exactly once. Failed is terminal; kubectl keeps showing Error.",
          predict: {
            question: "Would restartPolicy OnFailure have changed the outcome?",
            choices: ["Yes: the kubelet would restart it, and the phase would stay Running", "No: OnFailure also runs the container once", "Only the phase: Failed would become Succeeded"],
            answer: 0,
            whys: [
              "OnFailure restarts non-zero exits with the crash-loop back-off, and a Pod that is being restarted stays Running.",
              "That describes Never. OnFailure retries until the container exits 0.",
              "OnFailure does not reinterpret the exit code; it restarts the container, so there would be no terminal phase at all.",
            ],
          },
        },
      ],
      questions: [
        {
          ...ask0,
          question: "What does kubectl get pods show for once 30 s after apply (READY STATUS RESTARTS)?",
          choices: ["0/1 Error 0", "0/1 Failed 0", "0/1 CrashLoopBackOff 1", "0/1 Completed 0"],
          answer: 0,
          whys: [
            "The container ended with exit 1 (reason Error) and Never does not restart it. STATUS prints the container's reason; the phase behind it is Failed.",
            "Failed is the phase, and it is right, but STATUS shows the container's terminated reason first: Error.",
            "CrashLoopBackOff is a wait between restarts; Never never restarts.",
            "Completed is the reason for exit 0. A non-zero exit that is not an OOM kill is Error.",
          ],
        },
        {
          question: "A Job's Pod template has restartPolicy Never and its container exits 1. Who tries again?",
          choices: ["The kubelet, in the same Pod", "The Job controller, with a new Pod", "Nobody: the Job fails at once", "The scheduler, on another node"],
          answer: 1,
          whys: [
            "Under Never the kubelet does not restart the container; that Pod ends Failed.",
            "The Job counts the failed Pod and creates a new one, up to backoffLimit retries (6 by default), with its own growing delay.",
            "A Job gives up only when its failed Pods exceed backoffLimit (6 by default), not after the first.",
            "The scheduler only places Pods that do not have a node yet; it never restarts or moves a failed Pod.",
          ],
        },
      ],
    },
    ko: {
      title: "Failed: restartPolicy Never에서 exit 1",
      summary: "컨테이너가 15초 뒤 1로 종료합니다. restartPolicy가 Never이면 다시 시도하지 않습니다. 컨테이너는 reason Error로 Terminated 상태가 되고 파드의 단계는 Failed가 됩니다.",
      watch: "STATUS가 Error로 바뀐 채 유지되고 RESTARTS는 0인지 보세요.",
      moments: [
        {
          label: "Running",
          explain: "스크립트가 메시지를 출력한 뒤 15초 동안 sleep합니다. 파드는 Running입니다.",
          predict: {
            question: "이 컨테이너가 종료했을 때 무슨 일이 일어날지 정하는 필드는?",
            choices: ["spec.restartPolicy", "terminationGracePeriodSeconds", "컨테이너의 종료 코드만으로"],
            answer: 0,
            whys: [
              "파드의 재시작 정책(Always, OnFailure, Never)이 종료한 컨테이너를 다시 시작할지 kubelet에게 알려 줍니다.",
              "유예 기간은 멈추는 컨테이너가 SIGTERM과 SIGKILL 사이에 받는 시간입니다. 재시작 여부와는 관계없습니다.",
              "종료 코드는 재시작 정책을 거쳐서만 의미가 있습니다. OnFailure는 0이 아닌 종료를, Always는 모든 종료를 재시작하고, Never는 아무것도 재시작하지 않습니다.",
            ],
          },
        },
        {
          label: "Error, phase Failed",
          explain: "exit 1: 컨테이너는 Terminated 상태이고, reason은 Error, 종료 코드는 1입니다. Never이므로 kubelet은 재시작하지 않고, 0이 아닌 종료 때문에 단계는 Failed가 됩니다.",
          predict: {
            question: "컨테이너가 1로 종료합니다. 파드의 단계는?",
            choices: ["Running", "Failed", "Succeeded"],
            answer: 1,
            whys: [
              "Running이려면 실행 중이거나 재시작될 컨테이너가 있어야 하는데, Never에서는 없습니다.",
              "Never에서 0이 아닌 종료는 끝입니다. 모든 컨테이너가 종료했고 그중 하나가 실패했으니 단계는 Failed입니다.",
              "스크립트를 끝까지 실행한 것은 맞지만 종료 코드가 1입니다. Succeeded는 모든 컨테이너가 0으로 종료해야 합니다.",
            ],
          },
        },
        {
          label: "재시작 없음",
          explain: "컨테이너는 딱 한 번 시작되었습니다. Failed는 최종 단계라서 kubectl은 계속 Error를 보여 줍니다.",
          predict: {
            question: "restartPolicy가 OnFailure였다면 결과가 달라졌을까요?",
            choices: ["그렇다: kubelet이 재시작하고 단계는 Running으로 남는다", "아니다: OnFailure도 한 번만 실행한다", "단계만 달라진다: Failed 대신 Succeeded"],
            answer: 0,
            whys: [
              "OnFailure는 0이 아닌 종료를 크래시 루프 백오프를 두고 재시작하며, 재시작되는 파드는 Running으로 남습니다.",
              "그것은 Never입니다. OnFailure는 컨테이너가 0으로 종료할 때까지 다시 시도합니다.",
              "OnFailure가 종료 코드를 달리 해석하는 것은 아닙니다. 컨테이너를 재시작하므로 최종 단계 자체가 없습니다.",
            ],
          },
        },
      ],
      questions: [
        {
          ...ask0,
          question: "적용하고 30초 뒤 kubectl get pods에 once는 어떻게 보일까요(READY STATUS RESTARTS)?",
          choices: ["0/1 Error 0", "0/1 Failed 0", "0/1 CrashLoopBackOff 1", "0/1 Completed 0"],
          answer: 0,
          whys: [
            "컨테이너가 1로 종료했고(reason Error) Never라서 재시작하지 않습니다. STATUS에는 컨테이너의 reason이 보이고, 그 뒤의 단계는 Failed입니다.",
            "단계는 Failed가 맞지만, STATUS는 컨테이너의 종료 reason을 먼저 보여 줍니다. Error입니다.",
            "CrashLoopBackOff는 재시작 사이의 대기인데, Never는 재시작하지 않습니다.",
            "Completed는 0으로 종료했을 때의 reason입니다. OOM으로 종료된 경우가 아니면 0이 아닌 종료는 Error입니다.",
          ],
        },
        {
          question: "잡의 파드 템플릿이 restartPolicy Never이고 컨테이너가 1로 종료합니다. 누가 다시 시도할까요?",
          choices: ["같은 파드 안에서 kubelet이", "잡 컨트롤러가 새 파드로", "아무도: 잡이 바로 실패한다", "스케줄러가 다른 노드에서"],
          answer: 1,
          whys: [
            "Never에서 kubelet은 컨테이너를 재시작하지 않습니다. 그 파드는 Failed로 끝납니다.",
            "잡은 실패한 파드를 세고 새 파드를 만듭니다. backoffLimit(기본 6)번까지, 점점 늘어나는 지연을 두고 만듭니다.",
            "잡은 실패한 파드 수가 backoffLimit(기본 6)을 넘어야 포기합니다. 첫 실패로 포기하지 않습니다.",
            "스케줄러는 아직 노드가 없는 파드를 배치할 뿐, 실패한 파드를 재시작하거나 옮기지 않습니다.",
          ],
        },
      ],
    },
  },
};
