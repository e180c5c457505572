import yaml from "../scenarios/descheduler-new-node.yaml?raw";
import type { Lesson, QuestionSetup } from "../types";

const nodes = `apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  nodes:
  - {name: node-1, cpu: "2", memory: 4Gi}
  actions:
  - {at: 60s, addNode: {name: node-2, cpu: "2", memory: 4Gi}}
  - at: 120s
    deschedule:
      lowNodeUtilization:
        thresholds: {cpu: 20, memory: 20, pods: 20}
        targetThresholds: {cpu: 50, memory: 50, pods: 50}
`;

const ask0 = {
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: app
spec:
  containers:
  - name: app
    image: nginx:1.27
    resources:
      requests: {cpu: 1600m, memory: 512Mi}
`,
  at: 150,
  check: { kind: "row", pod: "app", columns: ["status", "node"], scenario: nodes },
} satisfies QuestionSetup;

const ask1 = {
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
      - name: app
        image: nginx:1.27
        resources:
          requests: {cpu: 400m, memory: 512Mi}
`,
  check: {
    kind: "fix",
    scenario: nodes,
    patches: [
      { find: "cpu: 400m", replace: "cpu: 200m" },
      { find: "cpu: 400m", replace: "cpu: 300m" },
      { find: "memory: 512Mi", replace: "memory: 256Mi" },
      { find: "replicas: 4", replace: "replicas: 3" },
    ],
    goal: [{ kind: "placement", at: 150, status: "Running", nodes: { "node-1": { "web-*": 4 }, "node-2": { "web-*": 0 } } }],
  },
} satisfies QuestionSetup;

/** A new node stays empty until something evicts; the descheduler's LowNodeUtilization does (sigs.k8s.io/descheduler nodeutilization). */
export const deschedulerNewNode: Lesson = {
  id: "descheduler-new-node",
  topic: "scheduling",
  docs: ["descheduler", "scheduling"],
  yaml,
  comments: { ko: { "Four replicas on the only node. node-2 joins at 1:00; the descheduler runs at 2:00.": "하나뿐인 노드에 레플리카 4개. node-2는 1:00에 합류하고, 디스케줄러는 2:00에 실행됩니다.", "4 × 400m = 80% of node-1's CPU": "4 × 400m = node-1 CPU의 80%", "percentages of each node's allocatable": "각 노드의 할당 가능한 양에 대한 백분율", "under all of these: underutilized": "모두 이 값 미만이면 저활용 노드", "over any of these: overutilized": "하나라도 이 값을 넘으면 과활용 노드" } },
  moments: [
    { t: 5, focus: { view: "nodemap" }, checks: [{ kind: "placement", at: 5, status: "Running", nodes: { "node-1": { "web-*": 4 } } }] },
    {
      t: 90,
      focus: { view: "nodemap" },
      checks: [
        { kind: "placement", at: 90, status: "Running", nodes: { "node-1": { "web-*": 4 }, "node-2": { "web-*": 0 } } },
      ],
    },
    {
      t: 125,
      focus: { view: "nodemap" },
      checks: [
        { kind: "event", reason: "LowNodeUtilization", object: "web-*", message: "pod eviction from node-1 node by sigs.k8s.io/descheduler", first: [119, 121], count: { min: 2, max: 2 } },
        { kind: "placement", at: 125, status: "Running", nodes: { "node-1": { "web-*": 2 }, "node-2": { "web-*": 2 } } },
      ],
    },
  ],
  text: {
    en: {
      title: "A new node, and LowNodeUtilization",
      summary:
        "Four web replicas fill 80% of node-1's CPU. node-2 joins at 1:00 and stays empty; at 2:00 the descheduler's LowNodeUtilization strategy evicts from the overutilized node and the ReplicaSet's replacements land on node-2.",
      watch: "The node map: node-2 appears empty, stays empty, then receives two Pods right after the evictions.",
      moments: [
        {
          label: "All on node-1",
          explain: "With one node, the scheduler had no choice: four Pods requesting 400m CPU each use 80% of node-1's 2 CPUs.",
          predict: {
            question: "node-2 will join at 1:00. What will the scheduler do with the four running Pods then?",
            choices: ["Move two of them to node-2 to balance the nodes", "Nothing: it only places Pods that have no node yet", "Restart them one at a time so they spread"],
            answer: 1,
            whys: [
              "Spreading is how the scheduler scores nodes for a new Pod; it never revisits a Pod that is already bound.",
              "The scheduler binds Pending Pods. A running Pod stays on its node until it is deleted.",
              "The scheduler does not restart anything; restarting containers is the kubelet's job, and it happens in place.",
            ],
          },
        },
        {
          label: "node-2 is empty",
          explain:
            "node-2 is Ready and has room, and nothing lands on it: no Pod is Pending. The study notes say the scheduler does not move Pods 'unless they restart'; a container restart stays on the same node too. Only a new Pod goes through the scheduler.",
          predict: {
            question: "A web container crashes now and is restarted. Where does it run?",
            choices: ["On node-2, the emptier node", "On node-1 again: the kubelet restarts it inside the same Pod", "Wherever the descheduler decides at its next run"],
            answer: 1,
            whys: [
              "This is the study notes' \"unless they restart\" read too widely: a container restart creates no new Pod, so the scheduler is never asked.",
              "The Pod keeps its node; the kubelet on node-1 starts the container again in place.",
              "The descheduler only evicts Pods; it does not decide where anything runs, and a container restart does not involve it.",
            ],
          },
        },
        {
          label: "Evicted, replaced, spread",
          explain:
            "LowNodeUtilization sees node-1 over a target threshold (CPU 80% > 50%) and node-2 under every threshold (0% < 20%), and evicts from node-1 until it is under the targets: two Pods. The ReplicaSet creates two replacements, and the scheduler, scoring the nodes, puts them on node-2. The descheduler only evicts; where the new Pods go is the scheduler's choice.",
          predict: {
            question: "The 2:00 run finds node-1 at 80% CPU and node-2 empty. How many Pods does LowNodeUtilization evict from node-1?",
            choices: ["One: it evicts one Pod per run", "All four: every Pod on an overutilized node goes", "Two: enough to bring node-1 to 40%, under the 50% target"],
            answer: 2,
            whys: [
              "There is no one-per-run rule: it keeps evicting while the node is over its targets and the underutilized nodes have room.",
              "It stops as soon as the node is no longer overutilized; evicting all four would just overload the other node.",
              "80% to 60% is still over 50%; 40% is under, so it stops after two.",
            ],
          },
        },
      ],
      questions: [
        {
          ...ask0,
          question: "A bare Pod app (no Deployment) requests 1600m CPU, 80% of node-1. As in the lesson, node-2 joins at 1:00 and the same LowNodeUtilization run comes at 2:00. What does kubectl get pods -o wide show for app at 2:30 (STATUS NODE)?",
          choices: ["Running node-1", "Running node-2", "Terminating node-1", "Pending <none>"],
          answer: 0,
          whys: [
            "The descheduler's default evictor skips a Pod that no controller owns: evicting it would only delete it, and nothing would create it again. The run finds nothing to evict.",
            "The descheduler never moves a Pod, it only evicts; and it leaves bare Pods alone, so app stays on node-1.",
            "node-1 is overutilized, but app has no owner, so it is not evictable.",
            "An evicted Pod is deleted, not sent back to Pending; and app is not evicted at all.",
          ],
        },
        {
          ...ask1,
          question: "The lesson's Deployment and descheduler run (thresholds 20%, targetThresholds 50%). With which one change to the Deployment would node-2 still be empty at 2:30?",
          choices: ["cpu: 200m", "cpu: 300m", "memory: 256Mi", "replicas: 3"],
          answer: 0,
          whys: [
            "4 × 200m is 40% of node-1's CPU, under the 50% target: node-1 is not overutilized, so nothing is evicted.",
            "4 × 300m is 60%, still over 50%: one eviction brings node-1 to 45%, and the replacement lands on node-2.",
            "One resource over its target is enough to be overutilized; CPU stays at 80%, so two Pods are still evicted.",
            "3 × 400m is 60% of the CPU: over the target, so one Pod is evicted and its replacement goes to node-2.",
          ],
        },
      ],
    },
    ko: {
      title: "새 노드, 그리고 LowNodeUtilization",
      summary:
        "web 레플리카 넷이 node-1 CPU의 80%를 차지합니다. node-2가 1:00에 합류하지만 비어 있고, 2:00에 디스케줄러의 LowNodeUtilization 전략이 과하게 쓰인 노드에서 축출하자 레플리카셋이 만든 대체 파드가 node-2에 자리 잡습니다.",
      watch: "노드 지도를 보세요. node-2가 빈 채로 나타나 계속 비어 있다가, 축출 직후 파드 둘을 받습니다.",
      moments: [
        {
          label: "모두 node-1에",
          explain: "노드가 하나뿐이라 스케줄러에게 선택지가 없었습니다. CPU를 400m씩 요청하는 파드 넷이 node-1의 CPU 2개 중 80%를 씁니다.",
          predict: {
            question: "1:00에 node-2가 합류합니다. 그때 스케줄러는 실행 중인 파드 넷을 어떻게 할까요?",
            choices: ["노드를 고르게 하려고 둘을 node-2로 옮긴다", "아무것도 하지 않는다. 아직 노드가 없는 파드만 배치한다", "퍼지도록 하나씩 재시작한다"],
            answer: 1,
            whys: [
              "고르게 퍼뜨리는 것은 새 파드를 놓을 노드에 점수를 매기는 방식일 뿐, 이미 바인딩된 파드를 다시 보지는 않습니다.",
              "스케줄러는 Pending 파드를 노드에 바인딩합니다. 실행 중인 파드는 삭제될 때까지 제 노드에 있습니다.",
              "스케줄러는 아무것도 재시작하지 않습니다. 컨테이너 재시작은 kubelet의 일이고, 같은 자리에서 일어납니다.",
            ],
          },
        },
        {
          label: "node-2는 비어 있다",
          explain:
            "node-2는 Ready이고 자리도 있는데 아무것도 오지 않습니다. Pending인 파드가 없기 때문입니다. 학습 노트는 스케줄러가 '재시작하지 않는 한' 파드를 옮기지 않는다고 하는데, 컨테이너 재시작도 같은 노드에서 일어납니다. 스케줄러를 거치는 것은 새 파드뿐입니다.",
          predict: {
            question: "지금 web 컨테이너 하나가 크래시했다가 재시작됩니다. 어디서 실행될까요?",
            choices: ["더 비어 있는 node-2에서", "다시 node-1에서. kubelet이 같은 파드 안에서 재시작한다", "디스케줄러가 다음 실행 때 정하는 곳에서"],
            answer: 1,
            whys: [
              "학습 노트의 '재시작하지 않는 한'을 너무 넓게 읽은 것입니다. 컨테이너 재시작은 새 파드를 만들지 않으므로 스케줄러에게 묻지 않습니다.",
              "파드는 제 노드를 그대로 가집니다. node-1의 kubelet이 같은 자리에서 컨테이너를 다시 시작합니다.",
              "디스케줄러는 파드를 축출할 뿐, 어디서 실행될지는 정하지 않습니다. 컨테이너 재시작과도 상관이 없습니다.",
            ],
          },
        },
        {
          label: "축출, 대체, 분산",
          explain:
            "LowNodeUtilization은 node-1이 목표 임계값을 넘고(CPU 80% > 50%) node-2가 모든 임계값 아래(0% < 20%)인 것을 보고, node-1이 목표 아래로 내려갈 때까지 축출합니다. 파드 둘입니다. 레플리카셋이 대체 파드 둘을 만들고, 스케줄러가 노드 점수를 매겨 node-2에 둡니다. 디스케줄러는 축출만 하며, 새 파드의 자리는 스케줄러가 정합니다.",
          predict: {
            question: "2:00 실행은 node-1의 CPU가 80%이고 node-2가 비어 있는 것을 봅니다. LowNodeUtilization은 node-1에서 파드를 몇 개 축출할까요?",
            choices: ["하나. 한 번 실행에 파드 하나를 축출한다", "넷 모두. 과하게 쓰인 노드의 파드는 다 나간다", "둘. node-1이 50% 목표 아래인 40%가 될 만큼"],
            answer: 2,
            whys: [
              "한 번에 하나라는 규칙은 없습니다. 노드가 목표를 넘고 덜 쓰인 노드에 자리가 있는 동안 계속 축출합니다.",
              "노드가 더 이상 과하게 쓰이지 않으면 바로 멈춥니다. 넷을 다 내보내면 다른 노드만 넘치게 됩니다.",
              "80%에서 60%로는 아직 50%를 넘고, 40%는 아래이므로 둘을 축출하고 멈춥니다.",
            ],
          },
        },
      ],
      questions: [
        {
          ...ask0,
          question: "디플로이먼트 없이 만든 파드 app이 CPU 1600m, 곧 node-1의 80%를 요청합니다. 레슨처럼 node-2가 1:00에 합류하고 같은 LowNodeUtilization 실행이 2:00에 옵니다. 2:30에 kubectl get pods -o wide는 app을 어떻게 보여 줄까요(STATUS NODE)?",
          choices: ["Running node-1", "Running node-2", "Terminating node-1", "Pending <none>"],
          answer: 0,
          whys: [
            "디스케줄러의 기본 축출기는 컨트롤러가 소유하지 않은 파드를 건너뜁니다. 축출하면 삭제될 뿐 다시 만들어 줄 주체가 없기 때문입니다. 이번 실행은 축출할 파드를 찾지 못합니다.",
            "디스케줄러는 파드를 옮기지 않고 축출만 합니다. 게다가 소유자 없는 파드는 건드리지 않으므로 app은 node-1에 남습니다.",
            "node-1은 과하게 쓰였지만 app에는 소유자가 없어 축출 대상이 아닙니다.",
            "축출된 파드는 삭제될 뿐 Pending으로 돌아가지 않습니다. 게다가 app은 축출되지도 않습니다.",
          ],
        },
        {
          ...ask1,
          question: "레슨의 디플로이먼트와 디스케줄러 실행(thresholds 20%, targetThresholds 50%)입니다. 디플로이먼트에서 무엇 하나를 바꾸면 2:30에도 node-2가 비어 있을까요?",
          choices: ["cpu: 200m", "cpu: 300m", "memory: 256Mi", "replicas: 3"],
          answer: 0,
          whys: [
            "200m × 4는 node-1 CPU의 40%로 50% 목표 아래입니다. node-1이 과하게 쓰인 노드가 아니므로 아무것도 축출되지 않습니다.",
            "300m × 4는 60%로 여전히 50%를 넘습니다. 한 번 축출하면 node-1이 45%가 되고, 대체 파드는 node-2로 갑니다.",
            "과하게 쓰였다고 보려면 자원 하나만 목표를 넘으면 됩니다. CPU가 그대로 80%이므로 여전히 파드 둘이 축출됩니다.",
            "400m × 3은 CPU의 60%로 목표를 넘습니다. 파드 하나가 축출되고 대체 파드가 node-2로 갑니다.",
          ],
        },
      ],
    },
  },
};
