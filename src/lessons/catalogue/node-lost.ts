import yaml from "../scenarios/node-lost.yaml?raw";
import type { Lesson } from "../types";

export const nodeLost: Lesson = {
  id: "node-lost",
  topic: "phases",
  docs: ["nodes", "taints"],
  yaml,
  comments: { ko: { "A bare Pod (no controller) on node-2; node-2 stops reporting at 30 s.": "컨트롤러 없는 파드 하나가 node-2에 있고, node-2는 30초에 상태 보고를 멈춥니다." } },
  moments: [
    { t: 30, focus: { view: "nodemap", kubectl: "watch", pod: "lonely" }, checks: [{ kind: "row", pod: "lonely", at: 30, status: "Running", ready: "1/1", phase: "Running", node: "node-2" }] },
    {
      t: 80, focus: { view: "nodemap", kubectl: "events" },
      checks: [
        { kind: "event", reason: "NodeNotReady", object: "node-2", message: "Node node-2 status is now: NodeNotReady", first: [80, 86] },
        { kind: "event", reason: "NodeNotReady", object: "lonely", message: "Node is not ready", first: [80, 86] },
        { kind: "row", pod: "lonely", at: 80, status: "Running", ready: "1/1", phase: "Running" },
      ],
    },
    {
      t: 380, focus: { view: "nodemap", kubectl: "watch", pod: "lonely" },
      checks: [
        { kind: "event", reason: "TaintManagerEviction", object: "lonely", message: "Marking for deletion Pod default/lonely", first: [380, 387] },
        { kind: "row", pod: "lonely", at: 380, status: "Terminating", ready: "1/1" },
      ],
    },
    {
      t: 470, focus: { view: "timeline", kubectl: "watch", pod: "lonely" },
      checks: [
        { kind: "row", pod: "lonely", at: 470, status: "Terminating" },
        { kind: "never", pod: "*", status: "Unknown" },
        { kind: "placement", at: 470, nodes: { "node-1": { "*": 0 } } },
      ],
    },
  ],
  text: {
    en: {
      title: "Unknown? A node stops reporting",
      summary: "The Pod phase Unknown exists in the API, but today's Kubernetes does not show it when a node is lost. Watch what kubectl really prints when node-2 stops reporting at 30 s.",
      watch: "The Pod's row in kubectl get pods -w, the NodeNotReady events and the node map.",
      moments: [
        {
          label: "node-2 goes silent",
          explain: "The kubelet on node-2 stops posting status. Nothing changes in the API yet: the control plane cannot tell a dead node from a slow one.",
          predict: { question: "What does kubectl get pods show right after the node dies?", choices: ["Running 1/1", "Unknown", "Terminating"], answer: 0, why: "The Pod's status was written by the kubelet, which can no longer update it." },
        },
        {
          label: "NodeNotReady after 50 s",
          explain: "After the 50 s node-monitor grace period the node lifecycle controller sets node-2's Ready condition to Unknown (its kubelet stopped reporting; kubectl get nodes prints NotReady) and the Pod's Ready condition to False. kubectl still prints 1/1 Running: those columns come from the stale container statuses.",
          predict: { question: "Does STATUS change to Unknown now?", choices: ["Yes", "No, it still says Running"], answer: 1, why: "The phase Unknown is legacy: the controller only flips the Ready condition and emits NodeNotReady." },
        },
        {
          label: "Evicted after 300 s",
          explain: "Every Pod tolerates the unreachable taint for 300 s by default. Then the taint-eviction controller deletes it (TaintManagerEviction) and kubectl shows Terminating.",
          predict: { question: "Will a new copy of this Pod start on node-1?", choices: ["Yes, automatically", "No, nothing owns it"], answer: 1, why: "A bare Pod has no controller; only a Deployment or ReplicaSet would create a replacement." },
        },
        {
          label: "Terminating forever",
          explain: "The dead kubelet can never confirm the deletion, so the Pod stays Terminating. Older clusters showed Unknown here (reason NodeLost); the taint-based path does not.",
          predict: { question: "What finally removes the Pod object?", choices: ["The node coming back, or deleting the Node", "The 30 s grace period"], answer: 0, why: "A returning kubelet finishes the deletion; if the Node is deleted, PodGC removes its Pods." },
        },
      ],
      questions: [
        { question: "When does a current kubectl print Unknown in STATUS?", choices: ["Whenever a node is NotReady", "Only for a deleted Pod with reason NodeLost (old node controller)", "After 300 s"], answer: 1, why: "The printer shows Unknown only for NodeLost; the taint-based eviction used today leaves Terminating." },
        { question: "How long after a node dies is a Pod evicted by default?", choices: ["About 50 s", "About 350 s", "Never"], answer: 1, why: "50 s to mark the node NotReady, then the default 300 s toleration." },
      ],
    },
    ko: {
      title: "Unknown? 노드가 응답을 멈출 때",
      summary: "API에는 Unknown이라는 파드 단계가 있지만, 요즘 쿠버네티스는 노드를 잃어도 이를 보여 주지 않습니다. 30초에 node-2가 응답을 멈출 때 kubectl이 실제로 무엇을 출력하는지 보세요.",
      watch: "kubectl get pods -w의 파드 행, NodeNotReady 이벤트, 노드 맵을 보세요.",
      moments: [
        {
          label: "node-2 응답 중단",
          explain: "node-2의 kubelet이 상태 보고를 멈춥니다. 아직 API에는 아무 변화가 없습니다. 컨트롤 플레인은 죽은 노드와 느린 노드를 바로 구분할 수 없기 때문입니다.",
          predict: { question: "노드가 죽은 직후 kubectl get pods는 무엇을 보여 줄까요?", choices: ["Running 1/1", "Unknown", "Terminating"], answer: 0, why: "파드 status는 kubelet이 쓰는데, 그 kubelet이 더는 갱신할 수 없습니다." },
        },
        {
          label: "50초 뒤 NodeNotReady",
          explain: "노드 모니터 유예 기간 50초가 지나면 노드 라이프사이클 컨트롤러가 node-2의 Ready 컨디션을 Unknown으로 바꾸고(kubelet이 보고를 멈췄으므로; kubectl get nodes는 NotReady로 표시) 파드의 Ready 컨디션을 False로 바꿉니다. 그래도 kubectl은 1/1 Running을 보여 줍니다. 이 열들은 갱신되지 않은 컨테이너 상태에서 나오기 때문입니다.",
          predict: { question: "이제 STATUS가 Unknown으로 바뀔까요?", choices: ["예", "아니요, 여전히 Running"], answer: 1, why: "Unknown 단계는 옛 방식입니다. 컨트롤러는 Ready 컨디션만 바꾸고 NodeNotReady 이벤트를 남깁니다." },
        },
        {
          label: "300초 뒤 축출",
          explain: "모든 파드는 기본 톨러레이션으로 node.kubernetes.io/unreachable 테인트를 300초 동안 용인합니다. 그 뒤 테인트 축출 컨트롤러가 파드를 삭제하고(TaintManagerEviction), kubectl은 Terminating을 보여 줍니다.",
          predict: { question: "이 파드의 새 사본이 node-1에서 시작될까요?", choices: ["예, 자동으로", "아니요, 관리하는 주체가 없다"], answer: 1, why: "컨트롤러 없이 만든 파드는 대신 만들어 줄 주체가 없습니다. 디플로이먼트나 레플리카셋이 있어야 대체 파드가 생깁니다." },
        },
        {
          label: "끝나지 않는 Terminating",
          explain: "죽은 kubelet은 삭제를 확인해 줄 수 없으므로 파드는 계속 Terminating입니다. 예전 클러스터는 여기서 Unknown(reason NodeLost)을 보여 줬지만, 지금의 테인트 기반 축출은 그렇지 않습니다.",
          predict: { question: "결국 파드 오브젝트를 없애는 것은?", choices: ["노드 복귀 또는 노드 오브젝트 삭제", "30초 유예 기간"], answer: 0, why: "kubelet이 돌아오면 삭제를 마무리하고, 노드 오브젝트를 지우면 PodGC가 그 노드의 파드를 정리합니다." },
        },
      ],
      questions: [
        { question: "요즘 kubectl이 STATUS에 Unknown을 찍는 경우는?", choices: ["노드가 NotReady일 때마다", "reason이 NodeLost인 삭제 중 파드일 때만(옛 노드 컨트롤러)", "300초 뒤"], answer: 1, why: "프린터는 NodeLost일 때만 Unknown을 보여 줍니다. 지금 쓰는 테인트 기반 축출은 Terminating을 남깁니다." },
        { question: "노드가 죽고 나서 파드가 기본적으로 축출되기까지 얼마나 걸릴까요?", choices: ["약 50초", "약 350초", "축출되지 않는다"], answer: 1, why: "노드를 NotReady로 표시하는 데 50초, 그다음 기본 톨러레이션 300초입니다." },
      ],
    },
  },
};
