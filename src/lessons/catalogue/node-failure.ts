import yaml from "../scenarios/node-failure.yaml?raw";
import type { Lesson, QuestionSetup } from "../types";

const ask0 = {
  manifest: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
      - name: nginx
        image: nginx:1.27
`,
  check: { kind: "fix", scenario: "apiVersion: podplay.dev/v1alpha1\nkind: Scenario\nspec:\n  nodes:\n  - name: node-1\n  - name: node-2\n  actions:\n  - at: 30s\n    nodeDown: node-2\n", patches: [{ find: "    spec:\n", replace: "    spec:\n      terminationGracePeriodSeconds: 5\n" }, { find: "    spec:\n", replace: "    spec:\n      tolerations:\n      - {key: node.kubernetes.io/unreachable, operator: Exists, effect: NoSchedule, tolerationSeconds: 30}\n" }, { find: "    spec:\n", replace: "    spec:\n      tolerations:\n      - {key: node.kubernetes.io/unreachable, operator: Exists, effect: NoExecute, tolerationSeconds: 30}\n" }, { find: "  replicas: 2\n", replace: "  replicas: 3\n" }], goal: [{ kind: "event", reason: "TaintManagerEviction", object: "web-*", first: [80, 150] }] },
} satisfies QuestionSetup;

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
          predict: {
            question: "node-2 dies at 30 s. When will the Deployment have 2 Running Pods again?",
            choices: ["At once: the ReplicaSet notices the dead node", "After about 50 s, when node-2 is NotReady", "After about 350 s"],
            answer: 2,
            whys: [
              "The ReplicaSet counts Pods, not nodes; the Pod on node-2 still exists and still counts until it is deleted.",
              "NotReady only marks the Pod not ready; nothing deletes it yet, so the ReplicaSet sees 2 Pods.",
              "50 s to mark the node NotReady, plus the default 300 s toleration before eviction; then the ReplicaSet creates a replacement.",
            ],
          },
        },
        {
          label: "NotReady after 50 s",
          explain: "node-monitor-grace-period is 50 s. The Pod on node-2 gets Ready=False and leaves Service endpoints, but kubectl still shows it Running: nobody deletes it yet.",
          predict: {
            question: "node-2 is NotReady. Why doesn't Kubernetes replace its Pod now?",
            choices: ["The node might come back soon", "The Pod is still Ready", "Only an administrator can replace Pods of a dead node"],
            answer: 0,
            whys: [
              "Pods tolerate node.kubernetes.io/unreachable for 300 s by default, to ride out short outages.",
              "The node lifecycle controller has already set the Pod's Ready condition to False (it leaves Service endpoints); it is just not deleted yet.",
              "Eviction and replacement are automatic, after the toleration runs out.",
            ],
          },
        },
        {
          label: "Evicted, replaced",
          explain: "300 s after the taint, TaintManagerEviction deletes the Pod; it shows Terminating because node-2's kubelet cannot confirm. The ReplicaSet counts it as gone and creates a replacement at once.",
          predict: {
            question: "The Pod on node-2 is evicted and the ReplicaSet creates a replacement. Where can it go?",
            choices: ["node-1 only", "node-1 or node-2", "Back on node-2, to keep one per node"],
            answer: 0,
            whys: [
              "node-2 carries the unreachable NoSchedule taint, so the scheduler filters it out.",
              "A NotReady node is tainted node.kubernetes.io/unreachable:NoSchedule; new Pods without a matching toleration cannot be placed there.",
              "Spreading is a score among feasible nodes; node-2 is not feasible while it is tainted.",
            ],
          },
        },
        {
          label: "Two Running on node-1",
          explain: "The replacement is Running on node-1 a few seconds later. If node-2 returns, its old Pod is cleaned up, and nothing moves back.",
          predict: {
            question: "Both replicas run on node-1. Can you shorten the 300 s wait?",
            choices: ["Yes, with tolerationSeconds on the Pod", "No, it is fixed in the control plane", "Yes, with a shorter terminationGracePeriodSeconds"],
            answer: 0,
            whys: [
              "A toleration for node.kubernetes.io/unreachable (effect NoExecute) with a smaller tolerationSeconds evicts sooner.",
              "300 s is only the default toleration that admission adds to Pods that have none.",
              "The grace period is how long a stopping container gets; it does not decide when the eviction starts.",
            ],
          },
        },
      ],
      questions: [
        {
          ...ask0,
          question: "As in the lesson, node-2 stops reporting at 30 s and its Pod is evicted only at about 380 s. Which one change gets it evicted (and replaced) within about 2 minutes of the failure?",
          choices: ["terminationGracePeriodSeconds: 5", "A NoSchedule toleration for unreachable with tolerationSeconds: 30", "A NoExecute toleration for unreachable with tolerationSeconds: 30", "replicas: 3"],
          answer: 2,
          whys: [
            "The grace period only matters once a Pod is being stopped; it does not decide when eviction starts.",
            "The API server refuses it: tolerationSeconds is allowed only with effect NoExecute, the effect that evicts running Pods.",
            "It replaces the default 300 s: evicted at about 110 s (80 s NotReady + 30 s) and replaced on node-1.",
            "More replicas keep more capacity during the outage, but the Pod on node-2 is still evicted only after 300 s.",
          ],
        },
        {
          question: "The same cluster, but the app is a bare Pod (no Deployment) on node-2. After node-2 dies, what is left after 10 minutes?",
          choices: ["A new copy on node-1, like the Deployment's", "The old Pod, Terminating, and no replacement", "The old Pod, Running, forever", "Nothing: the evicted Pod is deleted at once"],
          answer: 1,
          whys: [
            "Replacements come from a controller; a bare Pod has none.",
            "It is evicted after 300 s but the dead kubelet cannot confirm, and nothing creates a copy (see the 'Unknown?' lesson).",
            "Every Pod gets the default 300 s toleration of the unreachable taint; after that it is evicted.",
            "Its deletion waits for the kubelet to confirm the containers stopped; a dead kubelet leaves it Terminating.",
          ],
        },
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
          predict: {
            question: "30초에 node-2가 죽습니다. 디플로이먼트에 Running 파드가 다시 2개가 되는 때는?",
            choices: ["바로: 레플리카셋이 죽은 노드를 알아챈다", "약 50초 뒤, node-2가 NotReady가 될 때", "약 350초 뒤"],
            answer: 2,
            whys: [
              "레플리카셋은 노드가 아니라 파드를 셉니다. node-2의 파드는 삭제되기 전까지 여전히 있고 여전히 셉니다.",
              "NotReady는 파드를 준비되지 않음으로 표시할 뿐, 아직 삭제하지 않습니다. 레플리카셋에게는 파드가 2개입니다.",
              "노드를 NotReady로 표시하는 데 50초, 축출 전 기본 톨러레이션 300초. 그다음 레플리카셋이 대체 파드를 만듭니다.",
            ],
          },
        },
        {
          label: "50초 뒤 NotReady",
          explain: "--node-monitor-grace-period는 50초입니다. node-2의 파드는 Ready=False가 되어 서비스 엔드포인트에서 빠지지만, kubectl에는 여전히 Running으로 보입니다. 아직 아무도 삭제하지 않았기 때문입니다.",
          predict: {
            question: "node-2가 NotReady입니다. 쿠버네티스는 왜 지금 파드를 대체하지 않을까요?",
            choices: ["노드가 곧 돌아올 수도 있어서", "파드가 아직 Ready라서", "죽은 노드의 파드는 관리자만 대체할 수 있어서"],
            answer: 0,
            whys: [
              "파드는 짧은 장애를 넘기도록 기본으로 node.kubernetes.io/unreachable을 300초 동안 허용합니다.",
              "노드 라이프사이클 컨트롤러가 이미 파드의 Ready 컨디션을 False로 바꿨습니다(서비스 엔드포인트에서 빠짐). 아직 삭제하지 않았을 뿐입니다.",
              "톨러레이션이 끝나면 축출과 대체는 자동입니다.",
            ],
          },
        },
        {
          label: "축출과 대체",
          explain: "테인트가 붙고 300초 뒤 TaintManagerEviction이 파드를 삭제합니다. node-2의 kubelet이 확인해 줄 수 없으니 Terminating으로 보입니다. 레플리카셋은 이 파드를 없어진 것으로 세고 바로 대체 파드를 만듭니다.",
          predict: {
            question: "node-2의 파드가 축출되고 레플리카셋이 대체 파드를 만듭니다. 어디로 갈 수 있을까요?",
            choices: ["node-1만", "node-1이나 node-2", "노드마다 하나를 지키려고 다시 node-2로"],
            answer: 0,
            whys: [
              "node-2에는 node.kubernetes.io/unreachable NoSchedule 테인트가 있어서 스케줄러가 걸러 냅니다.",
              "NotReady 노드에는 node.kubernetes.io/unreachable:NoSchedule 테인트가 붙습니다. 맞는 톨러레이션이 없는 새 파드는 그곳에 갈 수 없습니다.",
              "분산은 갈 수 있는 노드들 사이의 점수입니다. 테인트가 있는 동안 node-2는 갈 수 없는 노드입니다.",
            ],
          },
        },
        {
          label: "node-1에 Running 두 개",
          explain: "몇 초 뒤 대체 파드가 node-1에서 Running이 됩니다. node-2가 돌아오면 옛 파드는 정리되지만, 다시 옮겨 가는 파드는 없습니다.",
          predict: {
            question: "두 레플리카 모두 node-1에서 실행됩니다. 300초 대기를 줄일 수 있을까요?",
            choices: ["그렇다, 파드의 tolerationSeconds로", "아니다, 컨트롤 플레인에 고정되어 있다", "그렇다, terminationGracePeriodSeconds를 줄이면"],
            answer: 0,
            whys: [
              "node.kubernetes.io/unreachable(effect NoExecute) 톨러레이션에 더 작은 tolerationSeconds를 주면 더 일찍 축출됩니다.",
              "300초는 톨러레이션이 없는 파드에 어드미션이 더하는 기본값일 뿐입니다.",
              "유예 기간은 멈추는 컨테이너가 받는 시간입니다. 축출이 언제 시작할지는 정하지 않습니다.",
            ],
          },
        },
      ],
      questions: [
        {
          ...ask0,
          question: "레슨처럼 node-2가 30초에 보고를 멈추고, 그 파드는 약 380초에야 축출됩니다. 어떤 변경 하나로 장애 뒤 약 2분 안에 축출(그리고 대체)될까요?",
          choices: ["terminationGracePeriodSeconds: 5", "node.kubernetes.io/unreachable에 대한 NoSchedule 톨러레이션, tolerationSeconds: 30", "node.kubernetes.io/unreachable에 대한 NoExecute 톨러레이션, tolerationSeconds: 30", "replicas: 3"],
          answer: 2,
          whys: [
            "유예 기간은 파드를 멈출 때에만 쓰입니다. 축출이 언제 시작할지는 정하지 않습니다.",
            "API 서버가 거부합니다. tolerationSeconds는 실행 중인 파드를 축출하는 effect인 NoExecute와만 함께 쓸 수 있습니다.",
            "기본 300초를 대신합니다. 약 110초(NotReady 80초 + 30초)에 축출되고 node-1에서 대체됩니다.",
            "레플리카가 많으면 장애 동안 여유가 더 있지만, node-2의 파드는 여전히 300초 뒤에야 축출됩니다.",
          ],
        },
        {
          question: "같은 클러스터인데 앱이 node-2의 그냥 파드(디플로이먼트 없음)입니다. node-2가 죽고 10분 뒤 무엇이 남을까요?",
          choices: ["디플로이먼트처럼 node-1에 새 복사본", "Terminating인 예전 파드, 대체 파드는 없음", "Running인 예전 파드, 영원히", "아무것도: 축출된 파드는 바로 지워진다"],
          answer: 1,
          whys: [
            "대체 파드는 컨트롤러가 만듭니다. 그냥 파드에는 컨트롤러가 없습니다.",
            "300초 뒤 축출되지만 죽은 kubelet이 확인해 줄 수 없고, 복사본을 만드는 주체도 없습니다('Unknown?' 레슨).",
            "모든 파드는 node.kubernetes.io/unreachable 테인트에 대한 기본 300초 톨러레이션을 받고, 그 뒤 축출됩니다.",
            "삭제는 kubelet이 컨테이너가 멈췄음을 확인해야 끝납니다. 죽은 kubelet이면 Terminating으로 남습니다.",
          ],
        },
      ],
    },
  },
};
