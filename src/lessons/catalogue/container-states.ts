import yaml from "../scenarios/container-states.yaml?raw";
import type { Lesson } from "../types";

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
          predict: { question: "Which phase does the Pod have while its only container is Waiting?", choices: ["Pending", "Running"], answer: 0, why: "A Pod is Running only once a container has started." },
        },
        {
          label: "Running",
          explain: "Pulled and started: state Running, with a startedAt time. The app will exit after 20 s.",
          predict: { question: "What will kubectl show when the app exits with code 3?", choices: ["Completed", "Error", "OOMKilled"], answer: 1, why: "The runtime reports reason Error for any non-zero exit that is not an OOM kill." },
        },
        {
          label: "Terminated: Error (exit 3)",
          explain: "The container is Terminated, reason Error, exit code 3. restartPolicy OnFailure will start it again because the exit was not 0; the phase stays Running meanwhile.",
          predict: { question: "How long until the first restart?", choices: ["At once", "10 s", "300 s"], answer: 0, why: "The first restart after an exit is immediate; the back-off only starts counting then." },
        },
        {
          label: "Running again, RESTARTS 1",
          explain: "Started again at once. The previous instance is now the container's lastState (Terminated, exit 3).",
          predict: { question: "Where does kubectl describe show the exit code 3 now?", choices: ["State", "Last State", "Nowhere"], answer: 1, why: "The running instance is State; the one that exited is Last State." },
        },
        {
          label: "Waiting: CrashLoopBackOff",
          explain: "The second exit hits the 10 s back-off. kubectl first shows Error (the exited instance) and, at the kubelet's next sync, Waiting with reason CrashLoopBackOff until it may start the container again.",
          predict: { question: "Is CrashLoopBackOff a container state?", choices: ["Yes, a fourth state", "No, a reason of the Waiting state"], answer: 1, why: "There are only three states; CrashLoopBackOff, ContainerCreating and ImagePullBackOff are Waiting reasons." },
        },
      ],
      questions: [
        { question: "Which of these is a Terminated reason?", choices: ["ContainerCreating", "OOMKilled", "CrashLoopBackOff"], answer: 1, why: "OOMKilled, Error and Completed are Terminated reasons; the other two are Waiting reasons." },
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
          predict: { question: "하나뿐인 컨테이너가 Waiting이면 파드의 단계는?", choices: ["Pending", "Running"], answer: 0, why: "컨테이너가 하나라도 시작되어야 파드가 Running이 됩니다." },
        },
        {
          label: "Running",
          explain: "이미지를 받고 시작되어 상태는 Running이고 startedAt 시간이 기록됩니다. 이 앱은 20초 뒤 종료합니다.",
          predict: { question: "앱이 코드 3으로 종료하면 kubectl은 무엇을 보여 줄까요?", choices: ["Completed", "Error", "OOMKilled"], answer: 1, why: "OOM 강제 종료가 아닌 0이 아닌 종료에는 런타임이 reason Error를 붙입니다." },
        },
        {
          label: "Terminated: Error (exit 3)",
          explain: "컨테이너가 reason Error, 종료 코드 3으로 Terminated됩니다. 0이 아닌 종료이므로 restartPolicy OnFailure가 다시 시작하고, 그동안 단계는 Running으로 유지됩니다.",
          predict: { question: "첫 재시작까지 얼마나 걸릴까요?", choices: ["바로", "10초", "300초"], answer: 0, why: "종료 뒤 첫 재시작은 바로 일어납니다. 백오프는 그때부터 세기 시작합니다." },
        },
        {
          label: "다시 Running, RESTARTS 1",
          explain: "바로 다시 시작되었습니다. 앞의 인스턴스는 이제 컨테이너의 lastState(Terminated, exit 3)입니다.",
          predict: { question: "이제 kubectl describe에서 종료 코드 3은 어디에 보일까요?", choices: ["State", "Last State", "어디에도 없다"], answer: 1, why: "실행 중인 인스턴스가 State이고, 종료된 인스턴스는 Last State입니다." },
        },
        {
          label: "Waiting: CrashLoopBackOff",
          explain: "두 번째 종료에는 10초 백오프가 걸립니다. kubectl은 먼저 Error(종료된 인스턴스)를 보여 주고, kubelet의 다음 동기화부터 다시 시작할 수 있을 때까지 reason CrashLoopBackOff로 Waiting을 보여 줍니다.",
          predict: { question: "CrashLoopBackOff는 컨테이너 상태일까요?", choices: ["예, 네 번째 상태", "아니요, Waiting 상태의 reason"], answer: 1, why: "상태는 세 가지뿐입니다. CrashLoopBackOff, ContainerCreating, ImagePullBackOff는 Waiting의 reason입니다." },
        },
      ],
      questions: [
        { question: "다음 중 Terminated의 reason은?", choices: ["ContainerCreating", "OOMKilled", "CrashLoopBackOff"], answer: 1, why: "OOMKilled, Error, Completed가 Terminated의 reason이고, 나머지 둘은 Waiting의 reason입니다." },
      ],
    },
  },
};
