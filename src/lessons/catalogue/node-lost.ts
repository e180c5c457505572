import yaml from "../scenarios/node-lost.yaml?raw";
import type { Lesson, QuestionSetup } from "../types";

const ask0 = {
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: lonely
spec:
  nodeName: node-2
  containers:
  - name: web
    image: nginx:1.27
`,
  at: 120,
  check: { kind: "row", pod: "lonely", scenario: "apiVersion: podplay.dev/v1alpha1\nkind: Scenario\nspec:\n  nodes:\n  - name: node-1\n  - name: node-2\n  actions:\n  - at: 30s\n    nodeDown: node-2\n" },
} satisfies QuestionSetup;

const ask1 = {
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: lonely
spec:
  nodeName: node-2
  containers:
  - name: web
    image: nginx:1.27
`,
  at: 400,
  check: { kind: "row", pod: "lonely", scenario: "apiVersion: podplay.dev/v1alpha1\nkind: Scenario\nspec:\n  nodes:\n  - name: node-1\n  - name: node-2\n  actions:\n  - at: 30s\n    nodeDown: node-2\n" },
} satisfies QuestionSetup;

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
          predict: {
            question: "node-2's kubelet has just stopped reporting. What does kubectl get pods show for lonely?",
            choices: ["Running 1/1", "Unknown", "Terminating"],
            answer: 0,
            whys: [
              "The Pod's status was written by the kubelet, which can no longer update it; nothing else has changed it yet.",
              "A common belief (\"Unknown is what a dead node shows\"), but today's control plane never sets the phase Unknown for a lost node.",
              "Nothing has deleted the Pod; eviction comes only after the node is NotReady and the 300 s toleration runs out.",
            ],
          },
        },
        {
          label: "NodeNotReady after 50 s",
          explain: "After the 50 s node-monitor grace period the node lifecycle controller sets node-2's Ready condition to Unknown (its kubelet stopped reporting; kubectl get nodes prints NotReady) and the Pod's Ready condition to False. kubectl still prints 1/1 Running: those columns come from the stale container statuses.",
          predict: {
            question: "50 s of silence: node-2 is NotReady. Does STATUS change to Unknown now?",
            choices: ["Yes, the node is Unknown, so its Pods are too", "No, it still says Running", "No, it says NotReady"],
            answer: 1,
            whys: [
              "The node's Ready condition is Unknown, but the Pod's phase is not touched.",
              "The phase Unknown is legacy: the node lifecycle controller only flips the Pod's Ready condition to False and emits NodeNotReady.",
              "NotReady is what kubectl get nodes prints for node-2. The Pod's STATUS is built from the phase and container statuses the dead kubelet last wrote, which still say Running.",
            ],
          },
        },
        {
          label: "Evicted after 300 s",
          explain: "Every Pod tolerates the unreachable taint for 300 s by default. Then the taint-eviction controller deletes it (TaintManagerEviction) and kubectl shows Terminating.",
          predict: {
            question: "300 s after the taint, lonely is evicted (Terminating). Will a new copy start on node-1?",
            choices: ["Yes, automatically", "No, nothing owns it", "Yes, once the old Pod object is gone"],
            answer: 1,
            whys: [
              "Nothing would create it: replacement Pods come from a controller.",
              "A bare Pod has no controller; only a Deployment, ReplicaSet, StatefulSet or Job would create a replacement.",
              "Even then nothing recreates a bare Pod; you would apply it again yourself.",
            ],
          },
        },
        {
          label: "Terminating forever",
          explain: "The dead kubelet can never confirm the deletion, so the Pod stays Terminating. Older clusters showed Unknown here (reason NodeLost); the taint-based path does not.",
          predict: {
            question: "lonely stays Terminating. What finally removes the Pod object?",
            choices: ["node-2 coming back, or deleting the Node", "The 30 s grace period running out", "Nothing: it stays forever"],
            answer: 0,
            whys: [
              "A returning kubelet finishes the deletion; if the Node object is deleted, the Pod garbage collector removes its Pods.",
              "The grace period is counted by the kubelet, which is gone; nobody on the control plane ends it.",
              "It stays until one of those happens (or a force delete, kubectl delete --force --grace-period=0).",
            ],
          },
        },
      ],
      questions: [
        {
          ...ask0,
          question: "As in the lesson, node-2 stops reporting at 30 s. What does kubectl get pods show for lonely at 120 s (READY STATUS RESTARTS)?",
          choices: ["1/1 Running 0", "0/1 Unknown 0", "0/1 NodeLost 0", "1/1 Terminating 0"],
          answer: 0,
          whys: [
            "node-2 was marked NotReady at about 80 s and the Pod's Ready condition turned False, but the columns come from the container statuses the dead kubelet last wrote.",
            "\"Unknown is what a dead node shows\" is a common belief from older docs; the current control plane never sets the phase Unknown here.",
            "NodeLost was the reason the old node controller used; today's taint-based eviction does not use it.",
            "Eviction waits for the 300 s toleration of the unreachable taint: about 380 s, not 120 s.",
          ],
        },
        {
          ...ask1,
          question: "The same Pod and node failure. What does kubectl get pods show for lonely at 400 s?",
          choices: ["1/1 Running 0", "1/1 Terminating 0", "0/1 Unknown 0", "0/1 Pending 0"],
          answer: 1,
          whys: [
            "The default toleration of the unreachable taint lasts 300 s; at about 380 s the taint-eviction controller deletes the Pod.",
            "Evicted at about 380 s: the deletion timestamp makes kubectl print Terminating, and the dead kubelet can never confirm it, so it stays.",
            "The current control plane shows Terminating, not Unknown, for a Pod evicted from a lost node.",
            "A Pod never goes back to Pending, and a bare Pod is not rescheduled: nothing creates a copy.",
          ],
        },
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
          predict: {
            question: "node-2의 kubelet이 방금 보고를 멈췄습니다. kubectl get pods에 lonely는 어떻게 보일까요?",
            choices: ["Running 1/1", "Unknown", "Terminating"],
            answer: 0,
            whys: [
              "파드의 status는 kubelet이 썼는데, 그 kubelet은 이제 갱신할 수 없습니다. 다른 누구도 아직 바꾸지 않았습니다.",
              "흔한 믿음(\"노드가 죽으면 Unknown\")이지만, 지금의 컨트롤 플레인은 잃어버린 노드 때문에 단계를 Unknown으로 바꾸지 않습니다.",
              "아무도 파드를 삭제하지 않았습니다. 축출은 노드가 NotReady가 되고 300초 톨러레이션이 끝난 뒤에야 옵니다.",
            ],
          },
        },
        {
          label: "50초 뒤 NodeNotReady",
          explain: "노드 모니터 유예 기간 50초가 지나면 노드 라이프사이클 컨트롤러가, 보고가 끊긴 node-2의 Ready 컨디션을 Unknown으로 바꾸고(kubectl get nodes에는 NotReady로 보입니다) 파드의 Ready 컨디션을 False로 바꿉니다. 그래도 kubectl은 1/1 Running을 보여 줍니다. 이 열들은 갱신되지 않은 컨테이너 상태에서 나오기 때문입니다.",
          predict: {
            question: "50초 동안 조용했고 node-2가 NotReady입니다. 이제 STATUS가 Unknown으로 바뀔까요?",
            choices: ["그렇다, 노드가 Unknown이니 파드도", "아니다, 여전히 Running", "아니다, NotReady가 된다"],
            answer: 1,
            whys: [
              "노드의 Ready 컨디션은 Unknown이지만 파드의 단계는 건드리지 않습니다.",
              "Unknown 단계는 예전 동작입니다. 노드 라이프사이클 컨트롤러는 파드의 Ready 컨디션만 False로 바꾸고 NodeNotReady를 남깁니다.",
              "NotReady는 kubectl get nodes가 node-2에 보여 주는 값입니다. 파드의 STATUS는 죽은 kubelet이 마지막으로 쓴 단계와 컨테이너 상태로 만들어지고, 그것은 여전히 Running입니다.",
            ],
          },
        },
        {
          label: "300초 뒤 축출",
          explain: "모든 파드는 기본으로 node.kubernetes.io/unreachable 테인트를 300초 동안 허용하는 톨러레이션을 가집니다. 그 뒤 테인트 축출 컨트롤러가 파드를 삭제하고(TaintManagerEviction), kubectl은 Terminating을 보여 줍니다.",
          predict: {
            question: "테인트 300초 뒤 lonely가 축출됩니다(Terminating). node-1에 새 복사본이 시작할까요?",
            choices: ["그렇다, 자동으로", "아니다, 소유자가 없다", "그렇다, 예전 파드 오브젝트가 사라지면"],
            answer: 1,
            whys: [
              "만들어 줄 주체가 없습니다. 대체 파드는 컨트롤러가 만듭니다.",
              "그냥 파드에는 컨트롤러가 없습니다. 디플로이먼트, 레플리카셋, 스테이트풀셋, 잡 같은 컨트롤러만 대체 파드를 만듭니다.",
              "그때도 그냥 파드를 다시 만드는 주체는 없습니다. 직접 다시 적용해야 합니다.",
            ],
          },
        },
        {
          label: "끝나지 않는 Terminating",
          explain: "죽은 kubelet은 삭제를 확인해 줄 수 없으므로 파드는 계속 Terminating입니다. 예전 클러스터는 여기서 Unknown(reason NodeLost)을 보여 줬지만, 지금의 테인트 기반 축출은 그렇지 않습니다.",
          predict: {
            question: "lonely는 Terminating에 머뭅니다. 결국 무엇이 파드 오브젝트를 없앨까요?",
            choices: ["node-2가 돌아오거나 노드를 삭제하는 것", "30초 유예 기간이 끝나는 것", "아무것도: 영원히 남는다"],
            answer: 0,
            whys: [
              "돌아온 kubelet이 삭제를 마치고, 노드 오브젝트가 삭제되면 파드 가비지 컬렉터가 그 파드를 지웁니다.",
              "유예 기간은 kubelet이 세는데, kubelet이 없습니다. 컨트롤 플레인에서 끝내 줄 주체가 없습니다.",
              "위의 일 중 하나(또는 kubectl delete --force --grace-period=0 강제 삭제)가 일어날 때까지 남습니다.",
            ],
          },
        },
      ],
      questions: [
        {
          ...ask0,
          question: "레슨처럼 node-2가 30초에 보고를 멈춥니다. 120초에 kubectl get pods에 lonely는 어떻게 보일까요(READY STATUS RESTARTS)?",
          choices: ["1/1 Running 0", "0/1 Unknown 0", "0/1 NodeLost 0", "1/1 Terminating 0"],
          answer: 0,
          whys: [
            "node-2는 약 80초에 NotReady가 되었고 파드의 Ready 컨디션도 False가 되었지만, 열의 값은 죽은 kubelet이 마지막으로 쓴 컨테이너 상태에서 옵니다.",
            "\"노드가 죽으면 Unknown\"은 예전 문서에서 온 흔한 믿음입니다. 지금의 컨트롤 플레인은 여기서 단계를 Unknown으로 바꾸지 않습니다.",
            "NodeLost는 예전 노드 컨트롤러가 쓰던 reason입니다. 지금의 테인트 기반 축출은 쓰지 않습니다.",
            "축출은 node.kubernetes.io/unreachable 테인트의 300초 톨러레이션을 기다립니다. 120초가 아니라 약 380초입니다.",
          ],
        },
        {
          ...ask1,
          question: "같은 파드, 같은 노드 장애입니다. 400초에 kubectl get pods에 lonely는 어떻게 보일까요?",
          choices: ["1/1 Running 0", "1/1 Terminating 0", "0/1 Unknown 0", "0/1 Pending 0"],
          answer: 1,
          whys: [
            "node.kubernetes.io/unreachable 테인트의 기본 톨러레이션은 300초입니다. 약 380초에 테인트 축출 컨트롤러가 파드를 삭제합니다.",
            "약 380초에 축출되었습니다. deletionTimestamp가 설정되어 kubectl은 Terminating을 보여 주고, 죽은 kubelet이 확인해 줄 수 없어 그대로 남습니다.",
            "잃어버린 노드에서 축출된 파드를 지금의 컨트롤 플레인은 Unknown이 아니라 Terminating으로 보여 줍니다.",
            "파드는 Pending으로 돌아가지 않고, 그냥 파드는 다시 스케줄되지도 않습니다. 복사본을 만드는 주체가 없습니다.",
          ],
        },
      ],
    },
  },
};
