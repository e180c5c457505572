import yaml from "../scenarios/scheduler-spreading.yaml?raw";
import type { Lesson, QuestionSetup } from "../types";

const ask0 = {
  manifest: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 4
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
      - name: nginx
        image: nginx:1.27
        resources:
          requests: {cpu: "3"}
`,
  check: { kind: "fix", scenario: "apiVersion: podplay.dev/v1alpha1\nkind: Scenario\nspec:\n  nodes:\n  - name: node-1\n  - name: node-2\n  - name: node-3\n", patches: [{ find: "      containers:\n", replace: "      topologySpreadConstraints:\n      - {maxSkew: 1, topologyKey: kubernetes.io/hostname, whenUnsatisfiable: ScheduleAnyway, labelSelector: {matchLabels: {app: web}}}\n      containers:\n" }, { find: "          requests: {cpu: \"3\"}\n", replace: "          requests: {cpu: \"3\"}\n          limits: {cpu: \"4\"}\n" }, { find: "          requests: {cpu: \"3\"}\n", replace: "          requests: {cpu: \"2\"}\n" }], goal: [{ kind: "row", pod: "web-*", at: 30, status: "Running" }] },
} satisfies QuestionSetup;

export const schedulerSpreading: Lesson = {
  id: "scheduler-spreading",
  topic: "scheduling",
  docs: ["topologySpread", "scheduling"],
  yaml,
  comments: { ko: { "Six replicas on three nodes: the scheduler spreads a ReplicaSet's pods by default.": "노드 세 개에 레플리카 여섯 개: 스케줄러는 기본으로 레플리카셋의 파드를 분산합니다." } },
  moments: [
    {
      t: 1, focus: { view: "nodemap" },
      checks: [
        { kind: "event", reason: "Scheduled", object: "web-*", message: { matches: "to node-3$" }, first: [0, 1] },
        { kind: "placement", at: 1, nodes: { "node-1": { "web-*": 2 }, "node-2": { "web-*": 2 }, "node-3": { "web-*": 2 } } },
      ],
    },
    { t: 4, focus: { view: "nodemap" }, checks: [{ kind: "row", pod: "web-*", at: 4, status: "Running", ready: "1/1" }] },
    {
      t: 62, focus: { view: "nodemap" },
      checks: [
        { kind: "event", reason: "ScalingReplicaSet", object: "web", message: { matches: "from 6 to 9$" }, first: [60, 61] },
        { kind: "placement", at: 62, status: "Running", nodes: { "node-1": { "web-*": 3 }, "node-2": { "web-*": 3 }, "node-3": { "web-*": 3 } } },
      ],
    },
  ],
  text: {
    en: {
      title: "The scheduler spreads replicas",
      summary: "A Deployment of 6 replicas on three identical nodes, scaled to 9 at 60 s. The default scheduler usually puts the same number on each node: spreading is a score, not a rule.",
      watch: "The node map: pods landing round the nodes. The Scheduled events name the node each Pod went to.",
      moments: [
        {
          label: "Two per node",
          explain: "For each Pod the scheduler filters the nodes that fit, then scores them. The default PodTopologySpread constraint scores a node lower the more Pods of the same ReplicaSet it already holds, and LeastAllocated prefers emptier nodes.",
          predict: {
            question: "The manifest has no topologySpreadConstraints. Where will the 6 replicas go on three identical nodes?",
            choices: ["Two per node: the scheduler spreads by default", "All on node-1, until it is full", "Wherever the kubelets pull the image fastest"],
            answer: 0,
            whys: [
              "The default profile includes system default spreading by hostname and zone for Pods owned by a controller, and LeastAllocated also prefers emptier nodes.",
              "Without a score for spreading that could happen, but the default scheduler does score spreading and free resources.",
              "Kubelets do not pick Pods; the scheduler binds each Pod before any kubelet sees it.",
            ],
          },
        },
        {
          label: "All Running",
          explain: "Each kubelet pulled nginx and started its two Pods, about 3 s after the Deployment was applied.",
          predict: {
            question: "All six are Running. Which component picked each Pod's node?",
            choices: ["The kubelet", "kube-scheduler", "The ReplicaSet controller"],
            answer: 1,
            whys: [
              "The kubelet only runs Pods already bound to its node.",
              "The ReplicaSet controller creates Pods without a node; the scheduler binds each one.",
              "It creates the Pods from the template, with an empty nodeName; it never chooses nodes.",
            ],
          },
        },
        {
          label: "Scaled to 9: three per node",
          explain: "kubectl scale at 60 s: the ReplicaSet creates 3 more Pods and the scheduler gives one to each node.",
          predict: {
            question: "Scaled to 9: one more per node. If node-3 were full, where would its share go?",
            choices: ["To node-1 and node-2", "Nowhere: the Pods stay Pending to keep the spread even", "node-3 anyway, and the kubelet rejects them"],
            answer: 0,
            whys: [
              "Spreading is a score, not a rule: a node that does not fit is filtered out and the Pods go to the others.",
              "Only a topologySpreadConstraint with whenUnsatisfiable: DoNotSchedule would hold Pods back; the default spreading never does.",
              "The scheduler filters out nodes whose free resources do not fit the requests; node-3 would never be chosen.",
            ],
          },
        },
      ],
      questions: [
        {
          ...ask0,
          question: "Three nodes with 4 CPUs each. Three replicas run, one per node; the fourth stays Pending (Insufficient cpu). Which one change gets all four Running?",
          choices: ["Add a topologySpreadConstraint (maxSkew 1)", "Add limits: {cpu: \"4\"}", "Lower requests.cpu to \"2\""],
          answer: 2,
          whys: [
            "Spreading only ranks the nodes that fit; a fourth 3-CPU Pod fits none of them, however they are ranked.",
            "The scheduler counts requests, not limits; each Pod still asks for 3 CPUs.",
            "Two 2-CPU Pods fit on each 4-CPU node, so all four are placed (the spread puts them two, one, one or so).",
          ],
        },
        {
          question: "A node was drained for maintenance and came back empty; the other two nodes now hold all the Pods. What does the scheduler do about it?",
          choices: ["It moves some running Pods back to the empty node", "Nothing, until new Pods are created; then it prefers the empty node", "It evicts the extra Pods once the imbalance passes maxSkew"],
          answer: 1,
          whys: [
            "The scheduler never moves running Pods; it only places Pods that have no node yet.",
            "Scheduling happens once per Pod. New Pods (a scale-up, a rollout, a replacement) land on the emptier node; moving old ones needs an eviction, for example by the descheduler.",
            "Even a topologySpreadConstraint is only checked when a Pod is scheduled; nothing evicts Pods for breaking it later.",
          ],
        },
      ],
    },
    ko: {
      title: "스케줄러는 레플리카를 분산한다",
      summary: "레플리카 6개짜리 디플로이먼트를 똑같은 노드 세 개에 올리고, 60초에 9개로 늘립니다. 기본 스케줄러는 보통 각 노드에 같은 수를 배치합니다. 분산은 규칙이 아니라 점수입니다.",
      watch: "노드 맵에서 파드가 노드마다 고르게 놓이는 것을 보세요. Scheduled 이벤트에는 파드가 간 노드가 나옵니다.",
      moments: [
        {
          label: "노드마다 두 개",
          explain: "스케줄러는 파드마다 들어갈 수 있는 노드를 거른(filter) 뒤 점수(score)를 매깁니다. 기본 PodTopologySpread 제약은 같은 레플리카셋의 파드가 많은 노드일수록 점수를 낮추고, LeastAllocated는 덜 찬 노드를 선호합니다.",
          predict: {
            question: "매니페스트에 topologySpreadConstraints가 없습니다. 같은 노드 세 개에 레플리카 6개가 어디로 갈까요?",
            choices: ["노드마다 둘: 스케줄러는 기본으로 분산한다", "가득 찰 때까지 모두 node-1에", "이미지를 가장 빨리 받는 kubelet 쪽으로"],
            answer: 0,
            whys: [
              "기본 프로파일에는 컨트롤러가 소유한 파드를 호스트 이름과 존으로 분산하는 시스템 기본 분산이 있고, LeastAllocated도 더 빈 노드를 선호합니다.",
              "분산 점수가 없다면 그럴 수 있지만, 기본 스케줄러는 분산과 남은 리소스에 점수를 매깁니다.",
              "kubelet은 파드를 고르지 않습니다. kubelet이 보기 전에 스케줄러가 파드마다 노드를 정합니다.",
            ],
          },
        },
        {
          label: "모두 Running",
          explain: "디플로이먼트를 적용하고 약 3초 뒤, 각 kubelet이 nginx를 받아 자기 노드의 파드 두 개를 시작했습니다.",
          predict: {
            question: "여섯 개 모두 Running입니다. 각 파드의 노드는 누가 골랐을까요?",
            choices: ["kubelet", "kube-scheduler", "레플리카셋 컨트롤러"],
            answer: 1,
            whys: [
              "kubelet은 이미 자기 노드에 배정된 파드를 실행할 뿐입니다.",
              "레플리카셋 컨트롤러는 노드 없이 파드를 만들고, 스케줄러가 각 파드를 노드에 배정합니다.",
              "템플릿으로 nodeName이 빈 파드를 만들 뿐, 노드를 고르지 않습니다.",
            ],
          },
        },
        {
          label: "9개로 확장: 노드마다 세 개",
          explain: "60초에 kubectl scale을 하면 레플리카셋이 파드 3개를 더 만들고, 스케줄러가 노드마다 하나씩 줍니다.",
          predict: {
            question: "9개로 늘려 노드마다 하나씩 더합니다. node-3이 가득 찼다면 그 몫은 어디로 갈까요?",
            choices: ["node-1과 node-2로", "어디로도: 고른 분산을 지키려고 Pending으로 남는다", "그래도 node-3으로, 그리고 kubelet이 거부한다"],
            answer: 0,
            whys: [
              "분산은 규칙이 아니라 점수입니다. 맞지 않는 노드는 걸러지고 파드는 다른 노드로 갑니다.",
              "파드를 붙잡아 두는 것은 whenUnsatisfiable: DoNotSchedule인 topologySpreadConstraint뿐입니다. 기본 분산은 그러지 않습니다.",
              "스케줄러는 남은 리소스가 요청에 맞지 않는 노드를 걸러 냅니다. node-3은 선택되지 않습니다.",
            ],
          },
        },
      ],
      questions: [
        {
          ...ask0,
          question: "CPU 4개짜리 노드가 세 개입니다. 레플리카 세 개가 노드마다 하나씩 실행되고, 넷째는 Pending(Insufficient cpu)입니다. 어떤 변경 하나로 넷 다 Running이 될까요?",
          choices: ["topologySpreadConstraint(maxSkew 1) 추가", "limits: {cpu: \"4\"} 추가", "requests.cpu를 \"2\"로 낮추기"],
          answer: 2,
          whys: [
            "분산은 맞는 노드들의 순위만 매깁니다. CPU 3개짜리 넷째 파드는 순위와 상관없이 어느 노드에도 맞지 않습니다.",
            "스케줄러는 제한이 아니라 요청을 셉니다. 파드마다 여전히 CPU 3개를 요청합니다.",
            "CPU 4개 노드마다 2개짜리 파드가 둘씩 들어가므로 넷 모두 배치됩니다(분산 때문에 2, 1, 1 정도로).",
          ],
        },
        {
          question: "점검 때문에 비웠던 노드가 빈 채로 돌아왔고, 다른 두 노드가 파드를 모두 들고 있습니다. 스케줄러는 어떻게 할까요?",
          choices: ["실행 중인 파드 일부를 빈 노드로 옮긴다", "새 파드가 생기기 전까지는 아무것도 하지 않고, 생기면 빈 노드를 선호한다", "불균형이 maxSkew를 넘으면 남는 파드를 축출한다"],
          answer: 1,
          whys: [
            "스케줄러는 실행 중인 파드를 옮기지 않습니다. 아직 노드가 없는 파드를 배치할 뿐입니다.",
            "스케줄링은 파드마다 한 번입니다. 새 파드(스케일 업, 롤아웃, 교체)는 더 빈 노드로 가고, 기존 파드를 옮기려면 축출이 필요합니다(예: 디스케줄러).",
            "topologySpreadConstraint도 파드를 스케줄할 때만 검사합니다. 나중에 어긋났다고 파드를 축출하는 것은 없습니다.",
          ],
        },
      ],
    },
  },
};
