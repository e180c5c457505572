import yaml from "../scenarios/always-exit0.yaml?raw";
import type { Lesson, QuestionSetup } from "../types";

const ask0 = {
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: hello
spec:
  containers:
  - name: hello
    image: busybox:1.36
    command: ["sh", "-c", "echo hello; sleep 5"]
`,
  at: 45,
  check: { kind: "row", pod: "hello" },
} satisfies QuestionSetup;

const ask1 = {
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: hello
spec:
  containers:
  - name: hello
    image: busybox:1.36
    command: ["sh", "-c", "echo hello; sleep 5"]
`,
  check: { kind: "fix", patches: [{ find: "echo hello; sleep 5\"", replace: "echo hello; sleep 5; exit 0\"" }, { find: "spec:\n", replace: "spec:\n  restartPolicy: OnFailure\n" }, { find: "    image: busybox:1.36\n", replace: "    image: busybox:1.36\n    restartPolicy: Never\n" }], goal: [{ kind: "row", pod: "hello", at: 30, status: "Completed", restarts: "0", phase: "Succeeded" }] },
} satisfies QuestionSetup;

export const alwaysExit0: Lesson = {
  id: "always-exit0",
  topic: "restartPolicy",
  docs: ["restarts"],
  yaml,
  comments: { ko: { "restartPolicy Always restarts even a container that exits 0 (kubernetes.io termination example).": "restartPolicy Always는 0으로 종료한 컨테이너도 재시작합니다(kubernetes.io의 종료 예제)." } },
  moments: [
    { t: 13, checks: [{ kind: "row", pod: "termination-demo", at: 13, status: "Completed", ready: "0/1", restarts: "0", phase: "Running" }] },
    { t: 14, checks: [{ kind: "row", pod: "termination-demo", at: 14, status: "Running", ready: "1/1", restarts: "1" }] },
    {
      t: 34,
      checks: [
        { kind: "row", pod: "termination-demo", at: 34, status: "CrashLoopBackOff", restarts: "1", phase: "Running" },
        { kind: "event", reason: "BackOff", object: "termination-demo", first: [23, 25] },
      ],
    },
  ],
  text: {
    en: {
      title: "restartPolicy Always restarts exit 0",
      summary: "The docs' termination example sleeps 10 s and exits 0. The default restartPolicy is Always, so even a successful exit is restarted, and repeated exits enter CrashLoopBackOff.",
      watch: "STATUS Completed, then Running again with RESTARTS 1, then CrashLoopBackOff. The phase never leaves Running.",
      moments: [
        {
          label: "Completed, but phase Running",
          explain: "The container exited 0 (reason Completed). Under Always the Pod is not done: its phase stays Running because the kubelet will start the container again.",
          predict: {
            question: "The container exited 0 and the Pod has the default restartPolicy. What happens next?",
            choices: ["The Pod becomes Succeeded", "The container is restarted at once", "The container is restarted after a 10 s back-off"],
            answer: 1,
            whys: [
              "Succeeded needs a policy that lets a clean exit stand (OnFailure or Never). The default is Always.",
              "Always restarts every exit, whatever the code, and the first restart is immediate.",
              "The first restart after an exit is immediate; the 10 s back-off only applies from the second exit on.",
            ],
          },
        },
        {
          label: "Restarted at once",
          explain: "The first restart is immediate; RESTARTS becomes 1. The app will exit 0 again 10 s later.",
          predict: {
            question: "The app will exit 0 again 10 s from now. Will that restart be immediate too?",
            choices: ["Yes: a clean exit is always restarted at once", "No: it waits out a 10 s back-off", "It is not restarted: the second clean exit ends the Pod"],
            answer: 1,
            whys: [
              "A clean exit is restarted, but the crash-loop back-off does not care about the exit code.",
              "The first restart created the back-off entry; the next restart waits 10 s after the exit.",
              "Under Always there is no last exit; every exit is restarted, only further apart.",
            ],
          },
        },
        {
          label: "CrashLoopBackOff after a clean exit",
          explain: "The second exit waits out the 10 s back-off and kubectl shows CrashLoopBackOff, although nothing crashed. The name means 'restarting too often', not 'failed'.",
          predict: {
            question: "STATUS says CrashLoopBackOff although the app never failed. What does CrashLoopBackOff mean?",
            choices: ["The app crashed with a non-zero exit", "The container exits repeatedly and the kubelet waits before starting it again", "A probe failed"],
            answer: 1,
            whys: [
              "The name suggests it, but here every exit was 0.",
              "Any repeated exit under Always, even 0, goes through the same back-off; the name means 'restarting too often', not 'failed'.",
              "Probe failures show as Unhealthy events and, for liveness, a Killing event; this Pod has no probes.",
            ],
          },
        },
      ],
      questions: [
        {
          ...ask0,
          question: "What does kubectl get pods show for hello 45 s after apply (READY STATUS RESTARTS)?",
          choices: ["0/1 Completed 0", "0/1 CrashLoopBackOff 2", "0/1 Succeeded 0", "1/1 Running 4"],
          answer: 1,
          whys: [
            "That is what OnFailure or Never would show. The default restartPolicy is Always, which restarts a clean exit too.",
            "Exits at about 7, 13 and 29 s; restarted at once, then after 10 s; now the 20 s back-off runs. CrashLoopBackOff although every exit was 0.",
            "Under Always a Pod never becomes Succeeded, and STATUS would print the container's reason (Completed) rather than the phase anyway.",
            "That assumes a restart every 10 s. The wait doubles after each restart: none, 10 s, 20 s, 40 s.",
          ],
        },
        {
          ...ask1,
          question: "This Pod should say hello once and end Succeeded. Which one change does that?",
          choices: ["End the command with exit 0", "restartPolicy: OnFailure in the Pod spec", "restartPolicy: Never on the container"],
          answer: 1,
          whys: [
            "The script already exits 0. Under the default Always, a clean exit is restarted like any other.",
            "OnFailure lets a clean exit stand: Completed, RESTARTS 0, phase Succeeded.",
            "In v1.34 a container-level restartPolicy is allowed only on init containers (it makes a sidecar); the API server refuses it here. Set it on the Pod.",
          ],
        },
      ],
    },
    ko: {
      title: "restartPolicy Always는 exit 0도 재시작한다",
      summary: "문서의 종료 예제는 10초 동안 sleep한 뒤 0으로 종료합니다. 기본 restartPolicy가 Always라서 정상 종료도 재시작되고, 종료가 반복되면 CrashLoopBackOff가 됩니다.",
      watch: "STATUS가 Completed, 다시 Running(RESTARTS 1), 그리고 CrashLoopBackOff로 바뀌는 것을 보세요. 단계는 계속 Running입니다.",
      moments: [
        {
          label: "Completed인데 단계는 Running",
          explain: "컨테이너가 0으로 종료했습니다(reason Completed). Always에서는 파드가 끝난 것이 아닙니다. kubelet이 컨테이너를 다시 시작할 것이므로 단계는 Running으로 유지됩니다.",
          predict: {
            question: "컨테이너가 0으로 종료했고 파드의 재시작 정책은 기본값입니다. 다음에는?",
            choices: ["파드가 Succeeded가 된다", "컨테이너가 바로 재시작된다", "10초 백오프 뒤 재시작된다"],
            answer: 1,
            whys: [
              "Succeeded가 되려면 정상 종료를 그대로 두는 정책(OnFailure나 Never)이어야 합니다. 기본값은 Always입니다.",
              "Always는 종료 코드와 상관없이 모든 종료를 재시작하고, 첫 재시작은 바로 일어납니다.",
              "종료 후 첫 재시작은 바로 일어납니다. 10초 백오프는 두 번째 종료부터 적용됩니다.",
            ],
          },
        },
        {
          label: "바로 재시작",
          explain: "첫 재시작은 바로 일어나고 RESTARTS가 1이 됩니다. 앱은 10초 뒤 다시 0으로 종료합니다.",
          predict: {
            question: "10초 뒤 앱이 다시 0으로 종료합니다. 그때도 바로 재시작할까요?",
            choices: ["그렇다: 정상 종료는 늘 바로 재시작한다", "아니다: 10초 백오프를 기다린다", "재시작하지 않는다: 두 번째 정상 종료로 파드가 끝난다"],
            answer: 1,
            whys: [
              "정상 종료도 재시작되지만, 크래시 루프 백오프는 종료 코드를 따지지 않습니다.",
              "첫 재시작이 백오프 항목을 만들었습니다. 다음 재시작은 종료 10초 뒤입니다.",
              "Always에는 마지막 종료가 없습니다. 모든 종료가 재시작되고, 간격만 벌어집니다.",
            ],
          },
        },
        {
          label: "정상 종료인데 CrashLoopBackOff",
          explain: "두 번째 종료 뒤에는 10초 백오프를 기다리며, 비정상 종료한 것이 없는데도 kubectl은 CrashLoopBackOff를 보여 줍니다. 이 이름은 '실패'가 아니라 '너무 자주 재시작 중'이라는 뜻입니다.",
          predict: {
            question: "앱은 한 번도 실패하지 않았는데 STATUS에 CrashLoopBackOff가 보입니다. CrashLoopBackOff는 무슨 뜻일까요?",
            choices: ["앱이 0이 아닌 코드로 비정상 종료했다", "컨테이너가 거듭 종료해서 kubelet이 다시 시작하기 전에 기다린다", "프로브가 실패했다"],
            answer: 1,
            whys: [
              "이름은 그렇게 들리지만 여기서는 모든 종료가 0이었습니다.",
              "Always에서 거듭된 종료는 0이어도 같은 백오프를 거칩니다. '실패했다'가 아니라 '너무 자주 재시작한다'는 뜻입니다.",
              "프로브 실패는 Unhealthy 이벤트로, 활성 프로브라면 Killing 이벤트로도 보입니다. 이 파드에는 프로브가 없습니다.",
            ],
          },
        },
      ],
      questions: [
        {
          ...ask0,
          question: "적용하고 45초 뒤 kubectl get pods에 hello는 어떻게 보일까요(READY STATUS RESTARTS)?",
          choices: ["0/1 Completed 0", "0/1 CrashLoopBackOff 2", "0/1 Succeeded 0", "1/1 Running 4"],
          answer: 1,
          whys: [
            "OnFailure나 Never라면 그렇게 보입니다. 기본 재시작 정책은 Always이고, 정상 종료도 재시작합니다.",
            "약 7, 13, 29초에 종료합니다. 처음에는 바로, 다음은 10초 뒤 재시작했고 지금은 20초 백오프 중입니다. 모든 종료가 0이었는데도 CrashLoopBackOff입니다.",
            "Always에서 파드는 Succeeded가 되지 않습니다. 게다가 STATUS는 단계보다 컨테이너의 reason(Completed)을 보여 줍니다.",
            "10초마다 재시작한다고 본 답입니다. 대기는 재시작마다 두 배가 됩니다(없음, 10초, 20초, 40초).",
          ],
        },
        {
          ...ask1,
          question: "이 파드는 hello를 한 번 출력하고 Succeeded로 끝나야 합니다. 어떤 변경 하나로 될까요?",
          choices: ["명령 끝에 exit 0 붙이기", "파드 spec에 restartPolicy: OnFailure", "컨테이너에 restartPolicy: Never"],
          answer: 1,
          whys: [
            "스크립트는 이미 0으로 종료합니다. 기본값 Always에서는 정상 종료도 다른 종료처럼 재시작됩니다.",
            "OnFailure는 정상 종료를 그대로 둡니다. Completed, RESTARTS 0, 단계는 Succeeded.",
            "v1.34에서 컨테이너 수준의 restartPolicy는 초기화 컨테이너에만 쓸 수 있고(사이드카가 됨), 여기서는 API 서버가 거부합니다. 파드에 설정해야 합니다.",
          ],
        },
      ],
    },
  },
};
