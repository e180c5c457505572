import yaml from "../scenarios/sidecar-job.yaml?raw";
import type { Lesson, QuestionSetup } from "../types";

const ask0 = {
  manifest: `apiVersion: batch/v1
kind: Job
metadata:
  name: ship
spec:
  template:
    spec:
      restartPolicy: Never
      initContainers:
      - name: logshipper
        image: alpine:3.20
        restartPolicy: Always
        command: ['sh', '-c', 'tail -F /opt/logs.txt']
      containers:
      - name: main
        image: alpine:3.20
        command: ['sh', '-c', 'sleep 5']
`,
  at: 20,
  check: { kind: "row", pod: "ship-*" },
} satisfies QuestionSetup;

const ask1 = {
  manifest: `apiVersion: batch/v1
kind: Job
metadata:
  name: ship
spec:
  template:
    spec:
      restartPolicy: Never
      initContainers:
      - name: logshipper
        image: alpine:3.20
        restartPolicy: Always
        command: ['sh', '-c', 'tail -F /opt/logs.txt']
      containers:
      - name: main
        image: alpine:3.20
        command: ['sh', '-c', 'sleep 5']
`,
  check: { kind: "fix", patches: [{ find: "        restartPolicy: Always\n", replace: "" }, { find: "      restartPolicy: Never\n", replace: "      restartPolicy: OnFailure\n" }, { find: "      restartPolicy: Never\n", replace: "      restartPolicy: Never\n      terminationGracePeriodSeconds: 5\n" }], goal: [{ kind: "row", pod: "ship-*", at: 20, status: "Completed", phase: "Succeeded" }] },
} satisfies QuestionSetup;

export const sidecarJob: Lesson = {
  id: "sidecar-job",
  topic: "sidecars",
  docs: ["sidecars", "jobs"],
  yaml,
  comments: { ko: { "The docs' Job with a log-shipping sidecar: the sidecar starts first and is stopped last.": "로그를 보내는 사이드카가 있는 문서의 잡: 사이드카가 먼저 시작하고 마지막에 멈춥니다." } },
  moments: [
    { t: 2, checks: [{ kind: "row", pod: "myjob-*", at: 1, status: "Init:0/1" }, { kind: "row", pod: "myjob-*", at: 2, status: "PodInitializing", ready: "1/2", phase: "Pending" }] },
    { t: 3, checks: [{ kind: "row", pod: "myjob-*", at: 3, status: "Running", ready: "2/2", phase: "Running" }] },
    {
      t: 23,
      checks: [
        { kind: "row", pod: "myjob-*", at: 23, status: "Completed", ready: "1/2", phase: "Running" },
        { kind: "event", reason: "Killing", object: "myjob-*", message: "Stopping container logshipper", first: [22, 24] },
      ],
    },
    {
      t: 55,
      checks: [
        { kind: "row", pod: "myjob-*", at: 52, phase: "Running" },
        { kind: "row", pod: "myjob-*", at: 55, status: "Completed", ready: "0/2", restarts: "0", phase: "Succeeded" },
        { kind: "event", reason: "Completed", object: "myjob", message: "Job completed", first: [53, 56] },
      ],
    },
  ],
  text: {
    en: {
      title: "Sidecar containers",
      summary: "The docs' Job with a log-shipping sidecar: an init container with restartPolicy Always. It starts before the main container, keeps running beside it, and is stopped only after the main container has finished.",
      watch: "READY going 1/2 → 2/2 → 1/2 → 0/2, and the gap between the main container's exit and the Job's completion.",
      moments: [
        {
          label: "Sidecar first",
          explain: "logshipper is in initContainers, but with restartPolicy Always it does not need to exit: once it is running (started), the next container may start. READY already counts it: 1/2.",
          predict: {
            question: "logshipper runs tail -F, which never exits. Would a normal init container (without restartPolicy: Always) running it block the Pod?",
            choices: ["Yes, forever", "No, the kubelet times it out", "No, the main container would start beside it"],
            answer: 0,
            whys: [
              "A regular init container must exit 0 before the next container starts; tail -F never exits.",
              "Init containers have no time-out; the Pod would wait in Init:0/1.",
              "Only a sidecar (restartPolicy: Always) lets the next container start while it keeps running.",
            ],
          },
        },
        {
          label: "Both running",
          explain: "The main container starts a second later; READY 2/2 counts the sidecar and the main container.",
          predict: {
            question: "Both run (READY 2/2). If the sidecar crashed now, would it be restarted although the Pod's restartPolicy is Never?",
            choices: ["Yes", "No: the Pod's Never applies to every container", "No, and the Pod would turn Failed"],
            answer: 0,
            whys: [
              "A sidecar is restarted whatever the Pod's restartPolicy: its own restartPolicy is Always.",
              "The container-level restartPolicy: Always overrides the Pod's policy for that sidecar.",
              "A sidecar's exit neither fails the Pod nor stays unrestarted; it is restarted with the usual back-off.",
            ],
          },
        },
        {
          label: "Main done, sidecar stopping",
          explain: "The main container exits 0 after 20 s: STATUS Completed while the phase is still Running. The kubelet now stops the sidecar with SIGTERM.",
          predict: {
            question: "The main container exited 0; the kubelet sends SIGTERM to the sidecar (PID 1 sh). How long will stopping it take?",
            choices: ["At once", "About 30 s", "It is never stopped: sidecars run until the Pod is deleted"],
            answer: 1,
            whys: [
              "A process that handles SIGTERM would exit at once; sh as PID 1 ignores it.",
              "sh ignores SIGTERM, so the sidecar lives until SIGKILL at the end of the 30 s grace period.",
              "In a Pod whose regular containers have all finished, the kubelet stops the sidecars so the Pod can complete.",
            ],
          },
        },
        {
          label: "Succeeded, Job complete",
          explain: "About 30 s later the sidecar is killed (exit 137), which does not count as a failure: the Pod is Succeeded and the Job completes.",
          predict: {
            question: "The sidecar is killed with SIGKILL (exit 137). Does that make the Pod Failed?",
            choices: ["Yes: exit 137 is a failure", "No", "Yes, unless the Job retries it"],
            answer: 1,
            whys: [
              "A regular container's 137 would be, but the phase is decided by the regular containers; the sidecar was stopped on purpose.",
              "The main container exited 0, so the Pod is Succeeded; sidecars do not block or fail Pod completion.",
              "The Job sees a Succeeded Pod and completes; nothing is retried.",
            ],
          },
        },
      ],
      questions: [
        {
          ...ask0,
          question: "main finishes at about 8 s. What does kubectl get pods show for the Job's Pod at 20 s (READY STATUS RESTARTS)?",
          choices: ["1/2 Completed 0", "0/2 Completed 0", "1/2 Running 0", "2/2 Running 0"],
          answer: 0,
          whys: [
            "main exited 0 (Completed, not ready); the sidecar still runs, waiting out its 30 s grace, so READY is 1/2 and the phase is still Running.",
            "That comes later, at about 39 s: sh ignores SIGTERM, so the sidecar is killed only when the 30 s grace period ends.",
            "STATUS takes the regular container's reason, Completed; a running sidecar does not make kubectl say Running.",
            "main has exited: it no longer counts as ready, and it is never restarted under the Pod's restartPolicy Never.",
          ],
        },
        {
          ...ask1,
          question: "The same Job completes only about 30 s after main finishes. Which one change makes the Pod Succeeded by 20 s?",
          choices: ["Remove restartPolicy: Always from logshipper", "restartPolicy: OnFailure for the Pod", "terminationGracePeriodSeconds: 5"],
          answer: 2,
          whys: [
            "Then it is a plain init container running tail -F, which never exits: main never starts and the Job never completes.",
            "The Pod's policy is about restarting regular containers; the sidecar is stopped the same way, with SIGTERM ignored for 30 s.",
            "The sidecar still ignores SIGTERM, but SIGKILL now comes 5 s later: the Pod is Succeeded at about 14 s.",
          ],
        },
      ],
    },
    ko: {
      title: "사이드카 컨테이너",
      summary: "문서의 로그 전송 사이드카가 있는 잡(Job)입니다. restartPolicy Always를 둔 초기화 컨테이너가 사이드카입니다. 메인 컨테이너보다 먼저 시작해 옆에서 계속 돌고, 메인 컨테이너가 끝난 뒤에야 멈춥니다.",
      watch: "READY가 1/2 → 2/2 → 1/2 → 0/2로 바뀌는 것과, 메인 컨테이너 종료와 잡 완료 사이의 간격을 보세요.",
      moments: [
        {
          label: "사이드카 먼저",
          explain: "logshipper는 initContainers에 있지만 restartPolicy Always라서 종료할 필요가 없습니다. 실행되어 시작됨(started) 상태가 되면 다음 컨테이너가 시작될 수 있습니다. READY에도 이미 들어가 1/2입니다.",
          predict: {
            question: "logshipper는 끝나지 않는 tail -F를 실행합니다. 일반 초기화 컨테이너(restartPolicy: Always 없음)였다면 파드를 막았을까요?",
            choices: ["그렇다, 영원히", "아니다, kubelet이 시간 제한으로 끊는다", "아니다, 메인 컨테이너가 옆에서 시작한다"],
            answer: 0,
            whys: [
              "일반 초기화 컨테이너는 0으로 종료해야 다음 컨테이너가 시작합니다. tail -F는 끝나지 않습니다.",
              "초기화 컨테이너에는 시간 제한이 없습니다. 파드는 Init:0/1로 기다립니다.",
              "계속 실행되면서 다음 컨테이너를 시작하게 하는 것은 사이드카(restartPolicy: Always)뿐입니다.",
            ],
          },
        },
        {
          label: "둘 다 실행 중",
          explain: "1초 뒤 메인 컨테이너가 시작되고, READY 2/2에는 사이드카와 메인 컨테이너가 모두 들어갑니다.",
          predict: {
            question: "둘 다 실행 중입니다(READY 2/2). 지금 사이드카가 죽으면, 파드의 restartPolicy가 Never여도 재시작될까요?",
            choices: ["그렇다", "아니다: 파드의 Never가 모든 컨테이너에 적용된다", "아니다, 그리고 파드가 Failed가 된다"],
            answer: 0,
            whys: [
              "사이드카는 파드의 재시작 정책과 상관없이 재시작됩니다. 자신의 restartPolicy가 Always이기 때문입니다.",
              "컨테이너 수준의 restartPolicy: Always가 그 사이드카에 대해 파드의 정책보다 우선합니다.",
              "사이드카가 종료해도 파드는 실패하지 않고, 사이드카가 멈춘 채 남지도 않습니다. 보통의 백오프를 거쳐 재시작됩니다.",
            ],
          },
        },
        {
          label: "메인 종료, 사이드카 정지 중",
          explain: "메인 컨테이너가 20초 뒤 0으로 종료합니다. 단계는 아직 Running인데 STATUS는 Completed입니다. 이제 kubelet이 사이드카에 SIGTERM을 보냅니다.",
          predict: {
            question: "메인 컨테이너가 0으로 종료했고, kubelet이 사이드카(PID 1이 sh)에 SIGTERM을 보냅니다. 멈추는 데 얼마나 걸릴까요?",
            choices: ["바로", "약 30초", "멈추지 않는다: 사이드카는 파드가 삭제될 때까지 실행된다"],
            answer: 1,
            whys: [
              "SIGTERM을 처리하는 프로세스라면 바로 끝나지만, PID 1인 sh는 이를 무시합니다.",
              "sh가 SIGTERM을 무시하므로, 사이드카는 30초 유예 기간 끝의 SIGKILL까지 살아 있습니다.",
              "일반 컨테이너가 모두 끝난 파드에서는 파드가 완료될 수 있도록 kubelet이 사이드카를 멈춥니다.",
            ],
          },
        },
        {
          label: "Succeeded, 잡 완료",
          explain: "약 30초 뒤 사이드카가 강제 종료되지만(exit 137) 실패로 치지 않습니다. 파드는 Succeeded가 되고 잡이 완료됩니다.",
          predict: {
            question: "사이드카가 SIGKILL로 죽습니다(exit 137). 이 때문에 파드가 Failed가 될까요?",
            choices: ["그렇다: exit 137은 실패다", "아니다", "그렇다, 잡이 다시 시도하지 않는 한"],
            answer: 1,
            whys: [
              "일반 컨테이너라면 그렇지만, 단계는 일반 컨테이너로 정해집니다. 사이드카는 일부러 멈춘 것입니다.",
              "메인 컨테이너가 0으로 종료했으니 파드는 Succeeded입니다. 사이드카는 파드의 완료를 막거나 실패시키지 않습니다.",
              "잡은 Succeeded 파드를 보고 완료됩니다. 다시 시도할 것이 없습니다.",
            ],
          },
        },
      ],
      questions: [
        {
          ...ask0,
          question: "main은 약 8초에 끝납니다. 20초에 kubectl get pods에 잡의 파드는 어떻게 보일까요(READY STATUS RESTARTS)?",
          choices: ["1/2 Completed 0", "0/2 Completed 0", "1/2 Running 0", "2/2 Running 0"],
          answer: 0,
          whys: [
            "main은 0으로 종료했고(Completed, 준비되지 않음) 사이드카는 30초 유예 기간을 기다리며 아직 실행 중입니다. 그래서 READY는 1/2이고 단계는 아직 Running입니다.",
            "그것은 나중, 약 39초의 모습입니다. sh가 SIGTERM을 무시해서 사이드카는 30초 유예 기간이 끝나야 죽습니다.",
            "STATUS는 일반 컨테이너의 reason인 Completed를 보여 줍니다. 사이드카가 실행 중이어도 kubectl이 Running이라고 하지 않습니다.",
            "main은 종료했습니다. 더는 준비된 것으로 세지 않고, 파드의 restartPolicy Never라 재시작되지도 않습니다.",
          ],
        },
        {
          ...ask1,
          question: "같은 잡이 main이 끝나고 약 30초 뒤에야 완료됩니다. 어떤 변경 하나로 20초까지 파드가 Succeeded가 될까요?",
          choices: ["logshipper에서 restartPolicy: Always 빼기", "파드의 restartPolicy를 OnFailure로", "terminationGracePeriodSeconds: 5"],
          answer: 2,
          whys: [
            "그러면 끝나지 않는 tail -F를 실행하는 일반 초기화 컨테이너가 되어 main이 시작하지 못하고, 잡은 완료되지 않습니다.",
            "파드의 정책은 일반 컨테이너의 재시작에 관한 것입니다. 사이드카는 똑같이 멈추고, SIGTERM을 30초 동안 무시합니다.",
            "사이드카는 여전히 SIGTERM을 무시하지만 이제 SIGKILL이 5초 뒤에 옵니다. 파드는 약 14초에 Succeeded가 됩니다.",
          ],
        },
      ],
    },
  },
};
