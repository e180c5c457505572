import yaml from "../scenarios/node-failure.yaml?raw";
import type { Lesson } from "../types";

export const nodeFailure: Lesson = {
  id: "node-failure",
  topic: "nodes",
  docs: ["taints", "deployments"],
  yaml,
  comments: { ko: { "A Deployment's pods on two nodes; node-2 stops reporting at 30 s.": "디플로이먼트의 파드가 두 노드에 있고, node-2는 30초에 상태 보고를 멈춥니다." } },
  moments: [
    { t: 3, focus: { view: "nodemap" }, checks: [{ kind: "placement", at: 3, status: "Running", nodes: { "node-1": { "web-*": 1 }, "node-2": { "web-*": 1 } } }] },
    {
      t: 80, focus: { view: "nodemap" },
      checks: [
        { kind: "event", reason: "NodeNotReady", object: "node-2", message: "Node node-2 status is now: NodeNotReady", first: [80, 86] },
        { kind: "placement", at: 80, status: "Running", nodes: { "node-1": { "web-*": 1 }, "node-2": { "web-*": 1 } } },
      ],
    },
    {
      t: 380, focus: { view: "nodemap" },
      checks: [
        { kind: "event", reason: "TaintManagerEviction", object: "web-*", message: { matches: "^Marking for deletion Pod default/web-" }, first: [380, 387], count: { min: 1, max: 1, before: 480 } },
        { kind: "event", reason: "SuccessfulCreate", object: "web-*", count: { min: 3, max: 3, before: 381 } },
        { kind: "placement", at: 380, status: "Terminating", nodes: { "node-2": { "web-*": 1 } } },
      ],
    },
    { t: 383, focus: { view: "nodemap" }, checks: [{ kind: "placement", at: 383, status: "Running", nodes: { "node-1": { "web-*": 2 }, "node-2": { "web-*": 0 } } }] },
  ],
  text: {
    en: {
      title: "Node failure: eviction and replacement",
      summary: "A 2-replica Deployment, one Pod per node. node-2 stops reporting at 30 s. The control plane waits 50 s to call it NotReady and 300 s more before evicting its Pod; the ReplicaSet then replaces it on node-1.",
      watch: "The node map (node-2 turning NotReady), the eviction at about 380 s, and the new Pod on node-1.",
      moments: [
        {
          label: "One Pod per node",
          explain: "Default spreading put one replica on each node.",
          predict: { question: "node-2 dies at 30 s. When will the Deployment have 2 Running Pods again?", choices: ["At once", "After about 50 s", "After about 350 s"], answer: 2, why: "50 s to mark the node NotReady plus the default 300 s toleration before eviction." },
        },
        {
          label: "NotReady after 50 s",
          explain: "node-monitor-grace-period is 50 s. The Pod on node-2 gets Ready=False and leaves Service endpoints, but kubectl still shows it Running: nobody deletes it yet.",
          predict: { question: "Why doesn't Kubernetes replace the Pod now?", choices: ["The node might come back soon", "It is a bug"], answer: 0, why: "Pods tolerate node.kubernetes.io/unreachable for 300 s by default, to ride out short outages." },
        },
        {
          label: "Evicted, replaced",
          explain: "300 s after the taint, TaintManagerEviction deletes the Pod; it shows Terminating because node-2's kubelet cannot confirm. The ReplicaSet counts it as gone and creates a replacement at once.",
          predict: { question: "Where can the replacement go?", choices: ["node-1 only", "node-1 or node-2"], answer: 0, why: "node-2 carries the unreachable NoSchedule taint, so the scheduler filters it out." },
        },
        {
          label: "Two Running on node-1",
          explain: "The replacement is Running on node-1 a few seconds later. If node-2 returns, its old Pod is cleaned up, and nothing moves back.",
          predict: { question: "Can you shorten the 300 s?", choices: ["Yes, with tolerationSeconds on the Pod", "No, it is fixed"], answer: 0, why: "A toleration for node.kubernetes.io/unreachable with a smaller tolerationSeconds evicts sooner." },
        },
      ],
      questions: [
        { question: "Which objects does a dead node's Pod need to be replaced automatically?", choices: ["A controller such as a ReplicaSet", "Nothing: Kubernetes always replaces Pods"], answer: 0, why: "Only a controller creates replacements; a bare Pod is just evicted (see the 'Unknown?' lesson)." },
      ],
    },
    ko: {
      title: "노드 장애: 축출과 대체",
      summary: "레플리카 2개짜리 디플로이먼트로, 노드마다 파드가 하나씩 있습니다. 30초에 node-2가 응답을 멈춥니다. 컨트롤 플레인은 50초를 기다려 NotReady로 판단하고, 다시 300초를 기다려 파드를 축출합니다. 그러면 레플리카셋이 node-1에 대체 파드를 만듭니다.",
      watch: "노드 맵(node-2가 NotReady로 바뀜), 약 380초의 축출, 그리고 node-1의 새 파드를 보세요.",
      moments: [
        {
          label: "노드마다 파드 하나",
          explain: "기본 분산 때문에 각 노드에 레플리카가 하나씩 놓였습니다.",
          predict: { question: "30초에 node-2가 죽습니다. 디플로이먼트의 Running 파드가 다시 2개가 되는 때는?", choices: ["바로", "약 50초 뒤", "약 350초 뒤"], answer: 2, why: "노드를 NotReady로 표시하는 데 50초, 축출 전 기본 톨러레이션 300초가 걸립니다." },
        },
        {
          label: "50초 뒤 NotReady",
          explain: "kube-controller-manager의 --node-monitor-grace-period는 50초입니다. node-2의 파드는 Ready=False가 되어 서비스 엔드포인트에서 빠지지만, kubectl에는 여전히 Running으로 보입니다. 아직 아무도 삭제하지 않았기 때문입니다.",
          predict: { question: "쿠버네티스가 지금 바로 파드를 대체하지 않는 이유는?", choices: ["노드가 곧 돌아올 수도 있어서", "버그라서"], answer: 0, why: "짧은 장애를 견디도록 파드는 기본으로 node.kubernetes.io/unreachable을 300초 동안 용인합니다." },
        },
        {
          label: "축출과 대체",
          explain: "테인트가 붙고 300초 뒤 TaintManagerEviction이 파드를 삭제합니다. node-2의 kubelet이 확인해 줄 수 없으니 Terminating으로 보입니다. 레플리카셋은 이 파드를 없어진 것으로 세고 바로 대체 파드를 만듭니다.",
          predict: { question: "대체 파드는 어디로 갈 수 있을까요?", choices: ["node-1만", "node-1이나 node-2"], answer: 0, why: "node-2에는 node.kubernetes.io/unreachable:NoSchedule 테인트가 있어 스케줄러가 걸러 냅니다." },
        },
        {
          label: "node-1에 Running 두 개",
          explain: "몇 초 뒤 대체 파드가 node-1에서 Running이 됩니다. node-2가 돌아오면 옛 파드는 정리되지만, 다시 옮겨 가는 파드는 없습니다.",
          predict: { question: "300초를 줄일 수 있을까요?", choices: ["예, 파드의 tolerationSeconds로", "아니요, 고정값"], answer: 0, why: "node.kubernetes.io/unreachable에 대한 톨러레이션에 더 작은 tolerationSeconds를 주면 더 빨리 축출됩니다." },
        },
      ],
      questions: [
        { question: "죽은 노드의 파드가 자동으로 대체되려면 무엇이 필요할까요?", choices: ["레플리카셋 같은 컨트롤러", "필요 없다: 쿠버네티스는 항상 대체한다"], answer: 0, why: "대체 파드를 만드는 것은 컨트롤러뿐입니다. 단독 파드는 축출되기만 합니다('Unknown?' 레슨 참고)." },
      ],
    },
  },
};
