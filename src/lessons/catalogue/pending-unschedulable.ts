import yaml from "../scenarios/pending-unschedulable.yaml?raw";
import type { Lesson, QuestionSetup } from "../types";

const ask0 = {
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: big
spec:
  containers:
  - name: app
    image: nginx:1.27
    resources:
      requests:
        cpu: "6"
`,
  at: 30,
  check: { kind: "row", pod: "big" },
} satisfies QuestionSetup;

const ask1 = {
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: big
spec:
  containers:
  - name: app
    image: nginx:1.27
    resources:
      requests:
        memory: 24Gi
`,
  check: { kind: "fix", patches: [{ find: "        memory: 24Gi\n", replace: "        memory: 24Gi\n      limits:\n        memory: 32Gi\n" }, { find: "        memory: 24Gi\n", replace: "        memory: 12Gi\n" }, { find: "spec:\n", replace: "spec:\n  restartPolicy: OnFailure\n" }, { find: "spec:\n", replace: "spec:\n  tolerations:\n  - {key: node.kubernetes.io/memory-pressure, operator: Exists}\n" }], goal: [{ kind: "row", pod: "big", at: 30, status: "Running" }] },
} satisfies QuestionSetup;

export const pendingUnschedulable: Lesson = {
  id: "pending-unschedulable",
  topic: "phases",
  docs: ["podPhase", "resources"],
  yaml,
  comments: { ko: { "A Pod that asks for more memory than any node has stays Pending until a bigger node joins.": "어느 노드보다도 많은 메모리를 요청한 파드는 더 큰 노드가 합류할 때까지 Pending으로 남습니다." } },
  moments: [
    {
      t: 1, focus: { kubectl: "events", pod: "big" },
      checks: [
        { kind: "event", reason: "FailedScheduling", object: "big", message: { includes: "0/1 nodes are available: 1 Insufficient memory." }, first: [0, 1] },
        { kind: "row", pod: "big", at: 1, status: "Pending", ready: "0/1", phase: "Pending" },
      ],
    },
    {
      t: 60, focus: { view: "nodemap", pod: "big" },
      checks: [
        { kind: "row", pod: "big", at: 59, status: "Pending", phase: "Pending" },
        { kind: "event", reason: "Scheduled", object: "big", message: "Successfully assigned default/big to node-2", first: [60, 61] },
        { kind: "row", pod: "big", at: 60, status: "ContainerCreating", node: "node-2" },
      ],
    },
    { t: 63, focus: { view: "nodemap", kubectl: "watch", pod: "big" }, checks: [{ kind: "row", pod: "big", at: 63, status: "Running", ready: "1/1", phase: "Running", node: "node-2" }] },
  ],
  text: {
    en: {
      title: "Pending: no node fits",
      summary: "A Pod asks for 24Gi of memory; the only node has 16Gi. It stays Pending until a bigger node joins.",
      watch: "The STATUS column and the FailedScheduling event; the node map when node-2 appears at 60 s.",
      moments: [
        {
          label: "FailedScheduling",
          explain: "The scheduler filters out node-1 (Insufficient memory) and leaves the Pod unbound. Pending means the Pod is accepted but no container has started yet.",
          predict: {
            question: "What does kubectl get pods show for big right after apply?",
            choices: ["Pending", "ContainerCreating", "Unknown"],
            answer: 0,
            whys: [
              "The scheduler found no node with 24Gi free, so the Pod is not bound to any node and its phase, Pending, is what STATUS shows.",
              "ContainerCreating needs a node: it is what a kubelet reports while it prepares the container. No kubelet has this Pod yet.",
              "Unknown would mean the Pod's node stopped reporting. This Pod has no node at all; it simply waits, Pending.",
            ],
          },
        },
        {
          label: "A bigger node joins",
          explain: "node-2 with 32Gi registers at 60 s. The scheduler retries the waiting Pod and binds it to node-2 at once.",
          predict: {
            question: "node-2 (32Gi) joins at 60 s. What happens to big?",
            choices: ["Nothing until you delete and re-apply it", "The scheduler binds it to node-2 within a second", "It waits for the scheduler's next five-minute retry"],
            answer: 1,
            whys: [
              "A Pod does not have to be re-created: an unschedulable Pod stays in the scheduler's queue and is tried again.",
              "A new node is a cluster event that moves waiting Pods back into the active queue; big fits node-2 and is bound at once.",
              "The scheduler does flush unschedulable Pods after at most 5 minutes, but a node joining triggers a retry right away.",
            ],
          },
        },
        {
          label: "Running on node-2",
          explain: "About 3 s later the image is pulled and the container runs: the phase turns Running.",
          predict: {
            question: "The image is pulled and the container starts. What does STATUS say then?",
            choices: ["Ready", "Running", "Succeeded"],
            answer: 1,
            whys: [
              "Ready is a condition of the Pod (the READY column counts ready containers), never a STATUS value or a phase.",
              "The Pod is bound and its container runs: phase Running, and with no container waiting or terminated kubectl prints Running.",
              "Succeeded is the phase of a Pod whose containers all exited 0 under OnFailure or Never; nginx keeps running.",
            ],
          },
        },
      ],
      questions: [
        {
          ...ask0,
          question: "The cluster has one node with 4 CPUs. You apply this Pod. What does kubectl get pods show for it 30 s later (READY STATUS RESTARTS)?",
          choices: ["0/1 Pending 0", "0/1 ContainerCreating 0", "1/1 Running 0", "0/1 Failed 0"],
          answer: 0,
          whys: [
            "No node has 6 CPUs to give, so the scheduler leaves the Pod unbound (FailedScheduling: Insufficient cpu) and it waits in Pending.",
            "ContainerCreating comes from a kubelet preparing the container, which happens only after the Pod is bound to a node. Here no node fits.",
            "A request is not a wish: the scheduler only binds a Pod where the requested CPU is free. 6 CPUs never fit a 4-CPU node.",
            "Not fitting is not a failure: the Pod stays Pending and is retried whenever the cluster changes (a node joins, another Pod leaves).",
          ],
        },
        {
          ...ask1,
          question: "On the lesson's cluster (one node, 16Gi) this Pod stays Pending with FailedScheduling \"1 Insufficient memory\". Which one change gets it Running?",
          choices: ["Add limits.memory: 32Gi", "Lower requests.memory to 12Gi", "Set restartPolicy: OnFailure", "Tolerate the node.kubernetes.io/memory-pressure taint"],
          answer: 1,
          whys: [
            "The scheduler fits Pods by their requests, not their limits; the request stays 24Gi and still does not fit 16Gi.",
            "12Gi fits the node's 16Gi, so the scheduler binds the Pod on its next try and the container starts.",
            "restartPolicy tells the kubelet what to do when a container exits; this Pod never reaches a kubelet.",
            "Insufficient memory is the resource filter comparing requests with free allocatable memory, not a taint; a toleration does not change that arithmetic.",
          ],
        },
      ],
    },
    ko: {
      title: "Pending: 들어갈 노드가 없다",
      summary: "파드가 메모리 24Gi를 요청하지만 노드는 16Gi뿐입니다. 더 큰 노드가 들어올 때까지 Pending에 머뭅니다.",
      watch: "STATUS 열과 FailedScheduling 이벤트를 보세요. 60초에 node-2가 나타나는 것은 노드 맵에서 확인하세요.",
      moments: [
        {
          label: "FailedScheduling",
          explain: "스케줄러가 node-1을 메모리 부족(Insufficient memory)으로 걸러 내서 파드가 어느 노드에도 배정되지 않습니다. Pending은 파드가 승인은 됐지만 아직 컨테이너가 하나도 시작되지 않은 상태입니다.",
          predict: {
            question: "적용 직후 kubectl get pods에 big은 어떻게 보일까요?",
            choices: ["Pending", "ContainerCreating", "Unknown"],
            answer: 0,
            whys: [
              "스케줄러가 24Gi가 비어 있는 노드를 찾지 못해 파드가 어느 노드에도 배정되지 않았습니다. STATUS에는 파드의 단계인 Pending이 보입니다.",
              "ContainerCreating은 노드가 있어야 나옵니다. kubelet이 컨테이너를 준비하는 동안 보고하는 값인데, 이 파드를 맡은 kubelet은 아직 없습니다.",
              "Unknown은 파드가 있던 노드가 보고를 멈췄다는 뜻입니다. 이 파드는 노드가 아예 없고, Pending으로 기다릴 뿐입니다.",
            ],
          },
        },
        {
          label: "더 큰 노드 합류",
          explain: "60초에 32Gi짜리 node-2가 등록됩니다. 스케줄러가 기다리던 파드를 다시 시도해 곧바로 node-2에 배정합니다.",
          predict: {
            question: "60초에 node-2(32Gi)가 합류합니다. big은 어떻게 될까요?",
            choices: ["삭제하고 다시 적용하기 전까지 그대로", "1초 안에 스케줄러가 node-2에 배정한다", "스케줄러의 5분 주기 재시도를 기다린다"],
            answer: 1,
            whys: [
              "파드를 다시 만들 필요는 없습니다. 스케줄할 수 없는 파드는 스케줄러의 큐에 남아 다시 시도됩니다.",
              "노드 합류는 대기 중인 파드를 활성 큐로 되돌리는 클러스터 이벤트입니다. big은 node-2에 맞으므로 바로 배정됩니다.",
              "스케줄러가 스케줄할 수 없는 파드를 늦어도 5분마다 다시 꺼내는 것은 맞지만, 노드가 합류하면 곧바로 다시 시도합니다.",
            ],
          },
        },
        {
          label: "node-2에서 Running",
          explain: "약 3초 뒤 이미지를 받고 컨테이너가 실행되면서 단계가 Running이 됩니다.",
          predict: {
            question: "이미지를 받고 컨테이너가 시작되면 STATUS는 무엇일까요?",
            choices: ["Ready", "Running", "Succeeded"],
            answer: 1,
            whys: [
              "Ready는 파드의 컨디션입니다(READY 열은 준비된 컨테이너 수). STATUS 값도 단계도 아닙니다.",
              "파드가 노드에 배정되고 컨테이너가 실행 중이니 단계는 Running이고, 기다리거나 종료된 컨테이너가 없으니 kubectl도 Running을 보여 줍니다.",
              "Succeeded는 OnFailure나 Never에서 모든 컨테이너가 0으로 종료한 파드의 단계입니다. nginx는 계속 실행됩니다.",
            ],
          },
        },
      ],
      questions: [
        {
          ...ask0,
          question: "클러스터에는 CPU 4개짜리 노드 하나가 있습니다. 이 파드를 적용하고 30초 뒤 kubectl get pods에는 어떻게 보일까요(READY STATUS RESTARTS)?",
          choices: ["0/1 Pending 0", "0/1 ContainerCreating 0", "1/1 Running 0", "0/1 Failed 0"],
          answer: 0,
          whys: [
            "CPU 6개를 내줄 노드가 없으니 스케줄러는 파드를 어느 노드에도 배정하지 않고(FailedScheduling: Insufficient cpu) 파드는 Pending으로 기다립니다.",
            "ContainerCreating은 노드에 배정된 뒤 kubelet이 컨테이너를 준비할 때 보입니다. 여기에는 맞는 노드가 없습니다.",
            "요청(request)은 희망 사항이 아닙니다. 스케줄러는 요청한 CPU가 비어 있는 노드에만 파드를 배정하고, CPU 6개는 4개짜리 노드에 들어가지 않습니다.",
            "맞는 노드가 없는 것은 실패가 아닙니다. 파드는 Pending으로 남아 클러스터가 바뀔 때마다(노드 합류, 다른 파드 삭제) 다시 시도됩니다.",
          ],
        },
        {
          ...ask1,
          question: "레슨의 클러스터(노드 하나, 16Gi)에서 이 파드는 FailedScheduling \"1 Insufficient memory\"로 Pending에 머뭅니다. 어떤 변경 하나로 Running이 될까요?",
          choices: ["limits.memory: 32Gi 추가", "requests.memory를 12Gi로 낮추기", "restartPolicy: OnFailure 설정", "node.kubernetes.io/memory-pressure 테인트에 대한 톨러레이션 추가"],
          answer: 1,
          whys: [
            "스케줄러는 limits가 아니라 requests로 자리를 계산합니다. 요청은 여전히 24Gi라 16Gi에 들어가지 않습니다.",
            "12Gi는 노드의 16Gi에 들어가므로, 스케줄러가 다음 시도에서 파드를 배정하고 컨테이너가 시작됩니다.",
            "restartPolicy는 컨테이너가 종료했을 때 kubelet이 할 일을 정합니다. 이 파드는 kubelet까지 가지도 못했습니다.",
            "Insufficient memory는 요청과 남은 할당 가능 메모리를 비교하는 리소스 필터의 결과이지 테인트가 아닙니다. 톨러레이션으로는 그 계산이 바뀌지 않습니다.",
          ],
        },
      ],
    },
  },
};
