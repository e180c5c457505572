import yaml from "../scenarios/phase-status-conditions.yaml?raw";
import type { Lesson } from "../types";

/** The phase, kubectl's STATUS column (printPod) and the Pod's conditions: three different answers to "how is it?". */
export const phaseStatusConditions: Lesson = {
  id: "phase-status-conditions",
  topic: "phases",
  yaml,
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
            choices: ["Running", "Failed", "Pending"],
            answer: 0,
            why: "The phase is Failed only when no container will run again. Always (and OnFailure, for a non-zero exit) means it will.",
          },
        },
        {
          label: "Four Pods, three vocabularies",
          explain:
            "STATUS is kubectl's summary: a waiting or terminated container's reason (CrashLoopBackOff), Init:0/1 for init containers, Completed, else the phase. The phase is coarser: crashing and not-ready are both Running, waiting is Pending, finished Succeeded. The conditions answer yes/no questions: PodScheduled, Initialized (False for waiting), ContainersReady and Ready (False for all four just now; for finished with the reason PodCompleted).",
          predict: {
            question: "not-ready shows STATUS Running and READY 0/1. Which condition is False?",
            choices: ["Ready (and ContainersReady)", "Initialized", "PodScheduled"],
            answer: 0,
            why: "Its readiness probe fails (nginx has no /ready page). Scheduling and initialization are done.",
          },
        },
        {
          label: "Terminating",
          explain:
            "not-ready was deleted at 90 s and its preStop hook sleeps 10 s. STATUS shows Terminating, which is no phase: kubectl prints it for a Pod with a deletion timestamp, while the phase is still Running. Once nginx has stopped, the kubelet writes a final phase and the Pod is gone. kubectl prints Unknown only for a deleted Pod whose reason is NodeLost, which today's clusters do not set: a lost node leaves its Pods Terminating (see the node-lost lesson).",
          predict: {
            question: "What is the phase of a Pod that kubectl shows as Terminating?",
            choices: ["Still Running (or whatever it was) until the kubelet finishes", "Terminating", "Unknown"],
            answer: 0,
            why: "There are five phases: Pending, Running, Succeeded, Failed, Unknown. Terminating is kubectl's word for 'deletion requested'.",
          },
        },
      ],
      questions: [
        {
          question: "Which one tells you whether a Service sends traffic to a Pod?",
          choices: ["The Ready condition", "The phase", "The STATUS column"],
          answer: 0,
          why: "EndpointSlices follow Ready. A Running phase with Ready False gets no traffic.",
        },
        {
          question: "The study notes say Unknown means 'the node cannot be reached'. What does kubectl show when a node is lost today?",
          choices: ["The node NotReady (its Ready condition Unknown); its Pods Running, then Terminating after the eviction", "Every Pod on it with STATUS Unknown at once", "The Pods Failed at once"],
          answer: 0,
          why: "The node lifecycle controller sets the node's condition to Unknown; the Pods' phase is not set to Unknown. After the 300 s toleration they are deleted and show Terminating.",
        },
      ],
    },
    ko: {
      title: "단계(phase), STATUS, 조건",
      summary:
        "네 파드입니다. 하나는 크래시 루프에, 하나는 초기화 컨테이너에 묶여 있고, 하나는 실행 중이지만 준비되지 않았으며, 하나는 끝났습니다. 같은 순간에 단계, kubectl의 STATUS 열, 조건이 서로 다른 이야기를 합니다. 90초에 하나를 삭제합니다.",
      watch: "STATUS 열과 단계(describe의 Status: 줄)를 비교하고, kubectl describe의 Conditions 부분을 보세요.",
      moments: [
        {
          label: "Error인데 단계는 Running",
          explain:
            "crashing의 컨테이너가 방금 1로 종료했습니다. STATUS는 Error, READY는 0/1이지만 단계는 여전히 Running입니다. restartPolicy Always에서는 컨테이너가 다시 시작될 것이므로 파드는 끝나지 않았습니다. 학습 노트가 'Running: … 재시작 중'이라고 한 것이 이것입니다. 재시작 동안 단계는 Running이지만 STATUS는 Running이 아니라 Error나 CrashLoopBackOff를 보여 줍니다.",
          predict: {
            question: "crashing의 하나뿐인 컨테이너가 코드 1로 종료했습니다. 파드의 단계는?",
            choices: ["Running", "Failed", "Pending"],
            answer: 0,
            why: "어떤 컨테이너도 다시 실행되지 않을 때만 단계가 Failed입니다. Always(그리고 0이 아닌 종료라면 OnFailure)는 다시 실행한다는 뜻입니다.",
          },
        },
        {
          label: "네 파드, 세 가지 말",
          explain:
            "STATUS는 kubectl의 요약입니다. 대기 중이거나 종료된 컨테이너의 이유(CrashLoopBackOff), 초기화 컨테이너라면 Init:0/1, Completed, 그 밖에는 단계를 보여 줍니다. 단계는 더 거칩니다. crashing과 not-ready는 둘 다 Running, waiting은 Pending, finished는 Succeeded. 조건은 예/아니요 질문에 답합니다. PodScheduled, Initialized(waiting은 False), ContainersReady와 Ready(지금은 넷 다 False이고, finished는 이유가 PodCompleted).",
          predict: {
            question: "not-ready는 STATUS Running, READY 0/1입니다. False인 조건은?",
            choices: ["Ready(와 ContainersReady)", "Initialized", "PodScheduled"],
            answer: 0,
            why: "readiness 프로브가 실패합니다(nginx에 /ready 페이지가 없음). 스케줄링과 초기화는 끝났습니다.",
          },
        },
        {
          label: "Terminating",
          explain:
            "not-ready는 90초에 삭제되었고 preStop 훅이 10초 잠듭니다. STATUS의 Terminating은 단계가 아닙니다. kubectl은 삭제 시각이 기록된 파드에 이것을 보여 주고, 단계는 여전히 Running입니다. nginx가 멈추면 kubelet이 마지막 단계를 기록하고 파드가 사라집니다. kubectl이 Unknown을 보여 주는 것은 이유가 NodeLost인 삭제된 파드뿐이고, 요즘 클러스터는 그 이유를 쓰지 않습니다. 노드를 잃으면 그 파드들은 Terminating으로 남습니다(node-lost 수업 참고).",
          predict: {
            question: "kubectl이 Terminating으로 보여 주는 파드의 단계는?",
            choices: ["kubelet이 끝낼 때까지 여전히 Running(또는 원래 단계)", "Terminating", "Unknown"],
            answer: 0,
            why: "단계는 Pending, Running, Succeeded, Failed, Unknown 다섯뿐입니다. Terminating은 '삭제가 요청됨'을 뜻하는 kubectl의 표현입니다.",
          },
        },
      ],
      questions: [
        {
          question: "서비스가 파드로 트래픽을 보낼지 알려 주는 것은?",
          choices: ["Ready 조건", "단계", "STATUS 열"],
          answer: 0,
          why: "엔드포인트슬라이스는 Ready를 따릅니다. 단계가 Running이어도 Ready가 False면 트래픽을 받지 못합니다.",
        },
        {
          question: "학습 노트는 Unknown을 '노드의 통신 문제로 상태를 알 수 없음'이라고 합니다. 요즘 노드를 잃으면 kubectl은 무엇을 보여 줄까요?",
          choices: ["노드는 NotReady(Ready 조건이 Unknown), 파드는 Running이다가 축출 뒤 Terminating", "그 위의 모든 파드가 바로 STATUS Unknown", "파드가 바로 Failed"],
          answer: 0,
          why: "노드 수명 주기 컨트롤러는 노드의 조건을 Unknown으로 바꿀 뿐, 파드의 단계를 Unknown으로 바꾸지 않습니다. 300초 톨러레이션이 지나면 파드가 삭제되어 Terminating으로 보입니다.",
        },
      ],
    },
  },
};
