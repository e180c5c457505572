import yaml from "../scenarios/phase-status-conditions.yaml?raw";
import type { Lesson, QuestionSetup } from "../types";

const ask0 = {
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: once
spec:
  containers:
  - name: job
    image: busybox:1.36
    command: ["sh", "-c", "echo done"]
`,
  at: 60,
  check: { kind: "row", pod: "once", columns: ["status", "phase"] },
} satisfies QuestionSetup;

const ask1 = {
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: setup
spec:
  restartPolicy: Never
  initContainers:
  - name: migrate
    image: busybox:1.36
    command: ["sh", "-c", "sleep 3; exit 1"]
  containers:
  - name: app
    image: nginx:1.27
`,
  at: 20,
  check: { kind: "row", pod: "setup", columns: ["status", "phase"] },
} satisfies QuestionSetup;

/** The phase, kubectl's STATUS column (printPod) and the Pod's conditions: three different answers to "how is it?". */
export const phaseStatusConditions: Lesson = {
  id: "phase-status-conditions",
  topic: "phases",
  docs: ["podPhase", "podConditions"],
  yaml,
  comments: { ko: { "Four Pods, four ways the phase, kubectl's STATUS column and the conditions can disagree. crashing: exits 1 after 5 s, again and again (restartPolicy Always).": "파드 4개: 단계(phase), kubectl의 STATUS 열, 컨디션이 서로 다르게 말하는 네 가지 경우.\ncrashing: 5초 뒤 종료 코드 1로 끝나기를 계속 되풀이합니다(restartPolicy Always).", "waiting: its init container waits for a Service named db that never comes.": "waiting: 초기화 컨테이너가 끝내 생기지 않는 db라는 서비스를 기다립니다.", "not-ready: nginx has no /ready page, so the readiness probe fails (404). Deleted at 90 s.": "not-ready: nginx에 /ready 페이지가 없어 준비성 프로브가 실패합니다(404). 90초에 삭제됩니다.", "finished: a one-shot job that ends well.": "finished: 한 번 실행되고 성공적으로 끝나는 작업." } },
  moments: [
    {
      t: 7,
      checks: [{ kind: "row", pod: "crashing", at: 7, status: "Error", ready: "0/1", restarts: "0", phase: "Running" }],
    },
    {
      t: 70,
      focus: { kubectl: "describe", pod: "waiting" },
      checks: [
        { kind: "row", pod: "crashing", at: 70, status: "CrashLoopBackOff", restarts: "3", phase: "Running" },
        { kind: "row", pod: "waiting", at: 70, status: "Init:0/1", phase: "Pending" },
        { kind: "row", pod: "not-ready", at: 70, status: "Running", ready: "0/1", phase: "Running" },
        { kind: "row", pod: "finished", at: 70, status: "Completed", phase: "Succeeded" },
        { kind: "condition", pod: "crashing", type: "Initialized", at: 70, status: "True" },
        { kind: "condition", pod: "crashing", type: "Ready", at: 70, status: "False", reason: "ContainersNotReady" },
        { kind: "condition", pod: "waiting", type: "PodScheduled", at: 70, status: "True" },
        { kind: "condition", pod: "waiting", type: "Initialized", at: 70, status: "False", reason: "ContainersNotInitialized" },
        { kind: "condition", pod: "not-ready", type: "Ready", at: 70, status: "False" },
        { kind: "condition", pod: "finished", type: "Ready", at: 70, status: "False", reason: "PodCompleted" },
      ],
    },
    {
      t: 95,
      checks: [
        { kind: "row", pod: "not-ready", at: 95, status: "Terminating", phase: "Running" },
        { kind: "deleted", pod: "not-ready", within: [99, 102] },
      ],
    },
  ],
  text: {
    en: {
      title: "Phase, STATUS and conditions",
      summary:
        "Four Pods: one crash-looping, one stuck in its init container, one running but not ready, one finished. At the same moment their phase, kubectl's STATUS column and their conditions tell three different stories; at 90 s one is deleted.",
      watch: "Compare the STATUS column with the phase (the Status: line of kubectl describe), and the Conditions block of kubectl describe.",
      moments: [
        {
          label: "Error, phase Running",
          explain:
            "crashing's container has just exited 1. STATUS says Error, READY 0/1, but the phase is still Running: under restartPolicy Always the container will be started again, so the Pod is not finished. This is what the study notes mean by 'Running: … restarting': the phase stays Running during a restart, while STATUS shows Error or CrashLoopBackOff, never Running.",
          predict: {
            question: "crashing's only container has exited with code 1. What is the Pod's phase?",
            choices: ["Failed: its container failed", "Running: the container will be started again", "Pending: it waits for the restart"],
            answer: 1,
            whys: [
              "Failed means no container will run again. Under restartPolicy Always this one will, so the Pod is not finished.",
              "Always (the default) restarts it, so the phase stays Running; the failure shows in STATUS (Error) and READY 0/1 instead.",
              "A Pod never goes back to Pending once its containers have started; waiting for a restart is still Running.",
            ],
          },
        },
        {
          label: "Four Pods, three vocabularies",
          explain:
            "STATUS is kubectl's summary: a waiting or terminated container's reason (CrashLoopBackOff), Init:0/1 for init containers, Completed, else the phase. The phase is coarser: crashing and not-ready are both Running, waiting is Pending, finished Succeeded. The conditions answer yes/no questions: PodScheduled, Initialized (False for waiting), ContainersReady and Ready (False for all four just now; for finished with the reason PodCompleted).",
          predict: {
            question: "not-ready shows STATUS Running and READY 0/1. Which of its conditions is False?",
            choices: ["Ready (and ContainersReady)", "Initialized: the app has not finished starting", "PodScheduled", "None: a Running Pod has every condition True"],
            answer: 0,
            whys: [
              "Its readiness probe fails (nginx has no /ready page), so the container is not ready, and with it ContainersReady and Ready.",
              "Initialized is about init containers; not-ready has none, so it has been True from the start. An app that is still warming up is what readiness is for.",
              "It is on a node, or it could not be Running; PodScheduled became True when the scheduler bound it.",
              "Running is the phase; the conditions are separate yes/no answers, and READY 0/1 comes from a False one.",
            ],
          },
        },
        {
          label: "Terminating",
          explain:
            "not-ready was deleted at 90 s and its preStop hook sleeps 10 s. STATUS shows Terminating, which is no phase: kubectl prints it for a Pod with a deletion timestamp, while the phase is still Running. Once nginx has stopped, the kubelet writes a final phase and the Pod is gone. kubectl prints Unknown only for a deleted Pod whose reason is NodeLost, which today's clusters do not set: a lost node leaves its Pods Terminating (see the lesson 'Unknown? A node stops reporting').",
          predict: {
            question: "not-ready has just been deleted and its preStop hook runs. What is its phase now?",
            choices: ["Terminating", "Still Running, until the kubelet has stopped its containers", "Unknown, until the Pod is gone"],
            answer: 1,
            whys: [
              "There are five phases: Pending, Running, Succeeded, Failed and Unknown. Terminating is kubectl's word for a Pod with a deletion timestamp.",
              "Deleting sets a deletion timestamp; the phase stays what it was (here Running) while preStop and the stop signal run.",
              "Unknown is for a Pod whose state cannot be obtained; this kubelet is working and reports the Pod Running until it is gone.",
            ],
          },
        },
      ],
      questions: [
        {
          ...ask0,
          question: "A Pod with the default restartPolicy whose only container runs echo done and exits 0. What are its STATUS (kubectl get pods) and its phase (.status.phase) 60 s after apply?",
          choices: ["Completed Succeeded", "CrashLoopBackOff Running", "CrashLoopBackOff Failed", "Completed Running"],
          answer: 1,
          whys: [
            "Succeeded needs a restart policy that lets the Pod finish (OnFailure or Never). Under Always even an exit 0 is restarted.",
            "Always restarts it after every exit, with a growing back-off: at 60 s the kubelet waits out a 40 s back-off, and the phase stays Running the whole time.",
            "CrashLoopBackOff is the waiting reason of a container that will be restarted, so the Pod is not finished; Failed never goes with it.",
            "Completed shows for a while after each exit; by 60 s the container has been waiting in its back-off for some time, and STATUS says CrashLoopBackOff.",
          ],
        },
        {
          ...ask1,
          question: "Under restartPolicy Never, the init container migrate exits 1 after 3 s. What are the Pod's STATUS and phase at 20 s?",
          choices: ["Init:Error Failed", "Init:Error Pending", "Init:CrashLoopBackOff Pending", "Error Failed"],
          answer: 0,
          whys: [
            "Under Never a failed init container is not retried, so the app can never start: the phase is Failed, and STATUS names the init container's failure.",
            "Pending fits while initialization can still finish; under Never it cannot, and the kubelet sets the phase Failed.",
            "Init containers are retried only under Always or OnFailure; under Never there is no back-off, just the end.",
            "STATUS looks at the init containers first: the failed one gives Init:Error, and the app container never started.",
          ],
        },
      ],
    },
    ko: {
      title: "단계(phase), STATUS, 컨디션",
      summary:
        "네 파드입니다. 하나는 크래시 루프에, 하나는 초기화 컨테이너에 묶여 있고, 하나는 실행 중이지만 준비되지 않았으며, 하나는 끝났습니다. 같은 순간에 단계, kubectl의 STATUS 열, 컨디션이 서로 다른 이야기를 합니다. 90초에 하나를 삭제합니다.",
      watch: "STATUS 열과 단계(describe의 Status: 줄)를 비교하고, kubectl describe의 Conditions 부분을 보세요.",
      moments: [
        {
          label: "Error인데 단계는 Running",
          explain:
            "crashing의 컨테이너가 방금 1로 종료했습니다. STATUS는 Error, READY는 0/1이지만 단계는 여전히 Running입니다. restartPolicy Always에서는 컨테이너가 다시 시작될 것이므로 파드는 끝나지 않았습니다. 학습 노트가 'Running: … 재시작 중'이라고 한 것이 이것입니다. 재시작 동안 단계는 Running이지만 STATUS는 Running이 아니라 Error나 CrashLoopBackOff를 보여 줍니다.",
          predict: {
            question: "crashing의 하나뿐인 컨테이너가 코드 1로 종료했습니다. 파드의 단계는?",
            choices: ["Failed. 컨테이너가 실패했다", "Running. 컨테이너가 다시 시작될 것이다", "Pending. 재시작을 기다린다"],
            answer: 1,
            whys: [
              "Failed는 어떤 컨테이너도 다시 실행되지 않을 때입니다. restartPolicy Always에서는 다시 실행되므로 파드는 끝나지 않았습니다.",
              "Always(기본값)는 컨테이너를 재시작하므로 단계는 Running에 머뭅니다. 실패는 STATUS(Error)와 READY 0/1에 드러납니다.",
              "컨테이너가 한 번 시작된 파드는 Pending으로 돌아가지 않습니다. 재시작을 기다리는 동안에도 Running입니다.",
            ],
          },
        },
        {
          label: "네 파드, 세 가지 말",
          explain:
            "STATUS는 kubectl의 요약입니다. 대기 중이거나 종료된 컨테이너의 이유(CrashLoopBackOff), 초기화 컨테이너라면 Init:0/1, Completed, 그 밖에는 단계를 보여 줍니다. 단계는 더 거칩니다. crashing과 not-ready 파드는 둘 다 Running, waiting은 Pending, finished는 Succeeded. 컨디션은 예/아니요 질문에 답합니다. PodScheduled, Initialized(waiting은 False), ContainersReady와 Ready(지금은 넷 다 False이고, finished는 이유가 PodCompleted).",
          predict: {
            question: "not-ready 파드는 STATUS Running, READY 0/1입니다. 이 파드의 컨디션 중 False인 것은?",
            choices: ["Ready(와 ContainersReady)", "Initialized. 앱이 아직 시작을 마치지 않았다", "PodScheduled", "없다. Running인 파드는 컨디션이 모두 True다"],
            answer: 0,
            whys: [
              "준비성 프로브가 실패하므로(nginx에 /ready 페이지가 없음) 컨테이너가 준비되지 않았고, 따라서 ContainersReady와 Ready도 False입니다.",
              "Initialized는 초기화 컨테이너에 관한 컨디션입니다. not-ready 파드에는 초기화 컨테이너가 없으므로 처음부터 True입니다. 앱이 아직 준비 중인지는 준비성 프로브가 봅니다.",
              "노드에 배치되지 않았다면 Running일 수도 없습니다. 스케줄러가 바인딩할 때 PodScheduled는 True가 되었습니다.",
              "Running은 단계이고, 컨디션은 따로 답하는 예/아니요 질문입니다. READY 0/1은 False인 컨디션에서 나옵니다.",
            ],
          },
        },
        {
          label: "Terminating",
          explain:
            "not-ready 파드는 90초에 삭제되었고 preStop 훅이 10초 잠듭니다. STATUS의 Terminating은 단계가 아닙니다. kubectl은 삭제 시각이 기록된 파드에 이것을 보여 주고, 단계는 여전히 Running입니다. nginx가 멈추면 kubelet이 마지막 단계를 기록하고 파드가 사라집니다. kubectl이 Unknown을 보여 주는 것은 이유가 NodeLost인 삭제된 파드뿐이고, 요즘 클러스터는 그 이유를 쓰지 않습니다. 노드를 잃으면 그 파드들은 Terminating으로 남습니다('Unknown? 노드가 응답을 멈출 때' 레슨 참고).",
          predict: {
            question: "not-ready 파드가 방금 삭제되었고 preStop 훅이 실행 중입니다. 지금 이 파드의 단계는?",
            choices: ["Terminating", "kubelet이 컨테이너를 멈출 때까지 여전히 Running", "파드가 사라질 때까지 Unknown"],
            answer: 1,
            whys: [
              "단계는 Pending, Running, Succeeded, Failed, Unknown 다섯뿐입니다. Terminating은 삭제 시각이 기록된 파드를 가리키는 kubectl의 표현입니다.",
              "삭제하면 삭제 시각이 기록될 뿐, preStop과 중지 시그널이 도는 동안 단계는 그대로(여기서는 Running)입니다.",
              "Unknown은 파드의 상태를 알아낼 수 없을 때의 단계입니다. 여기서는 kubelet이 멀쩡히 일하며 파드가 사라질 때까지 Running으로 알립니다.",
            ],
          },
        },
      ],
      questions: [
        {
          ...ask0,
          question: "재시작 정책을 정하지 않은 파드의 하나뿐인 컨테이너가 echo done을 실행하고 0으로 종료합니다. 적용하고 60초 뒤 STATUS(kubectl get pods)와 단계(.status.phase)는?",
          choices: ["Completed Succeeded", "CrashLoopBackOff Running", "CrashLoopBackOff Failed", "Completed Running"],
          answer: 1,
          whys: [
            "Succeeded가 되려면 파드가 끝날 수 있는 재시작 정책(OnFailure나 Never)이어야 합니다. Always에서는 0으로 종료해도 재시작합니다.",
            "Always는 종료할 때마다 점점 길어지는 백오프를 두고 재시작합니다. 60초에는 40초 백오프를 기다리는 중이고, 단계는 내내 Running입니다.",
            "CrashLoopBackOff는 다시 시작될 컨테이너의 대기 이유이므로 파드는 끝나지 않았습니다. Failed와 함께 나올 수 없습니다.",
            "Completed는 종료 직후 잠시 보입니다. 60초에는 컨테이너가 이미 한동안 백오프를 기다리는 중이라 STATUS는 CrashLoopBackOff입니다.",
          ],
        },
        {
          ...ask1,
          question: "restartPolicy Never인 파드에서 초기화 컨테이너가 3초 뒤 1로 종료합니다. 20초에 파드의 STATUS와 단계는?",
          choices: ["Init:Error Failed", "Init:Error Pending", "Init:CrashLoopBackOff Pending", "Error Failed"],
          answer: 0,
          whys: [
            "Never에서는 실패한 초기화 컨테이너를 다시 실행하지 않으므로 앱은 영영 시작할 수 없습니다. 단계는 Failed이고, STATUS는 초기화 컨테이너의 실패를 보여 줍니다.",
            "Pending은 초기화가 아직 끝날 수 있을 때의 단계입니다. Never에서는 끝날 수 없으므로 kubelet이 단계를 Failed로 정합니다.",
            "초기화 컨테이너는 Always나 OnFailure에서만 다시 실행됩니다. Never에서는 백오프 없이 그대로 끝납니다.",
            "STATUS는 초기화 컨테이너를 먼저 봅니다. 실패한 초기화 컨테이너가 Init:Error를 만들고, 앱 컨테이너는 시작조차 하지 않았습니다.",
          ],
        },
      ],
    },
  },
};
