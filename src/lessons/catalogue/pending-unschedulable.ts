import yaml from "../scenarios/pending-unschedulable.yaml?raw";
import type { Lesson } from "../types";

export const pendingUnschedulable: Lesson = {
  id: "pending-unschedulable",
  topic: "phases",
  docs: ["podPhase", "resources"],
  yaml,
  comments: { ko: { "A Pod that asks for more memory than any node has stays Pending until a bigger node joins.": "어느 노드보다도 많은 메모리를 요청한 파드는 더 큰 노드가 합류할 때까지 Pending으로 남습니다." } },
  moments: [
    {
      t: 0, focus: { kubectl: "events", pod: "big" },
      checks: [
        { kind: "event", reason: "FailedScheduling", object: "big", message: { includes: "0/1 nodes are available: 1 Insufficient memory." }, first: [0, 1] },
        { kind: "row", pod: "big", at: 0, status: "Pending", ready: "0/1", phase: "Pending" },
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
          predict: { question: "What does kubectl show for the Pod right after apply?", choices: ["Pending", "ContainerCreating", "Error"], answer: 0, why: "No node was chosen, so the kubelet never sees the Pod; the phase stays Pending." },
        },
        {
          label: "A bigger node joins",
          explain: "node-2 with 32Gi registers at 60 s. The scheduler retries the waiting Pod and binds it to node-2 at once.",
          predict: { question: "Does the Pod need to be re-created to use the new node?", choices: ["Yes, delete and apply again", "No, the scheduler retries it"], answer: 1, why: "An unschedulable Pod waits in the scheduler's queue; a new node is an event that moves it back for another attempt." },
        },
        {
          label: "Running on node-2",
          explain: "About 3 s later the image is pulled and the container runs: the phase turns Running.",
          predict: { question: "Which phase follows once the container starts?", choices: ["Succeeded", "Running", "Ready"], answer: 1, why: "A Pod is Running when it is bound and at least one container runs. Ready is a condition, not a phase." },
        },
      ],
      questions: [
        { question: "Which event tells you why a Pod is stuck in Pending with no node?", choices: ["BackOff", "FailedScheduling", "Unhealthy"], answer: 1, why: "The scheduler records FailedScheduling with the per-node reasons (here Insufficient memory)." },
      ],
    },
    ko: {
      title: "Pending: 들어갈 노드가 없다",
      summary: "파드가 메모리 24Gi를 요청하지만 노드는 16Gi뿐입니다. 더 큰 노드가 들어올 때까지 Pending에 머뭅니다.",
      watch: "STATUS 열과 FailedScheduling 이벤트를 보세요. 60초에 node-2가 나타나는 것은 노드 맵에서 확인하세요.",
      moments: [
        {
          label: "FailedScheduling",
          explain: "스케줄러가 node-1을 메모리 부족(Insufficient memory)으로 걸러 내서 파드가 어느 노드에도 바인딩되지 않습니다. Pending은 파드가 승인은 됐지만 아직 컨테이너가 하나도 시작되지 않은 상태입니다.",
          predict: { question: "kubectl apply 직후 kubectl은 파드를 어떻게 보여 줄까요?", choices: ["Pending", "ContainerCreating", "Error"], answer: 0, why: "노드가 정해지지 않았으니 kubelet은 이 파드를 알지도 못합니다. 단계는 Pending으로 남습니다." },
        },
        {
          label: "더 큰 노드 합류",
          explain: "60초에 32Gi짜리 node-2가 등록됩니다. 스케줄러가 기다리던 파드를 다시 시도해 곧바로 node-2에 바인딩합니다.",
          predict: { question: "새 노드를 쓰려면 파드를 다시 만들어야 할까요?", choices: ["예, 지우고 다시 kubectl apply", "아니요, 스케줄러가 다시 시도"], answer: 1, why: "스케줄할 수 없는 파드는 스케줄러 큐에서 기다리고, 새 노드 추가 같은 이벤트가 생기면 다시 시도됩니다." },
        },
        {
          label: "node-2에서 Running",
          explain: "약 3초 뒤 이미지를 받고 컨테이너가 실행되면서 단계가 Running이 됩니다.",
          predict: { question: "컨테이너가 시작되면 어떤 단계가 될까요?", choices: ["Succeeded", "Running", "Ready"], answer: 1, why: "파드가 노드에 바인딩되고 컨테이너가 하나 이상 실행 중이면 Running입니다. Ready는 단계가 아니라 컨디션입니다." },
        },
      ],
      questions: [
        { question: "노드 없이 Pending에 멈춘 파드의 원인을 알려 주는 이벤트는?", choices: ["BackOff", "FailedScheduling", "Unhealthy"], answer: 1, why: "스케줄러가 노드별 이유(여기서는 Insufficient memory)를 담아 FailedScheduling을 남깁니다." },
      ],
    },
  },
};
