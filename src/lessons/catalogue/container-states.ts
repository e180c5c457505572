import yaml from "../scenarios/container-states.yaml?raw";
import type { Lesson, QuestionSetup } from "../types";

const ask0 = {
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: tool
spec:
  containers:
  - name: tool
    image: example.com/tool:1.0
`,
  at: 5,
  check: { kind: "row", pod: "tool", scenario: "apiVersion: podplay.dev/v1alpha1\nkind: Scenario\nspec:\n  images:\n  - image: example.com/tool:1.0\n    pullSeconds: 10\n" },
} satisfies QuestionSetup;

const ask1 = {
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: tool
spec:
  restartPolicy: OnFailure
  containers:
  - name: tool
    image: busybox:1.36
    command: ["sh", "-c", "sleep 10; exit 3"]
`,
  at: 60,
  check: { kind: "row", pod: "tool" },
} satisfies QuestionSetup;

export const containerStates: Lesson = {
  id: "container-states",
  topic: "containerStates",
  docs: ["containerStates"],
  yaml,
  comments: { ko: { "One container through all three states: Waiting (pulling), Running, Terminated (exit 3), and back.": "컨테이너 하나가 세 상태를 모두 거칩니다: Waiting(이미지 받는 중), Running, Terminated(exit 3), 그리고 다시 처음으로." } },
  moments: [
    {
      t: 1, focus: { kubectl: "watch", pod: "states" },
      checks: [
        { kind: "row", pod: "states", at: 1, status: "ContainerCreating", ready: "0/1", phase: "Pending" },
        { kind: "event", reason: "Pulling", object: "states", message: 'Pulling image "example.com/tool:1.0"', first: [0, 2] },
      ],
    },
    { t: 11, checks: [{ kind: "row", pod: "states", at: 11, status: "Running", ready: "1/1", restarts: "0", phase: "Running" }] },
    { t: 32, checks: [{ kind: "row", pod: "states", at: 32, status: "Error", ready: "0/1", restarts: "0", phase: "Running" }] },
    { t: 33, focus: { kubectl: "describe", pod: "states" }, checks: [{ kind: "row", pod: "states", at: 33, status: "Running", ready: "1/1", restarts: "1" }] },
    {
      t: 63, focus: { kubectl: "describe", pod: "states" },
      checks: [
        { kind: "row", pod: "states", at: 63, status: "CrashLoopBackOff", ready: "0/1", restarts: "1", phase: "Running" },
        { kind: "event", reason: "BackOff", object: "states", first: [52, 54] },
      ],
    },
  ],
  text: {
    en: {
      title: "Waiting, Running, Terminated",
      summary: "One container walks through all three container states and their reasons: Waiting (ContainerCreating, later CrashLoopBackOff), Running, and Terminated (Error, exit code 3).",
      watch: "The container lane on the timeline and STATUS in kubectl; the describe pod tab shows State and Last State.",
      moments: [
        {
          label: "Waiting: ContainerCreating",
          explain: "The image takes 10 s to pull. Until the container exists it is Waiting with reason ContainerCreating, and the Pod is Pending.",
          predict: {
            question: "The image takes 10 s to pull and the container is Waiting. Which phase does the Pod have?",
            choices: ["Pending", "Running", "ContainerCreating"],
            answer: 0,
            whys: [
              "A Pod is Pending until at least one of its containers has started; pulling happens before that.",
              "The Pod is bound to a node, but Running needs a container that has started. Being scheduled is not enough.",
              "ContainerCreating is the Waiting reason kubectl prints in STATUS, not a phase. The phases are Pending, Running, Succeeded, Failed (and the legacy Unknown).",
            ],
          },
        },
        {
          label: "Running",
          explain: "Pulled and started: state Running, with a startedAt time. The app will exit after 20 s.",
          predict: {
            question: "The app will exit with code 3. What will STATUS show then?",
            choices: ["Completed", "Error", "OOMKilled"],
            answer: 1,
            whys: [
              "Completed is the reason for exit 0 only.",
              "The runtime reports reason Error for any non-zero exit that is not an OOM kill.",
              "OOMKilled means the kernel killed the process for passing its memory limit (exit 137); this app exits by itself with 3.",
            ],
          },
        },
        {
          label: "Terminated: Error (exit 3)",
          explain: "The container is Terminated, reason Error, exit code 3. restartPolicy OnFailure will start it again because the exit was not 0; the phase stays Running meanwhile.",
          predict: {
            question: "Exit 3 under restartPolicy OnFailure. When is the container started again?",
            choices: ["At once", "After 10 s, the first back-off", "Not at all: exit 3 is final under OnFailure"],
            answer: 0,
            whys: [
              "The first restart after an exit is immediate; the back-off entry it creates only delays the next one.",
              "The 10 s applies from the second exit on: the first restart creates the back-off entry and starts the container at once.",
              "That is Never. OnFailure restarts exactly the non-zero exits.",
            ],
          },
        },
        {
          label: "Running again, RESTARTS 1",
          explain: "Started again at once. The previous instance is now the container's lastState (Terminated, exit 3).",
          predict: {
            question: "The container runs again. Where does kubectl describe pod show the exit code 3 now?",
            choices: ["Under State", "Under Last State", "Nowhere: a restart clears it"],
            answer: 1,
            whys: [
              "State is the current instance, which is Running with a new startedAt.",
              "The instance that exited is kept as lastState: Terminated, reason Error, exit code 3.",
              "The kubelet keeps the previous termination as Last State exactly so you can see why the container restarted.",
            ],
          },
        },
        {
          label: "Waiting: CrashLoopBackOff",
          explain: "The second exit hits the 10 s back-off. kubectl first shows Error (the exited instance) and, at the kubelet's next sync, Waiting with reason CrashLoopBackOff until it may start the container again.",
          predict: {
            question: "kubectl shows CrashLoopBackOff. What is it?",
            choices: ["A fourth container state", "A reason of the Waiting state", "A Pod phase"],
            answer: 1,
            whys: [
              "There are only three states: Waiting, Running, Terminated.",
              "CrashLoopBackOff, like ContainerCreating and ImagePullBackOff, is why a container is Waiting.",
              "The phase stays Running during a crash loop under OnFailure or Always; CrashLoopBackOff is a container's Waiting reason.",
            ],
          },
        },
      ],
      questions: [
        {
          ...ask0,
          question: "Pulling example.com/tool:1.0 takes 10 s. What does kubectl get pods show 5 s after apply (READY STATUS RESTARTS)?",
          choices: ["0/1 ContainerCreating 0", "0/1 Pending 0", "0/1 Waiting 0", "1/1 Running 0"],
          answer: 0,
          whys: [
            "The Pod is bound and the kubelet is pulling: the container is Waiting with reason ContainerCreating, which STATUS prints.",
            "Pending is the phase, and it is right, but kubectl prints the container's Waiting reason instead once the kubelet has one.",
            "STATUS never prints a state name; it prints the state's reason (ContainerCreating, CrashLoopBackOff, Error …).",
            "Nothing can run before its image is on the node; the pull takes 10 s.",
          ],
        },
        {
          ...ask1,
          question: "What does kubectl get pods show for tool 60 s after apply?",
          choices: ["0/1 Waiting 2", "0/1 Terminated 2", "0/1 CrashLoopBackOff 2", "1/1 Running 2"],
          answer: 2,
          whys: [
            "The container is indeed Waiting, but STATUS prints the reason it waits, not the state's name.",
            "The last instance did terminate, but now the container waits for its next start; and STATUS prints reasons, not state names.",
            "Exits at about 12, 23 and 44 s; restarted at once, then after 10 s; now the 20 s back-off runs, so the container is Waiting with reason CrashLoopBackOff.",
            "The third exit came at about 44 s, and the next start waits 20 s after it, until about 65 s.",
          ],
        },
      ],
    },
    ko: {
      title: "컨테이너 상태 세 가지: Waiting, Running, Terminated",
      summary: "컨테이너 하나가 세 가지 상태와 그 reason을 모두 거칩니다. Waiting(ContainerCreating, 나중에 CrashLoopBackOff), Running, Terminated(Error, 종료 코드 3)입니다.",
      watch: "타임라인의 컨테이너 레인과 kubectl의 STATUS를 보세요. kubectl describe pod 탭에서 State와 Last State도 확인할 수 있습니다.",
      moments: [
        {
          label: "Waiting: ContainerCreating",
          explain: "이미지를 받는 데 10초가 걸립니다. 컨테이너가 생기기 전까지는 reason ContainerCreating으로 Waiting이고, 파드는 Pending입니다.",
          predict: {
            question: "이미지를 받는 데 10초가 걸리고 컨테이너는 Waiting입니다. 파드의 단계는?",
            choices: ["Pending", "Running", "ContainerCreating"],
            answer: 0,
            whys: [
              "컨테이너가 하나라도 시작하기 전까지 파드는 Pending입니다. 이미지 받기는 그 전에 일어납니다.",
              "파드가 노드에 배정되긴 했지만, Running이려면 시작한 컨테이너가 있어야 합니다. 스케줄된 것만으로는 부족합니다.",
              "ContainerCreating은 kubectl이 STATUS에 보여 주는 Waiting의 reason이지 단계가 아닙니다. 단계는 Pending, Running, Succeeded, Failed(그리고 예전의 Unknown)뿐입니다.",
            ],
          },
        },
        {
          label: "Running",
          explain: "이미지를 받고 시작되어 상태는 Running이고 startedAt 시간이 기록됩니다. 이 앱은 20초 뒤 종료합니다.",
          predict: {
            question: "앱은 종료 코드 3으로 끝납니다. 그때 STATUS에는 무엇이 보일까요?",
            choices: ["Completed", "Error", "OOMKilled"],
            answer: 1,
            whys: [
              "Completed는 0으로 종료했을 때에만 붙는 reason입니다.",
              "런타임은 OOM으로 종료된 경우가 아니면 0이 아닌 종료를 모두 reason Error로 보고합니다.",
              "OOMKilled는 메모리 제한을 넘어 커널이 프로세스를 죽였다는 뜻입니다(exit 137). 이 앱은 스스로 3으로 끝납니다.",
            ],
          },
        },
        {
          label: "Terminated: Error (exit 3)",
          explain: "컨테이너는 Terminated 상태이고, reason은 Error, 종료 코드는 3입니다. 0이 아닌 종료이므로 restartPolicy OnFailure가 다시 시작하고, 그동안 단계는 Running으로 유지됩니다.",
          predict: {
            question: "restartPolicy OnFailure에서 exit 3입니다. 컨테이너는 언제 다시 시작할까요?",
            choices: ["바로", "첫 백오프인 10초 뒤", "다시 시작하지 않는다: OnFailure에서 exit 3은 끝"],
            answer: 0,
            whys: [
              "종료 후 첫 재시작은 바로 일어납니다. 이때 만들어지는 백오프 항목은 그다음 재시작부터 늦춥니다.",
              "10초는 두 번째 종료부터 적용됩니다. 첫 재시작은 백오프 항목을 만들면서 컨테이너를 바로 시작합니다.",
              "그것은 Never입니다. OnFailure가 재시작하는 것이 바로 0이 아닌 종료입니다.",
            ],
          },
        },
        {
          label: "다시 Running, RESTARTS 1",
          explain: "바로 다시 시작되었습니다. 앞의 인스턴스는 이제 컨테이너의 lastState(Terminated, exit 3)입니다.",
          predict: {
            question: "컨테이너가 다시 실행 중입니다. kubectl describe pod에서 종료 코드 3은 이제 어디에 보일까요?",
            choices: ["State 아래", "Last State 아래", "어디에도 없다: 재시작하면 지워진다"],
            answer: 1,
            whys: [
              "State는 현재 인스턴스이고, 새 startedAt과 함께 Running입니다.",
              "종료한 인스턴스는 lastState로 남습니다. Terminated, reason Error, 종료 코드 3.",
              "kubelet은 컨테이너가 왜 재시작했는지 볼 수 있도록 직전 종료를 Last State로 남겨 둡니다.",
            ],
          },
        },
        {
          label: "Waiting: CrashLoopBackOff",
          explain: "두 번째 종료에는 10초 백오프가 걸립니다. kubectl은 먼저 Error(종료된 인스턴스)를 보여 주고, kubelet의 다음 동기화부터 다시 시작할 수 있을 때까지 reason CrashLoopBackOff로 Waiting을 보여 줍니다.",
          predict: {
            question: "kubectl에 CrashLoopBackOff가 보입니다. 이것은 무엇일까요?",
            choices: ["네 번째 컨테이너 상태", "Waiting 상태의 reason", "파드의 단계"],
            answer: 1,
            whys: [
              "컨테이너 상태는 Waiting, Running, Terminated 세 가지뿐입니다.",
              "CrashLoopBackOff는 ContainerCreating, ImagePullBackOff처럼 컨테이너가 왜 Waiting인지를 나타냅니다.",
              "OnFailure나 Always에서 크래시 루프 동안 단계는 Running으로 남습니다. CrashLoopBackOff는 컨테이너의 Waiting reason입니다.",
            ],
          },
        },
      ],
      questions: [
        {
          ...ask0,
          question: "example.com/tool:1.0을 받는 데 10초가 걸립니다. 적용하고 5초 뒤 kubectl get pods에는 어떻게 보일까요(READY STATUS RESTARTS)?",
          choices: ["0/1 ContainerCreating 0", "0/1 Pending 0", "0/1 Waiting 0", "1/1 Running 0"],
          answer: 0,
          whys: [
            "파드는 노드에 배정되었고 kubelet이 이미지를 받는 중입니다. 컨테이너는 Waiting, reason은 ContainerCreating이고 STATUS에 그대로 보입니다.",
            "단계는 Pending이 맞지만, kubelet이 Waiting의 reason을 적은 뒤에는 kubectl이 그 reason을 대신 보여 줍니다.",
            "STATUS에는 상태 이름이 나오지 않습니다. 상태의 reason(ContainerCreating, CrashLoopBackOff, Error …)이 나옵니다.",
            "이미지가 노드에 오기 전에는 아무것도 실행할 수 없습니다. 이미지를 받는 데 10초가 걸립니다.",
          ],
        },
        {
          ...ask1,
          question: "적용하고 60초 뒤 kubectl get pods에 tool은 어떻게 보일까요?",
          choices: ["0/1 Waiting 2", "0/1 Terminated 2", "0/1 CrashLoopBackOff 2", "1/1 Running 2"],
          answer: 2,
          whys: [
            "컨테이너가 Waiting인 것은 맞지만, STATUS에는 상태 이름이 아니라 기다리는 이유(reason)가 나옵니다.",
            "마지막 인스턴스가 종료한 것은 맞지만, 지금 컨테이너는 다음 시작을 기다립니다. 게다가 STATUS에는 상태 이름이 아니라 reason이 나옵니다.",
            "약 12, 23, 44초에 종료합니다. 처음에는 바로, 그다음은 10초 뒤 재시작했고, 지금은 20초 백오프 중이라 컨테이너는 reason CrashLoopBackOff로 Waiting입니다.",
            "세 번째 종료가 약 44초였고, 다음 시작은 그로부터 20초 뒤인 약 65초입니다.",
          ],
        },
      ],
    },
  },
};
